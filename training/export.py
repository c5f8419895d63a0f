"""Export a checkpoint to ONNX, prove parity, optionally quantise to INT8, write the manifest.

Parity is checked against a model freshly rebuilt from the checkpoint and an
ONNX session freshly loaded from disk, so the check sees exactly what ships.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import time
from pathlib import Path

import numpy as np
import torch

from assistant.model import ATTENTION_MASK, INT8_FILE, SHARED_WEIGHTS, record_file
from training import tokenizer as tokenizer_mod
from training.corrupt import IGNORE
from training.evaluate import dev_sets
from training.examples import Encoder, collate
from training.model import ClozeModel, count_parameters
from transformers import BertConfig

SHIPPED = ("tokenizer.json", "lexicon.tsv", "inflections.txt", "confusables.txt", "thesaurus.tsv", "words.txt",
           "WORDNET-LICENSE.txt", "vectors.npz", "articles.tsv", "names.tsv")
INPUTS = ("input_ids", "attention_mask", "mlm_positions")
OUTPUTS = ("hidden", "edit_logits", "mlm_logits")
# The engine's own dev figures are the real test (`cloze bench quality --precision fp32` vs int8); at these
# levels the shipped model's figures moved by at most 0.3 points either way (docs/model.md). Fixed activation
# ranges (`fixed_activation_ranges`) gave 97.7-97.9 % MLM agreement where per-call ranges gave 98.3 %, with the
# engine's dev figures within 0.3 points of the per-call file's, both ways.
INT8_AGREEMENT = {"mlm_top1_agreement": 0.97, "edit_top1_agreement": 0.99}
INT8_FP32_MATMULS = 1               # encoder MatMuls left in fp32: those with the heaviest input outliers
QUANTIZATION = {True: "model.onnx: fp16 storage, fp32 compute (GPU, reference); model.int8.onnx: int8 encoder (CPU)",
                False: "fp16 storage, fp32 compute"}


def load_checkpoint(run_dir: Path) -> tuple[ClozeModel, dict]:
    ckpt = torch.load(run_dir / "checkpoint.pt", map_location="cpu", weights_only=False)
    config = BertConfig.from_dict(ckpt["config"])
    config._attn_implementation = "sdpa"
    model = ClozeModel(config)
    model.load_state_dict(ckpt["model"])
    model.eval()
    return model, ckpt


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def export_onnx(model: ClozeModel, path: Path) -> None:
    ids = torch.randint(5, model.config.vocab_size, (2, 16))
    mask = torch.ones_like(ids)
    pos = torch.tensor([[0, 3], [1, 5], [1, 7]])
    batch, seq, n = torch.export.Dim("batch"), torch.export.Dim("seq", max=model.config.max_position_embeddings), \
        torch.export.Dim("n")
    torch.onnx.export(model, (ids, mask, pos), str(path), dynamo=True, input_names=list(INPUTS),
                      output_names=list(OUTPUTS), dynamic_shapes=({0: batch, 1: seq}, {0: batch, 1: seq}, {0: n}),
                      optimize=True, external_data=False)


def session(path: Path):
    import onnxruntime as ort
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def feeds(batch: dict) -> tuple[dict, np.ndarray]:
    labels = batch["mlm_labels"]
    pos = (labels != IGNORE).nonzero()
    if len(pos) == 0:
        pos = torch.zeros((1, 2), dtype=torch.long)
    return ({"input_ids": batch["input_ids"].numpy(), "attention_mask": batch["attention_mask"].numpy(),
             "mlm_positions": pos.numpy()}, labels[pos[:, 0], pos[:, 1]].numpy())


def compare(model: ClozeModel, sess, examples: list[dict], other=None) -> dict:
    """Max |logit| difference and top-1 agreement of the MLM and edit heads, reference vs session."""
    max_diff, agree, total, edit_agree, edit_total = 0.0, 0, 0, 0, 0
    for i in range(0, len(examples), 32):
        batch = collate(examples[i:i + 32])
        inputs, _ = feeds(batch)
        if other is None:
            with torch.no_grad():
                ref = [t.numpy() for t in model(*(torch.from_numpy(inputs[k]) for k in INPUTS))]
        else:
            ref = other.run(None, inputs)
        got = sess.run(None, inputs)
        m = inputs["attention_mask"].astype(bool)
        max_diff = max(max_diff, float(np.abs(ref[2] - got[2]).max()), float(np.abs(ref[1][m] - got[1][m]).max()))
        agree += int((ref[2].argmax(-1) == got[2].argmax(-1)).sum())
        total += len(ref[2])
        edit_agree += int((ref[1][m][:, :3].argmax(-1) == got[1][m][:, :3].argmax(-1)).sum())
        edit_total += int(m.sum())
    return {"max_abs_diff": max_diff, "mlm_top1_agreement": agree / total, "edit_top1_agreement": edit_agree / edit_total}


def latency(fn, repeats: int = 20) -> float:
    fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return float(np.median(times) * 1000)


def speed(model: ClozeModel, sess) -> dict:
    out = {}
    torch.set_num_threads(os.cpu_count() or 1)
    for b, t in ((1, 64), (16, 128)):
        t = min(t, model.config.max_position_embeddings)
        ids = torch.randint(5, model.config.vocab_size, (b, t))
        mask = torch.ones_like(ids)
        pos = torch.tensor([[0, 1]])
        inputs = {"input_ids": ids.numpy(), "attention_mask": mask.numpy(), "mlm_positions": pos.numpy()}
        with torch.no_grad():
            eager = latency(lambda: model(ids, mask, pos))
        ort_ms = latency(lambda: sess.run(None, inputs))
        out[f"{b}x{t}"] = {"torch_eager_ms": round(eager, 2), "onnxruntime_ms": round(ort_ms, 2),
                           "speedup": round(eager / ort_ms, 2)}
    return out


def store_fp16(src: Path, dst: Path, min_elements: int = 4096) -> None:
    """Store large weights as fp16 with a Cast to fp32: half the download, fp32 arithmetic.

    Weights that came back from a GPU run in fp16 lose nothing; others change by < 1e-3 relative.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    graph_model = onnx.load(str(src))
    graph = graph_model.graph
    casts = []
    for init in graph.initializer:
        if init.data_type == TensorProto.FLOAT and np.prod(init.dims) >= min_elements:
            array = numpy_helper.to_array(init).astype(np.float16)
            name = init.name
            init.CopyFrom(numpy_helper.from_array(array, name + "_fp16"))
            casts.append(helper.make_node("Cast", [name + "_fp16"], [name], to=TensorProto.FLOAT,
                                          name=f"cast_{len(casts)}"))
    for node in reversed(casts):
        graph.node.insert(0, node)
    onnx.save(graph_model, str(dst))


def fp32_weights(src: Path, dst: Path) -> None:
    """Undo `store_fp16` (each fp16 weight and its Cast folded back into one fp32 weight): the quantiser
    only sees weights that are plain fp32 initializers."""
    import onnx
    from onnx import numpy_helper

    graph_model = onnx.load(str(src))
    graph = graph_model.graph
    inits = {init.name: init for init in graph.initializer}
    for node in [n for n in graph.node if n.op_type == "Cast" and n.input[0] in inits and n.input[0].endswith("_fp16")]:
        array = numpy_helper.to_array(inits[node.input[0]]).astype(np.float32)
        graph.initializer.remove(inits[node.input[0]])
        graph.initializer.append(numpy_helper.from_array(array, node.output[0]))
        graph.node.remove(node)
    onnx.save(graph_model, str(dst))


def _head_nodes(path: Path) -> list[str]:
    """Nodes that read the encoder's final states (the MLM and edit heads): they stay fp32, where the
    engine's log-probability margins are decided, and cost little since the MLM head runs only at masks."""
    import onnx

    graph = onnx.load(str(path)).graph
    tainted, heads = {"hidden"}, []
    for node in graph.node:                 # ONNX graphs are topologically sorted
        if tainted.intersection(node.input):
            tainted.update(node.output)
            heads.append(node.name)
    return heads


def matmul_modules(graph) -> dict[str, str]:
    """ONNX MatMul node name -> the torch Linear it came from, as the dynamo exporter records it."""
    import ast

    found = {}
    for node in graph.node:
        scopes = next((p.value for p in node.metadata_props if p.key == "pkg.torch.onnx.name_scopes"), None)
        if node.op_type == "MatMul" and scopes:
            path = [m for m in ast.literal_eval(scopes) if m]
            if len(path) >= 2 and path[-1].startswith("linear"):
                found[node.name] = path[-2]
    return found


def outlier_inputs(model: ClozeModel, examples: list[dict], n: int = INT8_FP32_MATMULS) -> list[str]:
    """The encoder Linears whose inputs have the heaviest outliers (largest max / mean |x| on `examples`).

    Dynamic quantisation gives each call's activations one scale, so a few extreme values there cost the
    rest their resolution; on cloze-base one FFN output projection alone moved MLM top-1 agreement with
    fp32 from 97.7 % to 98.2 % (all six FFN outputs: 98.3 %) for ~4 % of the INT8 model's speed."""
    peaks: dict[str, list[float]] = {}
    hooks = []
    for name, module in model.bert.encoder.named_modules():
        if isinstance(module, torch.nn.Linear):
            def hook(_, inputs, __, name=f"bert.encoder.{name}"):
                x = inputs[0].detach().abs()
                peak = peaks.setdefault(name, [0.0, 0.0])
                peak[0], peak[1] = max(peak[0], float(x.max())), peak[1] + float(x.mean())
            hooks.append(module.register_forward_hook(hook))
    with torch.no_grad():
        for i in range(0, len(examples), 32):
            batch = collate(examples[i:i + 32])
            model.encode(batch["input_ids"], batch["attention_mask"])
    for h in hooks:
        h.remove()
    return sorted(peaks, key=lambda k: -peaks[k][0] / max(peaks[k][1], 1e-9))[:n]


def quantize(src: Path, dst: Path, examples: list[dict], keep_fp32: tuple[str, ...] = ()) -> None:
    """INT8 weights for the encoder's MatMuls (per output channel; activations in ranges measured on
    `examples`), except the heads and the Linears named in `keep_fp32`."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    plain = dst.with_suffix(".fp32.tmp")
    fp32_weights(src, plain)
    modules = matmul_modules(onnx.load(str(plain)).graph)
    fp32_nodes = [node for node, module in modules.items() if module in keep_fp32]
    quantized = dst.with_suffix(".int8.tmp")
    quantize_dynamic(str(plain), str(quantized), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"],
                     per_channel=True, nodes_to_exclude=_head_nodes(plain) + fp32_nodes)
    fixed_activation_ranges(quantized, examples)
    store_fp16(quantized, dst)              # the embeddings and heads: fp16 storage, fp32 arithmetic
    plain.unlink()
    quantized.unlink()


def fixed_activation_ranges(path: Path, examples: list[dict]) -> None:
    """Give each quantised MatMul input a fixed range, measured on `examples`, in place of
    DynamicQuantizeLinear's range of the whole call.

    With a range per call a sentence's scores depended on the sentences batched with it: the same text
    got other suggestions alone than in a batch.  A fixed range makes each sentence's result its own, at
    the speed of the dynamic model (a scale per token, also tried, cost 12 %) and nearly as close to fp32
    (INT8_AGREEMENT): the range is set by a few outlier features that every token has.  ORT fuses
    MatMulInteger, Cast and Mul(a_scale, b_scale) into MatMulIntegerToFloat only where that Mul is computed,
    so the fixed scale is multiplied by a computed 1 instead of being folded into a constant.
    """
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    graph_model = onnx.load(str(path))
    graph = graph_model.graph
    dynamic = [n for n in graph.node if n.op_type == "DynamicQuantizeLinear"]
    probe = onnx.ModelProto()
    probe.CopyFrom(graph_model)
    probe.graph.output.extend(helper.make_tensor_value_info(n.input[0], TensorProto.FLOAT, None) for n in dynamic)
    sess = ort.InferenceSession(probe.SerializeToString(), providers=["CPUExecutionProvider"])
    lo, hi = np.zeros(len(dynamic), np.float32), np.zeros(len(dynamic), np.float32)
    for i in range(0, len(examples), 32):
        inputs, _ = feeds(collate(examples[i:i + 32]))
        real = inputs["attention_mask"] > 0
        for k, x in enumerate(sess.run([n.input[0] for n in dynamic], inputs)):
            x = x[real] if x.ndim == 3 else x
            lo[k], hi[k] = min(lo[k], x.min()), max(hi[k], x.max())
    out = [helper.make_node("Size", [graph.input[0].name], ["fixed_size"]),
           helper.make_node("Greater", ["fixed_size", "fixed_zero"], ["fixed_any"]),
           helper.make_node("Cast", ["fixed_any"], ["fixed_one"], to=TensorProto.FLOAT)]
    graph.initializer.append(numpy_helper.from_array(np.array(0, np.int64), "fixed_zero"))
    ranges = {n.name: k for k, n in enumerate(dynamic)}
    for n in graph.node:
        if n.op_type != "DynamicQuantizeLinear":
            out.append(n)
            continue
        k = ranges[n.name]                              # as DynamicQuantizeLinear: uint8, the range holds 0
        scale = np.float32(max(hi[k] - lo[k], 1e-8) / 255)
        zero = np.uint8(np.clip(np.round(-lo[k] / scale), 0, 255))
        x, (q, scale_out, zero_out) = n.input[0], n.output
        graph.initializer.extend([numpy_helper.from_array(np.array(scale, np.float32), scale_out + "_fixed"),
                                  numpy_helper.from_array(np.array(zero, np.uint8), zero_out)])
        out += [helper.make_node("QuantizeLinear", [x, scale_out + "_fixed", zero_out], [q], name=n.name),
                helper.make_node("Mul", [scale_out + "_fixed", "fixed_one"], [scale_out])]
    del graph.node[:]
    graph.node.extend(out)
    onnx.save(graph_model, str(path))


def int8_variant(model_path: Path, examples: list[dict], fresh: ClozeModel) -> dict:
    """Write INT8_FILE beside model.onnx; keep it when it agrees with the fp32 model (INT8_AGREEMENT).

    The engine serves it on CPU (assistant/model.py), where it halves latency; the fp32 file stays the
    reference and the GPU model.  Agreement is measured between freshly loaded sessions.
    """
    qpath = model_path.parent / INT8_FILE
    keep = outlier_inputs(fresh, examples)
    quantize(model_path, qpath, examples, tuple(keep))
    fp32, q = session(model_path), session(qpath)
    report = {"method": "int8 encoder MatMuls: weights per output channel, activations in fixed ranges "
                         "measured on the dev examples; heads fp32",
              "fp32_matmuls": keep, **compare(fresh, q, examples, other=fp32)}
    report["speed"] = {"fp32": speed(fresh, fp32), "int8": speed(fresh, q)}
    report["kept"] = all(report[k] >= v for k, v in INT8_AGREEMENT.items())
    if not report["kept"]:
        qpath.unlink()
    return report


def share_embeddings(folder: Path) -> None:
    """Store the word-embedding matrix (most of each file) once, as external data both ONNX files point to,
    instead of once inside model.onnx and again inside model.int8.onnx."""
    import onnx
    from onnx import TensorProto
    from onnx.external_data_helper import set_external_data

    data = None
    for path in (folder / "model.onnx", folder / INT8_FILE):
        if not path.exists():
            continue
        graph_model = onnx.load(str(path))          # reads back external data a previous call wrote
        tensor = max(graph_model.graph.initializer, key=lambda t: len(t.raw_data))
        if data is not None and tensor.raw_data != data:
            raise ValueError(f"{path.name}: its largest weight is not the embedding matrix of model.onnx")
        data = tensor.raw_data
        set_external_data(tensor, SHARED_WEIGHTS, offset=0, length=len(data))
        tensor.data_location = TensorProto.EXTERNAL
        tensor.ClearField("raw_data")
        onnx.save(graph_model, str(path))
    (folder / SHARED_WEIGHTS).write_bytes(data)


def add_int8(run_dir: Path, folder: Path, dev_examples: int = 600) -> dict:
    """Give an already exported model folder its INT8 variant, recorded in its manifest."""
    fresh, ckpt = load_checkpoint(run_dir)
    masked, corrupted = _dev_examples(run_dir, fresh, ckpt, dev_examples)
    report = int8_variant(folder / "model.onnx", masked + corrupted, fresh)
    share_embeddings(folder)
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["int8"] = report
    manifest["quantization"] = QUANTIZATION[report["kept"]]
    tmp = manifest_path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(manifest, indent=2))
    os.replace(tmp, manifest_path)
    for path in (folder / "model.onnx", folder / INT8_FILE, folder / SHARED_WEIGHTS):
        if path.exists():
            record_file(path)       # the checksums, kept in step as for thresholds.json
    return report


def _dev_examples(run_dir: Path, model: ClozeModel, ckpt: dict, n: int) -> tuple[list[dict], list[dict]]:
    from training.pretrain import build_corruptor, dev_paragraphs

    tok = tokenizer_mod.load(run_dir / "tokenizer.json")
    encoder = Encoder(tok, model.config.max_position_embeddings)
    corruptor = build_corruptor(run_dir, tok, 0.07)
    return dev_sets(encoder, dev_paragraphs(ckpt["recipe"]), corruptor, n, seed=11)


def export(run_dir: Path, out_dir: Path, *, int8: bool = True, dev_examples: int = 600,
           extra: dict | None = None) -> dict:
    model, ckpt = load_checkpoint(run_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / "model.fp32.onnx"
    export_onnx(model, tmp)
    for name in SHIPPED:
        shutil.copy(run_dir / name, out_dir / name)

    masked, corrupted = _dev_examples(run_dir, model, ckpt, dev_examples)
    fresh, _ = load_checkpoint(run_dir)
    final = out_dir / "model.onnx"
    store_fp16(tmp, final)
    tmp.unlink()
    parity = compare(fresh, session(final), masked + corrupted)
    quant = int8_variant(final, masked + corrupted, fresh) if int8 else {"kept": False}
    share_embeddings(out_dir)
    sess = session(final)
    timing = speed(fresh, sess)
    state = ckpt["state"]
    last = state["curve"][-1] if state["curve"] else {}
    manifest = {
        "name": ckpt["recipe"]["name"],
        "format": "onnx",
        "inputs": list(INPUTS), "outputs": list(OUTPUTS),
        "attention_mask": ATTENTION_MASK,
        "edit_labels": ["keep", "replace", "delete", "missing_before"],
        "quantization": QUANTIZATION[quant["kept"]],
        "parameters": count_parameters(fresh),
        "config": {k: ckpt["config"][k] for k in ("vocab_size", "hidden_size", "num_hidden_layers",
                                                  "num_attention_heads", "max_position_embeddings")},
        "recipe": ckpt["recipe"],
        "corpus_fingerprint": (run_dir / "corpus_fingerprint.txt").read_text().strip(),
        "training": {"steps": state["step"], "tokens": last.get("tokens", state["tokens"]),
                     "seconds": round(state["seconds"]), "hardware": ckpt.get("hardware")},
        "dev_metrics": {k: v for k, v in last.items() if k not in ("step", "tokens", "seconds", "loss")},
        "learning_curve": state["curve"],
        "parity": parity,
        "int8": quant,
        "latency_cpu": {"machine": f"{platform.machine()} {os.cpu_count()} cores", **timing},
        **(extra or {}),
    }
    if (run_dir / "inference.json").exists():  # measured on the training GPU by `--throughput`
        manifest["inference_gpu"] = json.loads((run_dir / "inference.json").read_text())
    thresholds = out_dir / "thresholds.json"
    files = [final, *(out_dir / n for n in SHIPPED)] + [p for p in (out_dir / INT8_FILE, out_dir / SHARED_WEIGHTS,
                                                                     thresholds) if p.exists()]
    manifest["files"] = {p.name: {"sha256": sha256(p), "bytes": p.stat().st_size} for p in files}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2))
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.export", description=__doc__)
    parser.add_argument("--run-dir", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--no-int8", action="store_true")
    parser.add_argument("--dev-examples", type=int, default=600)
    parser.add_argument("--int8-only", action="store_true", help="only add the INT8 variant to the --out folder")
    args = parser.parse_args(argv)
    if args.int8_only:
        print(json.dumps(add_int8(Path(args.run_dir), Path(args.out), args.dev_examples), indent=1))
        return
    manifest = export(Path(args.run_dir), Path(args.out), int8=not args.no_int8, dev_examples=args.dev_examples)
    print(json.dumps({k: manifest[k] for k in ("quantization", "parity", "latency_cpu", "dev_metrics")}, indent=1))


if __name__ == "__main__":
    main()

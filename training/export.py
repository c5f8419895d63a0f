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

from training import tokenizer as tokenizer_mod
from training.corrupt import IGNORE
from training.evaluate import dev_sets
from training.examples import Encoder, collate
from training.model import ClozeModel, count_parameters
from transformers import BertConfig

SHIPPED = ("tokenizer.json", "lexicon.tsv", "inflections.txt", "confusables.txt", "thesaurus.tsv", "WORDNET-LICENSE.txt",
           "vectors.npz")
INPUTS = ("input_ids", "attention_mask", "mlm_positions")
OUTPUTS = ("hidden", "edit_logits", "mlm_logits")


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


def quantize(src: Path, dst: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic
    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gemm"])


def export(run_dir: Path, out_dir: Path, *, int8: bool = True, dev_examples: int = 600,
           extra: dict | None = None) -> dict:
    from training.pretrain import build_corruptor, dev_paragraphs

    model, ckpt = load_checkpoint(run_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / "model.fp32.onnx"
    export_onnx(model, tmp)
    for name in SHIPPED:
        shutil.copy(run_dir / name, out_dir / name)

    tok = tokenizer_mod.load(run_dir / "tokenizer.json")
    encoder = Encoder(tok, model.config.max_position_embeddings)
    corruptor = build_corruptor(run_dir, tok, 0.07)
    masked, corrupted = dev_sets(encoder, dev_paragraphs(ckpt["recipe"]), corruptor, dev_examples, seed=11)
    fresh, _ = load_checkpoint(run_dir)
    fp32 = session(tmp)
    parity = compare(fresh, fp32, masked + corrupted)
    quant = {"requested": int8}
    shipped = tmp
    if int8:
        qpath = out_dir / "model.int8.onnx"
        quantize(tmp, qpath)
        q = session(qpath)
        agreement = compare(fresh, q, masked, other=fp32)
        quant.update(agreement)
        quant["fp32_vs_int8_speed"] = {"fp32": speed(fresh, fp32), "int8": speed(fresh, q)}
        quant["kept"] = agreement["mlm_top1_agreement"] >= 0.99
        if quant["kept"]:
            shipped = qpath
        else:
            qpath.unlink()
    final = out_dir / "model.onnx"
    if shipped == tmp:
        store_fp16(tmp, final)
        tmp.unlink()
        parity = compare(fresh, session(final), masked + corrupted)
    else:
        os.replace(shipped, final)
        tmp.unlink()
    sess = session(final)
    timing = speed(fresh, sess)
    state = ckpt["state"]
    last = state["curve"][-1] if state["curve"] else {}
    manifest = {
        "name": ckpt["recipe"]["name"],
        "format": "onnx",
        "inputs": list(INPUTS), "outputs": list(OUTPUTS),
        "edit_labels": ["keep", "replace", "delete", "missing_before"],
        "quantization": "int8-dynamic" if quant.get("kept") else "fp16 storage, fp32 compute",
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
    files = [final, *(out_dir / n for n in SHIPPED)] + ([thresholds] if thresholds.exists() else [])
    manifest["files"] = {p.name: {"sha256": sha256(p), "bytes": p.stat().st_size} for p in files}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2))
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.export", description=__doc__)
    parser.add_argument("--run-dir", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--no-int8", action="store_true")
    parser.add_argument("--dev-examples", type=int, default=600)
    args = parser.parse_args(argv)
    manifest = export(Path(args.run_dir), Path(args.out), int8=not args.no_int8, dev_examples=args.dev_examples)
    print(json.dumps({k: manifest[k] for k in ("quantization", "parity", "latency_cpu", "dev_metrics")}, indent=1))


if __name__ == "__main__":
    main()

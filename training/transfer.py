"""Carry a trained run between machines in size-limited pieces (e.g. back from a rented GPU).

`pack` writes the weights as fp16 chunks plus the run's state (`--xz` compresses them
first, ~10 %, when the way there is the tighter limit); `unpack` rebuilds a
checkpoint (without optimizer state: training resumes with a fresh optimizer).
`from-model` rebuilds a run from an exported model folder (its ONNX weights, data files
and manifest), for a machine that has the shipped model but not the run it came from.
"""
from __future__ import annotations

import argparse
import io
import json
import lzma
import shutil
from pathlib import Path

import torch

CHUNK = 12 * 1024 * 1024


def pack(run_dir: Path, out: Path, compress: bool = False) -> list[Path]:
    ckpt = torch.load(run_dir / "checkpoint.pt", map_location="cpu", weights_only=False)
    buf = io.BytesIO()
    torch.save({k: v.half() if v.is_floating_point() else v for k, v in ckpt["model"].items()}, buf)
    data = buf.getvalue()
    name = "weights"
    if compress:
        data, name = lzma.compress(data, preset=9 | lzma.PRESET_EXTREME), "weights.xz"
    out.mkdir(parents=True, exist_ok=True)
    parts = []
    for i in range(0, len(data), CHUNK):
        parts.append(out / f"{name}.{i // CHUNK:02d}")
        parts[-1].write_bytes(data[i:i + CHUNK])
    meta = {k: ckpt[k] for k in ("state", "config", "recipe", "hardware")}
    (out / "run.json").write_text(json.dumps(meta, default=str))
    return parts


def unpack(src: Path, run_dir: Path) -> None:
    parts = sorted(src.glob("weights.*"))
    data = b"".join(p.read_bytes() for p in parts)
    if parts and parts[0].name.startswith("weights.xz."):
        data = lzma.decompress(data)
    weights = torch.load(io.BytesIO(data), map_location="cpu")
    meta = json.loads((src / "run.json").read_text())
    run_dir.mkdir(parents=True, exist_ok=True)
    torch.save({"model": {k: v.float() if v.is_floating_point() else v for k, v in weights.items()}, **meta},
               run_dir / "checkpoint.pt")


def _onnx_weights(path: Path, names: set[str]) -> dict[str, torch.Tensor]:
    """State-dict tensors from an ONNX file written by `training.export`: initialisers that keep their
    parameter name (fp16-stored ones end in "_fp16"), and Linear weights, which the exporter stores
    transposed under generated names (`matmul_modules` says whose they are)."""
    import onnx
    from onnx import numpy_helper

    from training.export import matmul_modules

    graph = onnx.load(str(path)).graph
    arrays = {t.name.removesuffix("_fp16"): numpy_helper.to_array(t) for t in graph.initializer}
    weights = {name: torch.from_numpy(arrays[name].copy()) for name in names if name in arrays}
    modules = matmul_modules(graph)
    for node in graph.node:
        if node.name in modules and node.input[1] in arrays:
            weights[modules[node.name] + ".weight"] = torch.from_numpy(arrays[node.input[1]].T.copy())
    return {k: v.float() if v.is_floating_point() else v for k, v in weights.items()}


def from_model(folder: Path, run_dir: Path, recipe_path: Path | None = None) -> None:
    """Write `run_dir` (checkpoint.pt and the files beside it) from an exported model folder.

    `recipe_path` supplies the corpus paths of this machine; the rest of the recipe is the model's."""
    from training.export import SHIPPED
    from training.model import ClozeModel, make_config
    from training.pretrain import load_recipe

    manifest = json.loads((folder / "manifest.json").read_text())
    c = manifest["config"]
    config = make_config(c["vocab_size"], c["num_hidden_layers"], c["hidden_size"], c["num_attention_heads"],
                         c["max_position_embeddings"])
    expected = ClozeModel(config).state_dict()
    weights = _onnx_weights(folder / "model.onnx", set(expected))
    missing = set(expected) - set(weights)
    if missing:
        raise ValueError(f"{folder / 'model.onnx'} lacks weights for {sorted(missing)[:5]}")
    recipe = dict(manifest["recipe"])
    if recipe_path is not None:
        recipe["corpus"] = load_recipe(recipe_path)["corpus"]
    training = manifest["training"]
    state = {"step": training["steps"], "tokens": training["tokens"], "seconds": training["seconds"],
             "curve": manifest.get("learning_curve", [])}
    run_dir.mkdir(parents=True, exist_ok=True)
    for name in SHIPPED:
        if (folder / name).is_file():       # a folder exported before a statistic existed: prepare() counts it
            shutil.copy(folder / name, run_dir / name)
    (run_dir / "corpus_fingerprint.txt").write_text(manifest["corpus_fingerprint"] + "\n")
    if "inference_gpu" in manifest:
        (run_dir / "inference.json").write_text(json.dumps(manifest["inference_gpu"]))
    torch.save({"model": {k: weights[k] for k in expected}, "state": state, "config": config.to_dict(),
                "recipe": recipe, "hardware": training.get("hardware")}, run_dir / "checkpoint.pt")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m training.transfer", description=__doc__)
    parser.add_argument("action", choices=["pack", "unpack", "from-model"])
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--xz", action="store_true", help="pack: compress the weights")
    parser.add_argument("--recipe", help="from-model: take the corpus paths from this recipe")
    args = parser.parse_args()
    if args.action == "pack":
        pack(Path(args.src), Path(args.dst), compress=args.xz)
    elif args.action == "unpack":
        unpack(Path(args.src), Path(args.dst))
    else:
        from_model(Path(args.src), Path(args.dst), Path(args.recipe) if args.recipe else None)


if __name__ == "__main__":
    main()

"""Carry a trained run between machines in size-limited pieces (e.g. back from a rented GPU).

`pack` writes the weights as fp16 chunks plus the run's state (`--xz` compresses them
first, ~10 %, when the way there is the tighter limit); `unpack` rebuilds a
checkpoint (without optimizer state: training resumes with a fresh optimizer).
"""
from __future__ import annotations

import argparse
import io
import json
import lzma
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


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m training.transfer", description=__doc__)
    parser.add_argument("action", choices=["pack", "unpack"])
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--xz", action="store_true", help="pack: compress the weights")
    args = parser.parse_args()
    if args.action == "pack":
        pack(Path(args.src), Path(args.dst), compress=args.xz)
    else:
        unpack(Path(args.src), Path(args.dst))


if __name__ == "__main__":
    main()

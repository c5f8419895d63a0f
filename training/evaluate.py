"""Dev metrics: whole-word masked-word accuracy and the correction heads' precision/recall.

Masked-word accuracy masks 15% of the words of clean dev text (all pieces of a
word at once) and counts a word right at top-k when every piece's target is
within the model's top-k for that piece (top-1: the whole word is recovered).
"""
from __future__ import annotations

import random
from collections.abc import Iterable

import torch

from training.corrupt import DELETE, IGNORE, REPLACE, Corruptor
from training.examples import Encoder, collate


def dev_sets(encoder: Encoder, paragraphs: Iterable[str], corruptor: Corruptor, n: int, seed: int = 7):
    """Fixed dev batches: (clean text, 15% whole-word masked) and (corrupted text, labels)."""
    rng = random.Random(seed)
    masked, corrupted = [], []
    for para in paragraphs:
        for words in encoder.chunks(para):
            ex = encoder.encode(words, [0] * len(words), [0] * (len(words) + 1))
            encoder.mask_words(ex, rng)
            masked.append(ex)
            bad, labels, missing = corruptor(words, rng)
            ex = encoder.encode(bad, labels, missing)
            ex["mlm"] = [IGNORE] * len(ex["ids"])
            corrupted.append(ex)
        if len(masked) >= n:
            break
    return masked[:n], corrupted[:n]


@torch.no_grad()
def masked_word_accuracy(model, examples: list[dict], device, batch_size: int = 64) -> dict[str, float]:
    model.eval()
    right1 = right5 = total = 0
    for i in range(0, len(examples), batch_size):
        part = examples[i:i + batch_size]
        batch = collate(part)
        hidden = model.encode(batch["input_ids"].to(device), batch["attention_mask"].to(device))
        labels = batch["mlm_labels"].to(device)
        sel = labels != IGNORE
        logits = model.mlm_logits(hidden[sel]).float()
        top5 = logits.topk(5, dim=-1).indices
        target = labels[sel]
        ok1 = (top5[:, 0] == target).cpu().tolist()
        ok5 = (top5 == target[:, None]).any(-1).cpu().tolist()
        # regroup pieces into words
        k = 0
        for b, ex in enumerate(part):
            words: dict[int, list[int]] = {}
            for j, lab in enumerate(ex["mlm"]):
                if lab != IGNORE:
                    words.setdefault(ex["word_ids"][j], []).append(k)
                    k += 1
            for pieces in words.values():
                total += 1
                right1 += all(ok1[p] for p in pieces)
                right5 += all(ok5[p] for p in pieces)
    model.train()
    return {"mlm_top1": right1 / max(total, 1), "mlm_top5": right5 / max(total, 1), "mlm_words": total}


@torch.no_grad()
def head_scores(model, examples: list[dict], device, batch_size: int = 64) -> dict[str, float]:
    """Token-level precision/recall of each head on synthetic corruptions (argmax; missing at p > 0.5)."""
    model.eval()
    counts = {name: [0, 0, 0] for name in ("replace", "delete", "missing")}  # tp, predicted, gold
    for i in range(0, len(examples), batch_size):
        batch = collate(examples[i:i + batch_size])
        hidden = model.encode(batch["input_ids"].to(device), batch["attention_mask"].to(device))
        logits = model.edit_logits(hidden).float()
        edit_pred = logits[..., :3].argmax(-1).cpu()
        miss_pred = (logits[..., 3] > 0).long().cpu()
        for name, pred, gold, cls in (("replace", edit_pred, batch["edit_labels"], REPLACE),
                                      ("delete", edit_pred, batch["edit_labels"], DELETE),
                                      ("missing", miss_pred, batch["missing_labels"], 1)):
            valid = gold != IGNORE
            p, g = (pred == cls) & valid, (gold == cls) & valid
            counts[name][0] += int((p & g).sum())
            counts[name][1] += int(p.sum())
            counts[name][2] += int(g.sum())
    model.train()
    out = {}
    for name, (tp, npred, ngold) in counts.items():
        out[f"{name}_precision"] = tp / npred if npred else 0.0
        out[f"{name}_recall"] = tp / ngold if ngold else 0.0
    return out


@torch.no_grad()
def throughput(model, device, batch: int = 64, seq: int = 128, seconds: float = 10.0) -> dict:
    """Inference tokens/s of the serving graph (bf16 autocast on GPU), for the manifest."""
    import time

    model.eval()
    ids = torch.randint(5, model.config.vocab_size, (batch, seq), device=device)
    mask = torch.ones_like(ids)
    pos = torch.stack([torch.arange(batch, device=device), torch.full((batch,), 5, device=device)], 1)
    ctx = torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda" else torch.autocast("cpu", enabled=False)
    with ctx:
        for _ in range(5):
            model(ids, mask, pos, packed=False)   # one sentence per row: SDPA's fused kernels
        if device.type == "cuda":
            torch.cuda.synchronize()
        n, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            model(ids, mask, pos, packed=False)   # one sentence per row: SDPA's fused kernels
            n += 1
        if device.type == "cuda":
            torch.cuda.synchronize()
    elapsed = time.perf_counter() - start
    model.train()
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"
    return {"device": name, "runtime": f"PyTorch {torch.__version__} eager, bf16 autocast", "batch": batch,
            "seq": seq, "tokens_per_s": round(n * batch * seq / elapsed), "ms_per_batch": round(1000 * elapsed / n, 2)}

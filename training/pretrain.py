"""The pretraining loop: one script for CPU, one GPU, and many GPUs/machines via torchrun (DDP).

A run lives in one folder (tokenizer, lexicon, checkpoint, log).  Starting the
same command again resumes from the last checkpoint, so a long run can go on
across working days; `max_minutes` ends a session cleanly with a checkpoint.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import shutil
import time
import tomllib
from pathlib import Path

import torch
import torch.distributed as dist
from tqdm import tqdm

from training import articles, corpus, lexicon, thesaurus, tokenizer, vectors
from training.corrupt import IGNORE, Corruptor
from training.evaluate import dev_sets, head_scores, masked_word_accuracy
from training.examples import Encoder, PretrainStream
from training.model import ClozeModel, make_config

REPO = Path(__file__).resolve().parents[1]
CONFUSABLES = REPO / "training" / "data" / "confusables.txt"


def load_recipe(path: str | Path) -> dict:
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def resolve(paths: list[str]) -> list[Path]:
    return [p if p.is_absolute() else (REPO / p) for p in map(Path, paths)]


def train_files(recipe: dict) -> list[Path]:
    return corpus.find_files(resolve(recipe["corpus"]["train"]), recipe["corpus"].get("train_glob"))


def dev_paragraphs(recipe: dict):
    dev = recipe["corpus"].get("dev") or []
    if dev:
        return corpus.load(resolve(dev))
    return corpus.load(train_files(recipe), split="heldout",
                       heldout_per_mille=recipe["corpus"].get("heldout_per_mille", 5))


def prepare(recipe: dict, run_dir: Path, log=print, *, serving: bool = True) -> None:
    """Tokenizer and corpus statistics, made once per run (rank 0 only).

    `serving=False` skips reword's thesaurus and vectors, which training never reads, so a
    machine without WordNet or gensim (a rented GPU) can resume a run carried there.
    """
    run_dir.mkdir(parents=True, exist_ok=True)
    files = train_files(recipe)
    split = dict(split="train", heldout_per_mille=0 if recipe["corpus"].get("dev") else
                 recipe["corpus"].get("heldout_per_mille", 5))
    tok_path = run_dir / "tokenizer.json"
    if not tok_path.exists():
        log(f"training tokenizer on {len(files)} files")
        sample = recipe["tokenizer"].get("sample_paragraphs", 300000)
        paras = corpus.load(files, **split)
        texts = (p for i, p in zip(range(sample), paras))
        tok = tokenizer.build(recipe["tokenizer"]["vocab_size"], texts)
        tok.save(str(tok_path))
    if not (run_dir / "lexicon.tsv").exists():
        log("counting corpus statistics (lexicon, inflections)")
        stats = lexicon.build(corpus.load(files, **split), run_dir)
        (run_dir / "corpus_stats.json").write_text(json.dumps(stats))
    if serving and not (run_dir / thesaurus.FILE).exists():  # runs started before the thesaurus existed
        thesaurus.build(thesaurus.read_counts(run_dir / "lexicon.tsv"), run_dir)
    if serving and not (run_dir / thesaurus.WORDS).exists():  # ... or before the dictionary words
        thesaurus.write_words(run_dir)
    if serving and not ((run_dir / articles.FILE).exists() and (run_dir / articles.NAMES).exists()):
        log("counting bare and determined noun phrases, and names with and without 'the'")
        articles.build(corpus.load(files, **split), run_dir)
    if serving and not (run_dir / vectors.FILE).exists():
        log("training reword's word vectors")
        vectors.build(corpus.load(files, **split), run_dir, log=log)
    shutil.copy(CONFUSABLES, run_dir / "confusables.txt")
    (run_dir / "corpus_fingerprint.txt").write_text(corpus.fingerprint_files(files))


def build_corruptor(run_dir: Path, tok, rate: float) -> Corruptor:
    vocab = [w for w, i in tok.get_vocab().items() if w.isalpha() and i > 1000]
    return Corruptor.from_files(run_dir / "confusables.txt", run_dir / "inflections.txt", vocab, rate)


def lr_factor(progress: float, step: int, warmup: int) -> float:
    """Linear warm-up over this session's first `warmup` steps, times a cosine decay to 5 %."""
    return min(1.0, (step + 1) / warmup) * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * min(progress, 1.0))))


def save_atomic(obj, path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(obj, tmp)
    os.replace(tmp, path)


def run(recipe: dict, run_dir: Path, *, max_steps: int | None = None, max_minutes: float | None = None,
        device: str | None = None, workers: int | None = None, batch_size: int | None = None,
        serving_data: bool = True) -> dict:
    distributed = int(os.environ.get("WORLD_SIZE", "1")) > 1
    if distributed:
        dist.init_process_group("nccl" if torch.cuda.is_available() and device != "cpu" else "gloo")
    rank, world = (dist.get_rank(), dist.get_world_size()) if distributed else (0, 1)
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    if device is None:
        device = f"cuda:{local_rank}" if torch.cuda.is_available() else "cpu"
    dev = torch.device(device)
    if dev.type == "cuda":
        torch.cuda.set_device(dev)
        torch.backends.cuda.matmul.allow_tf32 = True
    log = (lambda *a: tqdm.write(" ".join(map(str, a)))) if rank == 0 else (lambda *a: None)

    cfg_t, cfg_m = recipe["train"], recipe["model"]
    seed = recipe.get("seed", 13)
    torch.manual_seed(seed)
    random.seed(seed)
    if rank == 0:
        prepare(recipe, run_dir, log, serving=serving_data)
    if distributed:
        dist.barrier()
    tok = tokenizer.load(run_dir / "tokenizer.json")
    config = make_config(tok.get_vocab_size(), cfg_m["layers"], cfg_m["hidden"], cfg_m["heads"], cfg_m["max_len"])
    model = ClozeModel(config).to(dev)
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.ndim < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg_t.get("weight_decay", 0.01)},
                             {"params": no_decay, "weight_decay": 0.0}],
                            lr=cfg_t["lr"], betas=(0.9, 0.98), eps=1e-6, fused=dev.type == "cuda")
    state = {"step": 0, "tokens": 0, "seconds": 0.0, "curve": []}
    ckpt_path = run_dir / "checkpoint.pt"
    if ckpt_path.exists():
        ckpt = torch.load(ckpt_path, map_location=dev, weights_only=False)
        model.load_state_dict(ckpt["model"])
        state = ckpt["state"]
        if "optimizer" in ckpt:  # absent in checkpoints carried back from another machine
            opt.load_state_dict(ckpt["optimizer"])
        log(f"resumed from step {state['step']} ({state['tokens']:,} tokens)")
    # Every session warms up again: jumping straight back to a session schedule's peak learning rate
    # jolts the model (dev MLM top-1 44.6 -> 42.2 % at the fourth GPU session's start).
    warm_from = state["step"]
    ddp_model = torch.nn.parallel.DistributedDataParallel(
        model, device_ids=[dev.index] if dev.type == "cuda" else None) if distributed else model

    corruptor = build_corruptor(run_dir, tok, cfg_t.get("corruption_rate", 0.07))
    files = train_files(recipe)
    heldout = 0 if recipe["corpus"].get("dev") else recipe["corpus"].get("heldout_per_mille", 5)
    bs = batch_size or cfg_t["batch_size"]
    stream = PretrainStream(files, run_dir / "tokenizer.json", corruptor, max_len=cfg_m["max_len"],
                            batch_size=bs, mlm_share=cfg_t.get("mlm_share", 0.6),
                            seed=seed + state["step"], rank=rank, world=world,
                            heldout_per_mille=heldout, split="train")
    n_workers = cfg_t.get("workers", 1) if workers is None else workers
    loader = torch.utils.data.DataLoader(stream, batch_size=None, num_workers=n_workers,
                                         pin_memory=dev.type == "cuda", prefetch_factor=8 if n_workers else None,
                                         persistent_workers=False)
    encoder = Encoder(tok, cfg_m["max_len"])
    masked_dev, corrupted_dev = dev_sets(encoder, dev_paragraphs(recipe), corruptor, cfg_t.get("dev_examples", 2000))

    total_steps = max_steps or cfg_t["max_steps"]
    budget = max_minutes * 60 if max_minutes else None
    eval_every = cfg_t.get("eval_every", 1000)
    started = time.time() - state["seconds"]
    session_start = time.time()
    autocast = torch.autocast("cuda", dtype=torch.bfloat16) if dev.type == "cuda" else torch.autocast("cpu", enabled=False)
    bar = tqdm(total=total_steps, initial=state["step"], disable=rank != 0, unit="step", dynamic_ncols=True)
    loss_ema = None

    def evaluate_and_save() -> dict:
        metrics = {}
        if rank == 0:
            metrics = {**masked_word_accuracy(model, masked_dev, dev), **head_scores(model, corrupted_dev, dev)}
            point = {"step": state["step"], "tokens": state["tokens"] * world, "seconds": round(state["seconds"]),
                     "loss": round(loss_ema or 0, 4), **{k: round(v, 4) for k, v in metrics.items()}}
            state["curve"].append(point)
            with open(run_dir / "log.jsonl", "a") as handle:
                handle.write(json.dumps(point) + "\n")
            log(json.dumps(point))
            save_atomic({"model": model.state_dict(), "optimizer": opt.state_dict(), "state": state,
                         "config": config.to_dict(), "recipe": recipe,
                         "hardware": hardware(dev, world)}, ckpt_path)
        return metrics

    data = iter(loader)
    metrics: dict = {}
    while state["step"] < total_steps:
        progress = state["step"] / total_steps
        if budget:
            progress = max(progress, (time.time() - session_start) / budget)
            if time.time() - session_start >= budget:
                break
        for group in opt.param_groups:
            group["lr"] = cfg_t["lr"] * lr_factor(progress, state["step"] - warm_from, cfg_t.get("warmup_steps", 1000))
        batch = {k: v.to(dev, non_blocking=True) for k, v in next(data).items()}
        with autocast:
            loss = step_loss(ddp_model, batch)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        state["step"] += 1
        state["tokens"] += int(batch["attention_mask"].sum())
        state["seconds"] = time.time() - started
        value = float(loss.detach()) if state["step"] % 20 == 0 or loss_ema is None else None
        if value is not None:
            loss_ema = value if loss_ema is None else 0.9 * loss_ema + 0.1 * value
            bar.set_postfix(loss=f"{loss_ema:.3f}", tok=f"{state['tokens'] * world / 1e6:.1f}M")
        bar.update(1)
        if state["step"] % eval_every == 0:
            metrics = evaluate_and_save()
    metrics = evaluate_and_save()
    bar.close()
    if distributed:
        dist.barrier()          # every rank leaves together, after rank 0 has written the checkpoint
        dist.destroy_process_group()
    return {"step": state["step"], "tokens": state["tokens"] * world, "seconds": state["seconds"], **metrics}


def step_loss(model, batch: dict) -> torch.Tensor:
    """MLM loss at masked positions + edit loss + missing-word loss, in one forward pass.

    Goes through `model(...)` (the serving graph) so DDP sees the call and syncs gradients.
    """
    ce = torch.nn.functional.cross_entropy
    positions = (batch["mlm_labels"] != IGNORE).nonzero()
    has_mlm = len(positions) > 0
    if not has_mlm:
        positions = torch.zeros((1, 2), dtype=torch.long, device=batch["input_ids"].device)
    _, edit, mlm_logits = model(batch["input_ids"], batch["attention_mask"], positions, packed=False)
    mlm_logits = mlm_logits.float()
    targets = batch["mlm_labels"][positions[:, 0], positions[:, 1]]
    mlm = ce(mlm_logits, targets) if has_mlm else mlm_logits.sum() * 0
    edit = edit.float()
    edit_loss = ce(edit[..., :3].reshape(-1, 3), batch["edit_labels"].reshape(-1), ignore_index=IGNORE)
    miss_gold = batch["missing_labels"]
    valid = miss_gold != IGNORE
    miss_loss = torch.nn.functional.binary_cross_entropy_with_logits(edit[..., 3][valid], miss_gold[valid].float())
    return mlm + edit_loss + miss_loss


def hardware(dev: torch.device, world: int) -> str:
    if dev.type == "cuda":
        return f"{world}x {torch.cuda.get_device_name(dev)}"
    return f"{world}x CPU {platform.processor() or platform.machine()} ({torch.get_num_threads()} threads)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    parser.add_argument("--recipe", default=str(REPO / "training" / "recipes" / "base.toml"))
    parser.add_argument("--run-dir", default=None, help="folder of the run (default runs/<recipe name>)")
    parser.add_argument("--corpus", nargs="+", help="override the recipe's train corpus (files or folders)")
    parser.add_argument("--dev", nargs="+", help="override the recipe's dev files")
    parser.add_argument("--max-steps", type=int)
    parser.add_argument("--max-minutes", type=float, help="stop cleanly (with a checkpoint) after this long")
    parser.add_argument("--device")
    parser.add_argument("--workers", type=int)
    parser.add_argument("--batch-size", type=int)
    parser.add_argument("--throughput", action="store_true", help="measure inference tokens/s at the end")
    parser.add_argument("--training-data-only", action="store_true",
                        help="do not build reword's thesaurus and vectors (a machine without WordNet/gensim)")
    args = parser.parse_args(argv)
    recipe = load_recipe(args.recipe)
    if args.corpus:
        recipe["corpus"]["train"], recipe["corpus"]["train_glob"] = args.corpus, None
    if args.dev is not None:
        recipe["corpus"]["dev"] = args.dev
    run_dir = Path(args.run_dir or REPO / "runs" / recipe["name"])
    result = run(recipe, run_dir, max_steps=args.max_steps, max_minutes=args.max_minutes, device=args.device,
                 workers=args.workers, batch_size=args.batch_size, serving_data=not args.training_data_only)
    if int(os.environ.get("RANK", "0")) == 0:
        if args.throughput:
            from training.evaluate import throughput
            from training.export import load_checkpoint

            model, _ = load_checkpoint(run_dir)
            device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
            result["inference"] = throughput(model.to(device), device)
            (run_dir / "inference.json").write_text(json.dumps(result["inference"]))
        print(json.dumps(result))

"""Turn paragraphs into training batches: corrupted words, whole-word masks, labels.

Every sequence is corrupted (a few words, see corrupt.py) so the correction
heads learn on every token; a share of sequences also get 15% of their intact
words masked for the MLM objective (whole-word: all pieces of a word together).
Sequences are bucketed by length so little compute is spent on padding.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import torch
from tokenizers import Tokenizer
from torch.utils.data import IterableDataset, get_worker_info

from training import corpus
from training.corrupt import IGNORE, KEEP, Corruptor


class Encoder:
    """Words -> token ids with per-token edit/missing labels and word ids."""

    def __init__(self, tok: Tokenizer, max_len: int):
        self.tok = tok
        self.max_len = max_len
        self.mask_id = tok.token_to_id("[MASK]")
        self.vocab_size = tok.get_vocab_size()

    def words(self, text: str) -> list[str]:
        return [w for w, _ in self.tok.pre_tokenizer.pre_tokenize_str(self.tok.normalizer.normalize_str(text))]

    def chunks(self, text: str) -> Iterator[list[str]]:
        words = self.words(text)
        step = max(8, int(self.max_len * 0.6))
        for i in range(0, len(words), step):
            piece = words[i:i + step]
            if len(piece) >= 3:
                yield piece

    def encode(self, words: list[str], labels: list[int], missing: list[int]) -> dict:
        enc = self.tok.encode(words, is_pretokenized=True)
        truncated = len(enc.ids) > self.max_len
        ids, word_ids = enc.ids[: self.max_len], enc.word_ids[: self.max_len]
        edit, miss, prev = [], [], None
        for w in word_ids:
            edit.append(IGNORE if w is None else labels[w])
            miss.append(IGNORE if w is None else (missing[w] if w != prev else 0))
            prev = w
        sep = self.tok.token_to_id("[SEP]")
        if truncated:
            ids[-1], edit[-1], miss[-1], word_ids[-1] = sep, IGNORE, IGNORE, None
        else:
            miss[-1] = missing[-1]
        return {"ids": ids, "word_ids": word_ids, "edit": edit, "missing": miss}

    def mask_words(self, ex: dict, rng: random.Random, rate: float = 0.15, eligible=None) -> None:
        """Whole-word masking in place: 80% [MASK], 10% random token, 10% unchanged."""
        ids, word_ids = ex["ids"], ex["word_ids"]
        words = sorted({w for w in word_ids if w is not None and (eligible is None or eligible(w))})
        if not words:
            ex["mlm"] = [IGNORE] * len(ids)
            return
        chosen = set(rng.sample(words, max(1, round(len(words) * rate))))
        mlm = [IGNORE] * len(ids)
        for j, w in enumerate(word_ids):
            if w in chosen:
                mlm[j] = ids[j]
                r = rng.random()
                if r < 0.8:
                    ids[j] = self.mask_id
                elif r < 0.9:
                    ids[j] = rng.randrange(5, self.vocab_size)
                ex["edit"][j] = IGNORE
        ex["mlm"] = mlm


def collate(examples: list[dict]) -> dict[str, torch.Tensor]:
    width = max(len(e["ids"]) for e in examples)

    def pad(key: str, value: int) -> torch.Tensor:
        return torch.tensor([e[key] + [value] * (width - len(e[key])) for e in examples], dtype=torch.long)

    return {"input_ids": pad("ids", 0),
            "attention_mask": torch.tensor([[1] * len(e["ids"]) + [0] * (width - len(e["ids"])) for e in examples]),
            "mlm_labels": pad("mlm", IGNORE), "edit_labels": pad("edit", IGNORE),
            "missing_labels": pad("missing", IGNORE)}


class PretrainStream(IterableDataset):
    """Endless stream of length-bucketed batches, sharded over DDP ranks and loader workers."""

    def __init__(self, files: list[Path], tok_path: Path, corruptor: Corruptor, *, max_len: int,
                 batch_size: int, mlm_share: float, seed: int, rank: int = 0, world: int = 1,
                 heldout_per_mille: int = 0, split: str = "all"):
        self.files, self.tok_path, self.corruptor = files, tok_path, corruptor
        self.max_len, self.batch_size, self.mlm_share = max_len, batch_size, mlm_share
        self.seed, self.rank, self.world = seed, rank, world
        self.heldout_per_mille, self.split = heldout_per_mille, split

    def __iter__(self) -> Iterator[dict[str, torch.Tensor]]:
        info = get_worker_info()
        workers, wid = (info.num_workers, info.id) if info else (1, 0)
        shard, shards = self.rank * workers + wid, self.world * workers
        encoder = Encoder(Tokenizer.from_file(str(self.tok_path)), self.max_len)
        epoch = 0
        while True:
            rng = random.Random(self.seed * 1_000_003 + epoch * 7919 + shard)
            files = list(self.files)
            rng.shuffle(files)
            buffer: list[dict] = []
            stream = corpus.paragraphs(files, split=self.split, heldout_per_mille=self.heldout_per_mille)
            for i, para in enumerate(stream):
                if i % shards != shard:
                    continue
                for words in encoder.chunks(para):
                    buffer.append(make_example(encoder, self.corruptor, words, rng, self.mlm_share))
                if len(buffer) >= self.batch_size * 50:
                    yield from bucket(buffer, self.batch_size, rng)
                    buffer = []
            yield from bucket(buffer, self.batch_size, rng)
            epoch += 1


def make_example(encoder: Encoder, corruptor: Corruptor, words: list[str], rng: random.Random,
                 mlm_share: float) -> dict:
    bad, labels, missing = corruptor(words, rng)
    ex = encoder.encode(bad, labels, missing)
    if rng.random() < mlm_share:
        encoder.mask_words(ex, rng, eligible=lambda w: labels[w] == KEEP)
    else:
        ex["mlm"] = [IGNORE] * len(ex["ids"])
    return ex


def bucket(buffer: list[dict], batch_size: int, rng: random.Random) -> Iterator[dict[str, torch.Tensor]]:
    buffer.sort(key=lambda e: len(e["ids"]))
    batches = [buffer[i:i + batch_size] for i in range(0, len(buffer), batch_size)]
    rng.shuffle(batches)
    for b in batches:
        if len(b) == batch_size:
            yield collate(b)

"""Synthetic errors for the self-supervised correction heads.

A clean sentence is split into words (the tokenizer's own pre-tokenizer, so
punctuation is a word), a few words are corrupted the way people err, and each
word gets a label the model learns to predict:

* KEEP      the word is fine;
* REPLACE   the word is wrong (confusable, wrong inflection, misspelling, random word);
* DELETE    the word is unnecessary (duplicated or inserted);
* and, separately, MISSING: a word was deleted right before this one.

No labelled data is involved: the clean text is its own supervision.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from assistant.model import read_word_groups as load_sets

KEEP, REPLACE, DELETE = 0, 1, 2
IGNORE = -100

# Words people most often drop or add; used for deletions and insertions.
FUNCTION_WORDS = ("the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "is", "are", "was",
                  "were", "be", "been", "has", "have", "had", "that", "it", "and", "by", "from", "as",
                  "will", "would", "can", "do", "does", "did", "not", "this", "there", "their", "they")
KEYBOARD = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok",
    "o": "ipl", "p": "ol", "a": "qsz", "s": "adwx", "d": "sfe", "f": "dgr", "g": "fht", "h": "gjy",
    "j": "hku", "k": "jli", "l": "ko", "z": "xa", "x": "zcs", "c": "xvd", "v": "cbf", "b": "vng",
    "n": "bmh", "m": "nj",
}


def misspell(word: str, rng: random.Random) -> str:
    """One or two character slips of the kinds seen in real typing and spelling errors."""
    chars = list(word)
    for _ in range(1 if len(word) < 6 or rng.random() < 0.7 else 2):
        op = rng.random()
        i = rng.randrange(len(chars))
        if op < 0.3 and len(chars) > 2:
            del chars[i]
        elif op < 0.5 and i < len(chars) - 1:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif op < 0.7:
            chars.insert(i, chars[i] if rng.random() < 0.5 else rng.choice("aeioulnrst"))
        else:
            low = chars[i].lower()
            pool = KEYBOARD.get(low, "aeiou") if rng.random() < 0.6 else "aeiouy"
            new = rng.choice(pool)
            chars[i] = new.upper() if chars[i].isupper() else new
    out = "".join(chars)
    return out if out != word else word + rng.choice("es")


@dataclass
class Corruptor:
    confusables: dict[str, list[str]] = field(default_factory=dict)
    inflections: dict[str, list[str]] = field(default_factory=dict)
    vocab_words: list[str] = field(default_factory=list)
    rate: float = 0.07
    weights: tuple[float, ...] = (0.22, 0.22, 0.18, 0.18, 0.08, 0.07, 0.05)

    @classmethod
    def from_files(cls, confusables: str | Path | None, inflections: str | Path | None,
                   vocab_words: list[str], rate: float = 0.07) -> "Corruptor":
        return cls(load_sets(confusables) if confusables else {},
                   load_sets(inflections) if inflections else {}, vocab_words, rate)

    def __call__(self, words: list[str], rng: random.Random) -> tuple[list[str], list[int], list[int]]:
        """Return corrupted words, their edit labels and their missing-before flags.

        `missing` has one more entry than `words`: the last one marks a word missing at the end.
        """
        out: list[str] = []
        labels: list[int] = []
        missing: list[int] = []
        pending_missing = 0
        kinds = ("delete", "confuse", "inflect", "misspell", "duplicate", "insert", "random")
        for word in words:
            if rng.random() >= self.rate or not word.strip():
                out.append(word), labels.append(KEEP), missing.append(pending_missing)
                pending_missing = 0
                continue
            kind = rng.choices(kinds, self.weights)[0]
            lower = word.lower()
            if kind == "delete" and (lower in FUNCTION_WORDS or rng.random() < 0.25):
                pending_missing = 1
                continue
            new = None
            if kind == "confuse":
                new = self._swap(word, self.confusables, rng)
            elif kind == "inflect":
                new = self._swap(word, self.inflections, rng)
            elif kind == "misspell" and word.isalpha() and len(word) > 2:
                new = misspell(word, rng)
            elif kind == "random" and self.vocab_words and word.isalpha():
                new = rng.choice(self.vocab_words)
            if new is not None and new != word:
                out.append(new), labels.append(REPLACE), missing.append(pending_missing)
                pending_missing = 0
                continue
            if kind in ("duplicate", "insert") and word.isalpha():
                extra = word if kind == "duplicate" else rng.choice(FUNCTION_WORDS)
                out.append(word), labels.append(KEEP), missing.append(pending_missing)
                out.append(extra), labels.append(DELETE), missing.append(0)
                pending_missing = 0
                continue
            out.append(word), labels.append(KEEP), missing.append(pending_missing)
            pending_missing = 0
        missing.append(pending_missing)
        return out, labels, missing

    @staticmethod
    def _swap(word: str, table: dict[str, list[str]], rng: random.Random) -> str | None:
        options = table.get(word) or table.get(word.lower())
        if not options:
            return None
        new = rng.choice(options)
        if word[:1].isupper() and not word.isupper():
            new = new[:1].upper() + new[1:]
        return new

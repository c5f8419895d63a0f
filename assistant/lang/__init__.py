"""Language data the checks read (word lists, kept apart from code like spaCy's `lang/`).

One file per list under `lang/<language>/`; `#` starts a comment.  Lists learnt
from the corpus live with the model (exports/), not here: these are the few
facts a rule needs that no corpus statistic gives.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def read_list(name: str, language: str = "en") -> tuple[str, ...]:
    """The entries of lang/<language>/<name>.txt, in file order."""
    lines = (HERE / language / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip())


@lru_cache(maxsize=None)
def read_words(name: str, language: str = "en") -> frozenset[str]:
    """Every word of a list written several to a line (proper_words, uncountable, collective_nouns)."""
    return frozenset(w for line in read_list(name, language) for w in line.split())

"""articles.tsv: how often each singular noun goes without a determiner, by the word before its phrase.

"in world" is bare 27 times in our corpus against 7,438 "in the/a ... world";
"at home" is bare 1,523 times against 376.  The missing-word check
(assistant/checks/missing.py) proposes an article only where the corpus says
the noun nearly never goes bare after that word, and the masked LM then
decides.  Phrases are read by assistant/text/noun_phrases.py, the same reader
the check uses.

Rows: `head <TAB> before <TAB> determined <TAB> bare`; `before` is "*" for the
head's totals.  Heads seen fewer than MIN_HEAD times and pairs seen fewer than
MIN_PAIR times are left out (the check then backs off to the totals).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from assistant.text import segment
from assistant.text.noun_phrases import heads

FILE = "articles.tsv"
MIN_HEAD = 20
MIN_PAIR = 5


def count(paragraphs: Iterable[str]) -> tuple[Counter, Counter]:
    """(determined, bare) counts keyed by (before, head)."""
    determined: Counter = Counter()
    bare: Counter = Counter()
    for para in paragraphs:
        tokens = segment.PIECE.findall(para)
        for phrase in heads(tokens):
            (determined if phrase.determined else bare)[(phrase.before, tokens[phrase.head])] += 1
    return determined, bare


def write(determined: Counter, bare: Counter, folder: Path) -> int:
    """Write articles.tsv atomically; returns the number of rows."""
    totals: dict[str, list[int]] = {}
    for counter, k in ((determined, 0), (bare, 1)):
        for (_, head), c in counter.items():
            totals.setdefault(head, [0, 0])[k] += c
    rows = []
    for head, (d, b) in sorted(totals.items()):
        if d + b >= MIN_HEAD:
            rows.append(f"{head}\t*\t{d}\t{b}\n")
    for before, head in sorted(set(determined) | set(bare)):
        d, b = determined[(before, head)], bare[(before, head)]
        if d + b >= MIN_PAIR and sum(totals[head]) >= MIN_HEAD:
            rows.append(f"{head}\t{before}\t{d}\t{b}\n")
    tmp = folder / (FILE + ".tmp")
    tmp.write_text("".join(rows), encoding="utf-8")
    tmp.replace(folder / FILE)
    return len(rows)


def build(paragraphs: Iterable[str], folder: Path) -> int:
    return write(*count(paragraphs), folder)


def main(argv: list[str] | None = None) -> None:
    from training import corpus

    parser = argparse.ArgumentParser(prog="python -m training.articles", description=__doc__)
    parser.add_argument("folder", type=Path, help="a run or model folder")
    parser.add_argument("corpus", nargs="+", help="corpus files or folders (train-* shards)")
    args = parser.parse_args(argv)
    files = corpus.find_files(args.corpus, "train-*")
    n = build(corpus.load(files, split="train"), args.folder)
    if (args.folder / "manifest.json").is_file():
        from assistant.model import record_file

        record_file(args.folder / FILE)
    print(json.dumps({"article_rows": n}))


if __name__ == "__main__":
    main()

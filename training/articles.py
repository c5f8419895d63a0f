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

names.tsv, from the same pass: how often a capitalised name that ends its phrase
follows "the".  "the Netherlands." keeps its article; "in Paris." never takes one
(0 of 2,044).  The article check (assistant/checks/extra.py) offers to drop "the"
before a name only where the corpus nearly never writes it ("I visited the Paris
last year").  Only uses before punctuation count, so "the London office" and "the
Paris Commune" do not count for "London" and "Paris".  Rows: `name <TAB> after
"the" <TAB> after another lower-case word`, for names seen MIN_NAME times or more.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from assistant.text import segment
from assistant.text.noun_phrases import heads

FILE = "articles.tsv"
NAMES = "names.tsv"
MIN_HEAD = 20
MIN_PAIR = 5
MIN_NAME = 30
# a lower-case word, then a name in title case that ends its phrase before punctuation
PHRASE_FINAL_NAME = re.compile(r"\b([a-z]+|The) ([A-Z][a-z]+)(?= ?[.,;:!?])")


def count(paragraphs: Iterable[str]) -> tuple[Counter, Counter, Counter, Counter]:
    """(determined, bare) counts keyed by (before, head), and (after "the", after another word) counts per name."""
    determined: Counter = Counter()
    bare: Counter = Counter()
    the_name: Counter = Counter()
    bare_name: Counter = Counter()
    for para in paragraphs:
        tokens = segment.PIECE.findall(para)
        for phrase in heads(tokens):
            (determined if phrase.determined else bare)[(phrase.before, tokens[phrase.head])] += 1
        for before, name in PHRASE_FINAL_NAME.findall(para):
            (the_name if before in ("the", "The") else bare_name)[name] += 1
    return determined, bare, the_name, bare_name


def _write_rows(folder: Path, file: str, rows: list[str]) -> int:
    tmp = folder / (file + ".tmp")
    tmp.write_text("".join(rows), encoding="utf-8")
    tmp.replace(folder / file)
    return len(rows)


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
    return _write_rows(folder, FILE, rows)


def write_names(the: Counter, bare: Counter, folder: Path) -> int:
    """Write names.tsv atomically; returns the number of rows."""
    return _write_rows(folder, NAMES, [f"{name}\t{the[name]}\t{bare[name]}\n" for name in sorted(set(the) | set(bare))
                                       if the[name] + bare[name] >= MIN_NAME])


def build(paragraphs: Iterable[str], folder: Path) -> dict[str, int]:
    """articles.tsv and names.tsv from one pass over the corpus; their row counts."""
    determined, bare, the_name, bare_name = count(paragraphs)
    return {"article_rows": write(determined, bare, folder), "name_rows": write_names(the_name, bare_name, folder)}


def main(argv: list[str] | None = None) -> None:
    from training import corpus

    parser = argparse.ArgumentParser(prog="python -m training.articles", description=__doc__)
    parser.add_argument("folder", type=Path, help="a run or model folder")
    parser.add_argument("corpus", nargs="+", help="corpus files or folders (train-* shards)")
    args = parser.parse_args(argv)
    files = corpus.find_files(args.corpus, "train-*")
    rows = build(corpus.load(files, split="train"), args.folder)
    if (args.folder / "manifest.json").is_file():
        from assistant.model import record_file

        record_file(args.folder / FILE)
        record_file(args.folder / NAMES)
    print(json.dumps(rows))


if __name__ == "__main__":
    main()

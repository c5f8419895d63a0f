"""names.tsv: how often a capitalised name that ends its phrase follows "the".

"the Netherlands." and "the Bronx," keep their article; "in Paris." and "to Canada," never take one (0 of
323 and 1 of 298 phrase-final uses in one training shard).  The article check (assistant/checks/extra.py)
offers to drop "the" before a name only where the corpus nearly never writes it ("I visited the Paris last
year").  Only uses that end the phrase (punctuation follows) are counted, so "the London office" and "the
Paris Commune" do not count for "London" and "Paris".

Rows: `name <TAB> after "the" <TAB> after another lower-case word`; names seen fewer than MIN_COUNT times
are left out (the check then says nothing).
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

FILE = "names.tsv"
MIN_COUNT = 30
# a lower-case word, then a name in title case that ends its phrase before punctuation
PHRASE_FINAL_NAME = re.compile(r"\b([a-z]+|The) ([A-Z][a-z]+)(?= ?[.,;:!?])")


def count(paragraphs: Iterable[str]) -> tuple[Counter, Counter]:
    """(after "the", after another lower-case word) counts per name."""
    the: Counter = Counter()
    bare: Counter = Counter()
    for para in paragraphs:
        for before, name in PHRASE_FINAL_NAME.findall(para):
            (the if before in ("the", "The") else bare)[name] += 1
    return the, bare


def write(the: Counter, bare: Counter, folder: Path) -> int:
    """Write names.tsv atomically; returns the number of rows."""
    rows = [f"{name}\t{the[name]}\t{bare[name]}\n" for name in sorted(set(the) | set(bare))
            if the[name] + bare[name] >= MIN_COUNT]
    tmp = folder / (FILE + ".tmp")
    tmp.write_text("".join(rows), encoding="utf-8")
    tmp.replace(folder / FILE)
    return len(rows)


def build(paragraphs: Iterable[str], folder: Path) -> int:
    return write(*count(paragraphs), folder)


def main(argv: list[str] | None = None) -> None:
    from training import corpus

    parser = argparse.ArgumentParser(prog="python -m training.names", description=__doc__)
    parser.add_argument("folder", type=Path, help="a run or model folder")
    parser.add_argument("corpus", nargs="+", help="corpus files or folders (train-* shards)")
    args = parser.parse_args(argv)
    files = corpus.find_files(args.corpus, "train-*")
    n = build(corpus.load(files, split="train"), args.folder)
    if (args.folder / "manifest.json").is_file():
        from assistant.model import record_file

        record_file(args.folder / FILE)
    print(json.dumps({"name_rows": n}))


if __name__ == "__main__":
    main()

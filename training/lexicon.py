"""Cheap corpus statistics that complement the small model.

* `lexicon.tsv`: word -> count over the corpus, the spelling checker's notion
  of "a word" (with the counts as a frequency prior for candidates);
* `inflections.txt`: groups of inflected forms of common lemmas (lemminflect),
  used to corrupt text (wrong verb form / number) and by the agreement check;
* `thesaurus.tsv`: WordNet senses of the words the corpus uses (training/thesaurus.py),
  the candidate pool that reword ranks with the model.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from training import thesaurus

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def count_words(paragraphs: Iterable[str], limit: int | None = None) -> Counter:
    counts: Counter = Counter()
    for i, para in enumerate(paragraphs):
        if limit is not None and i >= limit:
            break
        counts.update(WORD.findall(para))
    return counts


def write_lexicon(counts: Counter, path: Path, min_count: int = 3) -> int:
    rows = [(w, c) for w, c in counts.most_common() if c >= min_count]
    path.write_text("".join(f"{w}\t{c}\n" for w, c in rows), encoding="utf-8")
    return len(rows)


def inflection_groups(counts: Counter, top: int = 20000, min_count: int = 20) -> list[list[str]]:
    """Inflection groups for the most frequent lower-case words, keeping forms our corpus actually uses."""
    from lemminflect import getAllInflections, getAllLemmas

    seen: set[tuple[str, ...]] = set()
    groups = []
    for word, _ in counts.most_common(top):
        if not word.islower():
            continue
        for upos, lemmas in getAllLemmas(word).items():
            if upos not in ("VERB", "NOUN", "AUX", "ADJ"):
                continue
            for lemma in lemmas:
                forms = {lemma} | {f for fs in getAllInflections(lemma, upos=upos).values() for f in fs}
                forms = tuple(sorted(f for f in forms if counts.get(f, 0) >= min_count))
                if len(forms) > 1 and forms not in seen:
                    seen.add(forms)
                    groups.append(list(forms))
    return groups


def build(paragraphs: Iterable[str], out_dir: Path, limit: int | None = None) -> dict[str, int]:
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = count_words(paragraphs, limit)
    n_words = write_lexicon(counts, out_dir / "lexicon.tsv")
    groups = inflection_groups(counts)
    (out_dir / "inflections.txt").write_text("".join(" ".join(g) + "\n" for g in groups), encoding="utf-8")
    n_senses = thesaurus.build(counts, out_dir)
    return {"lexicon_words": n_words, "inflection_groups": len(groups), "thesaurus_senses": n_senses,
            "tokens_counted": sum(counts.values())}

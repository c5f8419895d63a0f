"""Stream raw text into de-duplicated paragraphs, with a deterministic held-out split.

The corpus is a set of files or folders of `.txt`/`.md`, optionally `.xz`/`.gz`
compressed, one paragraph per line.  Everything streams: a corpus never has to
fit in memory.
"""
from __future__ import annotations

import gzip
import hashlib
import lzma
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

SUFFIXES = (".txt", ".md", ".txt.xz", ".md.xz", ".txt.gz", ".md.gz")
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus"


class CorpusError(ValueError):
    """A corpus path that does not exist, holds no text files, or holds no text."""


def find_files(paths: Iterable[str | Path], pattern: str | None = None) -> list[Path]:
    """Resolve files and folders to the sorted list of text files they hold."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CorpusError(f"corpus path does not exist: {path}")
        if path.is_file():
            found.append(path)
            continue
        for child in sorted(path.rglob(pattern or "*")):
            if child.is_file() and child.name.endswith(SUFFIXES):
                found.append(child)
    if not found:
        raise CorpusError(f"no text files ({', '.join(SUFFIXES)}) under {', '.join(map(str, paths))}")
    return found


def open_text(path: Path):
    if path.suffix == ".xz":
        return lzma.open(path, "rt", encoding="utf-8", errors="replace")
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


_NOT_ALNUM = re.compile(r"[\W_]+")   # exactly the characters str.isalnum() rejects


def _fingerprint(line: str) -> bytes:
    key = _NOT_ALNUM.sub("", line.casefold())
    return hashlib.blake2b(key.encode(), digest_size=8).digest()


def is_heldout(line: str, heldout_per_mille: int) -> bool:
    """Deterministic split by content hash, so a held-out paragraph never trains, whatever the file order."""
    return heldout_per_mille > 0 and int.from_bytes(_fingerprint(line)[:2], "big") % 1000 < heldout_per_mille


def paragraphs(
    files: Iterable[Path],
    *,
    min_words: int = 3,
    dedupe: bool = True,
    split: str = "all",
    heldout_per_mille: int = 0,
) -> Iterator[str]:
    """Yield normalised paragraphs; `split` is 'train', 'heldout' or 'all'."""
    seen: set[bytes] = set()
    for path in files:
        with open_text(path) as handle:
            for line in handle:
                line = unicodedata.normalize("NFC", line.strip())
                if len(line.split()) < min_words:
                    continue
                if dedupe:
                    key = _fingerprint(line)
                    if key in seen:
                        continue
                    seen.add(key)
                if split != "all" and is_heldout(line, heldout_per_mille) != (split == "heldout"):
                    continue
                yield line


def load(paths: Iterable[str | Path], **kwargs) -> Iterator[str]:
    """Paragraphs from files/folders; raises CorpusError when the corpus yields no text at all."""
    files = find_files(paths)
    produced = False
    for para in paragraphs(files, **kwargs):
        produced = True
        yield para
    if not produced:
        raise CorpusError(f"corpus is empty: no paragraphs of text in {', '.join(map(str, files))}")


def fingerprint_files(files: Iterable[Path]) -> str:
    """A short identity of the corpus for manifests: names, sizes and a hash of the first MiB of each."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.name.encode())
        digest.update(str(path.stat().st_size).encode())
        with open(path, "rb") as handle:
            digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]

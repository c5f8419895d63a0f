"""The one place that loads a shipped model folder from `exports/`.

A model folder holds model.onnx (and, when export kept it, model.int8.onnx, served on CPU; both read their word
embeddings from embeddings.bin), tokenizer.json, lexicon.tsv, inflections.txt, thesaurus.tsv, words.txt,
vectors.npz, confusables.txt, articles.tsv, names.tsv, thresholds.json and manifest.json (with sha256 of each).
The engine never touches those files directly: it gets a `Model`.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DEFAULT_MODEL = REPO / "exports" / "cloze-base"
REQUIRED = ("model.onnx", "tokenizer.json", "lexicon.tsv", "confusables.txt", "manifest.json")
INT8_FILE = "model.int8.onnx"
SHARED_WEIGHTS = "embeddings.bin"   # the word embeddings, stored once for both ONNX files (external data)
PRECISIONS = ("auto", "fp32", "int8")
ATTENTION_MASK = "segments"         # the graph's mask numbers each row's sentences, so they can share it


class ModelError(RuntimeError):
    """The model folder is missing, incomplete or corrupt; the message says which file and how to fix it."""


class Outputs(NamedTuple):
    hidden: np.ndarray       # [B, T, H] encoder states
    edit_logits: np.ndarray  # [B, T, 4] keep / replace / delete / missing-before
    mlm_logits: np.ndarray   # [N, V] vocabulary logits at the requested positions


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_word_groups(path: str | Path) -> dict[str, list[str]]:
    """A file of whitespace-separated word groups -> word: the other members of its group(s)."""
    groups: dict[str, list[str]] = {}
    path = Path(path)
    if not path.exists():
        return groups
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        for w in words:
            bucket = groups.setdefault(w, [])
            bucket.extend(x for x in words if x != w and x not in bucket)
    return groups


class Sense(NamedTuple):
    pos: str                                    # WordNet letter: n, v, a, r
    prior: float                                # share of the lemma's sense-tagged frequency
    words: tuple[tuple[str, float], ...]        # (candidate lemma, closeness in [0, 1])
    gloss: tuple[str, ...] = ()                 # content words of its definition and examples


class WordVectors:
    """Unit-length skip-gram word vectors (all words) and context vectors (the most frequent ones)."""

    def __init__(self, words: list[str], word: np.ndarray, context: np.ndarray):
        self.index = {w: i for i, w in enumerate(words)}
        self.word = _unit_rows(word)
        self.context = _unit_rows(context)

    def of(self, phrase: str) -> np.ndarray | None:
        """The mean of a phrase's known word vectors, unit length; None when no word is known."""
        rows = [self.index[w] for w in phrase.lower().split() if w in self.index]
        if not rows:
            return None
        v = self.word[rows].mean(0)
        return v / max(float(np.linalg.norm(v)), 1e-6)

    def contexts(self, words: list[str]) -> np.ndarray:
        rows = [i for i in (self.index.get(w, -1) for w in words) if 0 <= i < len(self.context)]
        return self.context[rows]


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    m = matrix.astype(np.float32)
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-6)


class ArticleCounts:
    """(word before the phrase or "*" for all, singular noun) -> (determined, bare); packed into one int per
    row, 176 k rows take 23 MB instead of 52 as tuples."""

    def __init__(self, rows: dict[str, int]):
        self._rows = rows

    def get(self, before: str, noun: str) -> tuple[int, int] | None:
        packed = self._rows.get(f"{before} {noun}")
        return None if packed is None else (packed >> 32, packed & 0xFFFFFFFF)

    def __len__(self) -> int:
        return len(self._rows)


@dataclass
class Model:
    path: Path
    manifest: dict
    session: object
    tokenizer: object
    providers: list[str]
    file: str = "model.onnx"       # the ONNX file the session runs

    def run(self, input_ids: np.ndarray, attention_mask: np.ndarray,
            mlm_positions: np.ndarray | None = None) -> Outputs:
        """One batched forward pass. `attention_mask` numbers each token's sentence within its row (1, 2, ...;
        0 is padding), so several sentences can share a row; `mlm_positions` is [N, 2] (row, token index) and
        may be empty."""
        positions = mlm_positions if mlm_positions is not None and len(mlm_positions) else np.zeros((1, 2), np.int64)
        feeds = {"input_ids": input_ids.astype(np.int64), "attention_mask": attention_mask.astype(np.int64),
                 "mlm_positions": positions.astype(np.int64)}
        hidden, edit, mlm = self.session.run(None, feeds)
        if mlm_positions is None or not len(mlm_positions):
            mlm = mlm[:0]
        return Outputs(hidden, edit, mlm)

    @property
    def max_len(self) -> int:
        return int(self.manifest["config"]["max_position_embeddings"])

    @cached_property
    def vocab(self) -> dict[str, int]:
        return self.tokenizer.get_vocab()

    @cached_property
    def lexicon(self) -> dict[str, int]:
        """Word -> corpus count; the spelling checker's dictionary and frequency prior."""
        counts: dict[str, int] = {}
        with open(self.path / "lexicon.tsv", encoding="utf-8") as handle:
            for line in handle:
                word, _, count = line.rstrip("\n").partition("\t")
                counts[word] = int(count)
        return counts

    @cached_property
    def confusables(self) -> dict[str, list[str]]:
        return read_word_groups(self.path / "confusables.txt")

    @cached_property
    def inflections(self) -> dict[str, list[str]]:
        return read_word_groups(self.path / "inflections.txt")

    @cached_property
    def thesaurus(self) -> dict[str, list[Sense]]:
        """Lemma -> its senses (training/thesaurus.py); empty for a model folder without thesaurus.tsv."""
        senses: dict[str, list[Sense]] = {}
        path = self.path / "thesaurus.tsv"
        if not path.is_file():
            return senses
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                lemma, pos, prior, cands, *gloss = line.rstrip("\n").split("\t")
                words = tuple((c.replace("_", " "), float(w)) for c, _, w in (x.rpartition(":") for x in cands.split()))
                senses.setdefault(lemma, []).append(Sense(pos, float(prior), words, tuple(" ".join(gloss).split())))
        return senses

    @cached_property
    def words(self) -> frozenset[str]:
        """Dictionary words, lower case (training/thesaurus.py); empty for a model folder without words.txt."""
        path = self.path / "words.txt"
        return frozenset(path.read_text(encoding="utf-8").split()) if path.is_file() else frozenset()

    @cached_property
    def articles(self) -> ArticleCounts:
        """Determined and bare counts of singular noun phrases (training/articles.py); empty without articles.tsv."""
        rows: dict[str, int] = {}
        path = self.path / "articles.tsv"
        if path.is_file():
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    head, before, determined, bare = line.rstrip("\n").split("\t")
                    rows[f"{before} {head}"] = int(determined) << 32 | int(bare)
        return ArticleCounts(rows)

    @cached_property
    def names(self) -> dict[str, tuple[int, int]]:
        """Name -> (phrase-final uses after "the", after another word) (training/articles.py); empty without
        names.tsv."""
        rows: dict[str, tuple[int, int]] = {}
        path = self.path / "names.tsv"
        if path.is_file():
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    name, the, bare = line.rstrip("\n").split("\t")
                    rows[name] = (int(the), int(bare))
        return rows

    @cached_property
    def vectors(self) -> WordVectors | None:
        """Corpus word/context vectors (training/vectors.py); None for a model folder without vectors.npz."""
        path = self.path / "vectors.npz"
        if not path.is_file():
            return None
        with np.load(path) as data:
            return WordVectors(data["words"].tolist(), data["input"], data["output"])

    @cached_property
    def thresholds(self) -> dict:
        path = self.path / "thresholds.json"
        return json.loads(path.read_text()) if path.exists() else {}


def _onnxruntime():
    try:
        import onnxruntime
    except ImportError as exc:
        raise ModelError("ONNX Runtime is not installed: pip install 'cloze-assistant[cpu]' "
                         "(or '[gpu]' on a machine with CUDA)") from exc
    return onnxruntime


def _providers(prefer_gpu: bool) -> list[str]:
    ort = _onnxruntime()

    available = ort.get_available_providers()
    if prefer_gpu and "CUDAExecutionProvider" in available:
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


def _model_file(manifest: dict, providers: list[str], precision: str) -> str:
    """INT8 on CPU when the folder has it (half the latency at the same dev figures, docs/model.md);
    fp32 on GPU, where ONNX Runtime's int8 kernels are CPU ones."""
    if precision not in PRECISIONS:
        raise ModelError(f"unknown precision {precision!r} (CLOZE_PRECISION): use one of {', '.join(PRECISIONS)}")
    has_int8 = INT8_FILE in manifest.get("files", {})
    if precision == "int8" and not has_int8:
        raise ModelError(f"this model folder has no {INT8_FILE}: use precision fp32, or export it again")
    if precision == "int8" or (precision == "auto" and has_int8 and providers == ["CPUExecutionProvider"]):
        return INT8_FILE
    return "model.onnx"


def load(path: str | Path | None = None, *, verify: bool = True, prefer_gpu: bool = True,
         threads: int | None = None, precision: str | None = None) -> Model:
    """Load a model folder (default: $CLOZE_MODEL or exports/cloze-base), verifying checksums.

    `precision` (default $CLOZE_PRECISION or "auto") picks the ONNX file: see `_model_file`."""
    from tokenizers import Tokenizer

    folder = Path(path or os.environ.get("CLOZE_MODEL") or DEFAULT_MODEL)
    if not folder.is_dir():
        raise ModelError(f"model folder not found: {folder} (reinstall Cloze, or set CLOZE_MODEL to a folder "
                         "written by `cloze export`)")
    missing = [name for name in REQUIRED if not (folder / name).is_file()]
    if missing:
        raise ModelError(f"model folder {folder} is incomplete: missing {', '.join(missing)}")
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"model manifest {folder / 'manifest.json'} is unreadable: {exc}") from exc
    if verify:
        for name, info in manifest.get("files", {}).items():
            file = folder / name
            if not file.is_file():
                raise ModelError(f"model file missing: {file}")
            if _sha256(file) != info["sha256"]:
                raise ModelError(f"model file corrupt (checksum mismatch): {file}; reinstall or re-export the model")
    if manifest.get("attention_mask") != ATTENTION_MASK:
        raise ModelError(f"model folder {folder} was exported before several sentences could share a row "
                         "(its manifest has no \"attention_mask\": \"segments\"): export it again, or rebuild "
                         "it with `python -m training.transfer from-model` and export that run")
    ort = _onnxruntime()
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if threads:
        options.intra_op_num_threads = threads
    # Idle threads sleep instead of spinning: several workers and the browser share 2 cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    providers = _providers(prefer_gpu)
    file = _model_file(manifest, providers, precision or os.environ.get("CLOZE_PRECISION") or "auto")
    try:
        session = ort.InferenceSession(str(folder / file), options, providers=providers)
        tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
    except Exception as exc:  # onnxruntime raises its own exception types for bad graphs
        raise ModelError(f"model files in {folder} cannot be loaded: {exc}") from exc
    tok.no_truncation()
    tok.no_padding()
    return Model(folder, manifest, session, tok, session.get_providers(), file)


def write_thresholds(folder: str | Path, thresholds: dict) -> Path:
    """Write calibrated thresholds.json into a model folder (manifest checksum kept in step); the previous file
    stays beside it as thresholds.json.bak, so a calibration that turns out worse is one rename away from undone."""
    path = Path(folder) / "thresholds.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(thresholds, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if path.exists():
        shutil.copy2(path, path.with_suffix(".json.bak"))
    os.replace(tmp, path)
    return record_file(path)


def record_file(path: str | Path) -> Path:
    """Enter a file added to a model folder into its manifest, so the folder still passes `load(verify=True)`."""
    path = Path(path)
    manifest_path = path.parent / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest.setdefault("files", {})[path.name] = {"sha256": _sha256(path), "bytes": path.stat().st_size}
    tmp = manifest_path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, manifest_path)
    return path

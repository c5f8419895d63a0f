"""The pretraining pipeline end to end on a tiny corpus: tokenizer, training, resume, DDP, export, parity."""
from __future__ import annotations

import itertools
import json
import lzma
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from assistant import model as model_mod
from training import articles, corpus, pretrain, transfer
from training.export import INT8_AGREEMENT
from training.corrupt import DELETE, KEEP, REPLACE, Corruptor

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "data" / "corpus" / "dev.txt.xz"
TINY = """name = "tiny"
seed = 1
[corpus]
train = ["{corpus}"]
dev = []
heldout_per_mille = 100
[tokenizer]
vocab_size = 1500
sample_paragraphs = 5000
[model]
layers = 1
hidden = 32
heads = 2
max_len = 48
[train]
batch_size = 8
lr = 2e-3
warmup_steps = 5
max_steps = {steps}
mlm_share = 0.6
corruption_rate = 0.1
eval_every = 10
dev_examples = 40
workers = 0
"""


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    with lzma.open(DEV, "rt", encoding="utf-8") as handle:
        lines = list(itertools.islice(handle, 600))
    (folder / "part1.txt").write_text("".join(lines[:400]), encoding="utf-8")
    with lzma.open(folder / "part2.txt.xz", "wt", encoding="utf-8") as out:
        out.write("".join(lines[400:] + lines[:50]))  # 50 duplicates must be dropped
    return folder


def train(recipe: Path, run_dir: Path, *extra: str, nproc: int = 1) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false"}
    cmd = [sys.executable, "-m", "training", "--recipe", str(recipe), "--run-dir", str(run_dir), "--device", "cpu", *extra]
    if nproc > 1:
        cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", str(nproc), *cmd[1:]]
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def tiny_run(tiny_corpus, tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("run")
    recipe = base / "tiny.toml"
    recipe.write_text(TINY.format(corpus=tiny_corpus, steps=20))
    result = train(recipe, base / "run")
    assert result.returncode == 0, result.stderr[-3000:]
    return recipe, base / "run"


def test_corpus_streams_dedupes_and_splits(tiny_corpus):
    files = corpus.find_files([tiny_corpus])
    assert [f.name for f in files] == ["part1.txt", "part2.txt.xz"]
    everything = list(corpus.paragraphs(files))
    assert len(everything) == len(set(everything))
    train_part = set(corpus.paragraphs(files, split="train", heldout_per_mille=100))
    held = set(corpus.paragraphs(files, split="heldout", heldout_per_mille=100))
    assert train_part and held and not train_part & held
    assert len(train_part) + len(held) == len(everything)


def test_empty_or_missing_corpus_is_a_clear_error(tmp_path):
    (tmp_path / "empty.txt").write_text("\n\n  \n")
    with pytest.raises(corpus.CorpusError, match="empty"):
        list(corpus.load([tmp_path]))
    with pytest.raises(corpus.CorpusError, match="does not exist"):
        list(corpus.load([tmp_path / "nope"]))
    result = subprocess.run([sys.executable, "-m", "assistant", "train", "--corpus", str(tmp_path),
                             "--run-dir", str(tmp_path / "run")], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "corpus is empty" in result.stderr


def test_corruptions_are_labelled():
    corruptor = Corruptor({"their": ["there"], "there": ["their"]}, {"go": ["goes"]}, ["apple"], rate=1.0)
    rng = random.Random(3)
    words = "I think their dog will go there soon .".split()
    seen = set()
    for _ in range(200):
        out, labels, missing = corruptor(words, rng)
        assert len(out) == len(labels) == len(missing) - 1
        kept = [w for w, lab in zip(out, labels) if lab != DELETE]
        assert len(kept) + sum(missing) >= len(words) - 1 or sum(missing) > 0
        seen.update(labels)
        seen.update({"missing"} if any(missing) else set())
    assert {KEEP, REPLACE, DELETE, "missing"} <= seen


def test_names_count_only_uses_that_end_the_phrase():
    *_, the, bare = articles.count(["We flew to Paris. The Netherlands is flat, and we saw the Netherlands.",
                                    "The London office is in London, near the Thames!"])
    assert the == {"Netherlands": 1, "Thames": 1} and bare == {"Paris": 1, "London": 1}


def test_tiny_training_resumes_and_exports_with_parity(tiny_run, tmp_path):
    recipe, run_dir = tiny_run
    log = [json.loads(line) for line in (run_dir / "log.jsonl").read_text().splitlines()]
    assert log[-1]["step"] == 20 and log[-1]["tokens"] > 0 and "mlm_top1" in log[-1]
    result = train(recipe, run_dir, "--max-steps", "30")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "resumed from step 20" in result.stderr + result.stdout
    log = [json.loads(line) for line in (run_dir / "log.jsonl").read_text().splitlines()]
    assert log[-1]["step"] == 30

    out = tmp_path / "model"
    result = subprocess.run([sys.executable, "-m", "assistant", "export", "--run-dir", str(run_dir), "--out", str(out)],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["parity"]["max_abs_diff"] < 1e-2
    assert manifest["parity"]["mlm_top1_agreement"] >= 0.99
    assert set(manifest["files"]) >= {"model.onnx", "embeddings.bin", "tokenizer.json", "lexicon.tsv", "thesaurus.tsv",
                                      "vectors.npz", "articles.tsv"}
    assert manifest["training"]["steps"] == 30
    # the INT8 variant is kept exactly when it agrees with the fp32 model, and then listed with its checksum
    int8 = manifest["int8"]
    assert 0 < int8["mlm_top1_agreement"] <= 1 and 0 < int8["edit_top1_agreement"] <= 1
    assert int8["kept"] == all(int8[k] >= v for k, v in INT8_AGREEMENT.items())
    assert ("model.int8.onnx" in manifest["files"]) == int8["kept"] == (out / "model.int8.onnx").exists()

    loaded = model_mod.load(out)
    enc = loaded.tokenizer.encode("The cat sat on the mat.")
    ids = np.array([enc.ids, enc.ids])
    outputs = loaded.run(ids, np.ones_like(ids), np.array([[0, 2], [1, 3]]))
    assert outputs.edit_logits.shape == (2, len(enc.ids), 4)
    assert outputs.mlm_logits.shape == (2, loaded.tokenizer.get_vocab_size())
    # the thesaurus keeps only words the tiny corpus uses, senses with priors in (0, 1]
    senses = [s for lemma_senses in loaded.thesaurus.values() for s in lemma_senses]
    assert senses and all(0 < s.prior <= 1 and s.words for s in senses)
    assert all(w in loaded.lexicon for s in senses for cand, _ in s.words for w in cand.split())
    # dictionary words: WordNet lemmas inflected as what they are lemmas of, not as what WordNet's lookup finds
    # them under ("accepting" under "accept" had given "acceptinged", "born" under "bear" "borned")
    assert {"fidget", "slimed", "born", "accepting", "listed"} <= loaded.words
    assert not {"borned", "acceptinged", "listeded", "informeded"} & loaded.words
    # reword's corpus vectors: unit length, the tiny corpus' frequent words known, unknown ones not
    vectors = loaded.vectors
    the, of = vectors.of("the"), vectors.of("of")
    assert the is not None and of is not None and abs(float(the @ the) - 1) < 1e-3 and vectors.of("zzqx") is None
    assert len(vectors.contexts(["the", "of", "zzqx"])) == 2
    # the article statistic: per noun, determined and bare counts in total ("*") and after one word
    rows = [line.split("\t") for line in (out / "articles.tsv").read_text(encoding="utf-8").splitlines()]
    totals = {head: int(d) + int(b) for head, before, d, b in rows if before == "*"}
    assert totals and len(loaded.articles) == len(rows) and all(n >= 20 for n in totals.values())
    assert all(int(d) + int(b) <= totals[head] for head, before, d, b in rows)
    assert all(loaded.articles.get(before, head) == (int(d), int(b)) for head, before, d, b in rows)
    # the name statistic is shipped and read back row for row (the tiny corpus may have no name often enough)
    assert "names.tsv" in manifest["files"]
    rows = [line.split("\t") for line in (out / "names.tsv").read_text(encoding="utf-8").splitlines()]
    assert loaded.names == {name: (int(the), int(bare)) for name, the, bare in rows}

    # a machine with only the exported folder rebuilds the run from it: the same weights (fp16 storage)
    rebuilt = tmp_path / "rebuilt"
    transfer.from_model(out, rebuilt)
    original = torch.load(run_dir / "checkpoint.pt", map_location="cpu", weights_only=False)
    again = torch.load(rebuilt / "checkpoint.pt", map_location="cpu", weights_only=False)
    assert set(again["model"]) == set(original["model"])
    for name, tensor in original["model"].items():
        assert torch.allclose(again["model"][name], tensor, rtol=1e-3, atol=1e-4), name
    assert again["state"]["step"] == 30 and again["recipe"] == original["recipe"]
    assert (rebuilt / "tokenizer.json").read_bytes() == (out / "tokenizer.json").read_bytes()


def test_carried_run_resumes_elsewhere_with_a_fresh_warm_up(tiny_run, tmp_path):
    """The GPU round trip: pack (xz) here, unpack there, resume with the training inputs alone."""
    recipe, run_dir = tiny_run
    packed, moved = tmp_path / "packed", tmp_path / "moved"
    transfer.pack(run_dir, packed, compress=True)
    assert [p.name for p in packed.glob("weights.*")] == ["weights.xz.00"]
    transfer.unpack(packed, moved)
    for name in ("tokenizer.json", "lexicon.tsv", "inflections.txt", "confusables.txt"):
        shutil.copy(run_dir / name, moved / name)
    step = json.loads((packed / "run.json").read_text())["state"]["step"]
    result = train(recipe, moved, "--max-steps", str(step + 5), "--training-data-only")
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"resumed from step {step}" in result.stderr + result.stdout
    assert json.loads((moved / "log.jsonl").read_text().splitlines()[-1])["step"] == step + 5
    assert not (moved / "thesaurus.tsv").exists() and not (moved / "vectors.npz").exists()
    assert not (moved / "articles.tsv").exists()
    # every session starts low and ends at 5 % of the peak, whatever step it resumes from
    assert pretrain.lr_factor(0.0, 0, 100) == pytest.approx(0.01)
    assert pretrain.lr_factor(0.5, 100, 100) == pytest.approx(0.525)
    assert pretrain.lr_factor(1.0, 5000, 100) == pytest.approx(0.05)


def test_ddp_two_cpu_processes(tiny_corpus, tmp_path):
    recipe = tmp_path / "tiny.toml"
    recipe.write_text(TINY.format(corpus=tiny_corpus, steps=6))
    result = train(recipe, tmp_path / "run", nproc=2)
    assert result.returncode == 0, result.stderr[-3000:]
    final = json.loads(result.stdout.strip().splitlines()[-1])
    assert final["step"] == 6
    log = json.loads((tmp_path / "run" / "log.jsonl").read_text().splitlines()[-1])
    assert log["tokens"] == final["tokens"]


def test_corrupt_or_missing_model_files_give_clear_errors(tmp_path):
    shipped = model_mod.DEFAULT_MODEL
    copy = tmp_path / "model"
    shutil.copytree(shipped, copy)
    with open(copy / "model.onnx", "r+b") as handle:
        handle.seek(1000)
        handle.write(b"\x00garbage\x00")
    with pytest.raises(model_mod.ModelError, match="checksum"):
        model_mod.load(copy)
    (copy / "tokenizer.json").unlink()
    with pytest.raises(model_mod.ModelError, match="missing tokenizer.json"):
        model_mod.load(copy)
    shutil.copy(shipped / "tokenizer.json", copy / "tokenizer.json")
    shutil.copy(shipped / "model.onnx", copy / "model.onnx")
    manifest = json.loads((copy / "manifest.json").read_text())
    del manifest["files"]["model.int8.onnx"]            # a folder exported without the INT8 variant
    (copy / "manifest.json").write_text(json.dumps(manifest))
    (copy / "model.int8.onnx").unlink()
    assert model_mod.load(copy, prefer_gpu=False).file == "model.onnx"
    with pytest.raises(model_mod.ModelError, match="no model.int8.onnx"):
        model_mod.load(copy, precision="int8")
    with pytest.raises(model_mod.ModelError, match="not found"):
        model_mod.load(tmp_path / "nowhere")


def test_calibration_rewrites_thresholds_atomically_with_a_backup(tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(model_mod.DEFAULT_MODEL, copy)
    before = (copy / "thresholds.json").read_text()
    changed = {**json.loads(before), "form.margin": 9.5}
    model_mod.write_thresholds(copy, changed)
    assert (copy / "thresholds.json.bak").read_text() == before
    assert json.loads((copy / "thresholds.json").read_text())["form.margin"] == 9.5
    assert not list(copy.glob("*.tmp"))
    model_mod.load(copy)                                # the manifest's checksum follows the new file


def test_shipped_model_completes_a_masked_word():
    shipped = model_mod.load()
    enc = shipped.tokenizer.encode("The cat sat on the [MASK].")
    position = enc.tokens.index("[MASK]")
    ids = np.array([enc.ids])
    logits = shipped.run(ids, np.ones_like(ids), np.array([[0, position]])).mlm_logits[0]
    inverse = {i: w for w, i in shipped.vocab.items()}
    top = [inverse[i] for i in np.argsort(-logits)[:10]]
    assert {"ground", "floor", "mat", "bed", "table", "grass", "roof", "wall", "earth", "chair"} & set(top), top
    manifest = shipped.manifest
    assert manifest["dev_metrics"]["mlm_top1"] > 0.3


def _packed(encoded: list[list[int]]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """One row holding the sequences side by side, their segment numbers, and where each starts."""
    width = sum(map(len, encoded)) + 3
    ids, segments, starts = np.zeros((1, width), np.int64), np.zeros((1, width), np.int64), []
    for n, seq in enumerate(encoded, 1):
        at = sum(map(len, encoded[:n - 1]))
        ids[0, at:at + len(seq)] = seq
        segments[0, at:at + len(seq)] = n
        starts.append(at)
    return ids, segments, starts


@pytest.mark.parametrize("precision", ["fp32", "int8"])
def test_sentences_sharing_a_row_encode_as_if_alone(precision):
    """The engine packs sentences into shared rows (assistant/engine.py pack_rows); a sentence's scores must not
    depend on its neighbours, in either file: INT8 quantises activations in fixed ranges, not in the range of
    whatever else the call holds (training/export.py fixed_activation_ranges)."""
    model = model_mod.load(precision=precision, prefer_gpu=False)
    texts = ("The cat sat on the [MASK].", "Their going home now , aren't they ?",
             "When the committee met on Tuesday , its [MASK] agreed that the library should open .")
    encoded = [model.tokenizer.encode(t).ids for t in texts]
    masks = [model.tokenizer.encode(t).tokens.index("[MASK]") if "[MASK]" in t else 2 for t in texts]
    alone = [model.run(np.array([e]), np.ones((1, len(e)), np.int64), np.array([[0, m]]))
             for e, m in zip(encoded, masks)]
    ids, segments, starts = _packed(encoded)
    packed = model.run(ids, segments, np.array([[0, at + m] for at, m in zip(starts, masks)]))
    for k, (seq, at) in enumerate(zip(encoded, starts)):
        edit, mlm = packed.edit_logits[0, at:at + len(seq)], packed.mlm_logits[k]
        assert np.abs(edit - alone[k].edit_logits[0]).max() < 1e-3
        assert np.abs(mlm - alone[k].mlm_logits[0]).max() < 1e-3
    # a neighbour must not leak in: the same row without the segment numbers scores differently
    mixed = model.run(ids, (segments > 0).astype(np.int64), np.array([[0, starts[1] + masks[1]]]))
    assert np.abs(mixed.mlm_logits[0] - alone[1].mlm_logits[0]).max() > 0.1


def test_a_model_exported_before_packed_rows_is_refused(tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(model_mod.DEFAULT_MODEL, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    del manifest["attention_mask"]
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(model_mod.ModelError, match="export it again"):
        model_mod.load(copy)


def test_shipped_int8_model_serves_cpu_and_agrees_with_fp32():
    fp32 = model_mod.load(precision="fp32", prefer_gpu=False)
    int8 = model_mod.load(precision="auto", prefer_gpu=False)
    assert (fp32.file, int8.file) == ("model.onnx", "model.int8.onnx")
    words = ("When the committee met on Tuesday , its members agreed that the new library should open "
             "before the end of the year , although several of them worried about the cost .").split()
    masked = [i for i in range(1, len(words), 3)]
    texts = [" ".join("[MASK]" if j == i else w for j, w in enumerate(words)) for i in masked]
    encs = [fp32.tokenizer.encode(t) for t in texts]
    ids = np.array([e.ids for e in encs])
    positions = np.array([[r, e.tokens.index("[MASK]")] for r, e in enumerate(encs)])
    a, b = (m.run(ids, np.ones_like(ids), positions) for m in (fp32, int8))
    agree = (a.mlm_logits.argmax(-1) == b.mlm_logits.argmax(-1)).mean()
    assert agree >= 0.9, agree
    assert (a.edit_logits[..., :3].argmax(-1) == b.edit_logits[..., :3].argmax(-1)).mean() >= 0.98
    assert np.abs(a.edit_logits - b.edit_logits).max() < 1.5
    with pytest.raises(model_mod.ModelError, match="unknown precision"):
        model_mod.load(precision="int4")

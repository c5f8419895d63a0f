"""`cloze bench batch`: end-to-end words/s of `cloze check` over the dev corpus split into files.

The corpus (one paragraph per line, a blank line between documents) is split into
one Markdown-free .txt file per document, then `cloze check` runs on that folder
in a subprocess, exactly as a user would run it, and we report wall-clock words/s
(model load included) and the run's own words/s from its JSON summary.
"""
from __future__ import annotations

import json
import lzma
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

REPO = Path(__file__).resolve().parents[2]
CORPUS_DEV = REPO.parent / "shared" / "data" / "corpus" / "dev.txt.xz"


def split_corpus(src: Path, out_dir: Path, max_words: int | None = None, max_files: int | None = None) -> tuple[int, int]:
    """Write one file per document of `src` (.txt or .txt.xz) into `out_dir`; returns (files, words)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    opener = lzma.open if str(src).endswith(".xz") else open
    files = words = 0
    doc: list[str] = []

    def flush() -> bool:
        nonlocal files, words, doc
        if not any(line.strip() for line in doc):
            doc = []
            return True
        (out_dir / f"doc-{files:05d}.txt").write_text("".join(doc), encoding="utf-8")
        files += 1
        words += sum(len(line.split()) for line in doc)
        doc = []
        return not ((max_words and words >= max_words) or (max_files and files >= max_files))

    with opener(src, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                if not flush():
                    return files, words
            else:
                doc.append(line if line.endswith("\n") else line + "\n")
                doc.append("\n")                # paragraphs as paragraphs (blank line between)
    flush()
    return files, words


def run_check(folder: Path, jobs: int, extra: list[str] | None = None) -> dict:
    """`cloze check FOLDER --format json` in a subprocess; its summary plus the wall time."""
    cmd = [sys.executable, "-m", "assistant", "check", str(folder), "--format", "json", "-q", "--jobs", str(jobs),
           "--no-user-dictionary"] + (extra or [])
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)   # workers included
    if proc.returncode not in (0, 1):
        raise click.ClickException(f"cloze check failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    summary = json.loads(proc.stdout)["summary"]
    summary["wall_seconds"] = round(wall, 2)
    summary["wall_words_per_second"] = round(summary["words"] / wall)
    summary["cpu_seconds"] = round(cpu, 1)
    summary["words_per_cpu_second"] = round(summary["words"] / cpu) if cpu else 0
    summary["command"] = " ".join(cmd)
    return summary


@click.command()
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=CORPUS_DEV,
              show_default=True)
@click.option("--split-into", "split_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the split files (kept; default: a temporary folder, removed).")
@click.option("--words", "max_words", type=int, default=None, help="Only the first documents up to N words.")
@click.option("--jobs", "-j", "jobs_list", default="1,2", show_default=True, help="Comma-separated --jobs values.")
def batch(corpus: Path, split_dir: Path | None, max_words: int | None, jobs_list: str) -> None:
    """End-to-end words/s of `cloze check` on the dev corpus split into one file per document."""
    tmp = None
    if split_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="cloze-bench-")
        split_dir = Path(tmp.name)
    try:
        if not any(split_dir.glob("*.txt")):
            files, words = split_corpus(corpus, split_dir, max_words)
            click.echo(f"split {corpus} into {files} files, {words:,} words, in {split_dir}", err=True)
        for jobs in [int(j) for j in jobs_list.split(",") if j.strip()]:
            s = run_check(split_dir, jobs)
            click.echo(f"--jobs {jobs}: {s['files']} files, {s['words']:,} words, {s['suggestions']:,} suggestions; "
                       f"wall {s['wall_seconds']:.1f} s = {s['wall_words_per_second']:,} words/s end to end "
                       f"(in-run {s['seconds']:.1f} s = {s['words_per_second']:,} words/s; "
                       f"{s['cpu_seconds']:.0f} CPU s = {s['words_per_cpu_second']:,} words per CPU second)")
            click.echo(f"  command: {s['command']}")
        click.echo(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    finally:
        if tmp is not None:
            tmp.cleanup()

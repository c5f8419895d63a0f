"""`cloze check` / `cloze fix` end to end: the real CLI in a subprocess, on real files, with the shipped model.

The errors planted below are ones the shipped engine catches reliably ("recieve" ->
"receive", "going too the park" -> "to", "an store" -> "a"); everything else in
the files is clean prose or markup that must come out byte-identical.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCHEMA = REPO / "tests" / "data" / "sarif-schema-2.1.0.json"

NOTES = """Our team met on Monday to plan the release.
I recieve the package yesterday and opened it at once.

He is going too the park after work.
The weather was fine and everyone enjoyed the walk.
"""
NOTES_FIXED = NOTES.replace("I recieve the", "I receive the").replace("going too the", "going to the")

GUIDE = """---
title: Thier guide
tags: [recieve, wierd]
---

# Getting started

I recieve the package yesterday and opened it at once.

```python
def recieve(thier_arg):
    return "Thier value is wierd"
```

Run `recieve --now` first. He is going too the park after work.
"""
GUIDE_FIXED = GUIDE.replace("I recieve the", "I receive the").replace("going too the", "going to the")

RST = """Getting started
===============

I recieve the package yesterday and opened it at once. Call ``recieve_all()`` or :func:`recieve`.

.. code-block:: python

   def recieve():
       return "Thier value is wierd"

Example::

    Thier literal block is wierd.

He is going too the park after work.
"""
RST_FIXED = RST.replace("I recieve the", "I receive the").replace("going too the", "going to the")

TEX = r"""\documentclass{article}
\usepackage{amsmath}
\begin{document}
\section{Introduction}
I recieve the package yesterday, see \ref{sec:recieve} and \cite{recieve2020}.
% Thier comment is wierd
\begin{verbatim}
Thier verbatim is wierd
\end{verbatim}
He is going too the park with $x = recieve$ and \textbf{an store}.
\begin{equation}
  recieve = mc^2
\end{equation}
\end{document}
"""
# "yesterday" ends the clause here (it does not in the other files: "yesterday and opened it"), so once the
# spelling is fixed the verb takes the past
TEX_FIXED = (TEX.replace("I recieve the", "I received the").replace("going too the", "going to the")
             .replace("{an store}", "{a store}"))


def cloze(*args: str, cwd: Path, stdin: str | bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, CLOZE_DB=str(cwd / "no-such-db.sqlite3"), COLUMNS="120")
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=cwd, input=data, capture_output=True,
                          timeout=timeout, env=env)


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("I recieve the ")
    bold = p.add_run("package")
    bold.bold = True
    p.add_run(" yesterday and opened it at once.")
    d.add_paragraph("He is going too the park after work.")
    code = d.add_paragraph().add_run("Thier code is wierd")
    code.font.name = "Courier New"
    d.add_table(rows=1, cols=1).cell(0, 0).text = "We bought an store."
    d.save(str(path))


def make_tree(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "notes.txt").write_text(NOTES)
    (root / "guide.md").write_text(GUIDE)
    (root / "start.rst").write_text(RST)
    (root / "paper.tex").write_text(TEX)
    make_docx(root / "report.docx")
    (root / "clean.txt").write_text("The weather was fine and everyone enjoyed the walk.\n")
    (root / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)))
    (root / "latin1.txt").write_bytes("I like caf\xe9 au lait.\n".encode("latin-1"))
    (root / ".gitignore").write_text("ignored.txt\nbuild/\n")
    (root / "ignored.txt").write_text("I recieve the package yesterday and opened it at once.\n")
    (root / "build").mkdir(exist_ok=True)
    (root / "build" / "out.md").write_text("I recieve the package yesterday and opened it at once.\n")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return root


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    return make_tree(tmp_path_factory.mktemp("docs"))


@pytest.fixture(scope="module")
def json_report(tree) -> tuple[int, dict, str]:
    proc = cloze("check", ".", "--format", "json", cwd=tree)
    return proc.returncode, json.loads(proc.stdout), proc.stderr.decode()


def _found(report: dict) -> set[tuple[str, int, str, str]]:
    return {(s["path"], s["line"], s["original"], s["replacements"][0]) for s in report["suggestions"]}


def test_check_reads_every_format(json_report):
    rc, report, err = json_report
    found = _found(report)
    assert ("notes.txt", 2, "recieve", "receive") in found
    assert ("notes.txt", 4, "too", "to") in found
    assert ("guide.md", 8, "recieve", "receive") in found
    assert ("guide.md", 15, "too", "to") in found
    assert ("start.rst", 4, "recieve", "receive") in found
    assert ("start.rst", 15, "too", "to") in found
    assert ("paper.tex", 5, "recieve", "receive") in found
    assert ("paper.tex", 10, "too", "to") in found
    assert ("paper.tex", 10, "an", "a") in found
    assert ("report.docx", 1, "recieve", "receive") in found      # .docx: line = paragraph number
    assert ("report.docx", 2, "too", "to") in found
    # nothing from front matter, code, literal blocks, LaTeX commands/comments/verbatim/math, .gitignore'd files
    by_file: dict[str, list[int]] = {}
    for path, line, _, _ in found:
        by_file.setdefault(path, []).append(line)
    assert sorted(by_file["guide.md"]) == [8, 15]
    assert sorted(by_file["paper.tex"]) == [5, 10, 10]
    assert sorted(by_file["start.rst"]) == [4, 15]
    assert set(by_file) == {"notes.txt", "guide.md", "start.rst", "paper.tex", "report.docx"}
    for s in report["suggestions"]:
        assert s["column"] >= 1 and s["id"] and s["category"] and "start_utf16" in s
    # bad input reported, the run went on, exit code 2
    errors = {e["path"]: e["error"] for e in report["errors"]}
    assert "binary" in errors["binary.txt"]
    assert "UTF-8" in errors["latin1.txt"] and "0xe9" in errors["latin1.txt"]
    assert "binary.txt: error:" in err
    assert rc == 2
    assert report["summary"]["checked"] == 6 and report["summary"]["errors"] == 2


def test_check_text_output_and_exit_codes(tree):
    proc = cloze("check", "notes.txt", "-q", cwd=tree)
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert "notes.txt:2:3: spelling:" in out and "('receive'" in out
    lines = out.splitlines()
    i = next(k for k, ln in enumerate(lines) if ln.startswith("notes.txt:2:3:"))
    assert lines[i + 1].strip() == "I recieve the package yesterday and opened it at once."
    assert lines[i + 2] == "    " + "  ^~~~~~~"
    assert "\x1b[" not in out                      # no colour when not a terminal
    clean = cloze("check", "clean.txt", "-q", cwd=tree)
    assert clean.returncode == 0 and clean.stdout == b""
    high = cloze("check", "notes.txt", "-q", "--min-confidence", "1.0", cwd=tree)
    assert high.returncode == 0
    (tree / "words.lst").write_text("# project words\nrecieve\n")
    allowed = cloze("check", "notes.txt", "-q", "--dictionary", "words.lst", "--disable", "CONFUSED_WORD", cwd=tree)
    assert allowed.returncode == 0 and allowed.stdout == b""
    usage = cloze("check", "notes.txt", "--format", "yaml", cwd=tree)
    assert usage.returncode == 2
    missing = cloze("check", "clean.txt", "nope.txt", "-q", cwd=tree)
    assert missing.returncode == 2 and b"nope.txt: error: no such file" in missing.stderr
    piped = cloze("check", "-", "--format", "json", "-q", cwd=tree, stdin="He is going too the park after work.\n")
    assert piped.returncode == 1
    assert [(s["path"], s["original"]) for s in json.loads(piped.stdout)["suggestions"]] == [("<stdin>", "too")]


def test_sarif_validates_against_the_schema(tree):
    import jsonschema

    proc = cloze("check", ".", "--format", "sarif", "-q", cwd=tree)
    assert proc.returncode == 2                    # binary.txt / latin1.txt
    log = json.loads(proc.stdout)
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(log, schema, cls=jsonschema.Draft4Validator)
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["tool"]["driver"]["name"] == "cloze"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert {"notes.txt", "guide.md", "start.rst", "paper.tex", "report.docx"} <= uris
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for r in run["results"]:
        assert rule_ids[r["ruleIndex"]] == r["ruleId"]
        assert r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("binary.txt" in n["message"]["text"] for n in notes)
    assert run["invocations"][0]["executionSuccessful"] is False


def test_fix_diff_writes_nothing(tree, tmp_path):
    work = tmp_path / "w"
    shutil.copytree(tree, work)
    before = {p: p.read_bytes() for p in work.rglob("*") if p.is_file()}
    proc = cloze("fix", ".", "-q", "--exclude", "*.docx", "--exclude", "latin1.txt", "--exclude", "binary.txt",
                 cwd=work)
    assert proc.returncode == 1                    # changes pending
    diff = proc.stdout.decode()
    assert "--- a/notes.txt\n+++ b/notes.txt\n" in diff
    assert "-I recieve the package yesterday and opened it at once.\n+I receive the package" in diff
    assert "report.docx" not in diff
    assert {p: p.read_bytes() for p in work.rglob("*") if p.is_file()} == before
    same = cloze("check", ".", "-q", "--format", "diff", "--exclude", "*.docx", "--exclude", "latin1.txt",
                 "--exclude", "binary.txt", cwd=work)
    assert same.stdout.decode() == diff


def test_fix_in_place_formats_backup_idempotent_and_unwritable(tree, tmp_path):
    work = tmp_path / "w"
    shutil.copytree(tree, work)
    os.chmod(work / "notes.txt", 0o640)
    (work / "locked.txt").write_text(NOTES)
    immutable = subprocess.run(["chattr", "+i", str(work / "locked.txt")], capture_output=True).returncode == 0
    (work / "blocked.md").write_text(GUIDE)
    (work / "blocked.md.orig").mkdir()               # the backup cannot be made: the file must stay as it was
    try:
        proc = cloze("fix", ".", "--in-place", cwd=work)
        out, err = proc.stdout.decode(), proc.stderr.decode()
        assert proc.returncode == 2, err
        assert (work / "notes.txt").read_text() == NOTES_FIXED
        assert (work / "guide.md").read_text() == GUIDE_FIXED
        assert (work / "start.rst").read_text() == RST_FIXED
        assert (work / "paper.tex").read_text() == TEX_FIXED
        assert (work / "notes.txt.orig").read_text() == NOTES and (work / "guide.md.orig").read_text() == GUIDE
        assert stat.S_IMODE(os.stat(work / "notes.txt").st_mode) == 0o640
        assert (work / "blocked.md").read_text() == GUIDE
        assert "blocked.md: error: cannot create backup" in err
        if immutable:
            assert (work / "locked.txt").read_text() == NOTES
            assert "locked.txt: error:" in err
        assert "fixed notes.txt (2 changes)" in out
        assert (work / "clean.txt").read_text().startswith("The weather") and not (work / "clean.txt.orig").exists()
        assert not list(work.rglob("*.cloze-tmp"))
        import docx

        d = docx.Document(str(work / "report.docx"))
        runs = [(r.text, r.bold) for r in d.paragraphs[0].runs]
        assert runs == [("I receive the ", None), ("package", True), (" yesterday and opened it at once.", None)]
        assert d.paragraphs[1].text == "He is going to the park after work."
        assert [(r.text, r.font.name) for r in d.paragraphs[2].runs] == [("Thier code is wierd", "Courier New")]
        assert d.tables[0].cell(0, 0).text == "We bought a store."
        # a second run changes nothing
        snapshot = {p: p.read_bytes() for p in work.rglob("*") if p.is_file()}
        again = cloze("fix", ".", "--in-place", "-q", "--exclude", "blocked.md", "--exclude", "locked.txt",
                      cwd=work)
        assert again.stdout.decode() == "" and again.returncode == 2      # binary.txt, latin1.txt still errors
        assert {p: p.read_bytes() for p in work.rglob("*") if p.is_file()} == snapshot
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(work / "locked.txt")])


def test_fix_stdin_and_interactive(tmp_path):
    proc = cloze("fix", "-", "--in-place", "-q", cwd=tmp_path, stdin=NOTES)
    assert proc.returncode == 0 and proc.stdout.decode() == NOTES_FIXED
    (tmp_path / "notes.txt").write_text(NOTES)
    inter = cloze("fix", "notes.txt", "--interactive", "--no-backup", "-q", cwd=tmp_path, stdin="s\na\n")
    assert inter.returncode == 0, inter.stderr
    assert (tmp_path / "notes.txt").read_text() == NOTES.replace("going too the", "going to the")
    assert not (tmp_path / "notes.txt.orig").exists()
    (tmp_path / "edit.txt").write_text(NOTES)
    edit = cloze("fix", "edit.txt", "--interactive", "-q", cwd=tmp_path, stdin="e\ngot\nq\n")
    assert edit.returncode == 0, edit.stderr
    assert (tmp_path / "edit.txt").read_text() == NOTES.replace("I recieve the", "I got the")


def test_interrupted_run_leaves_files_original_or_fully_fixed(tmp_path):
    work = tmp_path / "many"
    work.mkdir()
    n = 400
    originals = {}
    for i in range(n):
        text = NOTES.replace("plan the release.", f"plan the release of version {i + 1}.")
        originals[f"f{i:03d}.txt"] = text
        (work / f"f{i:03d}.txt").write_text(text)
    env = dict(os.environ, CLOZE_DB=str(tmp_path / "none.sqlite3"))
    p = subprocess.Popen([sys.executable, "-m", "assistant", "fix", ".", "--in-place", "--no-backup", "-q"],
                         cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = p.stdout.readline()                   # the first file written: now we are mid-run
    assert first.startswith(b"fixed "), p.stderr.read()
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=300)
    assert p.returncode == 130, err
    fixed = untouched = 0
    for name, text in originals.items():
        now = (work / name).read_text()
        expected = text.replace("I recieve the", "I receive the").replace("going too the", "going to the")
        assert now in (text, expected), name
        fixed += now == expected
        untouched += now == text
    assert fixed >= 1 and untouched >= 1
    assert not list(work.glob(".*cloze-tmp"))
    assert b"interrupted" in err


def test_parallel_workers_give_the_same_report(tree, json_report):
    proc = cloze("check", ".", "--format", "json", "-q", "--jobs", "2", cwd=tree)
    report = json.loads(proc.stdout)
    assert proc.returncode == json_report[0] == 2
    assert _found(report) == _found(json_report[1])
    assert [s["path"] for s in report["suggestions"]] == [s["path"] for s in json_report[1]["suggestions"]]

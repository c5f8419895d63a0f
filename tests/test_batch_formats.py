"""Fast checks of the batch building blocks (no model): chunking, markup spans, edits, discovery, atomic writes."""
from __future__ import annotations

import io
import os

import pytest

from assistant.batch import files as files_mod
from assistant.batch import formats
from assistant.batch.runner import apply_edits, edits_for
from assistant.suggestion import Suggestion, apply


def test_streamed_chunks_are_byte_exact_and_keep_fences(monkeypatch):
    monkeypatch.setattr(formats, "CHUNK_CHARS", 200)
    para = "Some prose here, with words.\r\nAnd a second line \u00e9\U0001F600.\n\n"
    fence = "```\ncode line\n\ncode after a blank line\n```\n\n"
    text = (para * 7 + fence) * 20
    data = formats.BOM + text.encode()
    doc = formats.TextDocument("markdown", io.BytesIO(data))
    chunks = list(doc.chunks())
    assert len(chunks) > 10
    assert b"".join(doc.encode(c.text, i == 0) for i, c in enumerate(chunks)) == data
    line = 1
    for c in chunks:
        assert c.line == line and c.col0 == 0
        assert c.text.count("```") % 2 == 0          # never cut inside a fenced block
        line += c.text.count("\n")
    assert chunks[3].base == sum(len(c.text) for c in chunks[:3])


def test_binary_and_undecodable_are_input_errors():
    with pytest.raises(formats.InputError, match="binary"):
        list(formats.TextDocument("text", io.BytesIO(b"abc\x00def")).chunks())
    with pytest.raises(formats.InputError, match="0xff at byte 4"):
        list(formats.TextDocument("text", io.BytesIO(b"abc \xff")).chunks())


def test_latex_spans_skip_commands_math_and_environments():
    tex = ("\\documentclass{article}\n\\begin{document}\nSee \\ref{sec:a} and $x+y$ in \\emph{good words}.\n"
           "\\begin{verbatim}\nraw text\n\\end{verbatim}\n% a comment\n\\end{document}\n")
    spans = formats.latex_spans(tex)
    covered = {i for s, e in spans for i in range(s, e)}
    prose = [tex[i] for i in range(len(tex)) if i not in covered]
    kept = "".join(prose)
    assert "good words" in kept and "See" in kept
    for gone in ("documentclass", "sec:a", "x+y", "raw text", "a comment", "emph", "\\end"):
        assert gone not in kept


def test_rst_spans_skip_code_but_not_admonitions():
    rst = (".. code-block:: python\n\n   x = recieve()\n\n.. note::\n\n   Prose in a note.\n\n"
           "Example::\n\n    literal text\n\nUse ``code`` and :func:`name`.\n")
    spans = formats.rst_spans(rst)
    covered = {i for s, e in spans for i in range(s, e)}
    kept = "".join(rst[i] for i in range(len(rst)) if i not in covered)
    assert "Prose in a note." in kept and "Example" in kept
    for gone in ("recieve", "literal text", "code", "name", "note::"):
        assert gone not in kept


def test_edits_match_suggestion_apply():
    text = "He is going too the park and and then an store ."
    sugg = [Suggestion(12, 15, "word_choice", "CONFUSED_WORD", "", ("to",), 0.9),
            Suggestion(29, 33, "grammar", "EXTRA_WORD", "", ("",), 0.9),
            Suggestion(39, 41, "grammar", "A_AN", "", ("a",), 0.9)]
    assert apply_edits(text, edits_for(text, sugg)) == apply(text, sugg)


def test_discovery_gitignore_globs(tmp_path):
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "c.py").write_text("x")
    (tmp_path / ".gitignore").write_text("b.txt\nsub/skip/\n")
    (tmp_path / "sub" / "skip").mkdir(parents=True)
    (tmp_path / "sub" / "skip" / "d.md").write_text("x")
    (tmp_path / "sub" / "e.rst").write_text("x")
    (tmp_path / "sub" / ".gitignore").write_text("*.rst\n")
    (tmp_path / "sub" / "f.tex").write_text("x")
    got = [os.path.relpath(f.path, tmp_path) for f in files_mod.discover([str(tmp_path)])]
    assert got == ["a.md", os.path.join("sub", "f.tex")]
    got = [os.path.relpath(f.path, tmp_path) for f in files_mod.discover([str(tmp_path)], exclude=("sub",),
                                                                         use_gitignore=False)]
    assert got == ["a.md", "b.txt"]
    assert [f.error for f in files_mod.discover([str(tmp_path / "nope")])] == ["no such file or folder"]


def test_atomic_writer_keeps_mode_and_cleans_up(tmp_path):
    target = tmp_path / "t.txt"
    target.write_text("old")
    os.chmod(target, 0o600)
    st = os.stat(target)
    with files_mod.AtomicWriter(str(target), st) as w:
        w.write(b"new")
        w.commit(str(target) + ".orig", st)
    assert target.read_text() == "new" and (tmp_path / "t.txt.orig").read_text() == "old"
    assert os.stat(target).st_mode & 0o777 == 0o600
    with pytest.raises(RuntimeError):
        with files_mod.AtomicWriter(str(target), os.stat(target)) as w:
            w.write(b"half")
            raise RuntimeError("interrupted")
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.txt", "t.txt.orig"]
    st = os.stat(target)
    target.write_text("changed meanwhile")
    with files_mod.AtomicWriter(str(target), st) as w:
        w.write(b"fixed")
        with pytest.raises(files_mod.WriteError, match="changed during the run"):
            w.commit(None, st)
    assert target.read_text() == "changed meanwhile"

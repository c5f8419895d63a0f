"""Reporters for `cloze check` / `cloze fix`: linter-style text, JSON, SARIF, unified diff, the summary.

Results arrive one file at a time (in input order) and text, JSON and diff are
written as they come, so a run over 10,000 files never holds all of them.
JSON goes through assistant.serialize.json and SARIF through
assistant.serialize.sarif: no front end builds suggestion JSON by hand.
"""
from __future__ import annotations

import json
import sys
from typing import TextIO

import click

from assistant.batch.runner import FileResult, Item, Totals

CATEGORY_COLOURS = {"spelling": "red", "grammar": "yellow", "word_choice": "magenta", "missing_word": "cyan",
                    "punctuation": "blue", "style": "green"}


def _suggestion_dict(item: Item) -> dict:
    """Our suggestion object (serialize.json) with file offsets; UTF-16 offsets computed by the worker."""
    from assistant.serialize.json import suggestion_dict

    return suggestion_dict(item.suggestion, _Utf16(item))


class _Utf16:
    """Index shim so serialize.json.suggestion_dict reads the worker's precomputed UTF-16 offsets."""

    def __init__(self, item: Item):
        self.item = item

    def __getitem__(self, offset: int) -> int:
        s = self.item.suggestion
        return self.item.start_utf16 if offset == s.start else self.item.end_utf16


class Reporter:
    """Base: errors go to stderr as `path: error: message`."""

    def __init__(self, out: TextIO, err: TextIO, colour: bool):
        self.out, self.err, self.colour = out, err, colour

    def start(self) -> None:
        pass

    def file(self, r: FileResult) -> None:
        if r.error:
            self.error(r)

    def error(self, r: FileResult) -> None:
        msg = f"{r.path}: error: {r.error}"
        self.err.write((click.style(msg, fg="red", bold=True) if self.colour else msg) + "\n")
        self.err.flush()

    def end(self, totals: Totals) -> None:
        pass


class TextReporter(Reporter):
    """`path:line:col: category: message (suggestion)`, the source line and a caret marker."""

    def file(self, r: FileResult) -> None:
        super().file(r)
        for it in r.items:
            self.out.write(format_item(r.path, it, self.colour))
        self.out.flush()


def format_item(path: str, it: Item, colour: bool = False) -> str:
    s = it.suggestion
    fix = ""
    if s.replacements:
        shown = ", ".join(f"'{x}'" if x else "(delete)" for x in s.replacements[:3])
        fix = f" ({shown})"
    loc = f"{path}:{it.line}:{it.column}:"
    cat = f"{s.category}:"
    if colour:
        loc = click.style(loc, bold=True)
        cat = click.style(cat, fg=CATEGORY_COLOURS.get(s.category, "white"), bold=True)
        fix = click.style(fix, fg="green") if fix else ""
    lines = [f"{loc} {cat} {s.message}{fix}"]
    if it.source:
        src = it.source
        col = it.column - 1
        width = max(1, (it.end_column - it.column) if it.end_line == it.line else len(src) - col)
        pad = "".join(c if c == "\t" else " " for c in src[:col])
        marker = "^" + "~" * (width - 1)
        if colour:
            marker = click.style(marker, fg="green", bold=True)
        lines.append("    " + src)
        lines.append("    " + pad + marker)
    return "\n".join(lines) + "\n"


class JsonReporter(Reporter):
    """One JSON document, streamed: {"suggestions": [...], "errors": [...], "summary": {...}}.

    Each suggestion is our suggestion object (Suggestion.to_dict) plus path, line, column, end_line,
    end_column (1-based; columns in code points).
    """

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.first = True
        self.errors: list[dict] = []

    def start(self) -> None:
        self.out.write('{"suggestions": [')

    def file(self, r: FileResult) -> None:
        if r.error:
            self.error(r)
            self.errors.append({"path": r.path, "error": r.error})
        if r.skipped:
            self.errors.append({"path": r.path, "error": "not processed (interrupted)"})
        for it in r.items:
            d = _suggestion_dict(it)
            d.update(path=r.path, line=it.line, column=it.column, end_line=it.end_line, end_column=it.end_column)
            self.out.write(("\n  " if self.first else ",\n  ") + json.dumps(d, ensure_ascii=False))
            self.first = False

    def end(self, totals: Totals) -> None:
        self.out.write("\n],\n\"errors\": " + json.dumps(self.errors, ensure_ascii=False) +
                       ",\n\"summary\": " + json.dumps(summary_dict(totals)) + "}\n")
        self.out.flush()


class SarifReporter(Reporter):
    """SARIF 2.1.0 through assistant.serialize.sarif (collected, written at the end)."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        from assistant.serialize import sarif

        self.builder = sarif.SarifBuilder()

    def file(self, r: FileResult) -> None:
        if r.error:
            self.error(r)
            self.builder.add_error(r.path, r.error)
        for it in r.items:
            self.builder.add(r.path, it.suggestion, it.line, it.column, it.end_line, it.end_column)

    def end(self, totals: Totals) -> None:
        self.builder.interrupted = totals.interrupted
        json.dump(self.builder.log(), self.out, ensure_ascii=False, indent=1)
        self.out.write("\n")
        self.out.flush()


class DiffReporter(Reporter):
    """The unified diff of what `fix` would change (or changed)."""

    def file(self, r: FileResult) -> None:
        super().file(r)
        if r.diff:
            if self.colour:
                for line in r.diff.splitlines(keepends=True):
                    fg = "red" if line.startswith("-") and not line.startswith("---") else \
                        "green" if line.startswith("+") and not line.startswith("+++") else \
                        "cyan" if line.startswith("@@") else None
                    self.out.write(click.style(line, fg=fg) if fg else line)
            else:
                self.out.write(r.diff)
            self.out.flush()


class FixReporter(Reporter):
    """fix --in-place: one line per file written."""

    def file(self, r: FileResult) -> None:
        super().file(r)
        if r.written:
            self.out.write(f"fixed {r.path} ({r.applied} change{'s' if r.applied != 1 else ''})\n")
            self.out.flush()


REPORTERS = {"text": TextReporter, "json": JsonReporter, "sarif": SarifReporter, "diff": DiffReporter}


def summary_dict(t: Totals) -> dict:
    return {"files": t.files, "checked": t.checked, "errors": t.errors, "not_processed": t.skipped,
            "words": t.words, "files_with_suggestions": t.with_suggestions,
            "suggestions": sum(t.by_category.values()), "by_category": dict(sorted(t.by_category.items())),
            "changes_applied": t.applied, "files_written": t.written, "seconds": round(t.seconds, 2),
            "words_per_second": round(t.words / t.seconds) if t.seconds > 0 else 0,
            "interrupted": t.interrupted}


def print_summary(t: Totals, mode: str, err: TextIO = sys.stderr) -> None:
    """The end-of-run table (rich) on stderr: files, words, suggestions per category, time, speed."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=err, highlight=False)
    table = Table(title=f"cloze {mode}", show_header=False, box=None, padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("files", f"{t.files:,}")
    table.add_row("checked", f"{t.checked:,}")
    if t.errors:
        table.add_row("[red]errors[/red]", f"[red]{t.errors:,}[/red]")
    if t.skipped:
        table.add_row("[yellow]not processed[/yellow]", f"[yellow]{t.skipped:,}[/yellow]")
    table.add_row("words", f"{t.words:,}")
    for cat, n in sorted(t.by_category.items()):
        table.add_row(f"  {cat}", f"{n:,}")
    table.add_row("suggestions", f"{sum(t.by_category.values()):,} in {t.with_suggestions:,} files")
    if mode == "fix":
        table.add_row("changes", f"{t.applied:,} in {t.changed_files:,} files ({t.written:,} written)")
    table.add_row("time", f"{t.seconds:.1f} s")
    if t.seconds > 0:
        table.add_row("speed", f"{t.files / t.seconds:,.1f} files/s, {t.words / t.seconds:,.0f} words/s")
    if t.interrupted:
        table.add_row("[yellow]interrupted[/yellow]", "[yellow]yes[/yellow]")
    console.print(table)

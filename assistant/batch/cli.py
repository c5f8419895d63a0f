"""`cloze check` and `cloze fix`: the batch front end (files, folders, stdin) for people and CI.

Exit codes are the CI contract: 0 clean, 1 suggestions at or above --min-confidence
(check) or changes pending (fix without --in-place), 2 usage or input errors
(some file could not be read or written; the other files were still processed),
130 interrupted by Ctrl+C (files already written are complete, the rest untouched).
"""
from __future__ import annotations

import os
import sys

import click

from assistant.suggestion import CATEGORIES, Options

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


def _csv(value: str | None) -> list[str]:
    return [x.strip() for x in (value or "").split(",") if x.strip()]


def read_dictionary(path: str) -> set[str]:
    """A dictionary file: one word per line; blank lines and `#` comments ignored."""
    try:
        with open(path, encoding="utf-8") as handle:
            return {ln.strip() for ln in handle if ln.strip() and not ln.lstrip().startswith("#")}
    except (OSError, UnicodeDecodeError) as exc:
        raise click.BadParameter(f"cannot read dictionary {path}: {exc}", param_hint="--dictionary") from None


def store_dictionary() -> frozenset[str]:
    """The personal dictionary from the database (the editor's "add to dictionary"), if there is one.
    Never creates a database; a broken one is reported and skipped."""
    try:
        from assistant import store
    except Exception:
        return frozenset()
    try:
        if not os.environ.get("CLOZE_DATABASE_URL") and not store.default_path().exists():
            return frozenset()
        db = store.Store(store.default_url(), create=False)
        try:
            return frozenset(db.dictionary())
        finally:
            db.close()
    except Exception as exc:
        click.echo(f"cloze: warning: personal dictionary not read ({exc})", err=True)
        return frozenset()


def build_options(language: str, picky: bool, dictionaries: tuple[str, ...], disable: str | None,
                  categories: str | None, user_dictionary: bool) -> tuple[Options, frozenset[str] | None]:
    """Options for the engine and the category filter from the shared command-line flags."""
    words: set[str] = set()
    for path in dictionaries:
        words |= read_dictionary(path)
    if user_dictionary:
        words |= store_dictionary()
    disabled = _csv(disable)
    cats = _csv(categories)
    bad = [c for c in cats if c not in CATEGORIES]
    if bad:
        raise click.BadParameter(f"unknown categor{'ies' if len(bad) > 1 else 'y'} {', '.join(bad)} "
                                 f"(choose from {', '.join(CATEGORIES)})", param_hint="--categories")
    options = Options(
        language=language, picky=picky, dictionary=frozenset(words),
        disabled_rules=frozenset(d for d in disabled if d not in CATEGORIES),
        disabled_categories=frozenset(d for d in disabled if d in CATEGORIES),
        enabled_categories=frozenset(cats) if cats else None,
    )
    return options, (frozenset(cats) if cats else None)


def shared_options(f):
    """Options common to check and fix."""
    decorators = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--language", "-l", type=click.Choice(["en-US", "en-GB", "en"]), default="en-US", show_default=True),
        click.option("--picky", is_flag=True, help="Lower thresholds and style suggestions."),
        click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(dir_okay=False),
                     help="Word list (one word per line) never flagged; repeatable."),
        click.option("--no-user-dictionary", is_flag=True,
                     help="Do not read the personal dictionary from the database."),
        click.option("--disable", metavar="RULE,...", help="Rule ids (e.g. SPELLING,A_AN) or categories to turn off."),
        click.option("--categories", metavar="CAT,...", help=f"Only these categories ({', '.join(CATEGORIES)})."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True,
                     help="Report/apply only suggestions at least this confident."),
        click.option("--jobs", "-j", type=click.IntRange(0, 64), default=0, show_default=True,
                     help="Worker processes, each with its own model (0: one per CPU when the input is "
                          "over 1 MB, else in-process)."),
        click.option("--include", multiple=True, metavar="GLOB",
                     help="Files to take from folders (default: *.txt *.md *.rst *.tex *.docx ...)."),
        click.option("--exclude", multiple=True, metavar="GLOB", help="Files or folders to leave out."),
        click.option("--no-gitignore", is_flag=True, help="Also check files that .gitignore excludes."),
        click.option("--stdin-filename", default=None, metavar="NAME",
                     help="Name (and so format, by extension) for text read from `-`."),
        click.option("--model", "model_path", default=None, type=click.Path(exists=True, file_okay=False),
                     help="Model folder (default $CLOZE_MODEL or the shipped model)."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary."),
        click.option("--color/--no-color", "color", default=None, help="Colour output (default: on a terminal)."),
    ]
    for d in reversed(decorators):
        f = d(f)
    return f


def _prepare(paths, include, exclude, no_gitignore):
    from assistant.batch import files as files_mod

    if paths.count("-") > 1:
        raise click.BadParameter("`-` (stdin) can be given only once", param_hint="PATHS")
    found = list(files_mod.discover(list(paths), tuple(include), tuple(exclude), not no_gitignore))
    return found


def _execute(mode: str, paths, language, picky, dictionaries, no_user_dictionary, disable, categories,
             min_confidence, jobs, include, exclude, no_gitignore, stdin_filename, model_path, quiet, color,
             fmt: str, in_place: bool = False, no_backup: bool = False, interactive: bool = False) -> int:
    from assistant.batch import output, runner
    from assistant.batch.formats import format_for

    options, cats = build_options(language, picky, dictionaries, disable, categories, not no_user_dictionary)
    found = _prepare(paths, include, exclude, no_gitignore)
    if interactive and "-" in paths:
        raise click.BadParameter("--interactive reads answers from the terminal; it cannot fix stdin",
                                 param_hint="--interactive")
    stdin_name = stdin_filename or "<stdin>"
    cfg = runner.Config(
        mode=mode, options=options, min_confidence=min_confidence, categories=cats,
        fixes=(mode == "fix" or fmt == "diff"), diff=(fmt == "diff" or (mode == "fix" and not in_place)),
        in_place=in_place or interactive, backup=not no_backup, interactive=interactive, model_path=model_path,
        stdin_format=format_for(stdin_filename, "text") if stdin_filename else "text", stdin_name=stdin_name,
        keep_lines=(fmt == "text"),
    )
    out, err = sys.stdout, sys.stderr
    colour = out.isatty() if color is None else color
    if mode == "fix" and (in_place or interactive):
        reporter = output.FixReporter(out, err, colour)
    else:
        reporter = output.REPORTERS[fmt](out, err, colour)
    stdin_output: list[bytes] = []

    def on_result(r) -> None:
        reporter.file(r)
        if r.output is not None:
            stdin_output.append(r.output)

    prompt = _make_prompt(colour) if interactive else None
    reporter.start()
    try:
        totals = runner.run(found, cfg, jobs, on_result, progress=(not quiet and err.isatty()), prompt=prompt)
    except Exception as exc:
        from assistant.model import ModelError

        if isinstance(exc, ModelError):
            raise click.ClickException(str(exc)) from None
        raise
    reporter.end(totals)
    if mode == "fix" and in_place and stdin_output:      # fix - --in-place: the fixed text on stdout
        sys.stdout.flush()
        for data in stdin_output:
            sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    if not quiet:
        output.print_summary(totals, mode, err)
    if totals.interrupted:
        return EXIT_INTERRUPTED
    if totals.errors:
        return EXIT_ERROR
    if mode == "check":
        return EXIT_FOUND if sum(totals.by_category.values()) else EXIT_CLEAN
    if interactive or in_place:
        return EXIT_CLEAN
    return EXIT_FOUND if totals.changed_files else EXIT_CLEAN


def _make_prompt(colour: bool):
    """accept / skip / edit / quit for each suggestion, on the terminal (answers read from stdin)."""
    from assistant.batch.output import format_item
    from assistant.batch.runner import Item

    def prompt(job, chunk, s):
        import dataclasses

        line, col = chunk.position(s.start)
        eline, ecol = chunk.position(s.end)
        click.echo(format_item(job.result.path, Item(s, line, col, eline, ecol, chunk.line_text(s.start)), colour),
                   err=True, nl=False)
        top = s.replacements[0] if s.replacements else ""
        try:
            answer = click.prompt(f"  replace '{s.original}' with '{top}'? [a]ccept [s]kip [e]dit [q]uit",
                                  type=click.Choice(["a", "s", "e", "q"]), default="s", show_choices=False,
                                  err=True)
        except (click.Abort, EOFError):
            return "quit"
        if answer == "a":
            return s
        if answer == "e":
            new = click.prompt("  replacement", default=top, err=True)
            return dataclasses.replace(s, replacements=(new,) + tuple(s.replacements[1:]))
        if answer == "q":
            return "quit"
        return None

    return prompt


@click.command()
@shared_options
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "diff"]), default="text",
              show_default=True, help="Report format (diff: what `cloze fix` would change).")
def check(fmt, **kw) -> None:
    """Check files, folders or `-` (stdin) and report suggestions.

    Exit status: 0 clean, 1 suggestions at or above --min-confidence, 2 usage or input errors, 130 interrupted.
    """
    sys.exit(_execute("check", fmt=fmt, **kw))


@click.command()
@shared_options
@click.option("--in-place", "-i", is_flag=True, help="Rewrite the files (atomically, with a FILE.orig backup).")
@click.option("--no-backup", is_flag=True, help="With --in-place: no FILE.orig backup.")
@click.option("--interactive", is_flag=True, help="Ask for each suggestion (accept/skip/edit/quit); writes accepted.")
def fix(in_place, no_backup, interactive, **kw) -> None:
    """Apply confident suggestions (the top replacement); prints the diff unless --in-place.

    Exit status: 0 done (or nothing to change), 1 changes pending (without --in-place),
    2 usage or input errors, 130 interrupted.
    """
    if no_backup and not (in_place or interactive):
        raise click.UsageError("--no-backup only makes sense with --in-place or --interactive")
    sys.exit(_execute("fix", fmt="diff", in_place=in_place, no_backup=no_backup, interactive=interactive, **kw))

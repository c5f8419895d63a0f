"""Run a check or fix over many files: batching, worker processes, Ctrl+C, results.

Throughput comes from `Engine.check_many` over batches that mix chunks of many
files (one model pass for many small files), and from `--jobs` worker
processes that each own an engine (ONNX Runtime threads split between them).
Memory stays bounded: files are streamed in paragraph chunks, at most a few
groups are in flight, and results keep only what the reporters print.

Ctrl+C sets a stop flag; the batch in progress ends, files not finished are left
untouched (their temp files removed), files already written stay written, and
the run reports what it did.  Every write is atomic (files.AtomicWriter), so no
file is ever half-written whatever happens.
"""
from __future__ import annotations

import dataclasses
import difflib
import io
import os
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterator

from assistant.batch import files as files_mod
from assistant.batch.formats import (Chunk, DocxDocument, InputError, TextDocument, engine_markup, format_for,
                                     open_document)
from assistant.suggestion import Options, Suggestion, utf16_offsets
from assistant.suggestion import apply as apply_suggestions

BATCH_CHARS = 48_000          # text per check_many call (~8k words): enough to fill the model's batches
GROUP_BYTES = 128 * 1024      # files per task for a worker
GROUP_FILES = 64
SPILL_BYTES = 4 << 20         # fixed output kept in memory up to this, then streamed to the temp file
MAX_ROUNDS = 3                # fix: re-check what changed until nothing more applies (idempotent runs)


@dataclass
class Config:
    """Everything a worker needs; picklable."""
    mode: str = "check"                     # "check" or "fix"
    options: Options = field(default_factory=Options)
    min_confidence: float = 0.5
    categories: frozenset[str] | None = None
    fixes: bool = False                     # compute fixes (fix, or check --format diff)
    diff: bool = False                      # produce a unified diff
    in_place: bool = False
    backup: bool = True
    interactive: bool = False
    model_path: str | None = None
    stdin_format: str = "text"
    stdin_name: str = "<stdin>"
    keep_lines: bool = True                 # keep the source line of each suggestion (text output)
    stdin_data: bytes | None = None         # `-`, read by the parent (workers have no stdin)


@dataclass
class Item:
    """A reported suggestion with its place in the file."""
    suggestion: Suggestion
    line: int
    column: int
    end_line: int
    end_column: int
    source: str = ""                        # the source line, for the caret display
    start_utf16: int = 0                    # file offsets in UTF-16 code units (JavaScript, SARIF consumers)
    end_utf16: int = 0


@dataclass
class FileResult:
    path: str
    fmt: str = "text"
    words: int = 0
    items: list[Item] = field(default_factory=list)
    applied: int = 0
    diff: str = ""
    written: bool = False
    error: str = ""
    skipped: bool = False                   # not processed (interrupted)
    output: bytes | None = None             # fix of stdin: the fixed bytes


# ---------------------------------------------------------------------------- fixes
def choose(suggestions: list[Suggestion], cfg: Config) -> list[Suggestion]:
    """The suggestions `fix` applies: confident enough, in the wanted categories, with a replacement."""
    return [s for s in suggestions if s.replacements and s.confidence >= cfg.min_confidence
            and (cfg.categories is None or s.category in cfg.categories)]


def edits_for(text: str, chosen: list[Suggestion]) -> list[tuple[int, int, str]]:
    """Exact (start, end, new) edits, right to left, that `suggestion.apply` makes (seam spaces included)."""
    picked: list[Suggestion] = []
    last = len(text) + 1
    for s in sorted(chosen, key=lambda s: (s.start, s.end), reverse=True):
        if s.end <= last:
            picked.append(s)
            last = s.start
    edits = []
    for s in picked:
        w0, w1 = max(0, s.start - 1), min(len(text), s.end + 1)
        one = apply_suggestions(text[w0:w1], [dataclasses.replace(s, start=s.start - w0, end=s.end - w0)])
        # the window's own edges may decide seams differently from the whole text; use the whole text there
        if w0 > 0 or w1 < len(text):
            full = apply_suggestions(text[max(0, w0 - 1):min(len(text), w1 + 1)],
                                     [dataclasses.replace(s, start=s.start - max(0, w0 - 1),
                                                          end=s.end - max(0, w0 - 1))])
            lo = 1 if w0 > 0 else 0
            hi = 1 if w1 < len(text) else 0
            one = full[lo:len(full) - hi]
        old = text[w0:w1]
        a = 0
        while a < min(len(old), len(one)) and old[a] == one[a]:
            a += 1
        b = 0
        while b < min(len(old), len(one)) - a and old[len(old) - 1 - b] == one[len(one) - 1 - b]:
            b += 1
        if old == one:
            continue
        edits.append((w0 + a, w1 - b, one[a:len(one) - b]))
    return edits


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    for a, b, new in sorted(edits, reverse=True):
        text = text[:a] + new + text[b:]
    return text


# ---------------------------------------------------------------------------- one file in a group
class FileJob:
    """A file being processed: its reader, the fixed output so far, and its result."""

    def __init__(self, path: str, cfg: Config):
        self.path = path
        self.cfg = cfg
        self.result = FileResult(path if path != "-" else cfg.stdin_name)
        self.doc: TextDocument | DocxDocument | None = None
        self.handle = None
        self.stat: os.stat_result | None = None
        self.out: list[bytes] = []
        self.out_size = 0
        self.writer: files_mod.AtomicWriter | None = None
        self.first = True
        self.changed = False
        self.diff_parts: list[str] = []
        self.pending = 0
        self.exhausted = False
        self.done = False

    def open(self) -> Iterator[Chunk] | None:
        cfg = self.cfg
        try:
            if self.path == "-":
                fmt = cfg.stdin_format
                data = cfg.stdin_data if cfg.stdin_data is not None else sys.stdin.buffer.read()
                self.handle = io.BytesIO(data)
            else:
                fmt = format_for(self.path)
                self.handle = open(self.path, "rb")
                self.stat = os.fstat(self.handle.fileno())
            self.result.fmt = fmt
            self.doc = open_document(fmt, self.handle, self.path)
            return self.doc.chunks()
        except InputError as exc:
            self.fail(str(exc))
        except PermissionError as exc:
            self.fail(f"cannot read: {exc.strerror}")
        except IsADirectoryError:
            self.fail("is a folder, not a file")
        except OSError as exc:
            self.fail(f"cannot read: {exc.strerror or exc}")
        return None

    def fail(self, message: str) -> None:
        self.result.error = message
        self.result.items = []
        self.result.diff = ""
        self.close()

    def close(self) -> None:
        self.done = True
        if self.writer is not None:
            self.writer.__exit__(None, None, None)
            self.writer = None
        if self.handle is not None:
            try:
                self.handle.close()
            except OSError:
                pass
            self.handle = None

    # -- results of one chunk
    def report(self, chunk: Chunk, suggestions: list[Suggestion]) -> None:
        cfg = self.cfg
        utf16 = None
        for s in suggestions:
            if s.confidence < cfg.min_confidence or (cfg.categories is not None and s.category not in cfg.categories):
                continue
            line, col = chunk.position(s.start)
            eline, ecol = chunk.position(s.end)
            src = chunk.line_text(s.start) if cfg.keep_lines else ""
            if len(src) > 400:
                src = ""
            if utf16 is None:
                utf16 = utf16_offsets(chunk.text)
            shifted = dataclasses.replace(s, start=s.start + chunk.base, end=s.end + chunk.base) if chunk.base else s
            self.result.items.append(Item(shifted, line, col, eline, ecol, src, chunk.base16 + utf16[s.start],
                                          chunk.base16 + utf16[s.end]))

    def emit(self, chunk: Chunk, old_text: str, new_text: str) -> None:
        """The chunk's final text (after fixes): diff it and, for in-place/stdin fixes, keep its bytes."""
        if new_text != old_text:
            self.changed = True
            if self.cfg.diff:
                self.diff_parts.append(self._diff(chunk, old_text, new_text))
        if isinstance(self.doc, TextDocument) and self.cfg.mode == "fix" and (self.cfg.in_place or self.path == "-"):
            data = self.doc.encode(new_text, self.first)
            self.first = False
            if self.writer is not None:
                self.writer.write(data)
            else:
                self.out.append(data)
                self.out_size += len(data)
                if self.out_size > SPILL_BYTES and self.path != "-":
                    self._spill()

    def _spill(self) -> None:
        self.writer = files_mod.AtomicWriter(os.path.realpath(self.path), self.stat).__enter__()
        for data in self.out:
            self.writer.write(data)
        self.out = []

    def _diff(self, chunk: Chunk, old: str, new: str) -> str:
        if isinstance(self.doc, DocxDocument):
            return f"@@ -{chunk.line} +{chunk.line} @@ paragraph {chunk.line}\n-{old}\n+{new}\n"
        a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
        base = chunk.line
        out = []
        for group in difflib.SequenceMatcher(None, a, b, autojunk=False).get_grouped_opcodes(3):
            i1, i2, j1, j2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
            out.append(f"@@ -{base + i1},{i2 - i1} +{base + j1},{j2 - j1} @@\n")
            for tag, x1, x2, y1, y2 in group:
                if tag == "equal":
                    out += [" " + ln for ln in a[x1:x2]]
                if tag in ("replace", "delete"):
                    out += ["-" + ln for ln in a[x1:x2]]
                if tag in ("replace", "insert"):
                    out += ["+" + ln for ln in b[y1:y2]]
        return "".join(ln if ln.endswith("\n") else ln + "\n\\ No newline at end of file\n" for ln in out)

    def finish(self) -> None:
        """All chunks done: assemble the diff, write the file (atomically, with backup) if it changed."""
        cfg = self.cfg
        res = self.result
        res.words = self.doc.words if self.doc is not None else 0
        if self.diff_parts:
            name = str(res.path).lstrip("/")  # a/tmp/x.md, as git writes absolute paths
            res.diff = f"--- a/{name}\n+++ b/{name}\n" + "".join(self.diff_parts)
        try:
            if cfg.mode == "fix" and self.path == "-":
                if isinstance(self.doc, DocxDocument):
                    buf = io.BytesIO()
                    self.doc.save(buf)
                    res.output = buf.getvalue()
                else:
                    res.output = b"".join(self.out)
            elif cfg.mode == "fix" and cfg.in_place and self.changed:
                target = os.path.realpath(self.path)    # through a symlink: replace the file, keep the link
                backup = files_mod.backup_path(target) if cfg.backup else None
                if isinstance(self.doc, DocxDocument):
                    with files_mod.AtomicWriter(target, self.stat) as w:
                        self.doc.save(w.handle)
                        w.commit(backup, self.stat)
                else:
                    if self.writer is None:
                        self._spill()
                    self.writer.commit(backup, self.stat)
                    self.writer.__exit__(None, None, None)
                    self.writer = None
                res.written = True
        except files_mod.WriteError as exc:
            res.error = str(exc)
        except OSError as exc:
            res.error = f"cannot write: {exc.strerror or exc}"
        finally:
            self.close()


# ---------------------------------------------------------------------------- a group of files
Prompt = Callable[[FileJob, Chunk, Suggestion], "Suggestion | None | str"]


def process_group(engine, paths: list[str], cfg: Config, stop: threading.Event | None = None,
                  prompt: Prompt | None = None) -> list[FileResult]:
    """Check (and fix) a few files with shared model batches; returns one result per path, in order."""
    jobs = [FileJob(p, cfg) for p in paths]
    queue: deque[tuple[FileJob, Iterator[Chunk]]] = deque()
    for job in jobs:
        if stop is not None and stop.is_set():
            job.result.skipped = True
            job.done = True
            continue
        it = job.open()
        if it is not None:
            queue.append((job, it))
    quit_all = False
    while queue:
        if stop is not None and stop.is_set() or quit_all:
            break
        batch: list[tuple[FileJob, Chunk]] = []
        size = 0
        while queue and size < BATCH_CHARS:
            job, it = queue[0]
            try:
                chunk = next(it)
            except StopIteration:
                job.exhausted = True
                queue.popleft()
                continue
            except InputError as exc:
                job.fail(str(exc))
                queue.popleft()
                continue
            except OSError as exc:
                job.fail(f"cannot read: {exc.strerror or exc}")
                queue.popleft()
                continue
            batch.append((job, chunk))
            job.pending += 1
            size += len(chunk.text)
        if batch:
            quit_all = _run_batch(engine, batch, cfg, prompt)
        for job in jobs:
            if job.exhausted and not job.done and job.pending == 0:
                job.finish()
    if quit_all:
        # interactive quit: keep what was accepted so far (the rest of that file is copied unchanged)
        for job, it in queue:
            if not job.done and job.changed:
                try:
                    for chunk in it:
                        job.emit(chunk, chunk.text, chunk.text)
                    job.finish()
                except (InputError, OSError) as exc:
                    job.fail(str(exc))
    for job in jobs:
        if not job.done:
            job.result.skipped = True
            job.result.items = []
            job.result.diff = ""
            job.close()
    return [job.result for job in jobs]


def _check(engine, pieces: list[tuple[FileJob, Chunk]], options: Options) -> list[list[Suggestion]]:
    out: list[list[Suggestion] | None] = [None] * len(pieces)
    by_markup: dict[str, list[int]] = {}
    for i, (job, chunk) in enumerate(pieces):
        by_markup.setdefault(engine_markup(job.result.fmt), []).append(i)
    for markup, idx in by_markup.items():
        opts = dataclasses.replace(options, markup=markup)
        results = engine.check_many([pieces[i][1].text for i in idx], opts, [pieces[i][1].skip or None for i in idx])
        for i, r in zip(idx, results):
            out[i] = r.suggestions
    return out  # type: ignore[return-value]


def _apply(job: FileJob, chunk: Chunk, chosen: list[Suggestion]) -> Chunk | None:
    """Apply suggestions to a chunk; the new chunk (markup spans recomputed), or None when nothing changed."""
    edits = edits_for(chunk.text, chosen)
    if not edits:
        return None
    if isinstance(job.doc, DocxDocument):
        para = chunk.key
        ok = False
        for a, b, new in sorted(edits, reverse=True):
            ok = para.apply_edit(a, b, new) or ok
        if not ok:
            return None
        new_text = para.text
    else:
        new_text = apply_edits(chunk.text, edits)
    if new_text == chunk.text:
        return None
    job.result.applied += len(edits)
    return job.doc.respan(chunk, new_text)


def _run_batch(engine, batch: list[tuple[FileJob, Chunk]], cfg: Config, prompt: Prompt | None) -> bool:
    """Check one batch, report, fix (in rounds until stable), emit. True when the user chose to quit."""
    found = _check(engine, batch, cfg.options)
    quit_all = False
    current: list[Chunk] = [c for _, c in batch]
    history: list[set[str]] = [{c.text} for c in current]
    todo: list[int] = []
    for i, ((job, chunk), sugg) in enumerate(zip(batch, found)):
        job.report(chunk, sugg)
        if not cfg.fixes or job.done:
            continue
        chosen = choose(sugg, cfg)
        if prompt is not None:
            picked = []
            for s in chosen:
                if quit_all:
                    break
                answer = prompt(job, chunk, s)
                if answer == "quit":
                    quit_all = True
                elif isinstance(answer, Suggestion):
                    picked.append(answer)
            chosen = picked
        new = _apply(job, chunk, chosen) if chosen else None
        if new is not None:
            current[i] = new
            history[i].add(new.text)
            todo.append(i)
    rounds = 1
    while todo and prompt is None and rounds < MAX_ROUNDS:
        rounds += 1
        found = _check(engine, [(batch[i][0], current[i]) for i in todo], cfg.options)
        nxt = []
        for i, sugg in zip(todo, found):
            job = batch[i][0]
            chosen = choose(sugg, cfg)
            if not chosen:
                continue
            before_applied = job.result.applied
            new = _apply(job, current[i], chosen)
            if new is None:
                continue
            if new.text in history[i]:            # oscillation: keep the previous state
                job.result.applied = before_applied
                if isinstance(job.doc, DocxDocument):   # undo on the XML is not possible: keep it, stop here
                    current[i] = new
                continue
            current[i] = new
            history[i].add(new.text)
            nxt.append(i)
        todo = nxt
    for i, (job, chunk) in enumerate(batch):
        job.pending -= 1
        if not job.done:
            job.emit(chunk, chunk.text, current[i].text)
    return quit_all


# ---------------------------------------------------------------------------- the whole run
@dataclass
class Totals:
    files: int = 0
    checked: int = 0
    words: int = 0
    errors: int = 0
    skipped: int = 0
    written: int = 0
    applied: int = 0
    changed_files: int = 0
    with_suggestions: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    interrupted: bool = False

    def add(self, r: FileResult) -> None:
        self.files += 1
        if r.skipped:
            self.skipped += 1
            return
        if r.error:
            self.errors += 1
        else:
            self.checked += 1
        self.words += r.words
        self.applied += r.applied
        self.written += int(r.written)
        self.changed_files += int(bool(r.diff) or r.written)
        if r.items:
            self.with_suggestions += 1
        for it in r.items:
            c = it.suggestion.category
            self.by_category[c] = self.by_category.get(c, 0) + 1


def make_groups(found: list[files_mod.Found], jobs: int = 1) -> Iterator[list[str]]:
    """Tasks of a few small files (one model batch serves many) or one big file; with several workers,
    groups are small enough that every worker gets a few (load balance)."""
    sizes = []
    for f in found:
        try:
            sizes.append(os.path.getsize(f.path) if f.path != "-" else 0)
        except OSError:
            sizes.append(0)
    limit = GROUP_BYTES
    if jobs > 1:
        limit = max(16 * 1024, min(GROUP_BYTES, sum(sizes) // (4 * jobs) + 1))
    group: list[str] = []
    size = 0
    for f, n in zip(found, sizes):
        if group and (size + n > limit or len(group) >= GROUP_FILES):
            yield group
            group, size = [], 0
        group.append(f.path)
        size += n
    if group:
        yield group


_worker_engine = None
_worker_stop = None


def _init_worker(model_path: str | None, threads: int, stop) -> None:
    global _worker_engine, _worker_stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)       # the parent decides how to stop
    from assistant import engine as engine_mod
    from assistant import model as model_mod

    _worker_engine = engine_mod.Engine(model_mod.load(model_path, threads=threads))
    _worker_stop = stop


def _work(paths: list[str], cfg: Config) -> list[FileResult]:
    return process_group(_worker_engine, paths, cfg, _worker_stop)


class Interrupt:
    """First Ctrl+C: set the stop flag (finish the batch in progress, write nothing new). Second: abort."""

    def __init__(self, stop):
        self.stop = stop
        self.count = 0
        self.previous = None

    def __enter__(self) -> "Interrupt":
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def _handler(self, signum, frame) -> None:
        self.count += 1
        self.stop.set()
        if self.count == 1:
            try:
                sys.stderr.write("\ncloze: interrupted; finishing the batch in progress (Ctrl+C again to abort)\n")
            except Exception:
                pass
        else:
            raise KeyboardInterrupt

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def auto_jobs(found: list[files_mod.Found]) -> int:
    """--jobs 0: one worker per CPU (at most 4; each holds a model) when there is enough text to pay
    for their start-up (a few CPU seconds each), else in-process."""
    total = 0
    for f in found:
        try:
            total += os.path.getsize(f.path) if f.path != "-" and not f.error else 0
        except OSError:
            pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cpus, 4) if total > 1 << 20 else 1


def run(found: list[files_mod.Found], cfg: Config, jobs: int, on_result: Callable[[FileResult], None],
        progress: bool = False, prompt: Prompt | None = None, engine=None) -> Totals:
    """Process every path; `on_result` gets each file's result in input order. Returns the totals.
    jobs: worker processes (0 = auto, 1 = in this process)."""
    if jobs <= 0:
        jobs = auto_jobs(found)
    if any(f.path == "-" for f in found) and cfg.stdin_data is None:
        cfg = dataclasses.replace(cfg, stdin_data=sys.stdin.buffer.read())
    totals = Totals()
    start = time.perf_counter()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(found), unit="file", file=sys.stderr, dynamic_ncols=True, leave=False)

    def deliver(r: FileResult) -> None:
        totals.add(r)
        if bar is not None:
            bar.update(1)
            dt = max(1e-6, time.perf_counter() - start)
            bar.set_postfix_str(f"{totals.words / dt:,.0f} words/s", refresh=False)
        on_result(r)

    ok = [f for f in found if not f.error]
    for f in found:
        if f.error:
            deliver(FileResult(f.path, error=f.error))
    groups = list(make_groups(ok, 1 if prompt is not None else jobs))
    if prompt is not None:                          # interactive: one file at a time
        groups = [[p] for g in groups for p in g]
    try:
        if jobs <= 1 or len(groups) <= 1 or prompt is not None:
            stop = threading.Event()
            if engine is None:
                from assistant import engine as engine_mod

                engine = engine_mod.load(cfg.model_path)
            with Interrupt(stop):
                try:
                    for group in groups:
                        for r in process_group(engine, group, cfg, stop, prompt):
                            deliver(r)
                except KeyboardInterrupt:
                    totals.interrupted = True
        else:
            _run_parallel(groups, cfg, jobs, deliver, totals)
    finally:
        if bar is not None:
            bar.close()
    totals.interrupted = totals.interrupted or totals.skipped > 0
    totals.seconds = time.perf_counter() - start
    return totals


def _run_parallel(groups: list[list[str]], cfg: Config, jobs: int, deliver, totals: Totals) -> None:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("spawn")
    stop = ctx.Event()
    threads = max(1, (os.cpu_count() or 1) // jobs)
    window = 2 * jobs
    pending: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(cfg.model_path, threads, stop)) as pool:
        with Interrupt(stop):
            try:
                for group in groups:
                    if stop.is_set():           # interrupted: the rest is reported as not processed
                        for p in group:
                            deliver(FileResult(p, skipped=True))
                        continue
                    pending.append((group, pool.submit(_work, group, cfg)))
                    while len(pending) >= window:
                        _deliver_one(pending, deliver)
                while pending:
                    _deliver_one(pending, deliver)
            except KeyboardInterrupt:      # second Ctrl+C: stop waiting; workers finish their current batch
                totals.interrupted = True
                pool.shutdown(wait=False, cancel_futures=True)


def _deliver_one(pending: deque, deliver) -> None:
    group, fut = pending.popleft()
    try:
        results = fut.result()
    except Exception as exc:  # a worker died (out of memory, a crash): report its files, go on
        results = [FileResult(p, error=f"worker failed: {type(exc).__name__}: {exc}") for p in group]
    for r in results:
        deliver(r)

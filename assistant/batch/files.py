"""Which files a run touches, and writing them back without ever leaving one half-written.

Discovery walks folders in sorted order (stable output), honours `.gitignore`
files on the way down (pathspec's git-wildmatch, like git itself) and the
user's include/exclude globs, and never follows a folder into `.git`.  Writes go
to a temporary file in the same folder, are fsync'ed, get the original's mode
and owner, and replace the original with one atomic rename; the backup is a hard
link to the original inode (a copy where links are impossible), so the old
bytes are never copied through memory and never lost.
"""
from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass
from typing import Iterator

from assistant.batch.formats import DEFAULT_INCLUDE

SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".tox", ".venv", ".mypy_cache"}


@dataclass(frozen=True)
class Found:
    """A path to process; `error` is set for paths that cannot be (missing, not a regular file)."""
    path: str
    error: str = ""


def _matches(rel: str, patterns: tuple[str, ...]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    for pat in patterns:
        if "/" in pat.strip("/"):
            if fnmatch.fnmatchcase(rel, pat.lstrip("/")) or fnmatch.fnmatchcase(rel, "*/" + pat.lstrip("/")):
                return True
        elif fnmatch.fnmatchcase(name, pat.strip("/")) or fnmatch.fnmatchcase(rel, pat):
            return True
    return False


def _gitignore(folder: str):
    path = os.path.join(folder, ".gitignore")
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    import pathspec

    spec = pathspec.GitIgnoreSpec.from_lines(lines)
    return spec if spec.patterns else None


def discover(paths: list[str], include: tuple[str, ...] = (), exclude: tuple[str, ...] = (),
             use_gitignore: bool = True) -> Iterator[Found]:
    """Files to process, in a stable order. Paths named explicitly are always taken (any extension);
    files found in folders must match `include` (default: the known extensions) and not `exclude`."""
    include = include or DEFAULT_INCLUDE
    seen: set[str] = set()
    for arg in paths:
        if arg == "-":
            yield Found("-")
            continue
        try:
            st = os.stat(arg)
        except FileNotFoundError:
            yield Found(arg, "no such file or folder")
            continue
        except OSError as exc:
            yield Found(arg, f"cannot access: {exc.strerror}")
            continue
        if stat.S_ISDIR(st.st_mode):
            for found in _walk(arg, include, exclude, use_gitignore):
                if found.path not in seen:
                    seen.add(found.path)
                    yield found
        elif stat.S_ISREG(st.st_mode):
            if arg not in seen:
                seen.add(arg)
                yield Found(arg)
        else:
            yield Found(arg, "not a regular file (device, pipe or socket); not read")


def _walk(root: str, include, exclude, use_gitignore) -> Iterator[Found]:
    # (folder, [(base folder, spec)]) — a .gitignore applies to paths relative to its own folder
    stack: list[tuple[str, list]] = [(root, [])]
    while stack:
        folder, specs = stack.pop()
        if use_gitignore:
            spec = _gitignore(folder)
            if spec is not None:
                specs = specs + [(folder, spec)]
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Found(folder, f"cannot list folder: {exc.strerror}")
            continue
        subdirs = []
        for entry in entries:
            full = entry.path
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                is_file = entry.is_file(follow_symlinks=True)
            except OSError:
                continue
            if is_dir and entry.name in SKIP_DIRS:
                continue
            if any(spec.match_file(os.path.relpath(full, base).replace(os.sep, "/") + ("/" if is_dir else ""))
                   for base, spec in specs):
                continue
            if is_dir:
                if not _matches(rel + "/", exclude) and not _matches(rel, exclude):
                    subdirs.append((full, specs))
            elif is_file and _matches(rel, include) and not _matches(rel, exclude):
                yield Found(os.path.normpath(full))
        stack.extend(reversed(subdirs))


# ---------------------------------------------------------------------------- safe writes
class WriteError(Exception):
    """A file could not be written; the original is intact. The message is for a person."""


def _fsync_dir(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class AtomicWriter:
    """Write a replacement for `path` in a temp file next to it; `commit()` swaps it in atomically.

    Used as a context manager: leaving the block without `commit()` (an error, Ctrl+C) removes the
    temp file and leaves the original untouched.
    """

    def __init__(self, path: str, original: os.stat_result | None = None):
        self.path = path
        self.folder = os.path.dirname(os.path.abspath(path))
        self.original = original
        self.tmp = ""
        self.handle = None

    def __enter__(self) -> "AtomicWriter":
        import tempfile

        try:
            fd, self.tmp = tempfile.mkstemp(dir=self.folder, prefix="." + os.path.basename(self.path) + ".",
                                            suffix=".cloze-tmp")
        except OSError as exc:
            raise WriteError(f"cannot write in {self.folder}: {exc.strerror}") from None
        self.handle = os.fdopen(fd, "wb")
        return self

    def write(self, data: bytes) -> None:
        try:
            self.handle.write(data)
        except OSError as exc:
            raise WriteError(f"cannot write: {exc.strerror}") from None

    def commit(self, backup: str | None = None, expect: os.stat_result | None = None) -> None:
        """fsync, copy mode/owner, verify the original did not change meanwhile, back it up, rename."""
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            if self.original is not None:
                os.chmod(self.tmp, stat.S_IMODE(self.original.st_mode))
                try:
                    os.chown(self.tmp, self.original.st_uid, self.original.st_gid)
                except OSError:
                    pass
        except OSError as exc:
            raise WriteError(f"cannot write: {exc.strerror}") from None
        if expect is not None:
            try:
                now = os.stat(self.path)
            except OSError as exc:
                raise WriteError(f"disappeared during the run ({exc.strerror}); not written") from None
            if (now.st_mtime_ns, now.st_size, now.st_ino) != (expect.st_mtime_ns, expect.st_size, expect.st_ino):
                raise WriteError("changed during the run; not written (run again)")
        if backup:
            make_backup(self.path, backup)
        try:
            os.replace(self.tmp, self.path)
        except OSError as exc:
            raise WriteError(f"cannot replace the file: {exc.strerror}") from None
        self.tmp = ""
        _fsync_dir(self.folder)

    def __exit__(self, *exc) -> None:
        if self.handle is not None and not self.handle.closed:
            self.handle.close()
        if self.tmp:
            try:
                os.unlink(self.tmp)
            except OSError:
                pass


def make_backup(path: str, backup: str) -> None:
    """`backup` becomes the current content of `path` (hard link, else copy), replaced atomically."""
    import shutil
    import tempfile

    folder = os.path.dirname(os.path.abspath(backup))
    tmp = os.path.join(folder, "." + os.path.basename(backup) + f".{os.getpid()}.cloze-tmp")
    try:
        if os.path.lexists(tmp):
            os.unlink(tmp)
        try:
            os.link(path, tmp)
        except OSError:
            fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(backup) + ".", suffix=".cloze-tmp")
            os.close(fd)
            shutil.copy2(path, tmp)
        os.replace(tmp, backup)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise WriteError(f"cannot create backup {backup}: {exc.strerror}; file not changed") from None


def backup_path(path: str) -> str:
    return path + ".orig"


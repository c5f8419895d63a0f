"""Storage behind the server: personal dictionary, ignored suggestions, feedback, documents.

SQLite file in the user's data directory by default (WAL, foreign keys, busy
timeout, `BEGIN IMMEDIATE` for writes so concurrent writers queue instead of
failing or losing updates); any SQLAlchemy URL (PostgreSQL included) via
`CLOZE_DATABASE_URL`.  The schema is created on startup.  Every failure surfaces
as a `StoreError` subclass with a message a person can act on.
"""
from __future__ import annotations

import os
import re
import threading
import uuid
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, delete, event, func, inspect, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError, SQLAlchemyError
from sqlalchemy.orm import Session

from assistant.store.models import (SCHEMA_VERSION, Base, DictionaryWord, Document, FeedbackEvent,
                                    IgnoredSuggestion, Meta, Revision, utcnow)

ACTIONS = ("accepted", "dismissed", "added_to_dictionary")
MAX_WORD = 200


class StoreError(RuntimeError):
    """Base class: a storage problem with a message for a person."""


class StoreUnavailable(StoreError):
    """The database cannot be opened or written (path, permissions, URL)."""


class StoreBusy(StoreError):
    """The database stayed locked by another writer longer than the busy timeout."""


class NotFound(StoreError):
    pass


class Conflict(StoreError):
    """An update was based on an old revision."""


def default_path() -> Path:
    """$CLOZE_DB, else $XDG_DATA_HOME/cloze/cloze.sqlite3 (~/.local/share/cloze/cloze.sqlite3)."""
    if os.environ.get("CLOZE_DB"):
        return Path(os.environ["CLOZE_DB"]).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "cloze" / "cloze.sqlite3"


def sqlite_url(path: str | os.PathLike) -> str:
    """The URL of a SQLite file. A URL given where a path belongs would otherwise become a folder
    named 'sqlite:' next to the user's files, so it is refused with the right option named."""
    text = os.fspath(path)
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]+:", text):
        raise StoreUnavailable(f"{text!r} is a database URL, not a file path; pass it as --database-url "
                               "(or CLOZE_DATABASE_URL)")
    return f"sqlite:///{os.path.abspath(os.path.expanduser(text))}"


def default_url() -> str:
    """$CLOZE_DATABASE_URL, else a SQLite file at `default_path()`."""
    return os.environ.get("CLOZE_DATABASE_URL") or sqlite_url(default_path())


def iso(ts: datetime) -> str:
    return ts.replace(microsecond=(ts.microsecond // 1000) * 1000).isoformat(timespec="milliseconds") + "Z"


def normalize_word(word: str) -> str:
    """Dictionary words are stored trimmed; ValueError for empty, multi-line or overlong words."""
    word = (word or "").strip()
    if not word or len(word) > MAX_WORD or any(ch in word for ch in "\r\n\t\x00"):
        raise ValueError("a dictionary word must be 1-200 characters on one line")
    return word


class Store:
    """Repository over one database; thread-safe (one SQLAlchemy engine, a session per call)."""

    def __init__(self, url: str | None = None, busy_timeout: float = 5.0, create: bool = True):
        self.url = url or default_url()
        self.busy_timeout = busy_timeout
        self.is_sqlite = self.url.startswith("sqlite")
        self.engine = self._make_engine()
        self._writer = self.engine.execution_options(cloze_write=True)
        self._cache_lock = threading.Lock()
        self._cache: dict[str, tuple[int, frozenset[str]]] = {}
        if create:
            self.create_schema()

    # ------------------------------------------------------------------ setup
    def _make_engine(self) -> Engine:
        if not self.is_sqlite:
            try:
                return create_engine(self.url, pool_pre_ping=True, future=True)
            except (SQLAlchemyError, ImportError, ValueError) as exc:
                raise StoreUnavailable(f"cannot use database URL {self._safe_url()}: {exc}") from exc
        path = self.url.split("///", 1)[1] if "///" in self.url else ""
        if path and path != ":memory:":
            try:
                Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreUnavailable(f"cannot create the folder for database {path}: {exc.strerror}; "
                                       "set CLOZE_DB to a writable file") from exc
        engine = create_engine(self.url, connect_args={"timeout": self.busy_timeout, "check_same_thread": False})
        busy_ms = int(self.busy_timeout * 1000)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record) -> None:
            dbapi_conn.isolation_level = None          # we issue BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout = {busy_ms}")
            cur.execute("PRAGMA foreign_keys = ON")
            try:
                cur.execute("PRAGMA journal_mode = WAL")
            except Exception:  # read-only media: keep the default journal; writes will report clearly
                pass
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:
            # Writers take the write lock up front, so two writers queue (busy timeout) instead of
            # deadlocking on a read->write upgrade; readers never block in WAL mode.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("cloze_write") else "BEGIN")

        return engine

    def _safe_url(self) -> str:
        try:
            from sqlalchemy.engine import make_url
            return make_url(self.url).render_as_string(hide_password=True)
        except Exception:
            return "<unparseable URL>"

    def describe(self) -> str:
        """Where the data lives, for logs (password hidden)."""
        return self._safe_url()

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision (plain create_all when Alembic is not installed).

        Runs in one write transaction, so on SQLite concurrent starters queue behind BEGIN IMMEDIATE;
        a database created before migrations existed (tables, no alembic_version) is stamped first.
        """
        try:
            from alembic import command
            from alembic.config import Config
        except ImportError:
            Base.metadata.create_all(self.engine)
            return
        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
        with self._writer.connect() as conn:
            cfg.attributes["connection"] = conn
            tables = set(inspect(conn).get_table_names())
            if "documents" in tables and "alembic_version" not in tables:
                command.stamp(cfg, "0001")
            command.upgrade(cfg, "head")
            conn.commit()

    def create_schema(self) -> None:
        """Migrate to the current schema and seed the counters; clear errors for unwritable databases."""
        try:
            try:
                self.migrate()
            except (IntegrityError, ProgrammingError, OperationalError) as exc:
                if "locked" in str(exc.orig).lower() or "readonly" in str(exc.orig).lower():
                    raise
                self.migrate()          # another process migrated at the same moment: re-check, now a no-op
            with self._write() as s:
                for key, value in (("schema_version", SCHEMA_VERSION), ("dictionary", 0), ("ignored", 0)):
                    if s.get(Meta, key) is None:
                        s.add(Meta(key=key, value=value))
        except StoreError:
            raise
        except IntegrityError:
            pass  # another process seeded the counters at the same moment
        except (OperationalError, DBAPIError) as exc:
            raise StoreUnavailable(f"cannot open or write database {self._safe_url()}: {exc.orig}; "
                                   "check the path and permissions or set CLOZE_DB / CLOZE_DATABASE_URL") from exc

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ sessions
    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._session(self._writer) as s:
            yield s

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._session(self.engine) as s:
            yield s

    @contextmanager
    def _session(self, bind) -> Iterator[Session]:
        try:
            with Session(bind, expire_on_commit=False) as s, s.begin():
                yield s
        except OperationalError as exc:
            msg = str(exc.orig).lower()
            if "locked" in msg or "busy" in msg:
                raise StoreBusy(f"the database is busy (locked by another writer for more than "
                                f"{self.busy_timeout:g} s); try again") from exc
            if "readonly" in msg or "read-only" in msg or "unable to open" in msg or "disk" in msg:
                raise StoreUnavailable(f"cannot write database {self._safe_url()}: {exc.orig}") from exc
            raise StoreError(f"database error: {exc.orig}") from exc

    def _bump(self, s: Session, key: str) -> None:
        s.execute(update(Meta).where(Meta.key == key).values(value=Meta.value + 1))

    def _version(self, key: str) -> int:
        with self._read() as s:
            return s.scalar(select(Meta.value).where(Meta.key == key)) or 0

    def _insert_ignore(self, s: Session, model, **values) -> bool:
        """INSERT ... ON CONFLICT DO NOTHING (portable); True if a row was inserted."""
        dialect = self.engine.dialect.name
        if dialect in ("sqlite", "postgresql"):
            if dialect == "sqlite":
                from sqlalchemy.dialects.sqlite import insert
            else:
                from sqlalchemy.dialects.postgresql import insert
            stmt = insert(model).values(**values).on_conflict_do_nothing()
            if dialect == "postgresql":          # psycopg's rowcount is not reliable here; RETURNING is
                return s.execute(stmt.returning(model.id)).first() is not None
            return s.execute(stmt).rowcount == 1
        try:
            with s.begin_nested():
                s.add(model(**values))
            return True
        except IntegrityError:
            return False

    # ------------------------------------------------------------------ dictionary
    def words(self) -> list[str]:
        with self._read() as s:
            return list(s.scalars(select(DictionaryWord.word).order_by(func.lower(DictionaryWord.word),
                                                                       DictionaryWord.word)))

    def add_word(self, word: str) -> bool:
        """Add a word (idempotent); True if it was new."""
        word = normalize_word(word)
        with self._write() as s:
            added = self._insert_ignore(s, DictionaryWord, word=word, created_at=utcnow())
            if added:
                self._bump(s, "dictionary")
        return added

    def remove_word(self, word: str) -> bool:
        word = (word or "").strip()
        with self._write() as s:
            gone = s.execute(delete(DictionaryWord).where(DictionaryWord.word == word)).rowcount
            if gone:
                self._bump(s, "dictionary")
        return bool(gone)

    def _cached(self, key: str, load) -> frozenset[str]:
        version = self._version(key)
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit and hit[0] == version:
                return hit[1]
        value = frozenset(load())
        with self._cache_lock:
            self._cache[key] = (version, value)
        return value

    def dictionary(self) -> frozenset[str]:
        """The personal dictionary for Options (cached; one tiny query per call to see other writers)."""
        return self._cached("dictionary", self.words)

    # ------------------------------------------------------------------ ignores and feedback
    def ignore(self, suggestion_id: str, rule_id: str = "", context_hash: str = "", original: str = "") -> bool:
        with self._write() as s:
            added = self._insert_ignore(s, IgnoredSuggestion, suggestion_id=suggestion_id, rule_id=rule_id,
                                        context_hash=context_hash, original=original[:400], created_at=utcnow())
            if added:
                self._bump(s, "ignored")
        return added

    def ignored(self) -> frozenset[str]:
        """Dismissed suggestion ids for Options.ignored."""
        def load() -> list[str]:
            with self._read() as s:
                return list(s.scalars(select(IgnoredSuggestion.suggestion_id)))
        return self._cached("ignored", load)

    def record_feedback(self, suggestion_id: str, action: str, rule_id: str = "", original: str = "",
                        replacement: str = "", context_hash: str = "") -> None:
        """Store one event; "dismissed" ignores the suggestion, "added_to_dictionary" adds `original`. One transaction."""
        if action not in ACTIONS:
            raise ValueError(f"action must be one of {', '.join(ACTIONS)}")
        if action == "added_to_dictionary":
            word = normalize_word(original)
        with self._write() as s:
            s.add(FeedbackEvent(suggestion_id=suggestion_id, action=action, rule_id=rule_id or "",
                                original=(original or "")[:400], replacement=(replacement or "")[:400],
                                created_at=utcnow()))
            if action == "dismissed":
                if self._insert_ignore(s, IgnoredSuggestion, suggestion_id=suggestion_id, rule_id=rule_id or "",
                                       context_hash=context_hash or "", original=(original or "")[:400],
                                       created_at=utcnow()):
                    self._bump(s, "ignored")
            elif action == "added_to_dictionary":
                if self._insert_ignore(s, DictionaryWord, word=word, created_at=utcnow()):
                    self._bump(s, "dictionary")

    def rule_stats(self) -> dict[str, dict]:
        """Per rule: accepted / dismissed / added_to_dictionary counts and the acceptance rate (for threshold tuning)."""
        out: dict[str, dict] = {}
        with self._read() as s:
            rows = s.execute(select(FeedbackEvent.rule_id, FeedbackEvent.action, func.count())
                             .group_by(FeedbackEvent.rule_id, FeedbackEvent.action))
            for rule_id, action, n in rows:
                entry = out.setdefault(rule_id or "", {a: 0 for a in ACTIONS})
                entry[action] = n
        for entry in out.values():
            decided = entry["accepted"] + entry["dismissed"]
            entry["acceptance_rate"] = round(entry["accepted"] / decided, 4) if decided else None
        return out

    # ------------------------------------------------------------------ documents
    @staticmethod
    def _doc_dict(doc: Document, text: str | None = None) -> dict:
        out = {"id": doc.id, "title": doc.title, "updated_at": iso(doc.updated_at), "revision": doc.revision,
               "words": doc.words}
        if text is not None:
            out["text"] = text
        return out

    def list_documents(self) -> list[dict]:
        with self._read() as s:
            docs = s.scalars(select(Document).order_by(Document.updated_at.desc(), Document.id))
            return [{"id": d.id, "title": d.title, "updated_at": iso(d.updated_at), "words": d.words} for d in docs]

    def create_document(self, title: str, text: str) -> dict:
        now = utcnow()
        doc = Document(id=uuid.uuid4().hex, title=title, revision=1, words=len(text.split()),
                       created_at=now, updated_at=now)
        with self._write() as s:
            s.add(doc)
            s.flush()
            s.add(Revision(document_id=doc.id, number=1, title=title, text=text, created_at=now))
        return self._doc_dict(doc, text)

    def get_document(self, doc_id: str) -> dict:
        with self._read() as s:
            doc = s.get(Document, doc_id)
            if doc is None:
                raise NotFound(f"no document {doc_id!r}")
            text = s.scalar(select(Revision.text).where(Revision.document_id == doc_id,
                                                        Revision.number == doc.revision))
            return self._doc_dict(doc, text or "")

    def update_document(self, doc_id: str, text: str, title: str | None = None,
                        base_revision: int | None = None) -> dict:
        """Save a new revision (serialized per document; `base_revision` rejects stale writes with Conflict)."""
        with self._write() as s:
            doc = s.execute(select(Document).where(Document.id == doc_id).with_for_update()).scalar_one_or_none()
            if doc is None:
                raise NotFound(f"no document {doc_id!r}")
            if base_revision is not None and base_revision != doc.revision:
                raise Conflict(f"document {doc_id!r} is at revision {doc.revision}, not {base_revision}; "
                               "reload it before saving")
            now = utcnow()
            doc.revision += 1
            if title is not None:
                doc.title = title
            doc.words = len(text.split())
            doc.updated_at = now
            s.add(Revision(document_id=doc.id, number=doc.revision, title=doc.title, text=text, created_at=now))
            return self._doc_dict(doc, text)

    def delete_document(self, doc_id: str) -> None:
        with self._write() as s:
            s.execute(delete(Revision).where(Revision.document_id == doc_id))
            if not s.execute(delete(Document).where(Document.id == doc_id)).rowcount:
                raise NotFound(f"no document {doc_id!r}")

    def revisions(self, doc_id: str) -> list[dict]:
        """All saved revisions of a document, oldest first."""
        with self._read() as s:
            rows = s.scalars(select(Revision).where(Revision.document_id == doc_id).order_by(Revision.number))
            return [{"revision": r.number, "title": r.title, "text": r.text, "created_at": iso(r.created_at)}
                    for r in rows]


def open_store(url: str | None = None, busy_timeout: float = 5.0) -> Store:
    """Open (and create if needed) the database; raises StoreUnavailable with a clear message."""
    return Store(url, busy_timeout=busy_timeout)

"""The store on a real SQLite file: dictionary, ignores, feedback stats, documents, concurrency, clear errors."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from assistant.store import Conflict, NotFound, Store, StoreBusy, StoreUnavailable, open_store
from conftest import concurrent_writes


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    st = open_store(f"sqlite:///{tmp_path / 'db' / 'cloze.sqlite3'}")
    yield st
    st.close()


def test_sqlite_pragmas(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_dictionary(store: Store) -> None:
    assert store.add_word(" Cloze ") is True
    assert store.add_word("Cloze") is False
    assert store.words() == ["Cloze"] and store.dictionary() == frozenset({"Cloze"})
    assert store.remove_word("Cloze") is True and store.remove_word("Cloze") is False
    assert store.dictionary() == frozenset()
    with pytest.raises(ValueError):
        store.add_word("   ")


def test_feedback_dismiss_and_dictionary_and_stats(store: Store) -> None:
    store.record_feedback("s1", "dismissed", rule_id="SPELLING", original="teh", context_hash="abc")
    store.record_feedback("s1", "dismissed", rule_id="SPELLING", original="teh")        # idempotent ignore
    store.record_feedback("s2", "accepted", rule_id="SPELLING", original="teh", replacement="the")
    store.record_feedback("s3", "added_to_dictionary", rule_id="SPELLING", original="Zorg")
    assert store.ignored() == frozenset({"s1"})
    assert "Zorg" in store.dictionary()
    stats = store.rule_stats()["SPELLING"]
    assert stats["accepted"] == 1 and stats["dismissed"] == 2 and stats["acceptance_rate"] == pytest.approx(1 / 3, 1e-3)
    with pytest.raises(ValueError):
        store.record_feedback("s4", "liked")


def test_documents_and_revisions(store: Store) -> None:
    doc = store.create_document("T", "one two")
    assert doc["revision"] == 1 and doc["words"] == 2
    upd = store.update_document(doc["id"], "one two three", title="T2", base_revision=1)
    assert upd["revision"] == 2 and store.get_document(doc["id"])["text"] == "one two three"
    assert [r["text"] for r in store.revisions(doc["id"])] == ["one two", "one two three"]
    with pytest.raises(Conflict):
        store.update_document(doc["id"], "x", base_revision=1)
    store.delete_document(doc["id"])
    assert store.revisions(doc["id"]) == []
    with pytest.raises(NotFound):
        store.get_document(doc["id"])


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    stores = [open_store(url) for _ in range(2)]          # two engines ~ two processes
    doc = stores[0].create_document("shared", "x")
    errors = concurrent_writes(stores, doc["id"], threads=8, rounds=40)
    assert not errors, errors[:3]
    assert len(stores[1].words()) == 8 * 40
    revisions = stores[0].revisions(doc["id"])
    assert [r["revision"] for r in revisions] == list(range(1, 8 * 40 + 2))   # no lost or duplicate revision
    assert stores[1].dictionary() == frozenset(stores[0].words())
    for st in stores:
        st.close()


def test_busy_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite3"
    st = open_store(f"sqlite:///{path}", busy_timeout=0.2)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")                     # another writer holds the lock
    try:
        with pytest.raises(StoreBusy, match="busy"):
            st.add_word("blocked")
        assert st.words() == []                            # readers still work (WAL)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert st.add_word("blocked") is True
    st.close()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_database_is_a_clear_error(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(StoreUnavailable, match="cannot"):
            open_store(f"sqlite:///{ro / 'x.sqlite3'}")
    finally:
        ro.chmod(0o700)


def test_unusable_location_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreUnavailable, match="cannot"):
        open_store(f"sqlite:///{blocker / 'x.sqlite3'}")
    with pytest.raises(StoreUnavailable, match="cannot"):
        open_store(f"sqlite:///{tmp_path}")                # a folder, not a database file
    with pytest.raises(StoreUnavailable):
        open_store("nosuchdialect://x")


def test_a_url_where_a_path_belongs_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'sqlite:/x.db' as CLOZE_DB (or --db) used to become a folder named 'sqlite:' in the working dir."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLOZE_DATABASE_URL", raising=False)
    monkeypatch.setenv("CLOZE_DB", f"sqlite:{tmp_path / 'x.db'}")
    with pytest.raises(StoreUnavailable, match="--database-url"):
        open_store()
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setenv("CLOZE_DB", str(tmp_path / "y.db"))
    open_store().close()
    assert (tmp_path / "y.db").exists()


def test_migrations_match_models_and_adopt_old_databases(tmp_path: Path) -> None:
    pytest.importorskip("alembic")
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine, inspect

    from assistant.store.models import Base

    st = open_store(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    with st.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == "0001"
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []   # models == migrations
    st.close()
    # a database made by create_all before migrations existed is stamped, not re-created
    old = tmp_path / "old.sqlite3"
    eng = create_engine(f"sqlite:///{old}")
    Base.metadata.create_all(eng)
    eng.dispose()
    st = open_store(f"sqlite:///{old}")
    assert st.add_word("kept") and "alembic_version" in inspect(st.engine).get_table_names()
    st.close()
    open_store(f"sqlite:///{old}").close()                   # idempotent on every start

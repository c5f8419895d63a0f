"""The store on a real, throw-away PostgreSQL cluster (skipped when PostgreSQL or psycopg is not installed)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from assistant.store import Conflict, open_store
from conftest import concurrent_writes

pytest.importorskip("psycopg")
if not shutil.which("initdb") or not shutil.which("pg_ctl"):
    pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not installed", allow_module_level=True)


def _as_pg(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: drop to the 'postgres' user when we are root."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="module")
def pg_url():
    root = Path(tempfile.mkdtemp(prefix="cloze-pg-"))
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        shutil.chown(root, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = root / "data"
    try:
        subprocess.run(_as_pg(["initdb", "-D", str(data), "-A", "trust", "-U", "cloze"]), check=True,
                       capture_output=True, cwd=root)
        subprocess.run(_as_pg(["pg_ctl", "-D", str(data), "-w", "-l", str(root / "log"), "-o",
                               f"-p {port} -k {root} -c listen_addresses=127.0.0.1", "start"]),
                       check=True, capture_output=True, cwd=root)
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"cannot start a PostgreSQL cluster: {exc}")
    try:
        yield f"postgresql+psycopg://cloze@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_pg(["pg_ctl", "-D", str(data), "-m", "fast", "stop"]), capture_output=True, cwd=root)
        shutil.rmtree(root, ignore_errors=True)


def test_postgres_store(pg_url: str) -> None:
    a, b = open_store(pg_url), open_store(pg_url)
    assert a.add_word("Pg") is True and a.add_word("Pg") is False
    doc = a.create_document("t", "a b")
    errors = concurrent_writes([a, b], doc["id"], threads=6, rounds=20)
    assert not errors, errors[:3]
    assert len(b.words()) == 1 + 6 * 20 and b.dictionary() == frozenset(a.words())
    assert [r["revision"] for r in a.revisions(doc["id"])] == list(range(1, 6 * 20 + 2))
    with pytest.raises(Conflict):
        a.update_document(doc["id"], "x", base_revision=1)
    a.record_feedback("s1", "dismissed", rule_id="SPELLING", original="teh")
    assert b.ignored() == frozenset({"s1"}) and a.rule_stats()["SPELLING"]["dismissed"] == 1
    a.delete_document(doc["id"])
    assert a.list_documents() == []
    a.close()
    b.close()

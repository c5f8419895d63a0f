"""Shared fixtures: a real `cloze serve` subprocess on a free port with a temporary SQLite file.

`server` (session-scoped) returns the base URL, e.g. "http://127.0.0.1:40123".  Knobs, all optional:
  CLOZE_TEST_SERVER_URL   use an already running server instead of starting one
  CLOZE_TEST_PORT         port for the started server (default: a free one)
  CLOZE_TEST_DB           SQLite file for it (default: a fresh file in pytest's tmp dir)
  CLOZE_TEST_SERVER_ARGS  extra `cloze serve` arguments (shell-split)
`start_server(...)` is the same machinery for tests that need a server with other settings.
"""
from __future__ import annotations

import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parents[1]
CORS_TEST_ORIGIN = "http://cors.test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def start_server(db_path: str | Path, port: int | None = None, args: list[str] | tuple[str, ...] = (),
                 env: dict[str, str] | None = None, timeout: float = 240.0) -> Iterator[str]:
    """Run `python -m assistant serve` until the block ends; yields the base URL once /v2/healthcheck answers."""
    import requests

    port = port or free_port()
    log_path = Path(str(db_path) + f".server-{port}.log")
    cmd = [sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--db", str(db_path), *args]
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, cwd=REPO, env=full_env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"cloze serve exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                if requests.get(url + "/v2/healthcheck", timeout=5).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"cloze serve did not answer within {timeout:.0f} s:\n"
                                   f"{log_path.read_text()[-3000:]}")
            time.sleep(0.5)
        yield url
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)   # our own process group (start_new_session)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.fixture(scope="session")
def server_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SQLite file behind `server` (CLOZE_TEST_DB or a fresh temp file)."""
    if os.environ.get("CLOZE_TEST_DB"):
        return Path(os.environ["CLOZE_TEST_DB"])
    return tmp_path_factory.mktemp("cloze-server") / "cloze.sqlite3"


@pytest.fixture(scope="session")
def server(server_db: Path) -> Iterator[str]:
    """Base URL of a real `cloze serve` (one per test session), CORS allowed for http://cors.test."""
    if os.environ.get("CLOZE_TEST_SERVER_URL"):
        yield os.environ["CLOZE_TEST_SERVER_URL"].rstrip("/")
        return
    port = int(os.environ["CLOZE_TEST_PORT"]) if os.environ.get("CLOZE_TEST_PORT") else None
    args = ["--threads", "8", "--cors-origin", CORS_TEST_ORIGIN,
            *shlex.split(os.environ.get("CLOZE_TEST_SERVER_ARGS", ""))]
    with start_server(server_db, port=port, args=args) as url:
        yield url


def concurrent_writes(stores: list, doc_id: str, threads: int, rounds: int) -> list[BaseException]:
    """Hammer the dictionary and one document from many threads over several stores; return the errors."""
    import threading

    errors: list[BaseException] = []

    def work(n: int) -> None:
        st = stores[n % len(stores)]
        try:
            for i in range(rounds):
                st.add_word(f"w{n}-{i}")
                st.update_document(doc_id, f"{n} {i}")
        except BaseException as exc:  # noqa: BLE001 - any failure is the finding
            errors.append(exc)

    pool = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return errors

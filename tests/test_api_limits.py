"""Limits on a second real server with tight settings: text length (413), timeout and queue (503),
rate limit (429), and the refusal to bind a non-loopback address without opt-in and token."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
import requests

from conftest import REPO, start_server

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = tmp_path_factory.mktemp("limited") / "cloze.sqlite3"
    args = ["--max-text-length", "3000", "--request-timeout", "0.3", "--max-concurrency", "1", "--max-queue", "0",
            "--rate-limit", "80", "--threads", "8", "--api-token", TOKEN]
    with start_server(db, args=args) as url:
        yield url


def fresh_text(n_sentences: int) -> str:
    """Unseen sentences (the engine caches per sentence), so each check really runs the model."""
    words = ["river", "garden", "yellow", "quietly", "machine", "borrowed", "letter", "winter", "sudden", "open"]
    out = []
    for i in range(n_sentences):
        tag = uuid.uuid4().hex[:6]
        out.append(f"The {words[i % 10]} {tag} was {words[(i * 3) % 10]} and {words[(i * 7) % 10]} near {tag}s.")
    return " ".join(out)


def test_text_too_long_is_413(limited: str) -> None:
    r = requests.post(limited + "/v2/check", data={"language": "en-US", "text": "word " * 700}, headers=AUTH,
                      timeout=30)
    assert r.status_code == 413 and r.text.startswith("Error: ") and "3000" in r.text
    r = requests.post(limited + "/api/v1/check", json={"text": "word " * 700}, headers=AUTH, timeout=30)
    assert r.status_code == 413 and r.json()["error"]["code"] == "text_too_long"


def test_slow_check_times_out_and_queue_overflow_is_503(limited: str) -> None:
    results: list[requests.Response] = []

    def go() -> None:
        results.append(requests.post(limited + "/v2/check", data={"language": "en-US", "text": fresh_text(30)},
                                     headers=AUTH, timeout=120))

    threads = [threading.Thread(target=go) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.status_code in (200, 503) for r in results), [r.status_code for r in results]
    refused = [r for r in results if r.status_code == 503]
    assert refused, "4 parallel long checks with concurrency 1, no queue and a 0.3 s limit must be refused"
    assert all(r.text.startswith("Error: ") and r.headers.get("Retry-After") for r in refused)
    # the server stays healthy for everyone else
    assert requests.get(limited + "/v2/healthcheck", timeout=30).text == "OK"


def test_api_token(limited: str) -> None:
    assert requests.get(limited + "/api/v1/dictionary", timeout=30).status_code == 401
    wrong = requests.get(limited + "/api/v1/dictionary", headers={"Authorization": "Bearer nope"}, timeout=30)
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "unauthorized"
    assert requests.get(limited + "/api/v1/dictionary", headers=AUTH, timeout=30).status_code == 200
    r = requests.post(limited + "/v2/check", data={"language": "en-US", "text": "Hello there."}, timeout=30)
    assert r.status_code == 401 and r.text.startswith("Error: ")
    r = requests.post(limited + "/v2/words/add", data={"word": "Tokenword", "apiKey": TOKEN},
                      timeout=30)                                   # LanguageTool clients send apiKey=
    assert r.status_code == 200
    assert requests.get(limited + "/api/v1/health", timeout=30).status_code == 200   # liveness stays public
    assert requests.get(limited + "/v2/healthcheck", timeout=30).status_code == 200


def test_rate_limit_is_429(limited: str) -> None:
    codes = [requests.get(limited + "/v2/languages", headers=AUTH, timeout=30).status_code for _ in range(100)]
    assert 429 in codes and codes[0] in (200, 429)
    r = requests.get(limited + "/v2/languages", headers=AUTH, timeout=30)
    assert r.status_code == 429 and r.text.startswith("Error: ")


def test_non_loopback_bind_needs_flag_and_token(tmp_path: Path) -> None:
    base = [sys.executable, "-m", "assistant", "serve", "--db", str(tmp_path / "x.sqlite3"), "--port", "65000"]
    r = subprocess.run(base + ["--host", "0.0.0.0"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "--allow-remote" in r.stderr
    r = subprocess.run(base + ["--host", "0.0.0.0", "--allow-remote"], cwd=REPO, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode != 0 and "token" in r.stderr


def test_db_option_refuses_a_url(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "assistant", "serve", "--db", "sqlite:/x.db", "--no-warm"],
                       cwd=tmp_path, capture_output=True, text=True, timeout=60, env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert r.returncode == 2 and "--database-url" in r.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_two_worker_processes(tmp_path: Path) -> None:
    """--workers 2: both processes serve, share the SQLite file, and stop together."""
    with start_server(tmp_path / "w2.sqlite3", args=["--workers", "2", "--model-threads", "1"]) as url:
        codes = set()
        for i in range(12):
            r = requests.post(url + "/api/v1/dictionary", json={"word": f"wordw{i}"}, timeout=60)
            assert r.status_code == 200
            codes.add(requests.get(url + "/v2/check", params={"language": "en-US", "text": f"Thier {i}."},
                                  timeout=120).status_code)
        assert codes == {200}
        assert len(requests.get(url + "/api/v1/dictionary", timeout=30).json()["words"]) == 12

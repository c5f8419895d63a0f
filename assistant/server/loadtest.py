"""A small real load generator for the HTTP API: p50/p95 latency and requests/s on loopback.

Threaded keep-alive HTTP clients (http.client), so it needs nothing beyond the
standard library; `cloze bench api` calls `run()`, and
`python -m assistant.server.loadtest` starts servers with 1 and 2 workers and
prints the table in docs/benchmarks.md.  Texts are made unique per request by
default ("cold"), because the engine caches per sentence and a repeated text
would only measure the cache ("warm", --repeat).
"""
from __future__ import annotations

import http.client
import json
import random
import re
import statistics
import threading
import time
from urllib.parse import urlencode, urlsplit

import click

# ~180 words, a few errors, typical prose; `vary` adds two words per sentence -> ~210 words per request
TEXT_200 = (
    "Last spring our team moved into a new office near the river. The building is old, but the rooms are bright "
    "and quiet, and everyone seems happier there. On the first morning we discovered that the heating did not "
    "work, so we spent most of the day wearing coats and drinking tea. The landlord promised to send someone, "
    "but nobody came until thursday. Meanwhile, we started planning the next release. Their were many small "
    "problems to fix: slow pages, confusing menus, and a search box that ignored half of the words you typed. "
    "Maria suggested that we write down every complaint from our users and sort them by how often they appeared. "
    "This simple list changed how we worked. Instead of guessing, we could see which issues mattered most. "
    "By the end of the month we had fixed the worst ones, and the number of angry emails dropped sharply. "
    "We also learned to recieve criticism without feeling attacked, which was harder then fixing the code. "
    "Looking back, the cold office was a good start, because it forced us to talk to each other."
)
_SENT = re.compile(r"(?<=[.!?])\s+")


def vary(text: str, rng: random.Random) -> str:
    """Make every sentence new to the engine's cache while keeping length and style."""
    out = []
    for s in _SENT.split(text.strip()):
        if s:
            first = s[0].lower() + s[1:] if not s.startswith(("I ", "I'")) and s[:2] != s[:2].upper() else s
            out.append(f"In {rng.randint(1700, 2099)}, {first}")
    return " ".join(out)


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    k = (len(sorted_values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def run(url: str, text: str = TEXT_200, clients: int = 4, requests: int = 200, *, endpoint: str = "/v2/check",
        unique: bool = True, warmup: int = 2, seed: int | None = None, timeout: float = 120.0) -> dict:
    """Send `requests` checks of `text` from `clients` keep-alive connections; latency percentiles in ms, req/s.

    endpoint "/v2/check" posts LanguageTool form data, "/api/v1/check" our JSON.
    """
    if seed is None:                    # fresh texts per run: a rerun must not hit the previous run's cache
        seed = random.SystemRandom().randrange(1 << 30)
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80

    def body_for(t: str) -> tuple[bytes, str]:
        if endpoint.startswith("/api/"):
            return json.dumps({"text": t}).encode(), "application/json"
        return urlencode({"language": "en-US", "text": t}).encode(), "application/x-www-form-urlencoded"

    def one(conn: http.client.HTTPConnection, t: str) -> tuple[int, float]:
        payload, ctype = body_for(t)
        t0 = time.perf_counter()
        conn.request("POST", endpoint, body=payload, headers={"Content-Type": ctype})
        resp = conn.getresponse()
        resp.read()
        return resp.status, (time.perf_counter() - t0) * 1000

    warm_conn = http.client.HTTPConnection(host, port, timeout=timeout)
    for i in range(warmup):
        one(warm_conn, vary(text, random.Random(seed - 1 - i)) if unique else text)
    warm_conn.close()

    counter = iter(range(requests))
    lock = threading.Lock()
    latencies: list[float] = []
    errors: dict[str, int] = {}

    def worker(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        conn = http.client.HTTPConnection(host, port, timeout=timeout)
        while True:
            with lock:
                if next(counter, None) is None:
                    break
            t = vary(text, rng) if unique else text
            try:
                status, ms = one(conn, t)
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=timeout)
                status, ms = type(exc).__name__, 0.0
            with lock:
                if status == 200:
                    latencies.append(ms)
                else:
                    errors[str(status)] = errors.get(str(status), 0) + 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat = sorted(latencies)
    return {
        "url": url + endpoint, "clients": clients, "requests": requests, "ok": len(lat), "errors": errors,
        "words": len((vary(text, random.Random(0)) if unique else text).split()), "unique_texts": unique, "wall_s": round(wall, 2),
        "rps": round(len(lat) / wall, 2) if wall else 0.0,
        "p50_ms": round(_percentile(lat, 0.50), 1), "p95_ms": round(_percentile(lat, 0.95), 1),
        "p99_ms": round(_percentile(lat, 0.99), 1), "mean_ms": round(statistics.fmean(lat), 1) if lat else None,
    }


@click.command("api")
@click.option("--url", default=None, help="Server to load (default: start `cloze serve` for each --workers value)")
@click.option("--workers", "workers_list", default="1,2", show_default=True,
              help="Comma-separated worker counts to start servers with (ignored with --url)")
@click.option("--clients", default=0, type=int, help="Concurrent connections (default: 1 per worker, then 2x workers)")
@click.option("--requests", "n_requests", default=100, show_default=True, type=int)
@click.option("--endpoint", default="/v2/check", show_default=True)
@click.option("--repeat", is_flag=True, help="Send the identical text every time (measures the engine's cache)")
@click.option("--text-file", type=click.Path(exists=True, dir_okay=False), help="Text to send (default: 200 words)")
@click.option("--server-args", default="", help="Extra `cloze serve` arguments for started servers, e.g. '--max-concurrency 1'")
@click.option("--json-out", "json_out", type=click.Path(dir_okay=False), help="Also write results as JSON")
def main(url: str | None, workers_list: str, clients: int, n_requests: int, endpoint: str, repeat: bool,
         text_file: str | None, server_args: str, json_out: str | None) -> None:
    """Measure /v2/check latency (p50/p95) and requests/s, with 1 and 2 server workers by default."""
    text = open(text_file, encoding="utf-8").read() if text_file else TEXT_200
    rows = []
    if url:
        for c in ([clients] if clients else [1, 4]):
            rows.append(run(url, text, c, n_requests, endpoint=endpoint, unique=not repeat))
    else:
        import tempfile
        from pathlib import Path

        for w in [int(x) for x in workers_list.split(",") if x.strip()]:
            with tempfile.TemporaryDirectory() as tmp, _server(Path(tmp) / "bench.sqlite3", w, server_args) as base:
                for c in ([clients] if clients else sorted({1, 2 * w})):
                    row = run(base, text, c, n_requests, endpoint=endpoint, unique=not repeat)
                    row["workers"] = w
                    rows.append(row)
    click.echo(f"{'workers':>7} {'clients':>7} {'ok':>5} {'err':>4} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>7}")
    for r in rows:
        click.echo(f"{r.get('workers', '-'):>7} {r['clients']:>7} {r['ok']:>5} {sum(r['errors'].values()):>4} "
                   f"{r['p50_ms']:>8} {r['p95_ms']:>8} {r['rps']:>7}")
    if json_out:
        with open(json_out, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, indent=1)


def _server(db, workers: int, extra: str = ""):
    """A `cloze serve` subprocess with `workers` processes, each pinned to one ONNX thread when workers > 1."""
    import contextlib
    import os
    import shlex
    import signal
    import socket
    import subprocess
    import sys
    import urllib.request
    from pathlib import Path

    @contextlib.contextmanager
    def ctx():
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        args = [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--db", str(db),
                "--workers", str(workers), "--log-level", "warning"]
        if workers > 1:
            args += ["--model-threads", "1", "--max-concurrency", "1"]
        args += shlex.split(extra)
        proc = subprocess.Popen(args, cwd=Path(__file__).resolve().parents[2], start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 300
            while True:
                if proc.poll() is not None:
                    raise click.ClickException(f"cloze serve exited with {proc.returncode}")
                try:
                    with urllib.request.urlopen(base + "/v2/healthcheck", timeout=5) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise click.ClickException("server did not start in 300 s")
                time.sleep(0.5)
            # every worker answers health only after loading; give the others time to finish warming
            for _ in range(workers * 4):
                run(base, TEXT_200, workers, workers, unique=True, warmup=0)
            yield base
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
    return ctx()


if __name__ == "__main__":
    main()

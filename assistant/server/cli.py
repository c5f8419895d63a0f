"""`cloze serve`: the editor and both HTTP APIs on a production WSGI server (waitress).

Settings come from flags, CLOZE_* environment variables (same names in
capitals: CLOZE_PORT, CLOZE_THREADS, ...) and an optional TOML file
(--config / CLOZE_CONFIG, keys as below or under [server]).  With --workers > 1
the parent binds the socket and forks workers that each load the model, so
crashes stay isolated and CPU-bound checks run in parallel.
"""
from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import time

import click

from assistant.server.config import ConfigError, ServerConfig, load_config

log = logging.getLogger("cloze.server")
EXIT_STARTUP = 3


def _opt(*names: str, **kw):
    kw.setdefault("default", None)
    kw.setdefault("show_default", False)
    return click.option(*names, **kw)


@click.command("serve")
@_opt("--config", "config_file", type=click.Path(dir_okay=False), help="TOML file with settings ([server] table). Env: CLOZE_CONFIG")
@_opt("--host", help="Address to bind. Default 127.0.0.1; anything non-loopback needs --allow-remote and a token. Env: CLOZE_HOST")
@_opt("--port", type=int, help="Port. Default 8081 (LanguageTool's). Env: CLOZE_PORT")
@_opt("--threads", type=int, help="HTTP threads per worker. Default 8. Env: CLOZE_THREADS")
@_opt("--workers", type=int, help="Worker processes (POSIX). Default 1. Env: CLOZE_WORKERS")
@_opt("--model", type=click.Path(file_okay=False), help="Model folder. Default $CLOZE_MODEL or exports/cloze-base")
@_opt("--model-threads", type=int, help="ONNX Runtime threads per worker (0 = runtime default). Env: CLOZE_MODEL_THREADS")
@_opt("--database-url", help="SQLAlchemy URL (postgresql+psycopg://...). Default: SQLite at $CLOZE_DB or "
                             "~/.local/share/cloze/cloze.sqlite3. Env: CLOZE_DATABASE_URL")
@_opt("--db", "db_path", type=click.Path(dir_okay=False), help="SQLite file (shortcut for --database-url). Env: CLOZE_DB")
@_opt("--allow-remote/--no-allow-remote", help="Permit a non-loopback --host (then an API token is required). Env: CLOZE_ALLOW_REMOTE")
@_opt("--api-token", help="Require 'Authorization: Bearer <token>' (or apiKey= for /v2). Env: CLOZE_API_TOKEN")
@_opt("--cors-origin", "cors_origins", multiple=True, help="Allowed browser origin (repeatable; '*' for any). Env: CLOZE_CORS_ORIGINS (comma-separated)")
@_opt("--max-text-length", type=int, help="Characters per check; longer -> 413. Default 50000. Env: CLOZE_MAX_TEXT_LENGTH")
@_opt("--request-timeout", type=float, help="Seconds a check may take -> 503. Default 30. Env: CLOZE_REQUEST_TIMEOUT")
@_opt("--max-concurrency", type=int, help="Parallel checks per worker (0 = CPUs). Env: CLOZE_MAX_CONCURRENCY")
@_opt("--max-queue", type=int, help="Checks allowed to wait; beyond -> 503. Default 32. Env: CLOZE_MAX_QUEUE")
@_opt("--rate-limit", type=int, help="Requests per minute per client address (0 = off) -> 429. Env: CLOZE_RATE_LIMIT")
@_opt("--web-root", type=click.Path(file_okay=False), help="Folder with the browser editor. Default <repo>/web. Env: CLOZE_WEB_ROOT")
@_opt("--warm/--no-warm", help="Load lazy resources before accepting connections. Default on. Env: CLOZE_WARM")
@_opt("--log-level", type=click.Choice(["debug", "info", "warning", "error"]), help="Env: CLOZE_LOG_LEVEL")
def serve(config_file: str | None, db_path: str | None, cors_origins: tuple[str, ...], **flags: object) -> None:
    """Start the browser editor, /api/v1 and the LanguageTool-compatible /v2 API."""
    if db_path:
        from assistant.store import StoreUnavailable, sqlite_url
        try:
            flags["database_url"] = sqlite_url(db_path)
        except StoreUnavailable as exc:
            raise click.BadParameter(str(exc), param_hint="--db")
    if cors_origins:
        flags["cors_origins"] = list(cors_origins)
    try:
        config = load_config(config_file, **flags).validate()
    except ConfigError as exc:
        raise click.UsageError(str(exc))
    logging.basicConfig(level=config.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    try:
        sock = socket.create_server((config.host, config.port), backlog=2048,
                                    family=socket.AF_INET6 if ":" in config.host else socket.AF_INET)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {config.host}:{config.port}: {exc.strerror} "
                                   "(is another server running? pass --port)")
    _open_store_or_die(config)          # schema + clear DB errors once, before any worker starts
    url = f"http://{config.host}:{config.port}"
    if config.workers == 1 or not hasattr(os, "fork"):
        _worker(config, sock, url)
    else:
        _prefork(config, sock, url)


def _open_store_or_die(config: ServerConfig) -> None:
    from assistant.store import StoreError, open_store
    try:
        open_store(config.database_url, busy_timeout=config.db_busy_timeout).close()
    except StoreError as exc:
        raise click.ClickException(str(exc))


def _build_app(config: ServerConfig):
    from assistant.model import ModelError
    from assistant.server.app import create_app, services
    from assistant.store import StoreError
    try:
        app = create_app(config)
        if config.warm:
            t0 = time.perf_counter()
            with app.app_context():
                services().engine.warm()
            log.info("model warmed in %.1f s", time.perf_counter() - t0)
        return app
    except (ModelError, StoreError) as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_STARTUP)


def _worker(config: ServerConfig, sock: socket.socket, url: str) -> None:
    import waitress

    app = _build_app(config)
    click.echo(f"Cloze serving on {url} (pid {os.getpid()}, {config.threads} threads)", err=True)
    waitress.serve(app, sockets=[sock], threads=config.threads, ident="cloze",
                   max_request_body_size=config.max_request_bytes * 2, connection_limit=max(100, config.threads * 16),
                   channel_timeout=max(60, int(config.request_timeout * 2)), clear_untrusted_proxy_headers=True,
                   _quiet=True)


def _prefork(config: ServerConfig, sock: socket.socket, url: str) -> None:
    """Fork `workers` children sharing the listening socket; restart crashed ones; stop all on SIGTERM/SIGINT."""
    children: dict[int, float] = {}
    stopping = False

    def spawn() -> None:
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            try:
                _worker(config, sock, url)
            finally:
                os._exit(0)
        children[pid] = time.monotonic()

    def stop(signum, _frame) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for _ in range(config.workers):
        spawn()
    click.echo(f"Cloze master {os.getpid()}: {config.workers} workers on {url}", err=True)
    status = 0
    while children:
        try:
            pid, code = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        started = children.pop(pid, None)
        if stopping or started is None:
            continue
        exit_code = os.waitstatus_to_exitcode(code)
        if exit_code == EXIT_STARTUP:        # model or database broken: restarting will not help
            click.echo("Error: a worker could not start; stopping", err=True)
            stop(signal.SIGTERM, None)
            status = 1
            continue
        log.warning("worker %d exited (%s); restarting", pid, exit_code)
        time.sleep(1.0 if time.monotonic() - started < 5 else 0)
        spawn()
    sys.exit(status)

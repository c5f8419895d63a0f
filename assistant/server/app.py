"""The Flask application factory: wires engine, store, limits, auth, CORS, errors and the API surfaces.

Each API surface is its own module (api_v1, languagetool, web); this module
holds what they share, so error shapes, limits and headers are identical.
"""
from __future__ import annotations

import hmac
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from importlib import metadata

from flask import Flask, Response, current_app, g, jsonify, request
from werkzeug.exceptions import HTTPException

from assistant.server.config import ServerConfig
from assistant.server.limits import Limiter, LimitError, RateLimiter
from assistant.server.openapi import Registry
from assistant.store import Conflict, NotFound, Store, StoreBusy, StoreError, StoreUnavailable, open_store

log = logging.getLogger("cloze.server")

HTML_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
API_CSP = "default-src 'none'; frame-ancestors 'none'"
PUBLIC_PATHS = ("/api/v1/health", "/v2/healthcheck", "/api/v1/openapi.json")


def version() -> str:
    try:
        return metadata.version("cloze-assistant")
    except metadata.PackageNotFoundError:
        return "0.1.0"


class ApiError(Exception):
    """An error with an HTTP status and a stable code; rendered as JSON (/api) or 'Error: ...' text (/v2)."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass
class Services:
    """What request handlers share: one per worker process."""
    config: ServerConfig
    engine: object
    store: Store
    limiter: Limiter
    rate: RateLimiter
    registry: Registry
    started: float = field(default_factory=time.time)
    _recent: OrderedDict = field(default_factory=OrderedDict)
    _recent_lock: threading.Lock = field(default_factory=threading.Lock)

    def remember(self, suggestions) -> None:
        """Keep recent suggestions by id so feedback can record rule and context fingerprint."""
        with self._recent_lock:
            for s in suggestions:
                self._recent[s.id] = s
                self._recent.move_to_end(s.id)
            while len(self._recent) > 20000:
                self._recent.popitem(last=False)

    def check(self, text: str, options, skip=None):
        """Engine.check under the limiter (bounded concurrency, queue and timeout)."""
        return self.limiter.run(self.engine.check, text, options, skip)

    def recall(self, suggestion_id: str):
        with self._recent_lock:
            return self._recent.get(suggestion_id)

    @property
    def model_name(self) -> str:
        return str(self.engine.model.manifest.get("name", "unknown"))


def services() -> Services:
    return current_app.extensions["cloze"]


def check_text(value: str, field_name: str = "text") -> None:
    """Reject lone surrogates (they cannot be encoded, and clients cannot map their offsets)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(400, "invalid_text", f"'{field_name}' contains invalid Unicode (a lone surrogate)")


def load_engine(config: ServerConfig):
    """The engine for the configured model; a private ONNX session when model_threads is set."""
    from assistant import engine as engine_mod

    if config.model_threads:
        from assistant import model as model_mod
        return engine_mod.Engine(model_mod.load(config.model, threads=config.model_threads))
    return engine_mod.load(config.model)


def create_app(config: ServerConfig | None = None, *, engine: object = None, store: Store | None = None) -> Flask:
    """Build the WSGI app. Loads the model and opens the database unless given; raises ModelError/StoreError."""
    config = (config or ServerConfig()).validate()
    app = Flask("cloze", static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = config.max_request_bytes
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    registry = Registry("Cloze API", version(), "Cloze's own JSON API (/api/v1) and the LanguageTool-compatible "
                                                "API (/v2) of a private, offline writing assistant.")
    store = store or open_store(config.database_url, busy_timeout=config.db_busy_timeout)
    engine = engine or load_engine(config)
    app.extensions["cloze"] = Services(config, engine, store, Limiter(config.concurrency, config.max_queue,
                                                                      config.request_timeout),
                                       RateLimiter(config.rate_limit), registry)

    from assistant.server import api_v1, languagetool, web
    app.register_blueprint(api_v1.make_blueprint(registry))
    app.register_blueprint(languagetool.make_blueprint(registry))
    app.register_blueprint(web.make_blueprint(config))
    _install_hooks(app, config)
    return app


def _cors_allowed(config: ServerConfig, origin: str | None) -> str | None:
    if not origin or not config.cors_origins:
        return None
    if "*" in config.cors_origins:
        return "*" if not config.api_token else origin
    return origin if origin in config.cors_origins else None


def _install_hooks(app: Flask, config: ServerConfig) -> None:
    @app.before_request
    def _preflight_and_auth():
        g.t0 = time.perf_counter()
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            resp = Response(status=204)
            resp.headers["Allow"] = "GET, POST, PUT, DELETE, OPTIONS"
            if _cors_allowed(config, request.headers.get("Origin")):
                resp.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
                resp.headers["Access-Control-Allow-Headers"] = request.headers.get(
                    "Access-Control-Request-Headers", "Content-Type, Authorization")
                resp.headers["Access-Control-Max-Age"] = "600"
            return resp
        path = request.path
        if not (path.startswith("/api/") or path.startswith("/v2/")):
            return None
        svc = services()
        try:
            svc.rate.hit(request.remote_addr or "?")
        except LimitError as exc:
            return _error(exc.status, exc.code, str(exc))
        if config.api_token and path not in PUBLIC_PATHS:
            given = request.headers.get("Authorization", "")
            given = given[7:].strip() if given.lower().startswith("bearer ") else request.headers.get("X-Api-Token", "")
            if not given and path.startswith("/v2/"):
                from assistant.server.languagetool import request_params
                try:
                    given = request_params().get("apiKey", "")
                except ApiError as exc:
                    return _error(exc.status, exc.code, exc.message)
            if not hmac.compare_digest(given.encode("utf-8", "replace"), config.api_token.encode("utf-8")):
                return _error(401, "unauthorized", "missing or wrong API token (send 'Authorization: Bearer <token>')")
        return None

    @app.after_request
    def _headers(resp: Response) -> Response:
        allowed = _cors_allowed(config, request.headers.get("Origin"))
        if allowed:
            resp.headers["Access-Control-Allow-Origin"] = allowed
            resp.headers["Access-Control-Expose-Headers"] = "Content-Type"
            if allowed != "*":
                resp.headers.add("Vary", "Origin")
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        if resp.mimetype == "text/html":
            resp.headers["Content-Security-Policy"] = HTML_CSP
            resp.headers["X-Frame-Options"] = "DENY"
        else:
            resp.headers.setdefault("Content-Security-Policy", API_CSP)
        return resp

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return _error(exc.status, exc.code, exc.message)

    @app.errorhandler(LimitError)
    def _limit_error(exc: LimitError):
        return _error(exc.status, exc.code, str(exc))

    @app.errorhandler(StoreError)
    def _store_error(exc: StoreError):
        if isinstance(exc, NotFound):
            return _error(404, "not_found", str(exc))
        if isinstance(exc, Conflict):
            return _error(409, "conflict", str(exc))
        if isinstance(exc, (StoreBusy, StoreUnavailable)):
            log.warning("store: %s", exc)
            return _error(503, "storage_unavailable", str(exc))
        log.error("store: %s", exc)
        return _error(500, "storage_error", "the database reported an error; see the server log")

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        code = (exc.name or "error").lower().replace(" ", "_")
        return _error(exc.code or 500, code, exc.description or exc.name or "error")

    @app.errorhandler(Exception)
    def _crash(exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return _error(500, "internal_error", "internal error; the details are in the server log")


def _error(status: int, code: str, message: str) -> Response:
    """LanguageTool paths get LanguageTool's plain-text errors; everything else our JSON shape."""
    if request.path.startswith("/v2/") or request.path == "/v2":
        resp = Response(f"Error: {message}", status=status, mimetype="text/plain")
    else:
        resp = jsonify({"error": {"code": code, "message": message}})
        resp.status_code = status
    if status == 503:
        resp.headers["Retry-After"] = "1"
    return resp

"""Server configuration: defaults < TOML file < CLOZE_* environment variables < command-line flags.

One dataclass so `cloze serve --help`, the environment and the TOML file name
the same settings; `validate()` enforces the safety rule that a non-loopback
bind needs an explicit opt-in and an API token.
"""
from __future__ import annotations

import ipaddress
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


class ConfigError(ValueError):
    """A setting is invalid or unsafe; the message names it."""


@dataclass
class ServerConfig:
    host: str = "127.0.0.1"                 # LanguageTool's default port, so plugin settings work unchanged
    port: int = 8081
    threads: int = 8                        # waitress threads per worker process
    workers: int = 1                        # worker processes sharing the socket (POSIX)
    model: str | None = None                # model folder (default $CLOZE_MODEL or exports/cloze-base)
    model_threads: int = 0                  # ONNX Runtime intra-op threads per worker (0 = runtime default)
    database_url: str | None = None         # SQLAlchemy URL (default: SQLite file in the user data dir)
    db_busy_timeout: float = 5.0            # seconds a writer waits for a locked SQLite file
    allow_remote: bool = False              # required to bind a non-loopback address
    api_token: str | None = None            # required with allow_remote; checked on every API call when set
    cors_origins: list[str] = field(default_factory=list)   # allowed browser origins ("*" for any)
    max_text_length: int = 50000            # characters; longer -> 413
    max_request_bytes: int = 2_000_000      # HTTP body limit (waitress + Flask)
    request_timeout: float = 30.0           # seconds a check may take before 503
    max_concurrency: int = 0                # parallel engine calls per worker (0 = number of CPUs)
    max_queue: int = 32                     # requests waiting for the engine beyond that -> 503
    rate_limit: int = 0                     # requests per minute per client address (0 = off) -> 429
    web_root: str = str(REPO / "web")       # the browser editor's static files
    warm: bool = True                       # load lazy resources before accepting connections
    log_level: str = "info"

    def validate(self) -> "ServerConfig":
        """Raise ConfigError for bad or unsafe settings; return self."""
        if not 0 < self.port < 65536:
            raise ConfigError(f"port must be 1-65535, not {self.port}")
        for name in ("threads", "workers", "max_text_length", "max_request_bytes"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1")
        if self.request_timeout <= 0:
            raise ConfigError("request_timeout must be positive")
        if not is_loopback(self.host):
            if not self.allow_remote:
                raise ConfigError(f"binding {self.host} exposes your writing to the network; pass --allow-remote "
                                  "(CLOZE_ALLOW_REMOTE=1) and set an API token to do it anyway")
            if not self.api_token or len(self.api_token) < 16:
                raise ConfigError("a non-loopback bind needs an API token of at least 16 characters "
                                  "(--api-token or CLOZE_API_TOKEN)")
        return self

    @property
    def concurrency(self) -> int:
        return self.max_concurrency or max(1, os.cpu_count() or 1)


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _coerce(name: str, value: object) -> object:
    kind = {f.name: f.type for f in fields(ServerConfig)}[name]
    if isinstance(value, str):
        if "bool" in kind:
            low = value.strip().lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off", ""):
                return False
            raise ConfigError(f"{name}: expected a boolean, got {value!r}")
        if "list" in kind:
            return [v.strip() for v in value.split(",") if v.strip()]
        try:
            if kind.startswith("int"):
                return int(value)
            if kind.startswith("float"):
                return float(value)
        except ValueError as exc:
            raise ConfigError(f"{name}: {exc}") from exc
    return value


ENV_PREFIX = "CLOZE_"
ENV_ALIASES = {"CLOZE_MODEL": "model", "CLOZE_DATABASE_URL": "database_url", "CLOZE_API_TOKEN": "api_token"}


def load_config(file: str | Path | None = None, env: dict[str, str] | None = None, **overrides: object) -> ServerConfig:
    """Build a config from a TOML file (`[server]` table or top level), CLOZE_* variables and overrides.

    Environment names are CLOZE_ + the field name in capitals (CLOZE_PORT, CLOZE_MAX_TEXT_LENGTH, ...);
    `CLOZE_CONFIG` names the TOML file when `file` is not given.  Overrides set to None are ignored.
    """
    env = os.environ if env is None else env
    known = {f.name for f in fields(ServerConfig)}
    values: dict[str, object] = {}
    file = file or env.get("CLOZE_CONFIG")
    if file:
        try:
            data = tomllib.loads(Path(file).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {file}: {exc}") from exc
        data = data.get("server", data)
        for key, value in data.items():
            name = key.replace("-", "_")
            if name not in known:
                raise ConfigError(f"unknown setting {key!r} in {file}")
            values[name] = _coerce(name, value)
    for name in known:
        var = ENV_PREFIX + name.upper()
        if var in env:
            values[name] = _coerce(name, env[var])
    for var, name in ENV_ALIASES.items():
        if var in env and env[var] and name not in overrides:
            values.setdefault(name, env[var])
    for name, value in overrides.items():
        if value is not None:
            values[name] = _coerce(name, value)
    return ServerConfig(**values)

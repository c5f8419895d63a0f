"""Server configuration: TOML < environment < flags, and the loopback safety rule."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.server.config import ConfigError, is_loopback, load_config


def test_precedence(tmp_path: Path) -> None:
    toml = tmp_path / "cloze.toml"
    toml.write_text('[server]\nport = 9000\nthreads = 3\ncors-origins = ["http://a.test"]\nmax_text_length = 1000\n')
    cfg = load_config(toml, env={"CLOZE_PORT": "9100", "CLOZE_RATE_LIMIT": "5", "CLOZE_WARM": "false"}, threads=None)
    assert (cfg.port, cfg.threads, cfg.rate_limit, cfg.warm) == (9100, 3, 5, False)
    assert cfg.cors_origins == ["http://a.test"] and cfg.max_text_length == 1000
    cfg = load_config(toml, env={"CLOZE_PORT": "9100"}, port=9200)
    assert cfg.port == 9200
    with pytest.raises(ConfigError, match="unknown setting"):
        (tmp_path / "bad.toml").write_text("prot = 1\n")
        load_config(tmp_path / "bad.toml", env={})
    with pytest.raises(ConfigError):
        load_config(env={"CLOZE_PORT": "eighty"})


def test_remote_bind_rules() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2")
    with pytest.raises(ConfigError, match="--allow-remote"):
        load_config(env={}, host="0.0.0.0").validate()
    with pytest.raises(ConfigError, match="token"):
        load_config(env={}, host="0.0.0.0", allow_remote=True).validate()
    cfg = load_config(env={}, host="0.0.0.0", allow_remote=True, api_token="x" * 20).validate()
    assert cfg.api_token

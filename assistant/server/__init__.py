"""The HTTP server: the browser editor, Cloze's JSON API (/api/v1) and the LanguageTool API (/v2)."""
from __future__ import annotations


def create_app(config=None, **kwargs):
    """Lazy re-export of `assistant.server.app.create_app` (keeps `import assistant.server` cheap)."""
    from assistant.server.app import create_app as _create

    return _create(config, **kwargs)

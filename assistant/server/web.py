"""The browser editor: static files from <repo>/web/ at / and /static/..., under a strict CSP.

No inline scripts are allowed (the CSP has no 'unsafe-inline'), so text pasted
into the editor can never run as code even if it slipped into the page.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from flask import Blueprint, abort, send_from_directory

from assistant.server.config import ServerConfig

ALLOWED = {".html", ".js", ".mjs", ".css", ".svg", ".png", ".ico", ".json", ".woff2", ".woff", ".txt", ".map",
           ".webmanifest"}
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("text/javascript", ".mjs")


def make_blueprint(config: ServerConfig) -> Blueprint:
    root = Path(config.web_root)
    bp = Blueprint("web", __name__)

    def serve(name: str):
        if Path(name).suffix.lower() not in ALLOWED or any(part.startswith(".") for part in Path(name).parts):
            abort(404)
        if not root.is_dir():
            abort(404, description=f"the editor is not installed (no folder {root})")
        resp = send_from_directory(root, name, max_age=0)
        resp.headers["Cache-Control"] = "no-cache"
        return resp

    @bp.get("/")
    def index():
        return serve("index.html")

    @bp.get("/static/<path:name>")
    @bp.get("/web/<path:name>")
    def static(name: str):
        return serve(name)

    @bp.get("/<path:name>")
    def top_level(name: str):
        if name.startswith(("api/", "v2/")):
            abort(404)
        return serve(name)

    return bp

"""The one SARIF 2.1.0 writer (`cloze check --format sarif`, and any front end that wants it).

SARIF is what GitHub code scanning and other CI dashboards ingest, so prose
suggestions show up next to code findings.  Each suggestion becomes a `result`
with its rule, a level from its confidence, a region (1-based line/column,
columns counted in Unicode code points, declared in `run.columnKind`), the
character offsets, a stable fingerprint (the suggestion id), and a `fix` with
the top replacement so tools can offer it.  Unreadable files become tool
execution notifications, so a dashboard shows that not everything was checked.
"""
from __future__ import annotations

from importlib import metadata
from typing import Iterable

from assistant.suggestion import CATEGORIES, CheckResult, Suggestion

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
VERSION = "2.1.0"
INFO_URI = "https://github.com/cloze-assistant/cloze"

RULE_DESCRIPTIONS = {
    "SPELLING": "Possible spelling mistake",
    "A_AN": "Use of 'a' vs. 'an'",
    "DUPLICATE_WORD": "Word repetition",
    "WHITESPACE": "Whitespace repetition",
    "CAPITALIZATION": "Capitalization",
    "CONFUSED_WORD": "Commonly confused words",
    "AGREEMENT": "Word form and agreement",
    "MISSING_WORD": "Missing word",
    "EXTRA_WORD": "Unnecessary word",
}


def level(suggestion: Suggestion) -> str:
    """SARIF level: confident spelling/grammar findings are warnings, the rest notes."""
    if suggestion.category == "style" or suggestion.confidence < 0.5:
        return "note"
    return "warning"


def _tool_version() -> str:
    try:
        return metadata.version("cloze-assistant")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class SarifBuilder:
    """Collects results (one file at a time) and builds the log; rules are indexed as they appear."""

    def __init__(self, tool_name: str = "cloze"):
        self.tool_name = tool_name
        self.rules: dict[str, int] = {}
        self.rule_objs: list[dict] = []
        self.artifacts: dict[str, int] = {}
        self.results: list[dict] = []
        self.notifications: list[dict] = []
        self.interrupted = False

    def _rule(self, s: Suggestion) -> int:
        if s.rule_id not in self.rules:
            self.rules[s.rule_id] = len(self.rule_objs)
            desc = RULE_DESCRIPTIONS.get(s.rule_id, s.rule_id.replace("_", " ").capitalize())
            self.rule_objs.append({
                "id": s.rule_id,
                "name": "".join(w.capitalize() for w in s.rule_id.lower().split("_")),
                "shortDescription": {"text": desc},
                "properties": {"category": s.category, "tags": ["prose", s.category]},
            })
        return self.rules[s.rule_id]

    def _artifact(self, uri: str) -> int:
        if uri not in self.artifacts:
            self.artifacts[uri] = len(self.artifacts)
        return self.artifacts[uri]

    def add(self, path: str, s: Suggestion, line: int, column: int, end_line: int, end_column: int) -> None:
        """One suggestion at 1-based line/column (code points) in the file `path`."""
        uri = to_uri(path)
        region = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column,
                  "charOffset": s.start, "charLength": s.end - s.start}
        location = {"physicalLocation": {"artifactLocation": {"uri": uri, "index": self._artifact(uri)},
                                         "region": region}}
        message = s.message
        if s.replacements:
            message += " Suggestion: " + ", ".join(f"'{r}'" if r else "(delete)" for r in s.replacements[:3])
        result = {
            "ruleId": s.rule_id,
            "ruleIndex": self._rule(s),
            "level": level(s),
            "message": {"text": message},
            "locations": [location],
            "partialFingerprints": {"clozeSuggestionId/v1": s.id},
            "properties": {"category": s.category, "confidence": round(s.confidence, 4),
                           "original": s.original, "replacements": list(s.replacements)},
        }
        if s.replacements:
            result["fixes"] = [{
                "description": {"text": f"Replace with '{s.replacements[0]}'" if s.replacements[0] else "Delete"},
                "artifactChanges": [{
                    "artifactLocation": {"uri": uri, "index": self._artifact(uri)},
                    "replacements": [{"deletedRegion": dict(region),
                                      "insertedContent": {"text": s.replacements[0]}}],
                }],
            }]
        self.results.append(result)

    def add_result(self, path: str, result: CheckResult) -> None:
        """All suggestions of a CheckResult for a whole text (line/column computed from the text)."""
        for s in result.suggestions:
            line, col = _line_col(result.text, s.start)
            eline, ecol = _line_col(result.text, s.end)
            self.add(path, s, line, col, eline, ecol)

    def add_error(self, path: str, message: str) -> None:
        """A file that could not be checked: a tool execution notification (level error)."""
        uri = to_uri(path)
        self.notifications.append({
            "level": "error",
            "message": {"text": f"{path}: {message}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
        })

    def log(self) -> dict:
        """The SARIF log object (json.dump it)."""
        driver = {
            "name": self.tool_name,
            "fullName": "Cloze offline writing assistant",
            "informationUri": INFO_URI,
            "version": _tool_version(),
            "semanticVersion": _tool_version(),
            "rules": self.rule_objs,
            "properties": {"categories": list(CATEGORIES)},
        }
        invocation = {"executionSuccessful": not self.notifications and not self.interrupted,
                      "toolExecutionNotifications": self.notifications}
        run = {
            "tool": {"driver": driver},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "artifacts": [{"location": {"uri": uri}} for uri in self.artifacts],
            "results": self.results,
        }
        return {"$schema": SCHEMA, "version": VERSION, "runs": [run]}


def to_uri(path: str) -> str:
    """A relative URI reference for a path (forward slashes, percent-encoded), as code scanning expects."""
    from urllib.parse import quote

    if path in ("-", "<stdin>"):
        return "stdin"
    p = path.replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    if p.startswith("/"):
        return "file://" + quote(p)
    return quote(p)


def sarif_log(entries: Iterable[tuple[str, CheckResult]]) -> dict:
    """A SARIF log for whole-text results, e.g. from the server: [(path or name, CheckResult)]."""
    builder = SarifBuilder()
    for path, result in entries:
        builder.add_result(path, result)
    return builder.log()

"""Cloze's own JSON: `Suggestion.to_dict()` plus exact UTF-16 offsets for JavaScript clients.

Offsets are code points (Python); browsers index strings in UTF-16 code units,
so every suggestion carries both and the editor never has to convert.
"""
from __future__ import annotations

from assistant.suggestion import CheckResult, Suggestion, utf16_offsets


def suggestion_dict(suggestion: Suggestion, utf16: list[int]) -> dict:
    """One suggestion; `utf16` is `utf16_offsets(text)` of the text the offsets refer to."""
    out = suggestion.to_dict()
    out["start_utf16"] = utf16[suggestion.start]
    out["end_utf16"] = utf16[suggestion.end]
    return out


def check_response(result: CheckResult, elapsed_ms: float | None = None) -> dict:
    """The body of POST /api/v1/check (and `cloze check --format json`)."""
    utf16 = utf16_offsets(result.text)
    body = {
        "suggestions": [suggestion_dict(s, utf16) for s in result.suggestions],
        "sentences": [[s, e] for s, e in result.sentences],
        "language": result.language,
    }
    if result.incomplete:
        body["incomplete"] = True
    if elapsed_ms is not None:
        body["elapsed_ms"] = round(float(elapsed_ms), 2)
    return body

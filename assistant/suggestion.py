"""The types every front end shares: check options, suggestions and a check result.

Offsets are Python code points into the original text; `utf16_offsets`
converts them exactly for JavaScript and LanguageTool clients.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field

CATEGORIES = ("spelling", "grammar", "word_choice", "missing_word", "punctuation", "style")
WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Suggestion:
    start: int                      # code point offset into the original text
    end: int                        # exclusive; start == end for an insertion point
    category: str                   # one of CATEGORIES
    rule_id: str                    # stable, e.g. "SPELLING", "CONFUSED_WORD", "MISSING_WORD"
    message: str                    # short, for a person: "Did you mean 'their'?"
    replacements: tuple[str, ...]   # ranked, at most 5; "" means delete
    confidence: float               # in [0, 1]
    original: str = ""              # text[start:end], kept for fingerprints and messages
    context_hash: str = ""          # fingerprint of the surrounding words, for "ignore this"
    id: str = ""                    # stable id: same error in the same context -> same id

    def __post_init__(self) -> None:
        if not self.id:
            key = f"{self.rule_id}|{self.original}|{self.context_hash}|{self.replacements[:1]}"
            object.__setattr__(self, "id", hashlib.blake2b(key.encode("utf-8", "surrogatepass"),
                                                           digest_size=8).hexdigest())

    def to_dict(self) -> dict:
        out = asdict(self)
        out["replacements"] = list(self.replacements)
        return out


@dataclass
class Options:
    language: str = "en-US"                     # en-US, en-GB, or en (either spelling accepted)
    picky: bool = False                         # lower thresholds, style suggestions
    enabled_categories: frozenset[str] | None = None
    disabled_categories: frozenset[str] = frozenset()
    enabled_rules: frozenset[str] = frozenset()
    disabled_rules: frozenset[str] = frozenset()
    enabled_only: bool = False                  # only enabled_rules / enabled_categories
    dictionary: frozenset[str] = frozenset()    # personal dictionary words, never flagged
    ignored: frozenset[str] = frozenset()       # suggestion ids the user dismissed
    markup: str = "auto"                        # "text", "markdown" or "auto"


@dataclass
class CheckResult:
    text: str
    suggestions: list[Suggestion] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # code point spans
    language: str = "en-US"
    incomplete: bool = False

    def sentence_of(self, offset: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= offset < end or (offset == end and start <= offset):
                return start, end
        return 0, len(self.text)


def utf16_offsets(text: str) -> list[int]:
    """Map code point index -> UTF-16 code unit index (len(text)+1 entries)."""
    out = [0] * (len(text) + 1)
    units = 0
    for i, ch in enumerate(text):
        out[i] = units
        units += 2 if ord(ch) > 0xFFFF else 1
    out[len(text)] = units
    return out


def apply(text: str, suggestions: list[Suggestion]) -> str:
    """Apply each suggestion's top replacement (non-overlapping, right to left), fixing spaces at the seams."""
    chosen: list[Suggestion] = []
    last_start = len(text) + 1
    for s in sorted(suggestions, key=lambda s: (s.start, s.end), reverse=True):
        if s.replacements and s.end <= last_start:
            chosen.append(s)
            last_start = s.start
    for s in chosen:
        new = s.replacements[0]
        before, after = text[: s.start], text[s.end:]
        if s.start == s.end and new:  # insertion: one space between words
            if before and not before[-1].isspace():
                new = " " + new
            if after and not after[0].isspace() and after[0].isalnum():
                new = new + " "
        elif not new:  # deletion: swallow one adjacent space
            if before.endswith(" ") and (not after or after[0] in " .,;:!?)"):
                before = before[:-1]
            elif after.startswith(" ") and (not before or before[-1] in " ("):
                after = after[1:]
        text = before + new + after
    return text


def minimal_edit(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """The part of a suggestion that changes the text, in whole words as whitespace separates them: "Where you
    are going" -> "Where are you going" is the two middle words, "is becomes" -> "becomes" the deleted "is".
    Suggestions keep their context for people to read; scorers and edit lists want the change alone."""
    old = [(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(text[start:end])]
    new = [(m.start(), m.end(), m.group()) for m in WORD.finditer(replacement)]
    head = 0
    while head < min(len(old), len(new)) and old[head][2] == new[head][2]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail][2] == new[-1 - tail][2]:
        tail += 1
    if head == tail == 0 or [t for *_, t in old] == [t for *_, t in new]:
        return start, end, replacement      # nothing in common, or only the spacing changes ("a ,b" -> "a, b")
    gone, added = old[head:len(old) - tail], new[head:len(new) - tail]
    if gone:
        s, e = gone[0][0], gone[-1][1]
    else:                                   # an insertion: after the words kept in front, or before those behind
        s = e = old[head - 1][1] if head else old[len(old) - tail][0]
    return s, e, replacement[added[0][0]:added[-1][1]] if added else ""

"""The one LanguageTool v2 `/check` response builder.

Plugins (LTeX, Obsidian, LibreOffice, Emacs, the browser extension,
language_tool_python) dereference LanguageTool's exact field names, rule ids and
categories, and count offsets in UTF-16 code units, so this module owns that
mapping: Cloze rule ids <-> LanguageTool ids, categories, issue types, the
annotated-text (`data`) offset mapping, and zero-length edits widened into
ranges that every client can apply.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from assistant.suggestion import CheckResult, Suggestion, utf16_offsets

API_VERSION = 1
CONTEXT_SIZE = 40

LANGUAGES = [  # what /v2/languages lists and /v2/check accepts (besides "auto")
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
]
LANGUAGE_NAMES = {"en-US": "English (US)", "en-GB": "English (GB)"}

# LanguageTool category id -> name
LT_CATEGORIES = {
    "TYPOS": "Possible Typo", "GRAMMAR": "Grammar", "CONFUSED_WORDS": "Commonly Confused Words",
    "PUNCTUATION": "Punctuation", "STYLE": "Style", "CASING": "Capitalization",
    "TYPOGRAPHY": "Typography", "MISC": "Miscellaneous",
}
# Cloze category -> (LanguageTool category id, issueType)
CATEGORY_MAP = {
    "spelling": ("TYPOS", "misspelling"), "grammar": ("GRAMMAR", "grammar"),
    "word_choice": ("CONFUSED_WORDS", "grammar"), "missing_word": ("GRAMMAR", "grammar"),
    "punctuation": ("PUNCTUATION", "typographical"), "style": ("STYLE", "style"),
}
# Cloze rule id -> (LanguageTool rule id, category id, issueType, description); "{V}" is EN_US / EN_GB
RULE_MAP = {
    "SPELLING": ("MORFOLOGIK_RULE_{V}", "TYPOS", "misspelling", "Possible spelling mistake"),
    "A_AN": ("EN_A_VS_AN", "MISC", "misspelling", "Use of 'a' vs. 'an'"),
    "DUPLICATE_WORD": ("ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication", "Word repetition"),
    "WHITESPACE": ("WHITESPACE_RULE", "TYPOGRAPHY", "whitespace", "Whitespace repetition"),
    "CAPITALIZATION": ("UPPERCASE_SENTENCE_START", "CASING", "typographical", "Capitalization"),
    "CONFUSED_WORD": ("CONFUSED_WORD", "CONFUSED_WORDS", "grammar", "Commonly confused words (language model)"),
    "AGREEMENT": ("AGREEMENT", "GRAMMAR", "grammar", "Word form and agreement (language model)"),
    "MISSING_WORD": ("MISSING_WORD", "GRAMMAR", "grammar", "Missing word (language model)"),
    "EXTRA_WORD": ("EXTRA_WORD", "GRAMMAR", "grammar", "Unnecessary word (language model)"),
    "VARIANT_SPELLING": ("{V}_SIMPLE_REPLACE", "TYPOS", "misspelling", "Spelling of the other English variant"),
    "PUNCT_SPACE_BEFORE": ("COMMA_PARENTHESIS_WHITESPACE", "TYPOGRAPHY", "whitespace", "Space before punctuation"),
    "PUNCT_SPACE_AFTER": ("PUNCTUATION_SPACE_AFTER", "TYPOGRAPHY", "whitespace", "Missing space after punctuation"),
    "PUNCT_DOUBLED": ("DOUBLE_PUNCTUATION", "PUNCTUATION", "typographical", "Doubled punctuation"),
    "PUNCT_REPEATED": ("EN_REPEATEDWORDS_PUNCT", "STYLE", "style", "Repeated exclamation or question marks"),
    "COMMA_AFTER_OPENER": ("SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA", "PUNCTUATION", "typographical",
                           "Comma after a sentence-opening linking phrase"),
    "WEAK_WORDING": ("EN_WEAK_ADJECTIVE", "STYLE", "style", "Weak wording (language model)"),
    "LONG_SENTENCE": ("TOO_LONG_SENTENCE", "STYLE", "style", "Sentence is too long"),
}
# Cloze rule id -> its Cloze category (for /api/v1/rules and exact category push-down)
RULE_CATEGORY = {"SPELLING": "spelling", "A_AN": "grammar", "DUPLICATE_WORD": "grammar", "WHITESPACE": "style",
                 "CAPITALIZATION": "grammar", "CONFUSED_WORD": "word_choice", "AGREEMENT": "grammar",
                 "MISSING_WORD": "missing_word", "EXTRA_WORD": "grammar", "VARIANT_SPELLING": "spelling",
                 "PUNCT_SPACE_BEFORE": "punctuation", "PUNCT_SPACE_AFTER": "punctuation", "PUNCT_DOUBLED": "punctuation",
                 "PUNCT_REPEATED": "style", "COMMA_AFTER_OPENER": "punctuation", "WEAK_WORDING": "style",
                 "LONG_SENTENCE": "style"}
# LanguageTool category -> Cloze categories that can produce it (to push category filters into the engine)
CATEGORY_SOURCES = {
    "TYPOS": {"spelling"}, "GRAMMAR": {"grammar", "missing_word"}, "CONFUSED_WORDS": {"word_choice"},
    "PUNCTUATION": {"punctuation"}, "STYLE": {"style"}, "CASING": {"grammar"},
    "TYPOGRAPHY": {"style", "punctuation"}, "MISC": {"grammar"},
}
_WORD_AFTER = re.compile(r"[\w'’-]+")
_WORD_BEFORE = re.compile(r"[\w'’-]+\s*$")


def variant(language: str) -> str:
    """'en-GB' -> 'EN_GB' (the suffix of MORFOLOGIK_RULE_*)."""
    return "EN_GB" if language == "en-GB" else "EN_US"


def rule_info(suggestion: Suggestion, language: str) -> dict:
    """LanguageTool's view of a Cloze rule: id, category, issueType, description."""
    lt_cat, issue = CATEGORY_MAP.get(suggestion.category, ("MISC", "uncategorized"))
    lt_id, desc = suggestion.rule_id, suggestion.rule_id.replace("_", " ").capitalize()
    if suggestion.rule_id in RULE_MAP:
        lt_id, lt_cat, issue, desc = RULE_MAP[suggestion.rule_id]
        lt_id = lt_id.replace("{V}", variant(language))
    if suggestion.category == "style" and suggestion.rule_id not in RULE_MAP:
        lt_cat, issue = "STYLE", "style"
    return {"id": lt_id, "category": lt_cat, "issueType": issue, "description": desc}


def to_cloze_rule(rule_id: str) -> str:
    """A rule id from a LanguageTool client (maybe 'ID[subId]') -> Cloze's rule id."""
    rule_id = rule_id.split("[", 1)[0].strip()
    if rule_id.startswith("MORFOLOGIK_RULE_"):
        return "SPELLING"
    for ours, (lt_id, *_rest) in RULE_MAP.items():
        if lt_id == rule_id:
            return ours
    return rule_id


def to_lt_rule(rule_id: str, language: str = "en-US") -> str:
    """Cloze rule id -> the id a LanguageTool client sees."""
    if rule_id in RULE_MAP:
        return RULE_MAP[rule_id][0].replace("{V}", variant(language))
    return rule_id


@dataclass
class Annotated:
    """A LanguageTool `data` document: the original text (with markup) and the text we check.

    `checked` is the text parts plus each markup's `interpretAs`; `segments` map checked
    offsets back to the original; `skip` holds the checked spans that came from markup.
    """
    original: str
    checked: str
    segments: list[tuple[int, int, int, int, bool]] = field(default_factory=list)  # (c0, c1, o0, o1, is_text)
    skip: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def plain(cls, text: str) -> "Annotated":
        return cls(text, text, [(0, len(text), 0, len(text), True)], [])

    def to_original(self, start: int, end: int, strict: bool = True) -> tuple[int, int] | None:
        """Map a checked span to the original text; None when applying it would cut through markup."""
        if len(self.segments) == 1:
            return start, end
        texts = [seg for seg in self.segments if seg[4]]
        first = [seg for seg in texts if seg[0] <= start < seg[1]] or [seg for seg in texts if seg[0] <= start <= seg[1]]
        last = [seg for seg in texts if seg[0] < end <= seg[1]] or [seg for seg in texts if seg[0] <= end <= seg[1]]
        if not first or not last:
            return None
        a = first[0][2] + start - first[0][0]
        b = last[0][2] + end - last[0][0]
        if b < a:
            return None
        for _c0, _c1, o0, o1, is_text in self.segments:
            if strict and not is_text and o1 > o0 and a < o1 and o0 < b:
                return None
        return a, b


def parse_annotation(data: object) -> Annotated:
    """LanguageTool's `data` JSON (already decoded) -> Annotated; ValueError with a message for bad input."""
    if not isinstance(data, dict):
        raise ValueError("'data' must be a JSON object with 'text' or 'annotation'")
    if "text" in data and "annotation" not in data:
        if not isinstance(data["text"], str):
            raise ValueError("'data.text' must be a string")
        return Annotated.plain(data["text"])
    parts = data.get("annotation")
    if not isinstance(parts, list):
        raise ValueError("'data' needs an 'annotation' list")
    original, checked, segments, skip = [], [], [], []
    o = c = 0
    for i, part in enumerate(parts):
        if not isinstance(part, dict):
            raise ValueError(f"annotation item {i} must be an object")
        if "text" in part:
            text = part["text"]
            if not isinstance(text, str) or "markup" in part:
                raise ValueError(f"annotation item {i}: 'text' must be a string and not mixed with 'markup'")
            segments.append((c, c + len(text), o, o + len(text), True))
            original.append(text)
            checked.append(text)
            o += len(text)
            c += len(text)
        elif "markup" in part:
            mark, interp = part["markup"], part.get("interpretAs", "")
            if not isinstance(mark, str) or not isinstance(interp, str):
                raise ValueError(f"annotation item {i}: 'markup' and 'interpretAs' must be strings")
            segments.append((c, c + len(interp), o, o + len(mark), False))
            if interp:
                skip.append((c, c + len(interp)))
            original.append(mark)
            checked.append(interp)
            o += len(mark)
            c += len(interp)
        else:
            raise ValueError(f"annotation item {i} needs 'text' or 'markup'")
    return Annotated("".join(original), "".join(checked), segments, skip)


def _widen(text: str, start: int, end: int, replacements: list[str]) -> tuple[int, int, list[str]]:
    """Zero-length insertions and bare deletions -> ranges that apply cleanly in any client."""
    if start == end and replacements:
        m = _WORD_AFTER.match(text, end)
        if m and m.end() > end:
            word = m.group()
            return start, m.end(), [f"{r} {word}" if r else word for r in replacements]
        m = _WORD_BEFORE.search(text, 0, start)
        if m:
            before = text[m.start():start]
            core = before.rstrip()
            return m.start(), start, [f"{core} {r}{before[len(core):]}" if r else before for r in replacements]
        return start, end, replacements
    if replacements and replacements[0] == "" and end > start:
        if start > 0 and text[start - 1] == " ":
            return start - 1, end, [(" " + r) if r else "" for r in replacements]
        if end < len(text) and text[end] == " ":
            return start, end + 1, [(r + " ") if r else "" for r in replacements]
    return start, end, replacements


def _context(text: str, start: int, end: int, size: int) -> dict:
    """LanguageTool's context window: `size` characters each side, '...' where cut, newlines as spaces."""
    lo, hi = max(0, start - size), min(len(text), end + size)
    prefix = "..." if lo > 0 else ""
    suffix = "..." if hi < len(text) else ""
    window = re.sub(r"[\r\n\t]", " ", text[lo:hi])
    ctx = prefix + window + suffix
    u16 = utf16_offsets(ctx)
    a = len(prefix) + start - lo
    b = len(prefix) + end - lo
    return {"text": ctx, "offset": u16[a], "length": u16[b] - u16[a]}


def match_dict(s: Suggestion, doc: Annotated, result: CheckResult, u16: list[int], language: str,
               context_size: int, rule_url: Callable[[str], str] | None) -> dict | None:
    """One LanguageTool match for a suggestion, or None if it cannot be placed in the original text."""
    span = doc.to_original(s.start, s.end)
    if span is None:
        return None
    start, end, reps = _widen(doc.original, span[0], span[1], list(s.replacements))
    info = rule_info(s, language)
    sent_start, sent_end = result.sentence_of(s.start)
    type_name = "UnknownWord" if info["issueType"] == "misspelling" and s.category == "spelling" else (
        "Hint" if info["issueType"] == "style" else "Other")
    rule = {"id": info["id"], "subId": "1", "description": info["description"], "issueType": info["issueType"],
            "category": {"id": info["category"], "name": LT_CATEGORIES.get(info["category"], info["category"])}}
    if rule_url is not None:
        rule["urls"] = [{"value": rule_url(s.rule_id)}]
    return {
        "message": s.message,
        "shortMessage": "Spelling mistake" if s.category == "spelling" else "",
        "replacements": [{"value": r} for r in reps],
        "offset": u16[start],
        "length": u16[end] - u16[start],
        "context": _context(doc.original, start, end, context_size),
        "sentence": result.text[sent_start:sent_end].strip(),
        "type": {"typeName": type_name},
        "rule": rule,
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
        # Cloze extras (ignored by LanguageTool clients)
        "confidence": round(s.confidence, 4),
        "suggestionId": s.id,
    }


def check_response(result: CheckResult, doc: Annotated | None = None, *, language: str = "en-US",
                   detected: str | None = None, software_version: str = "0.1.0",
                   context_size: int = CONTEXT_SIZE, rule_url: Callable[[str], str] | None = None,
                   keep: Callable[[dict], bool] | None = None, incomplete_reason: str | None = None) -> dict:
    """A complete LanguageTool v2 /check response for one checked text.

    `doc` maps offsets back to the original (with markup) when the request used `data`;
    `keep` filters the finished matches (rule/category parameters in LanguageTool ids).
    """
    doc = doc or Annotated.plain(result.text)
    u16 = utf16_offsets(doc.original)
    matches = []
    for s in result.suggestions:
        m = match_dict(s, doc, result, u16, language, context_size, rule_url)
        if m is not None and (keep is None or keep(m)):
            matches.append(m)
    ranges = []
    for a, b in result.sentences:
        span = doc.to_original(a, b, strict=False)
        if span is not None:
            ranges.append([u16[span[0]], u16[span[1]]])
    detected = detected or language
    warnings = {"incompleteResults": bool(result.incomplete or incomplete_reason)}
    if incomplete_reason:
        warnings["incompleteResultsReason"] = incomplete_reason
    return {
        "software": {"name": "Cloze", "version": software_version, "buildDate": "", "apiVersion": API_VERSION,
                     "premium": False, "premiumHint": "", "status": ""},
        "warnings": warnings,
        "language": {"name": LANGUAGE_NAMES.get(language, "English"), "code": language,
                     "detectedLanguage": {"name": LANGUAGE_NAMES.get(detected, "English"), "code": detected,
                                          "confidence": 0.99, "source": "cloze"}},
        "matches": matches,
        "sentenceRanges": ranges,
    }

"""Serializer units (no server): UTF-16 offsets, LanguageTool matches, `data` offset mapping, widened edits."""
from __future__ import annotations

from assistant.serialize import json as json_ser
from assistant.serialize import languagetool as lt
from assistant.suggestion import CheckResult, Suggestion


def sugg(text: str, word: str, rule: str = "SPELLING", category: str = "spelling", reps=("x",), at: int = 0) -> Suggestion:
    start = text.index(word, at)
    return Suggestion(start, start + len(word), category, rule, "msg", tuple(reps), 0.9, original=word)


def test_json_utf16() -> None:
    text = "a 😀 teh"
    result = CheckResult(text, [sugg(text, "teh")], [(0, len(text))])
    body = json_ser.check_response(result, 1.234)
    s = body["suggestions"][0]
    assert (s["start"], s["end"], s["start_utf16"], s["end_utf16"]) == (4, 7, 5, 8)
    assert body["elapsed_ms"] == 1.23 and body["sentences"] == [[0, 7]]


def test_languagetool_match_and_rule_ids() -> None:
    text = "😀 Teh cat."
    result = CheckResult(text, [sugg(text, "Teh", reps=("The",))], [(0, len(text))], language="en-GB")
    body = lt.check_response(result, language="en-GB")
    m = body["matches"][0]
    assert (m["offset"], m["length"]) == (3, 3)
    assert m["rule"]["id"] == "MORFOLOGIK_RULE_EN_GB" and m["rule"]["category"]["id"] == "TYPOS"
    assert m["rule"]["issueType"] == "misspelling" and m["type"]["typeName"] == "UnknownWord"
    assert body["sentenceRanges"] == [[0, 11]]
    assert lt.to_cloze_rule("MORFOLOGIK_RULE_EN_US") == "SPELLING" and lt.to_cloze_rule("EN_A_VS_AN[1]") == "A_AN"


def test_insertions_and_deletions_become_ranges() -> None:
    text = "I went the store."
    ins = Suggestion(7, 7, "missing_word", "MISSING_WORD", "m", ("to",), 0.8)
    m = lt.check_response(CheckResult(text, [ins], [(0, len(text))]))["matches"][0]
    applied = text[:m["offset"]] + m["replacements"][0]["value"] + text[m["offset"] + m["length"]:]
    assert m["length"] > 0 and applied == "I went to the store."
    text = "It is is good."
    dup = Suggestion(6, 8, "grammar", "DUPLICATE_WORD", "m", ("",), 0.9)
    m = lt.check_response(CheckResult(text, [dup], [(0, len(text))]))["matches"][0]
    assert text[:m["offset"]] + m["replacements"][0]["value"] + text[m["offset"] + m["length"]:] == "It is good."
    text = "I agree"
    end = Suggestion(7, 7, "missing_word", "MISSING_WORD", "m", ("too",), 0.8)
    m = lt.check_response(CheckResult(text, [end], [(0, len(text))]))["matches"][0]
    assert text[:m["offset"]] + m["replacements"][0]["value"] + text[m["offset"] + m["length"]:] == "I agree too"


def test_annotation_mapping() -> None:
    doc = lt.parse_annotation({"annotation": [
        {"text": "A "}, {"markup": "<b>"}, {"text": "wrod"}, {"markup": "</b>"}, {"text": " and "},
        {"markup": "$x$", "interpretAs": "Dummy0"}, {"text": " here."}]})
    assert doc.checked == "A wrod and Dummy0 here." and doc.original == "A <b>wrod</b> and $x$ here."
    assert doc.skip == [(11, 17)]
    start = doc.checked.index("wrod")
    a, b = doc.to_original(start, start + 4)
    assert doc.original[a:b] == "wrod"
    assert doc.to_original(0, len(doc.checked)) is None                 # would delete markup
    assert doc.to_original(0, len(doc.checked), strict=False) == (0, len(doc.original))
    for bad in ([1], {"annotation": "x"}, {"annotation": [{"markup": 5}]}, {"text": 3}):
        try:
            lt.parse_annotation(bad)
        except ValueError:
            continue
        raise AssertionError(f"accepted {bad!r}")

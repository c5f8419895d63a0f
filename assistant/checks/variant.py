"""en-US / en-GB spelling variants: "colour" in American text, "color" in British text.

The pairs come from breame (Apache-2.0); pairs whose forms differ in meaning
("check"/"cheque", "program"/"programme") are excluded by lang/en/variant_exceptions.txt.
Oxford spelling (-ize) is standard British English, so -ize is only flagged in
en-GB text in picky mode.
"""
from __future__ import annotations

from functools import lru_cache

from assistant.checks.base import Finding, Sent, match_case
from assistant.lang import read_list

FAMILY = "variant"
MIN_COUNT = 20              # the suggested form must be a word our corpus actually uses
# American text in our corpus outnumbers British, so an "American" form the corpus uses less than this share of the
# "British" one is no American standard: "gases" (not "gasses"), "gauge", "analyses" (the noun), "archaeology"
MIN_AMERICAN_SHARE = 0.3
NAMES = {"en-US": "American", "en-GB": "British"}


@lru_cache(maxsize=None)
def _table(language: str) -> dict[str, str]:
    """Other-variant spelling -> this variant's spelling."""
    from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS

    pairs = BRITISH_ENGLISH_SPELLINGS if language == "en-US" else AMERICAN_ENGLISH_SPELLINGS
    skip = set(read_list("variant_exceptions"))
    return {w: v for w, v in pairs.items() if w not in skip and v not in skip and w != v}


def _oxford(american: str, british: str) -> bool:
    return american.replace("iz", "is").replace("yz", "ys") == british


def direct(ctx, sent: Sent) -> list[Finding]:
    if ctx.language not in NAMES:
        return []
    table = _table(ctx.language)
    out: list[Finding] = []
    for n, (s, e) in enumerate(sent.words):
        word = sent.text[s:e]
        low = word.lower()
        fix = table.get(low)
        if fix is None or sent.skipped(s, e) or ctx.in_dictionary(word) or ctx.count(fix) < MIN_COUNT:
            continue
        if ctx.language == "en-US" and ctx.count(fix) < MIN_AMERICAN_SHARE * ctx.count(low):
            continue
        if word[0].isupper() and n > 0:
            continue                    # mid-sentence capitals are names: "Labour Party", "Center Parcs"
        if ctx.language == "en-GB" and _oxford(low, fix) and not ctx.picky:
            continue
        other = "British" if ctx.language == "en-US" else "American"
        out.append(Finding(s, e, "spelling", "VARIANT_SPELLING",
                           f"'{word}' is the {other} spelling; {NAMES[ctx.language]} English writes '{match_case(word, fix)}'.",
                           (match_case(word, fix),), 0.8))
    return out

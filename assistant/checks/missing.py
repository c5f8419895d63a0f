"""Missing words: the edit head's missing-before signal, filled by the masked LM.

"I went the store": the head fires before "the", one [MASK] is inserted there,
and the LM's top words ("to") become the suggested insertion (start == end).
"""
from __future__ import annotations

from assistant.checks.base import Finding, Sent, Site

FAMILY = "missing"
ARTICLES = frozenset({"the", "a", "an"})


def propose(ctx, idx: int, sent: Sent) -> list[Site]:
    sites: list[Site] = []
    gate = ctx.th("missing.prob")
    n = len(sent.pieces)
    for i in range(1, n):                     # never before the first word
        p = float(sent.p_missing[i])
        if p < gate:
            continue
        pos = sent.pieces[i][0]
        prev_end = sent.pieces[i - 1][1]
        if sent.skipped(pos, pos) or sent.skipped(prev_end, prev_end):
            continue
        prev, cur = sent.piece_text(i - 1), sent.piece_text(i)
        if not (prev[0].isalnum() or prev in ",;:") or not cur[0].isalnum():
            continue                          # only between words (punctuation has its own rules)
        sites.append(Site(idx, i, i, FAMILY, "", [], topk=8, data={"pos": pos, "p": p}))
    return sites


def decide(ctx, sent: Sent, site: Site) -> list[Finding]:
    p = site.data["p"]
    words = [(w, q) for w, q in site.top if w.isalpha()]
    if not words:
        return []
    best, q = words[0]
    if best.lower() in ARTICLES:
        # "she is [the/a] best player": the article slot is sure even when the choice of article is not
        q = sum(qq for w, qq in words if w.lower() in ARTICLES)
    if q < ctx.th("missing.fill"):
        return []
    reps = tuple(w for w, qq in words if qq >= 0.5 * q)[:5]
    pos = site.data["pos"]
    confidence = min(0.99, p * (0.5 + 0.5 * q))
    return [Finding(pos, pos, "missing_word", "MISSING_WORD", f"A word may be missing here: '{best}'?",
                    reps, confidence, {"family": FAMILY, "p": p, "q": q})]

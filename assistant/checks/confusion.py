"""Real words that do not fit: their/there, then/than, affect/effect, lose/loose ...

Where the edit head suspects a word of a confusion set (model.confusables), the
whole set is scored by the masked LM in that slot; a suggestion needs the
alternative to beat the original by a calibrated log-probability margin.
"""
from __future__ import annotations

from assistant.checks.base import Finding, Sent, Site, adjusted_scores, match_case, rank_alternatives
from assistant.text import segment

FAMILY = "confusion"
ARTICLES = {"a", "an"}


def _grammar_pair(ctx, a: str, b: str) -> bool:
    """is/are, has/have: forms of one lemma are agreement, not word choice."""
    return b in ctx.model.inflections.get(a, ())


def propose(ctx, idx: int, sent: Sent) -> list[Site]:
    sites: list[Site] = []
    gate = ctx.th("confusion.prob")
    for s, e in segment.words(sent.text):
        word = sent.text[s:e]
        low = word.lower().replace("’", "'")
        alts = ctx.model.confusables.get(low)
        if not alts or sent.skipped(s, e) or word.isupper() and len(word) > 1:
            continue
        if low in ARTICLES:
            continue                         # a/an is the agreement family's rule
        a, b = sent.piece_range(s, e)
        if b <= a or float(sent.p_replace[a:b].max()) < gate:
            continue
        alts = [x for x in alts if x not in ARTICLES or low not in ("the",)]
        cands = [word] + [match_case(word, x) for x in alts]
        sites.append(Site(idx, a, b, FAMILY, word, cands, pll=True, data={"span": (s, e), "p": float(sent.p_replace[a:b].max())}))
    return sites


def decide(ctx, sent: Sent, site: Site) -> list[Finding]:
    scores = adjusted_scores(ctx, site)
    ranked = rank_alternatives(ctx, scores, site.original)
    if ranked is None:
        return []
    margin, best, reps = ranked
    p = site.data["p"]
    need = ctx.th("confusion.margin")
    if margin < need:
        return []
    s, e = site.data["span"]
    grammar = _grammar_pair(ctx, site.original.lower(), best.lower())
    confidence = min(0.99, p * (1 - 2.0 ** -(margin)))
    feats = {"family": FAMILY, "margin": margin, "p": p}
    if grammar:
        return [Finding(s, e, "grammar", "AGREEMENT", f"Did you mean '{best}'?", reps, confidence, feats)]
    return [Finding(s, e, "word_choice", "CONFUSED_WORD", f"Did you mean '{best}'?", reps, confidence, feats)]

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
# Prepositions fit many of the same slots ("the foundations for/of the frontier"), and the masked LM's
# preference among them says more about frequency than about an error: they need their own margin.
PREPOSITIONS = frozenset("in on at into onto among between for since to of off with by besides beside as like".split())


def _grammar_pair(ctx, a: str, b: str) -> bool:
    """is/are, has/have: forms of one lemma are agreement, not word choice."""
    return b in ctx.model.inflections.get(a, ())


def propose(ctx, idx: int, sent: Sent) -> list[Site]:
    sites: list[Site] = []
    gate = min(ctx.th("confusion.prob"), ctx.th("confusion.start_prob"))
    for n, (s, e) in enumerate(segment.words(sent.text)):
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
        sites.append(Site(idx, a, b, FAMILY, word, cands, pll=True,
                          data={"span": (s, e), "p": float(sent.p_replace[a:b].max()), "start": n == 0}))
    return sites


def decide(ctx, sent: Sent, site: Site) -> list[Finding]:
    scores = adjusted_scores(ctx, site)
    ranked = rank_alternatives(ctx, scores, site.original)
    if ranked is None:
        return []
    margin, best, reps = ranked
    p = site.data["p"]
    # a sentence's first word has no left context, and questions and inversions start many sentences
    # ("Were they ...", "Whether you ...", "Maybe ..."): it gets its own gate
    if p < ctx.th("confusion.start_prob" if site.data["start"] else "confusion.prob"):
        return []
    prepositions = site.original.lower() in PREPOSITIONS and best.lower() in PREPOSITIONS
    need = ctx.th("confusion.preposition_margin" if prepositions else "confusion.margin")
    if margin < need:
        return []
    s, e = site.data["span"]
    grammar = _grammar_pair(ctx, site.original.lower(), best.lower())
    confidence = min(0.99, p * (1 - 2.0 ** -(margin)))
    feats = {"family": FAMILY, "preposition_margin" if prepositions else "margin": margin,
             "start_p" if site.data["start"] else "p": p}
    if grammar:
        return [Finding(s, e, "grammar", "AGREEMENT", f"Did you mean '{best}'?", reps, confidence, feats)]
    return [Finding(s, e, "word_choice", "CONFUSED_WORD", f"Did you mean '{best}'?", reps, confidence, feats)]

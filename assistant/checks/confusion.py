"""Real words that do not fit: their/there, then/than, affect/effect, lose/loose ...

Where the edit head suspects a word of a confusion set (model.confusables), the
whole set is scored by the masked LM in that slot; a suggestion needs the
alternative to beat the original by a calibrated log-probability margin.
"""
from __future__ import annotations

from functools import cache

from assistant.checks.base import (Finding, Sent, Site, adjusted_scores, match_case, one_way, rank_alternatives,
                                   settled)
from assistant.checks.forms import noun_or_base_verb, noun_tags, only_adjective, only_noun, only_verb, verb_tags
from assistant.lang import read_list, read_words
from assistant.text.noun_phrases import parts_of_speech

FAMILY = "confusion"
DEMONSTRATIVES = ({"this", "these"}, {"that", "those"})
CUE_P = 0.7     # stands in for the edit head's p at a site its context proposed (the head rarely looks there)
ARTICLES = {"a", "an"}
# Prepositions fit many of the same slots ("the foundations for/of the frontier"), and the masked LM's
# preference among them says more about frequency than about an error: they need their own margin.
PREPOSITIONS = frozenset("in on at into onto among between for since to of off with by besides beside as like".split())
VERB_PARTICLES = frozenset("out up about".split())    # "found out who it was": a verb's particle, no antecedent
DEGREE_QUANTIFIERS = frozenset("many much few".split())
# words after which "where" opens an elliptical clause, not a slip for "were": "dates where known"
WHERE_ELLIPSIS = frozenset("known possible applicable necessary appropriate needed available relevant required "
                           "feasible practicable indicated noted specified".split())
DETERMINERS = frozenset("a an the this that".split())
# "rite" is the writer's noun ("the Calvinist rite.", "the rite of baptism") unless a neighbour asks for "right" or
# "write": "all rite", "you are rite", "rite now", "the rite thing", "I rite"
RITE_SLIP_BEFORE = frozenset("all is are was were be 're 's turn turned i you we they he she to".split())
RITE_SLIP_AFTER = frozenset("now away here there thing things way answer side hand time place back after to".split())


def _grammar_pair(ctx, a: str, b: str) -> bool:
    """is/are, has/have, this/these: forms of one lemma are agreement, not word choice."""
    return b in ctx.model.inflections.get(a, ()) or {a, b} in DEMONSTRATIVES


@cache
def _cues() -> dict[str, list[tuple[str, str, frozenset[str]]]]:
    """word -> [(alternative, "next" or "prev", cue words)] from lang/en/confusion_cues.txt."""
    out: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
    for line in read_list("confusion_cues"):
        word, alternative, side, *cues = line.split()
        out.setdefault(word, []).append((alternative, side, frozenset(cues)))
    return out


def _cued(neighbour: str, cues: frozenset[str]) -> bool:
    if neighbour.lower().replace("’", "'") in cues:
        return True
    return neighbour.islower() and (
        "VBG" in cues and only_verb(neighbour) and verb_tags(neighbour) == {"VBG"}
        or "NOUN" in cues and only_noun(neighbour) or "NOUN/VB" in cues and noun_or_base_verb(neighbour)
        or "NOUN'S" in cues and neighbour.endswith(("'s", "’s")) and only_noun(neighbour[:-2])   # "you're browser's"
        or "ADJ" in cues and only_adjective(neighbour))


def _cue_site(idx: int, sent: Sent, ws: list[tuple[int, int]], n: int) -> Site | None:
    """The word and its cued alternative when the word next to it makes the alternative likely."""
    s, e = ws[n]
    word = sent.text[s:e]
    for alternative, side, cues in _cues().get(word.lower().replace("’", "'"), ()):
        m = n + 1 if side == "next" else n - 1
        if not 0 <= m < len(ws) or (sent.text[e:ws[m][0]] if side == "next" else sent.text[ws[m][1]:s]) != " ":
            continue
        if not _cued(sent.text[ws[m][0]:ws[m][1]], cues):
            continue
        other = n - 1 if side == "next" else n + 1
        if 0 <= other < len(ws) and "!" + sent.text[ws[other][0]:ws[other][1]].lower().replace("’", "'") in cues:
            continue                       # "is there food": the word on the other side rules the cue out
        a, b = sent.piece_range(s, e)
        if b <= a:
            return None
        # the fix claims its cue word ("There going": "going" is right once "There" is) and, after a cue on its
        # left, the word it governs ("would of told": "told" is right once "of" is "have")
        end = ws[n + 1][1] if side == "prev" and n + 1 < len(ws) else max(e, ws[m][1])
        return Site(idx, a, b, FAMILY, word, [word, match_case(word, alternative)], pll=True,
                    data={"span": (s, e), "p": CUE_P, "cue": True, "claims": (min(s, ws[m][0]), end)})
    return None


def propose(ctx, idx: int, sent: Sent) -> list[Site]:
    sites: list[Site] = []
    # a sentence's first word has no left context, and questions and inversions start many sentences
    # ("Were they ...", "Whether you ...", "Maybe ..."): it gets its own gate
    gates = ctx.th("confusion.start_prob"), ctx.th("confusion.prob")
    ws = sent.words
    for n, (s, e) in enumerate(ws):
        word = sent.text[s:e]
        if sent.skipped(s, e) or word.isupper() and len(word) > 1 or n > 0 and word[:1].isupper() and word != "I":
            continue                         # a name's or a title's word: "the General Counsel", "King's Counsel"
        cued = _cue_site(idx, sent, ws, n)
        if cued is not None:
            sites.append(cued)
            continue
        low = word.lower().replace("’", "'")
        alts = ctx.model.confusables.get(low)
        if not alts:
            continue
        if low in ARTICLES:
            continue                         # a/an is the agreement family's rule
        if settled(sent, n):
            continue                         # "thanks for" (usage fixes it), "for it seems", "two days"
        a, b = sent.piece_range(s, e)
        if b <= a:
            continue
        p = float(sent.p_replace[a:b].max())
        homophone = low in read_words("homophones") and word.islower()
        if p < gates[n > 0] and not homophone:
            continue
        after = sent.text[ws[n + 1][0]:ws[n + 1][1]] if n + 1 < len(ws) else ""
        if low == "too" and degree_next(after):
            continue                         # "Too little protein", "too late", "way too many": a degree
        if _word_kept(sent, n, low, after):
            continue
        alts = [x for x in alts if (x not in ARTICLES or low != "the") and (low, x) not in one_way()]
        cands = [word] + [match_case(word, x) for x in alts]
        sites.append(Site(idx, a, b, FAMILY, word, cands, pll=True,
                          data={"span": (s, e), "p": p, "start": n == 0, "homophone": homophone and p < gates[n > 0]}))
    return sites


def degree_next(word: str) -> bool:
    """"too" before this word is the degree ("too late", "too many"), not a slip for "to"."""
    return bool({"ADJ", "ADV"} & parts_of_speech(word)) or word.lower() in DEGREE_QUANTIFIERS


def _word_kept(sent: Sent, n: int, low: str, after: str) -> bool:
    """Words the model takes for their confusable where the construction says otherwise: "where known", "a bye
    into the final", "the possibility of its resisting" (a possessive before a gerund), "coarse-grained",
    "(coarse, regular, fine)" (not "of coarse,"), "the Calvinist rite"."""
    ws = sent.words
    before = sent.text[ws[n - 1][0]:ws[n - 1][1]].lower() if n else ""
    nxt = sent.text[ws[n][1]:ws[n][1] + 1]
    return low == "where" and after.lower() in WHERE_ELLIPSIS or low == "bye" and before in DETERMINERS \
        or low == "its" and after.endswith("ing") and before in PREPOSITIONS \
        or low == "coarse" and (nxt == "-" or nxt == "," and before != "of") \
        or low in ("rite", "rites") and before not in RITE_SLIP_BEFORE and after.lower() not in RITE_SLIP_AFTER


def _after_name(sent: Sent, start: int) -> bool:
    """The word before `start` is a capitalised word inside the sentence (not its first word, nor "I")."""
    ws = sent.words
    j = next((i for i, w in enumerate(ws) if w[0] == start), 0)
    before = sent.text[ws[j - 1][0]:ws[j - 1][1]] if j > 1 else ""
    return before[:1].isupper() and before != "I"


def _after_noun(sent: Sent, start: int) -> bool:
    """The word before `start` may be a noun: what a relative pronoun after it refers to."""
    before = [w.strip(",;:").lower() for w in sent.text[:start].split()[-1:]]
    return bool(before) and bool(noun_tags(before[0])) and not only_verb(before[0]) and before[0] not in VERB_PARTICLES


def decide(ctx, sent: Sent, site: Site) -> list[Finding]:
    scores = adjusted_scores(ctx, site)
    ranked = rank_alternatives(ctx, scores, site.original)
    if ranked is None:
        return []
    margin, best, reps = ranked
    p = CUE_P if site.data.get("homophone") else site.data["p"]
    prepositions = site.original.lower() in PREPOSITIONS and best.lower() in PREPOSITIONS
    if prepositions and _after_name(sent, site.data["span"][0]):
        return []       # a name's own preposition: "the Library for the Blind", "the University of California at"
    if site.original.lower() == "who" and best.lower() in ("that", "which") \
            and not _after_noun(sent, site.data["span"][0]):
        return []       # a question inside the sentence: "He wanted to know who Dr. Cassidy was", "based on who"
    kind = "cue_margin" if site.data.get("cue") else "homophone_margin" if site.data.get("homophone") else \
        "preposition_margin" if prepositions else "margin"
    if margin < ctx.th(f"confusion.{kind}"):
        return []
    s, e = site.data["span"]
    grammar = _grammar_pair(ctx, site.original.lower(), best.lower())
    confidence = min(0.99, p * (1 - 2.0 ** -(margin)))
    feats = {"family": FAMILY, kind: margin}
    if not site.data.get("cue") and not site.data.get("homophone"):
        feats["start_p" if site.data["start"] else "p"] = p
    category, rule = ("grammar", "AGREEMENT") if grammar else ("word_choice", "CONFUSED_WORD")
    # the cue word is right once this is fixed ("There going"): no other suggestion there
    return [Finding(s, e, category, rule, f"Did you mean '{best}'?", reps, confidence, feats,
                    claims=site.data.get("claims"))]

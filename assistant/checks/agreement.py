"""Agreement and word form: a/an by sound, and inflection slips ("he go", "two book").

a/an is a rule (pronunciation is not something the LM sees in word pieces) with
the masked LM breaking ties for unclear cases; inflection candidates come from
model.inflections / lemminflect and are scored by the masked LM where the edit
head flags the word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.checks.base import Finding, Sent, Site, adjusted_scores, match_case, rank_alternatives
from assistant.text import segment

FAMILY = "agreement"
# Spelling patterns whose sound is not what the first letter says.
VOWEL_SOUND_CONSONANT = re.compile(r"^(hour|honest|honou?r|heir|herb(?!al|ert)|hono)", re.I)
CONSONANT_SOUND_VOWEL = re.compile(r"^(uni(?!nt|mp|nf|nd|ns|nv)|use|usu|uti|ura|uro|eu|ewe|one\b|once|ones\b|u[bcfgklmpstvz][aeiou]|uk|ouija)", re.I)
LETTER_VOWEL_SOUND = set("AEFHILMNORSX")     # initialisms read letter by letter: an FBI agent, a UN report


def article_for(word: str) -> tuple[str, bool]:
    """('a' or 'an', sure?) for the word that follows the article."""
    if not word:
        return "a", False
    if word.isupper() and 1 < len(word) <= 5 and word.isalpha():
        return ("an" if word[0] in LETTER_VOWEL_SOUND else "a"), False   # NASA vs N.B.: unsure
    if word[0].isdigit():
        return ("an" if re.match(r"^(8|11|18)(\D|$)|^8\d\d", word) else "a"), False
    low = word.lower()
    if VOWEL_SOUND_CONSONANT.match(low):
        return "an", True
    if CONSONANT_SOUND_VOWEL.match(low):
        return "a", True
    if low[0] in "aeio":
        return "an", True
    if low[0] == "u":
        return "an", False
    if low[0] == "h":
        return "a", False
    if low[0].isalpha() and low[0].isascii():
        return "a", True
    return "a", False


def direct(ctx, sent: Sent) -> list[Finding]:
    out: list[Finding] = []
    ws = segment.words(sent.text)
    for (s, e), nxt in zip(ws, ws[1:]):
        word = sent.text[s:e]
        if word.lower() not in ("a", "an") or sent.skipped(s, e):
            continue
        between = sent.text[e:nxt[0]]
        if between.strip():
            continue
        follower = sent.text[nxt[0]:nxt[1]]
        want, sure = article_for(follower)
        if want == word.lower() or not sure:
            continue
        if word.isupper() and len(word) > 1:
            continue
        rep = match_case(word, want)
        out.append(Finding(s, e, "grammar", "A_AN", f"Use '{rep}' before '{follower}'.", (rep,), 0.9))
    return out


@lru_cache(maxsize=50000)
def _lemminflect_forms(word: str) -> tuple[str, ...]:
    try:
        from lemminflect import getAllInflections, getAllLemmas
    except ImportError:
        return ()
    forms: set[str] = set()
    for upos, lemmas in getAllLemmas(word).items():
        if upos not in ("VERB", "NOUN", "AUX", "ADJ"):
            continue
        for lemma in lemmas:
            forms.add(lemma)
            for fs in getAllInflections(lemma, upos=upos).values():
                forms.update(fs)
    forms.discard(word)
    return tuple(sorted(forms))


def forms_of(ctx, word: str) -> list[str]:
    low = word.lower()
    forms = list(ctx.model.inflections.get(low, ()))
    for f in _lemminflect_forms(low):
        if f not in forms and f != low and ctx.count(f) >= ctx.th("form.min_count"):
            forms.append(f)
    return forms


def propose(ctx, idx: int, sent: Sent) -> list[Site]:
    sites: list[Site] = []
    gate = ctx.th("form.prob")
    ws = segment.words(sent.text)
    for j, (s, e) in enumerate(ws):
        word = sent.text[s:e]
        if len(word) < 2 and word.lower() != "a" or sent.skipped(s, e) or (word.isupper() and len(word) > 1):
            continue
        if word.lower() in ("a", "an"):
            # unclear a/an cases go to the LM with both articles
            if j + 1 < len(ws) and not sent.text[e:ws[j + 1][0]].strip():
                want, sure = article_for(sent.text[ws[j + 1][0]:ws[j + 1][1]])
                if not sure and want != word.lower():
                    a, b = sent.piece_range(s, e)
                    sites.append(Site(idx, a, b, FAMILY, word, [word, match_case(word, want)],
                                      data={"span": (s, e), "p": 1.0, "article": True}))
            continue
        a, b = sent.piece_range(s, e)
        if b <= a or float(sent.p_replace[a:b].max()) < gate:
            continue
        if word.lower() in ctx.model.confusables and not ctx.model.inflections.get(word.lower()):
            continue
        forms = forms_of(ctx, word)
        if not forms:
            continue
        cands = [word] + [match_case(word, f) for f in forms[:8]]
        sites.append(Site(idx, a, b, FAMILY, word, cands, pll=True,
                          data={"span": (s, e), "p": float(sent.p_replace[a:b].max())}))
    return sites


def decide(ctx, sent: Sent, site: Site) -> list[Finding]:
    scores = adjusted_scores(ctx, site) if not site.data.get("article") else site.scores
    ranked = rank_alternatives(ctx, scores, site.original)
    if ranked is None:
        return []
    margin, best, reps = ranked
    s, e = site.data["span"]
    if site.data.get("article"):
        if margin < ctx.th("article.margin"):
            return []
        return [Finding(s, e, "grammar", "A_AN", f"Use '{best}' here.", (best,), min(0.95, 0.5 + 0.1 * margin),
                        {"family": "article", "margin": margin})]
    p = site.data["p"]
    need = ctx.th("form.margin")
    if margin < need:
        return []
    verbish = site.original.lower() in ("is", "are", "was", "were", "has", "have", "do", "does") or \
        best.lower().endswith("s") != site.original.lower().endswith("s")
    rule = "AGREEMENT" if verbish else "WORD_FORM"
    confidence = min(0.99, p * (1 - 2.0 ** -(margin)))
    return [Finding(s, e, "grammar", rule, f"Did you mean '{best}'?", reps, confidence,
                    {"family": FAMILY, "margin": margin, "p": p})]

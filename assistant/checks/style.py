"""Style hints, shown in picky mode or when their rule is enabled by id (engine._allowed), as
LanguageTool's style rules are.

- WEAK_WORDING: a weak intensifier + adjective ("very small") offered as one precise word ("tiny"),
  only when reword is confident.  `style.reword_share` is the top alternative's share of the
  ranking; at 0.4 the top alternative is a human-accepted substitute about half the time on the
  lexsub dev sets (LS07 + SWORDS), against a third overall (docs/benchmarks.md).
- LONG_SENTENCE: a sentence of more than LONG_SENTENCE words, which readers find hard to follow;
  the span is the whole sentence and there is no replacement to offer."""
from __future__ import annotations

from assistant.checks.base import Finding, Sent
from assistant.lang import read_list

FAMILY = "style"
LONG_SENTENCE = 40          # words; harper's long-sentence lint uses the same limit


def _adjective(word: str) -> bool:
    from assistant.text.morphology import getAllLemmas

    return "ADJ" in getAllLemmas(word.lower()) and word.lower() not in ("much", "many", "few", "little")


def direct(ctx, sent: Sent) -> list[Finding]:
    return _long_sentence(sent) + (_weak_wording(ctx, sent) if ctx.picky else [])


def _long_sentence(sent: Sent) -> list[Finding]:
    ws = [w for w in sent.words if not sent.skipped(*w)]
    if len(ws) <= LONG_SENTENCE:
        return []
    return [Finding(ws[0][0], ws[-1][1], "style", "LONG_SENTENCE",
                    f"This sentence is {len(ws)} words long. Consider splitting it.", (), 0.5, sentence_level=True)]


def _weak_wording(ctx, sent: Sent) -> list[Finding]:
    from assistant import reword

    text = sent.text
    ws = sent.words
    spans = [(ws[i][0], ws[i + 1][1]) for i in range(len(ws) - 1)
             if text[ws[i][0]:ws[i][1]].lower() in read_list("intensifiers") and text[ws[i][1]:ws[i + 1][0]] == " "
             and _adjective(text[ws[i + 1][0]:ws[i + 1][1]]) and not sent.skipped(ws[i][0], ws[i + 1][1])]
    if not spans:
        return []
    out = []
    for (s, e), alts in zip(spans, reword.alternatives_many(ctx.engine, [(text, s, e) for s, e in spans], limit=5)):
        if alts and alts[0].score >= ctx.th("style.reword_share"):
            out.append(Finding(s, e, "style", "WEAK_WORDING", f"Consider a more precise word: '{alts[0].text}'.",
                               tuple(a.text for a in alts[:3]), min(0.9, alts[0].score)))
    return out

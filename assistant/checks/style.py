"""Picky mode only: a weak intensifier + adjective ("very small") offered as one precise word ("tiny"),
and only when reword is confident.  `style.reword_share` is the top alternative's share of the
ranking; at 0.4 the top alternative is a human-accepted substitute about half the time on the lexsub
dev sets (LS07 + SWORDS), against a third overall (docs/benchmarks.md)."""
from __future__ import annotations

from assistant.checks.base import Finding, Sent
from assistant.lang import read_list
from assistant.text import segment

FAMILY = "style"


def _adjective(word: str) -> bool:
    from lemminflect import getAllLemmas

    return "ADJ" in getAllLemmas(word.lower()) and word.lower() not in ("much", "many", "few", "little")


def direct(ctx, sent: Sent) -> list[Finding]:
    if not ctx.picky:
        return []
    from assistant import reword

    text = sent.text
    ws = segment.words(text)
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

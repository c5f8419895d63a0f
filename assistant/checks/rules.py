"""Cheap rules where a rule beats a model: sentence-start capitals, the pronoun "I", doubled spaces."""
from __future__ import annotations

import re

from assistant.checks.base import Finding, Sent
from assistant.text import segment

FAMILY = "rules"
SPACES = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")
# Abbreviations that end in a full stop mid-sentence: the segmenter may split after them ("Levison et al.
# believe"), but a lower-case word there continues the sentence.
ABBREVIATION_END = re.compile(r"(?:\bet al|\betc|\be\.g|\bi\.e|\bcf|\bvs|\bapprox|\bca|\bviz|\bresp)\.[\s\"'”’)]*$",
                              re.IGNORECASE)


def direct(ctx, sent: Sent) -> list[Finding]:
    out: list[Finding] = []
    text = sent.text
    ws = segment.words(text)
    prose = len(ws) >= 3 and text.rstrip()[-1:] in ".!?" and not text.lstrip().startswith(("-", "*", "#", ">"))
    if prose and ws:
        s, e = ws[0]
        word = text[s:e]
        lead = text[:s]
        # text before the first word may only be an opening quote/bracket glued to it (a closing
        # quote followed by a space means spaCy split inside a quotation: not a sentence start)
        if word[0].islower() and not lead.strip(" \t\r\n\"'“‘([") and not (lead and lead[-1].isspace() and lead.strip()) \
                and word.isalpha() \
                and not any(c.isupper() for c in word[1:]) and not sent.skipped(s, e) \
                and (len(word) > 1 or word == "a"):          # a lone letter ("n is the index") is a variable
            rep = word[0].upper() + word[1:]
            out.append(Finding(s, e, "grammar", "CAPITALIZATION",
                               "Start a sentence with a capital letter.", (rep,), 0.8, {"sentence_start": 1.0}))
    for s, e in ws:
        if text[s:e] == "i" and not sent.skipped(s, e):
            before = text[s - 1] if s else " "
            after = text[e] if e < len(text) else " "
            if before in " \t\"(" and after in " \t,.;:!?)'’\"" and not text[e:e + 2].startswith((".e", ".E")):
                out.append(Finding(s, e, "grammar", "CAPITALIZATION", "The pronoun 'I' is written in capitals.",
                                   ("I",), 0.9))
    if ctx.picky:
        for m in SPACES.finditer(text):
            if not sent.skipped(m.start(), m.end()):
                out.append(Finding(m.start(), m.end(), "style", "WHITESPACE", "Use a single space.", (" ",), 0.6))
    return out


def starts_sentence(text: str, start: int) -> bool:
    """Whether the document really starts a sentence at `start` (segmenters split after quoted
    exclamations: '"No Joke!" was the album' must not become 'Was')."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in "\r\n":
        return True
    return text[i] in ".!?" and not ABBREVIATION_END.search(text, max(0, i - 12), i + 1)


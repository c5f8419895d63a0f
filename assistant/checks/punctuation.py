"""Punctuation rules where a rule beats a model: spacing around punctuation, doubled marks, the
comma after a sentence-opening linking phrase ("However, ..."), and invisible characters inside words."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.checks.base import Finding, Sent
from assistant.lang import read_list
from assistant.text import segment

FAMILY = "punctuation"
SPACE_BEFORE = re.compile(r"(?<=[^\W\d_])[ \t]+([,;:!?]|\.(?!\.)|n['’]t|['’](?:s|re|ve|ll|d|m))(?=\s|[,.;:!?]|$)")
# "word ," "word ." (not "..."), and a contraction split off its word as tokenisers do: "do n't", "he 's"
NO_SPACE_AFTER = re.compile(r"(?<=[^\W\d_]{2})([,;])(?=[^\W\d_]{2})|(?<=[a-z]{2})([.!?])(?=[A-Z][a-z]|(?:the|it|we|he|"
                            r"she|they|this|that|but|then|there|my|our|i) )")     # "the end.the next": no file name
CAMEL_CASE = re.compile(r"[A-Z]?[a-z]+[A-Z]")      # a code name after the mark: "os.PathLike", "typing.ClassVar"
GLUED_WORD = re.compile(r"[A-Z][a-z]|[a-z]")
LETTERS, LETTERS_BEFORE = re.compile(r"[^\W\d_]+"), re.compile(r"[^\W\d_]+$")
DOUBLED = re.compile(r"(?<![.,;:!?])([,;])\1+(?![.,;:!?])|(?<!\.)\.\.(?!\.)")   # not "::" (code)
REPEATED_MARKS = re.compile(r"([!?])\1+")


def _modifiable(word: str) -> bool:
    """Whether 'however' can modify the word ("however much", "however hard")."""
    from assistant.text.morphology import getAllLemmas

    return word in ("much", "many", "more", "less", "little", "few") or bool({"ADJ", "ADV", "VERB"} & set(getAllLemmas(word)))


@lru_cache(maxsize=None)
def _openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in sorted(read_list("introductory_phrases"), key=lambda p: -len(p.split())))


def _finding(sent: Sent, s: int, e: int, rule: str, message: str, fix: str, confidence: float,
             category: str = "punctuation", features: dict | None = None) -> Finding | None:
    if sent.skipped(s, e):
        return None
    return Finding(s, e, category, rule, message, (fix,), confidence, features or {})


def _opener_comma(sent: Sent) -> Finding | None:
    text = sent.text
    ws = sent.words
    if len(ws) < 4 or text[:ws[0][0]].strip():
        return None
    words = [text[s:e].lower() for s, e in ws]
    for phrase in _openers():
        n = len(phrase)
        if tuple(words[:n]) != phrase or n == len(ws):
            continue                      # (the whole text may be the opener: "On the other hand")
        end = ws[n - 1][1]
        after = text[end:ws[n][0]]
        if after.strip() or (n > 1 and words[n] in ("of", "to", "with")):
            return None                   # already punctuated, or a preposition: "In addition to this, ...",
                                          # "As a result of the crisis, ...", "In contrast with ..."
        if phrase == ("however",) and _modifiable(words[n]):
            return None                   # "However hard we try", "However developed it is"
        s = ws[n - 1][0]
        return _finding(sent, s, end, "COMMA_AFTER_OPENER", f"Put a comma after '{text[ws[0][0]:end]}'.",
                        text[s:end] + ",", 0.75, features={"sentence_start": 1.0})
    return None


def glued_word(doc: str, at: int) -> bool:
    """A word that opens a sentence follows right at `at` ("stayed.It", "stayed.it"), not a name's or an
    abbreviation's capitals ("Artists.MTV", "Portable.NET", "Ph.D", "the Mk.VI") or code ("os.PathLike")."""
    return bool(GLUED_WORD.match(doc, at)) and not CAMEL_CASE.match(doc, at)


def direct(ctx, sent: Sent) -> list[Finding]:
    text = sent.text
    found: list[Finding | None] = []
    for m in SPACE_BEFORE.finditer(text):
        found.append(_finding(sent, m.start(), m.end(), "PUNCT_SPACE_BEFORE",
                              f"Remove the space before '{m.group(1)}'.", m.group(1), 0.7))
    for m in NO_SPACE_AFTER.finditer(text):
        symbols = m.group(1) and len(LETTERS_BEFORE.search(text, 0, m.start()).group()) <= 2 \
            and len(LETTERS.match(text, m.end()).group()) <= 2
        if text[m.start() - 2:m.end() + 2].lower() == "tl;dr" or symbols or CAMEL_CASE.match(text, m.end()):
            continue                        # "TL;DR"; symbols: "(Pt,Pd)S", "dl,dl-tocopherol"; code: "os.PathLike"
        mark = m.group(1) or m.group(2)
        found.append(_finding(sent, m.start(), m.end(), "PUNCT_SPACE_AFTER",
                              f"Put a space after '{mark}'.", mark + " ", 0.7))
    end = len(text.rstrip())
    if end >= 3 and text[end - 1] in ".!?" and text[end - 3:end - 1].isalpha() and text[end - 2].islower():
        # "stayed.It": the segmenter ends the sentence here; the engine keeps this only if a letter follows
        found.append(_finding(sent, end - 1, end, "PUNCT_SPACE_AFTER", f"Put a space after '{text[end - 1]}'.",
                              text[end - 1] + " ", 0.7, features={"glued_to_next": 1.0}))
    for m in DOUBLED.finditer(text):
        if m.group(0) == ".." and text[m.start() - 1:m.start()].isdigit() and text[m.end():m.end() + 1].isalnum():
            continue                                          # a range: "U+DC80..U+DCFF", "1..10"
        glued = text[m.end():m.end() + 1].isalpha()          # "rained,,and" -> "rained, and"
        found.append(_finding(sent, m.start(), m.end(), "PUNCT_DOUBLED", "This punctuation mark is doubled.",
                              m.group(0)[0] + (" " if glued else ""), 0.8))
    if ctx.picky:
        for m in REPEATED_MARKS.finditer(text):
            found.append(_finding(sent, m.start(), m.end(), "PUNCT_REPEATED", "One mark is enough in most writing.",
                                  m.group(1), 0.5, "style"))
    for s, e in sent.words:
        word = text[s:e]
        hidden = sorted({segment.INVISIBLE[c] for c in word if c in segment.INVISIBLE})
        if hidden:
            # left by a word processor, a PDF or a web page: it survives copying and breaks search
            found.append(_finding(sent, s, e, "INVISIBLE_CHARACTER",
                                  f"Remove the invisible {' and '.join(hidden)} from this word.",
                                  segment.visible(word), 0.6))
    found.append(_opener_comma(sent))
    return [f for f in found if f is not None]

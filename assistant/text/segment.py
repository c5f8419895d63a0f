"""Sentence and word spans with exact code-point offsets.

Sentences come from spaCy's rule-based sentencizer on a blank English pipeline
(fast, no statistical model to ship); paragraphs are split first so a 1 MB
document never reaches spaCy as one string.  Words follow the model's own
pre-tokenizer (whitespace, then every punctuation character on its own), so a
word here is a word the model was trained on.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

Span = tuple[int, int]

_PUNCT_ASCII = r"!-/:-@\[-`{-~"
_PUNCT_UNI = "\u00a1\u00a7\u00ab\u00b6\u00b7\u00bb\u00bf\u2010-\u2027\u2030-\u205e\u3001-\u3003\u3008-\u3011"
PIECE = re.compile(rf"[^\s{_PUNCT_ASCII}{_PUNCT_UNI}]+|[{_PUNCT_ASCII}{_PUNCT_UNI}]")
# Invisible characters that word processors, PDFs and web pages leave inside words (soft hyphen, zero-width
# space, word joiner, a stray byte-order mark).  The model's normalizer drops them; a word keeps them inside
# it ("com\u00adplaints" is one word) and is looked up without them (`visible`).  ZWJ/ZWNJ are left out:
# other scripts and emoji sequences need them.
INVISIBLE = {"\u00ad": "soft hyphen", "\u200b": "zero-width space", "\u2060": "word joiner",
             "\ufeff": "zero-width no-break space"}
_STRIP_INVISIBLE = str.maketrans("", "", "".join(INVISIBLE))
# A lexical word as the lexicon counts it: letters with inner apostrophes or invisible characters.
WORD = re.compile(r"[^\W\d_]+(?:['’" + "".join(INVISIBLE) + r"][^\W\d_]+)*")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
BLOCK_START = re.compile(r"[ \t]*(?:#{1,6}\s|[-*+>|]\s|\d+[.)]\s|```|~~~)")
MAX_PARAGRAPH = 20000
# an abbreviation the number after it belongs to: "the world no. 1 ranking", "vol. 3", "pp. 12-14"
NUMBER_ABBREVIATION = re.compile(r"\b(?:[Nn]os?|[Vv]ols?|pp?|[Ff]igs?|[Nn]r|[Cc]h|[Ss]ec|[Aa]rt|[Oo]p)\.$")


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10 * MAX_PARAGRAPH
    return nlp


def _blocks(text: str) -> list[Span]:
    """Paragraph-like blocks: blank lines, Markdown block starts and hard line ends split them."""
    out: list[Span] = []
    start = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    blocks: list[Span] = []
    for s, e in out:
        seg_start = s
        pos = text.find("\n", s, e)
        while pos != -1:
            prev = text[seg_start:pos].rstrip("\r \t")
            nxt = pos + 1
            if BLOCK_START.match(text, nxt, e) or prev.endswith((".", "!", "?", ":")) or len(prev) < 40:
                blocks.append((seg_start, pos))
                seg_start = nxt
            pos = text.find("\n", nxt, e)
        blocks.append((seg_start, e))
    final: list[Span] = []
    for s, e in blocks:  # bound block size so spaCy and the model never see a giant run-on block
        while e - s > MAX_PARAGRAPH:
            cut = text.rfind(" ", s, s + MAX_PARAGRAPH)
            cut = cut if cut > s else s + MAX_PARAGRAPH
            final.append((s, cut))
            s = cut
        final.append((s, e))
    return [(s, e) for s, e in final if text[s:e].strip()]


@lru_cache(maxsize=4096)
def _block_sentences(block: str) -> tuple[Span, ...]:
    doc = _nlp()(block)
    spans = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        while s < e and block[s].isspace():
            s += 1
        while e > s and block[e - 1].isspace():
            e -= 1
        if e > s and spans and block[s].isdigit() and NUMBER_ABBREVIATION.search(block, max(0, spans[-1][1] - 8), spans[-1][1]):
            spans[-1] = (spans[-1][0], e)
        elif e > s:
            spans.append((s, e))
    return tuple(spans)


def sentences(text: str) -> list[Span]:
    """Sentence spans (code points, whitespace-trimmed) covering all non-blank text."""
    out: list[Span] = []
    for bs, be in _blocks(text):
        out.extend((bs + s, bs + e) for s, e in _block_sentences(text[bs:be]))
    return out


def pieces(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Model words (pre-tokenizer pieces) in text[start:end], as absolute spans.

    Combining marks stay with their base letter: they are not punctuation or space.
    """
    end = len(text) if end is None else end
    return [m.span() for m in PIECE.finditer(text, start, end)]


def words(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Lexical words (letters with inner apostrophes) in text[start:end], as absolute spans."""
    end = len(text) if end is None else end
    return [m.span() for m in WORD.finditer(text, start, end)]


def visible(word: str) -> str:
    """The word as a reader sees it (and as the lexicon counts it): invisible characters removed."""
    return word.translate(_STRIP_INVISIBLE)


def is_accented(word: str) -> bool:
    """Non-ASCII letters (café, naïve): such words are never treated as misspellings."""
    return any(ord(c) > 127 and unicodedata.category(c).startswith(("L", "M")) for c in word)

"""Spans of a text that are markup or machine text and must never be corrected.

Everything here works on Python code-point offsets into the original text so the
engine can drop candidate edits that touch a skipped span.  Regular expressions,
not a Markdown parser: we only need "is this prose?", and a parser would
normalise the text and lose exact offsets.
"""
from __future__ import annotations

import re

Span = tuple[int, int]

FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n.*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
FENCE_OPEN = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*$", re.M)
INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
MATH_BLOCK = re.compile(r"\$\$.+?\$\$|\\\[.+?\\\]|\\begin\{(equation|align|math|displaymath)\*?\}.+?\\end\{\1\*?\}", re.S)
MATH_INLINE = re.compile(r"(?<![\\$\w])\$(?=\S)[^$\n]+?(?<=\S)\$(?![\w$])|\\\(.+?\\\)")
LATEX_CMD = re.compile(r"\\[A-Za-z]+\*?(?:\[[^\]\n]*\])?")
HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S)
URL = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>()\[\]\"']+(?:\([^\s)]*\)[^\s<>()\[\]\"']*)*", re.I)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
LINK_TARGET = re.compile(r"\]\(([^)\s]*(?:\s+\"[^\"]*\")?)\)|^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M)
AUTOLINK = re.compile(r"<[a-z][a-z0-9+.-]*:[^\s<>]+>", re.I)
PATH = re.compile(r"(?<![\w/])(?:~|\.{1,2})?(?:/[\w.@+-]+){2,}/?|\b[A-Za-z]:\\[^\s]+|(?<![\w/])\.{0,2}/[\w.-]+\.[A-Za-z0-9]{1,5}\b"
                  r"|\b[\w-]+(?:/[\w.-]+)+\.[A-Za-z0-9]{1,5}\b|\b[\w-]+\.(?:py|js|ts|json|md|txt|yaml|yml|toml|cfg|ini|sh|c|h|cpp|rs|go|java|html|css|csv|xml|log|lock)\b")
HASHTAG = re.compile(r"(?<![\w&#])#[A-Za-z_][\w-]*")
MENTION = re.compile(r"(?<![\w@])@[A-Za-z_][\w-]*")
CODE_IDENT = re.compile(r"\b[A-Za-z]+_[A-Za-z0-9_]+\b|\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b\w+\(\)")
MARKDOWN_HINT = re.compile(r"^(?:#{1,6} |[ ]{0,3}(?:```|~~~)|[ ]{0,3}[-*+] |[ ]{0,3}\d+\. |> )|\[[^\]]+\]\([^)]+\)|`[^`\n]+`", re.M)


def looks_like_markdown(text: str) -> bool:
    """Cheap guess for markup="auto": Markdown constructs appear in the text."""
    return bool(MARKDOWN_HINT.search(text))


def _fenced_blocks(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    while True:
        m = FENCE_OPEN.search(text, pos)
        if not m:
            return spans
        fence = m.group(1)
        close = re.compile(r"^[ ]{0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$", re.M)
        c = close.search(text, m.end())
        end = c.end() if c else len(text)  # an unclosed fence runs to the end of the document
        spans.append((m.start(), end))
        pos = end


def _indented_blocks(text: str) -> list[Span]:
    """Indented code (4 spaces or a tab) after a blank line, as in CommonMark."""
    spans: list[Span] = []
    lines = text.splitlines(keepends=True)
    offset, prev_blank, in_block, block_start = 0, True, False, 0
    for line in lines:
        body = line.rstrip("\r\n")
        indented = body.startswith(("    ", "\t")) and body.strip() != ""
        if indented and (prev_blank or in_block):
            if not in_block:
                in_block, block_start = True, offset
            block_end = offset + len(body)
            spans.append((block_start, block_end))
        elif body.strip() != "":
            in_block = False
        prev_blank = body.strip() == ""
        offset += len(line)
    return merge(spans)


def merge(spans: list[Span]) -> list[Span]:
    """Sorted, non-overlapping union of spans."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def skip_spans(text: str, markup: str = "auto") -> list[Span]:
    """Code-point spans that are not prose: code, math, markup, URLs, e-mail, paths, hashtags.

    `markup` is "text", "markdown" or "auto"; machine text (URLs, e-mail, paths,
    hashtags) is skipped in every mode because a writing assistant must not
    "correct" it.
    """
    spans: list[Span] = []
    markdown = markup == "markdown" or (markup == "auto" and looks_like_markdown(text))
    m = FRONT_MATTER.match(text)
    if m and markup != "text":
        spans.append(m.span())
    if markup != "text":
        spans += _fenced_blocks(text)
        spans += [x.span() for x in INLINE_CODE.finditer(text)]
        spans += [x.span() for x in MATH_BLOCK.finditer(text)]
        spans += [x.span() for x in MATH_INLINE.finditer(text)]
        spans += [x.span() for x in LATEX_CMD.finditer(text)]
        spans += [x.span() for x in HTML_TAG.finditer(text)]
        spans += [x.span() for x in AUTOLINK.finditer(text)]
        spans += [x.span(1) if x.group(1) is not None else x.span() for x in LINK_TARGET.finditer(text)]
    if markdown:
        spans += _indented_blocks(text)
    for pattern in (URL, EMAIL, PATH, HASHTAG, MENTION, CODE_IDENT):
        for x in pattern.finditer(text):
            s, e = x.span()
            while e > s and text[e - 1] in ".,;:!?'\"":  # sentence punctuation after a URL is prose
                e -= 1
            spans.append((s, e))
    return merge([s for s in spans if s[1] > s[0]])


def overlaps(spans: list[Span], start: int, end: int) -> bool:
    """Whether [start, end) (or the insertion point start == end) touches the inside of a skipped span."""
    import bisect

    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans):
            s, e = spans[j]
            if start == end:
                if s < start < e:
                    return True
            elif start < e and s < end:
                return True
    return False

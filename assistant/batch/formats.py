"""Reading and writing the document formats `cloze check` / `cloze fix` understand.

Every format becomes a stream of *chunks*: a piece of prose-bearing text plus the
code-point spans inside it that are markup and must never be checked or changed.
Text formats (plain, Markdown, reStructuredText, LaTeX) are decoded without
newline translation, so writing the fixed chunks back gives a file that is
byte-identical outside the corrected words.  Large plain/Markdown files are
streamed in paragraph-aligned chunks so a 50 MB file never sits in memory as one
string.  Word files are edited at the level of their `w:t` text nodes, so runs,
styles, fields, images and everything else in the package stay as they were.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator

from assistant.text.markup import merge

Span = tuple[int, int]

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".rst": "rst", ".rest": "rst",
    ".tex": "latex", ".ltx": "latex",
    ".docx": "docx",
}
FORMATS = ("text", "markdown", "rst", "latex", "docx")
DEFAULT_INCLUDE = tuple(f"*{ext}" for ext in EXTENSIONS)
CHUNK_CHARS = 64_000          # a streamed chunk ends at the first paragraph break after this many characters
SNIFF_BYTES = 8192
BOM = codecs.BOM_UTF8


class InputError(Exception):
    """A file that cannot be checked or written; the message is for a person."""


def format_for(path: str | Path, default: str = "text") -> str:
    """The format of a file by its extension (unknown extensions are checked as `default`)."""
    return EXTENSIONS.get(Path(str(path)).suffix.lower(), default)


def engine_markup(fmt: str) -> str:
    """Options.markup for a format: the engine masks Markdown itself; other markup comes as skip spans."""
    return "markdown" if fmt == "markdown" else "text"


@dataclass
class Chunk:
    """A piece of a document to check: text, markup spans, and where it sits in the file."""
    text: str
    skip: list[Span]
    line: int = 1             # 1-based line of text[0] (paragraph number for .docx)
    col0: int = 0             # code points before text[0] on that line
    key: object = None        # format-specific handle (the paragraph for .docx)
    base: int = 0             # code points of the file before text[0] (0 for .docx: offsets are per paragraph)
    base16: int = 0           # the same in UTF-16 code units
    _nl: list[int] | None = field(default=None, repr=False)

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, column in code points, of a code-point offset into `text`."""
        import bisect

        if self._nl is None:
            self._nl = [i for i, ch in enumerate(self.text) if ch == "\n"]
        k = bisect.bisect_left(self._nl, offset)
        if k == 0:
            return self.line, self.col0 + offset + 1
        return self.line + k, offset - self._nl[k - 1]

    def line_text(self, offset: int) -> str:
        """The whole source line (within this chunk) holding `offset`, without its line end."""
        a = self.text.rfind("\n", 0, offset) + 1
        b = self.text.find("\n", offset)
        return self.text[a: len(self.text) if b < 0 else b].rstrip("\r")


# ---------------------------------------------------------------------------- markup spans
def _merge(spans: list[Span]) -> list[Span]:
    return merge([x for x in spans if x[1] > x[0]])


LATEX_SKIP_ENVS = ("verbatim", "Verbatim", "BVerbatim", "lstlisting", "minted", "comment", "alltt", "filecontents",
                   "equation", "align", "alignat", "gather", "multline", "flalign", "eqnarray", "math",
                   "displaymath", "dmath", "tikzpicture", "pgfpicture", "algorithmic", "verbatimtab", "listing")
# commands whose first braced argument is a name, key, path or code, never prose
LATEX_ARG_CMDS = ("label", "ref", "eqref", "pageref", "autoref", "cref", "Cref", "nameref", "vref", "cite", "citep",
                  "citet", "citealp", "citeauthor", "citeyear", "nocite", "parencite", "textcite", "autocite",
                  "url", "href", "input", "include", "includegraphics", "includeonly", "usepackage",
                  "RequirePackage", "documentclass", "bibliography", "bibliographystyle", "addbibresource",
                  "begin", "end", "newcommand", "renewcommand", "providecommand", "newenvironment",
                  "renewenvironment", "def", "let", "setlength", "addtolength", "setcounter", "addtocounter",
                  "hspace", "vspace", "color", "textcolor", "pagecolor", "colorbox", "newtheorem", "pagestyle",
                  "thispagestyle", "pagenumbering", "graphicspath", "lstinline", "mintinline", "hyperref",
                  "hypersetup", "geometry", "newlength", "DeclareMathOperator", "numberwithin", "fontsize",
                  "selectfont", "linespread", "rule", "raisebox", "resizebox", "scalebox", "multicolumn",
                  "multirow", "texttt", "path", "SI", "si", "num", "ensuremath")
_LX_ENV = re.compile(r"\\begin\{(" + "|".join(re.escape(e) for e in LATEX_SKIP_ENVS) + r")(\*?)\}.*?\\end\{\1\2\}", re.S)
_LX_COMMENT = re.compile(r"(?<!\\)(?:\\\\)*%[^\n]*")
_LX_MATH = re.compile(r"\$\$.+?\$\$|(?<!\\)\$(?:\\\$|[^$])+?(?<!\\)\$|\\\[.+?\\\]|\\\(.+?\\\)", re.S)
_LX_VERB = re.compile(r"\\verb\*?([^A-Za-z\s])(?:(?!\1).)*\1")
_LX_CMD = re.compile(r"\\(?:[A-Za-z@]+\*?|.)")
_LX_OPT = re.compile(r"\s*\[[^\[\]\n]*\]")
_LX_DOC = re.compile(r"\\begin\{document\}")
_LX_ENDDOC = re.compile(r"\\end\{document\}")


def _braced(text: str, i: int) -> int:
    """End (exclusive) of the balanced {...} group starting at text[i] == '{', or -1."""
    depth = 0
    for j in range(i, min(len(text), i + 20000)):
        c = text[j]
        if c == "\\":
            continue
        if c == "{" and (j == 0 or text[j - 1] != "\\"):
            depth += 1
        elif c == "}" and (j == 0 or text[j - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return j + 1
    return -1


def latex_spans(text: str) -> list[Span]:
    """LaTeX markup: preamble, comments, math, verbatim-like and math environments, commands and their options,
    the arguments of non-prose commands (\\ref, \\cite, \\label, \\usepackage, ...), braces and ties."""
    spans: list[Span] = []
    m = _LX_DOC.search(text)
    if m:
        spans.append((0, m.end()))
        e = _LX_ENDDOC.search(text, m.end())
        if e:
            spans.append((e.start(), len(text)))
    for rx in (_LX_ENV, _LX_COMMENT, _LX_MATH, _LX_VERB):
        spans += [x.span() for x in rx.finditer(text)]
    for x in _LX_CMD.finditer(text):
        s, e = x.span()
        name = x.group()[1:].rstrip("*")
        while True:
            o = _LX_OPT.match(text, e)
            if not o:
                break
            e = o.end()
        if name in LATEX_ARG_CMDS:
            j = e
            while j < len(text) and text[j] in " \t":
                j += 1
            if j < len(text) and text[j] == "{":
                end = _braced(text, j)
                if end > 0:
                    e = end
                    if name in ("href", "begin", "newcommand", "renewcommand", "newenvironment", "textcolor",
                                "colorbox", "setlength", "resizebox", "scalebox", "multicolumn", "multirow"):
                        # the second argument is a name/code too, except \href{url}{text}, \textcolor{c}{text}
                        if name not in ("href", "textcolor", "colorbox", "multicolumn", "multirow",
                                        "resizebox", "scalebox"):
                            k = e
                            if k < len(text) and text[k] == "{":
                                end2 = _braced(text, k)
                                if end2 > 0:
                                    e = end2
        spans.append((s, e))
    spans += [(i, i + 1) for i, c in enumerate(text) if c in "{}~&" and (i == 0 or text[i - 1] != "\\")]
    return _merge(spans)


_RST_DIRECTIVE = re.compile(r"^([ \t]*)\.\.[ \t]+(?:\|[^|\n]+\|[ \t]+)?([\w:.+-]+)::(.*)$", re.M)
_RST_EXPLICIT = re.compile(r"^([ \t]*)\.\.(?:[ \t]|$)[^\n]*$", re.M)
_RST_CODE_DIRECTIVES = {"code", "code-block", "sourcecode", "literalinclude", "math", "raw", "highlight",
                        "include", "image", "figure", "csv-table", "graphviz", "digraph", "graph", "doctest",
                        "testcode", "testoutput", "ipython", "jupyter-execute", "mermaid", "plot", "toctree",
                        "automodule", "autoclass", "autofunction", "literal", "parsed-literal", "only",
                        "index", "meta", "role", "default-role", "contents", "sectnum", "tabularcolumns"}
_RST_INLINE = re.compile(
    r"``.+?``"                                  # inline literal
    r"|(?::[\w:+.-]+:)?`[^`\n]+`(?::[\w:+.-]+:)?_{0,2}"  # roles, interpreted text, references
    r"|\|[^|\s][^|\n]*\|_{0,2}"                  # substitutions
    r"|\[(?:#[\w-]*|\*|\d+|[\w-]+)\]_"           # footnote / citation references
    r"|(?<!\w)_`[^`\n]+`"                        # inline targets
    r"|\b[\w-]+_(?=[\s.,;:!?)]|$)",              # simple references: word_
    re.M)
_RST_ADORN = re.compile(r"^([=\-`:'\"~^_*+#<>.])\1{2,}[ \t]*$", re.M)
_RST_FIELD = re.compile(r"^[ \t]*:[^:\n]+:(?=\s)", re.M)
_RST_TABLE = re.compile(r"^[ \t]*[+|][-=+|: ]*[+|][ \t]*$", re.M)


def _indented_after(text: str, pos: int, indent: int) -> int:
    """End of the block of lines after `pos` that are blank or indented deeper than `indent` columns."""
    end = pos
    i = pos
    n = len(text)
    while i < n:
        j = text.find("\n", i)
        j = n if j < 0 else j
        line = text[i:j]
        if line.strip():
            width = len(line) - len(line.lstrip(" \t"))
            if width <= indent:
                break
            end = j
        i = j + 1
    return end


def rst_spans(text: str) -> list[Span]:
    """reStructuredText markup: directives (with their bodies when code/math), comments, literal blocks
    after `::`, inline literals, roles, references, substitutions, section adornments and field names."""
    spans: list[Span] = []
    for m in _RST_EXPLICIT.finditer(text):
        indent = len(m.group(1).expandtabs())
        d = _RST_DIRECTIVE.match(text, m.start())
        if d and d.end() == m.end():
            name = d.group(2).split(":")[-1].lower()
            body_end = _indented_after(text, m.end() + 1, indent)
            if name in _RST_CODE_DIRECTIVES:
                spans.append((m.start(), max(m.end(), body_end)))
            else:               # admonitions etc.: the body is prose, options are not
                spans.append(m.span())
                i = m.end() + 1
                while i < len(text):
                    j = text.find("\n", i)
                    j = len(text) if j < 0 else j
                    if re.match(r"[ \t]+:[\w-]+:", text[i:j]):
                        spans.append((i, j))
                        i = j + 1
                    else:
                        break
        else:                   # comments, hyperlink targets, footnotes/citations definitions' labels
            line = m.group()
            if re.match(r"[ \t]*\.\.[ \t]+\[[^\]]+\]", line):       # footnote: skip the label only
                lab = re.match(r"[ \t]*\.\.[ \t]+\[[^\]]+\]", line)
                spans.append((m.start(), m.start() + lab.end()))
            else:
                spans.append((m.start(), max(m.end(), _indented_after(text, m.end() + 1, indent))))
    # literal blocks: a paragraph ending with "::" introduces an indented block
    for m in re.finditer(r"::[ \t]*$", text, re.M):
        nl = text.find("\n", m.end())
        if nl < 0:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        para_line = text[line_start:m.start()]
        if para_line.lstrip().startswith(".."):       # a directive, handled above
            continue
        spans.append(m.span())
        indent = len(para_line) - len(para_line.lstrip(" \t"))
        spans.append((nl, _indented_after(text, nl + 1, indent)))
    for rx in (_RST_INLINE, _RST_ADORN, _RST_FIELD, _RST_TABLE):
        spans += [x.span() for x in rx.finditer(text)]
    for m in re.finditer(r"`[^`\n]*<([^>\n]+)>`_{1,2}", text):   # `text <url>`_ : the prose part is checked
        spans = [s for s in spans if not (s[0] == m.start() and s[1] == m.end())]
        spans += [(m.start(), m.start() + 1), (m.start(1) - 1, m.end())]
    return _merge(spans)


def markup_spans(fmt: str, text: str) -> list[Span]:
    """Skip spans we compute ourselves (the engine handles plain text and Markdown)."""
    if fmt == "latex":
        return latex_spans(text)
    if fmt == "rst":
        return rst_spans(text)
    return []


# ---------------------------------------------------------------------------- text files
def sniff_binary(head: bytes) -> bool:
    """NUL bytes in the first block mean a binary file (UTF-16 text included: we only read UTF-8)."""
    return b"\x00" in head[:SNIFF_BYTES]


def _decode_error(exc: UnicodeDecodeError, base: int) -> InputError:
    bad = exc.object[exc.start:exc.start + 1]
    return InputError(f"not UTF-8 text: undecodable byte 0x{bad.hex()} at byte {base + exc.start} "
                      "(convert the file to UTF-8)")


class TextDocument:
    """A UTF-8 text file (plain, Markdown, reST, LaTeX), read as chunks and written back byte-exactly."""

    def __init__(self, fmt: str, handle: BinaryIO, name: str = "", stream: bool = True):
        self.fmt = fmt
        self.name = name
        self.handle = handle
        self.bom = b""
        self.stream = stream and fmt in ("text", "markdown")
        self.words = 0
        self._base = 0
        self._base16 = 0

    def _blocks(self) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        first = True
        base = 0
        while True:
            data = self.handle.read(1 << 20)
            if first:
                first = False
                if sniff_binary(data):
                    raise InputError("binary file (contains NUL bytes); not checked")
                if data.startswith(BOM):
                    self.bom, data = BOM, data[len(BOM):]
                    base = len(BOM)
            try:
                text = decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                raise _decode_error(exc, base) from None
            base += len(data)
            if text:
                yield text
            if not data:
                return

    def chunks(self) -> Iterator[Chunk]:
        """Paragraph-aligned chunks (streamed for plain text and Markdown; one chunk for reST and LaTeX)."""
        if not self.stream:
            text = "".join(self._blocks())
            self.words += len(text.split())
            yield Chunk(text, markup_spans(self.fmt, text), 1, 0)
            return
        buf: list[str] = []
        size = 0
        line = 1
        col0 = 0
        in_fence = ""
        pending = ""
        for block in self._blocks():
            pending += block
            parts = pending.split("\n")
            pending = parts.pop()
            for part in parts:
                ln = part + "\n"
                if self.fmt == "markdown":
                    m = re.match(r"[ ]{0,3}(`{3,}|~{3,})", part)
                    if m:
                        if not in_fence:
                            in_fence = m.group(1)
                        elif m.group(1)[0] == in_fence[0] and len(m.group(1)) >= len(in_fence) \
                                and not part.strip().strip(in_fence[0]):
                            in_fence = ""
                buf.append(ln)
                size += len(ln)
                if size >= CHUNK_CHARS and (not part.strip() and not in_fence or size >= 8 * CHUNK_CHARS):
                    text = "".join(buf)
                    yield self._chunk(text, line, col0)
                    line += text.count("\n")
                    col0 = 0
                    buf, size = [], 0
            while len(pending) > 8 * CHUNK_CHARS:           # a giant line: cut at a space
                cut = pending.rfind(" ", 0, 4 * CHUNK_CHARS)
                cut = cut + 1 if cut > 0 else 4 * CHUNK_CHARS
                text = "".join(buf) + pending[:cut]
                pending = pending[cut:]
                yield self._chunk(text, line, col0)
                nls = text.count("\n")
                col0 = (len(text) - text.rfind("\n") - 1) if nls else col0 + len(text)
                line += nls
                buf, size = [], 0
        text = "".join(buf) + pending
        if text:
            yield self._chunk(text, line, col0)

    def _chunk(self, text: str, line: int, col0: int) -> Chunk:
        self.words += len(text.split())
        chunk = Chunk(text, markup_spans(self.fmt, text), line, col0, None, self._base, self._base16)
        self._base += len(text)
        self._base16 += len(text.encode("utf-16-le", "surrogatepass")) // 2
        return chunk

    def encode(self, text: str, first: bool) -> bytes:
        """Bytes of a (fixed) chunk; the byte order mark goes back in front of the first one."""
        return (self.bom if first else b"") + text.encode("utf-8", "surrogatepass")

    def respan(self, chunk: Chunk, new_text: str) -> Chunk:
        """The chunk after a fix, with its markup spans recomputed (for a further round of checking)."""
        return Chunk(new_text, markup_spans(self.fmt, new_text), chunk.line, chunk.col0, chunk.key,
                     chunk.base, chunk.base16)


# ---------------------------------------------------------------------------- Word (.docx)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_W = "{%s}" % W_NS
MONO_FONTS = ("courier", "consolas", "mono", "menlo", "monaco", "lucida console", "source code", "fira code",
              "inconsolata", "andale")
# subtrees whose text is not this paragraph's running text
_DOCX_SKIP_TAGS = {_W + "del", _W + "moveFrom", _W + "p", _W + "txbxContent", _W + "instrText", _W + "delText",
                   _W + "fldSimple_instr", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


@dataclass
class Atom:
    start: int
    end: int
    node: object | None       # the w:t element, or None for a tab / break (not editable)
    code: bool = False


def _run_is_code(run) -> bool:
    rpr = run.find(_W + "rPr")
    if rpr is None:
        return False
    style = rpr.find(_W + "rStyle")
    if style is not None and any(k in (style.get(_W + "val") or "").lower() for k in ("code", "verbatim", "source")):
        return True
    fonts = rpr.find(_W + "rFonts")
    if fonts is not None:
        face = (fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi") or "").lower()
        return any(f in face for f in MONO_FONTS)
    return False


def _para_is_code(p) -> bool:
    ppr = p.find(_W + "pPr")
    if ppr is None:
        return False
    style = ppr.find(_W + "pStyle")
    val = (style.get(_W + "val") or "").lower() if style is not None else ""
    return any(k in val for k in ("code", "preformatted", "verbatim", "source", "listing"))


class DocxParagraph:
    """One w:p: its running text as atoms over w:t nodes, and edits applied to those nodes only."""

    def __init__(self, p):
        self.p = p
        self.atoms: list[Atom] = []
        self.code = _para_is_code(p)
        self.text = ""
        self._build()

    def _build(self) -> None:
        parts: list[str] = []
        pos = 0
        self.atoms = []

        def walk(el, run=None, code=False) -> None:
            nonlocal pos
            for child in el:
                tag = child.tag
                if not isinstance(tag, str) or tag in _DOCX_SKIP_TAGS:
                    continue
                if tag == _W + "r":
                    walk(child, child, _run_is_code(child))
                elif tag == _W + "t":
                    t = child.text or ""
                    self.atoms.append(Atom(pos, pos + len(t), child, code))
                    parts.append(t)
                    pos += len(t)
                elif tag in (_W + "tab", _W + "br", _W + "cr", _W + "noBreakHyphen", _W + "softHyphen"):
                    ch = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-", "softHyphen": ""}[tag[len(_W):]]
                    if ch:
                        self.atoms.append(Atom(pos, pos + 1, None, True))
                        parts.append(ch)
                        pos += 1
                elif tag in (_W + "rPr", _W + "pPr"):
                    continue
                else:
                    walk(child, run, code)

        walk(self.p)
        self.text = "".join(parts)

    def skip(self) -> list[Span]:
        if self.code:
            return [(0, len(self.text))] if self.text else []
        return _merge([(a.start, a.end) for a in self.atoms if a.code and a.node is not None])

    def apply_edit(self, start: int, end: int, new: str) -> bool:
        """Replace text[start:end] by `new` inside the w:t nodes; False (nothing changed) when the edit
        would cross a tab, break or non-text element."""
        touched = [a for a in self.atoms if a.start < end and start < a.end]
        if start == end:
            touched = [a for a in self.atoms if a.node is not None and a.start < start <= a.end] or \
                      [a for a in self.atoms if a.node is not None and a.start <= start < a.end]
            touched = touched[:1]
        if not touched or any(a.node is None for a in touched):
            return False
        covered = sum(min(a.end, end) - max(a.start, start) for a in touched)
        if start < end and covered != end - start:
            return False
        first = True
        for a in touched:
            t = a.node.text or ""
            lo, hi = max(start, a.start) - a.start, min(end, a.end) - a.start
            if start == end:
                lo = hi = start - a.start
            t = t[:lo] + (new if first else "") + t[hi:]
            first = False
            a.node.text = t
            if t != t.strip():
                a.node.set(XML_SPACE, "preserve")
        self._build()
        return True


class DocxDocument:
    """A Word file opened with python-docx; each paragraph (body, tables, text boxes) is a chunk."""

    def __init__(self, handle: BinaryIO, name: str = ""):
        import zipfile

        import docx
        try:
            self.doc = docx.Document(handle)
        except (zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise InputError(f"not a readable .docx file ({exc})") from None
        except Exception as exc:  # python-docx raises assorted errors for damaged packages
            raise InputError(f"not a readable .docx file ({type(exc).__name__}: {exc})") from None
        self.fmt = "docx"
        self.name = name
        self.words = 0
        self.paragraphs: list[DocxParagraph] = []

    def _elements(self):
        body = self.doc.element.body
        yield from body.iter(_W + "p")
        for section in self.doc.sections:       # headers and footers are prose too
            for part in (section.header, section.footer):
                try:
                    if part.is_linked_to_previous:
                        continue
                    yield from part._element.iter(_W + "p")
                except Exception:
                    continue

    def chunks(self) -> Iterator[Chunk]:
        for n, p in enumerate(self._elements(), 1):
            para = DocxParagraph(p)
            self.paragraphs.append(para)
            if not para.text.strip():
                continue
            self.words += len(para.text.split())
            yield Chunk(para.text, para.skip(), n, 0, para)

    def respan(self, chunk: Chunk, new_text: str) -> Chunk:
        para: DocxParagraph = chunk.key
        return Chunk(para.text, para.skip(), chunk.line, 0, para)

    def save(self, handle: BinaryIO) -> None:
        self.doc.save(handle)


def open_document(fmt: str, handle: BinaryIO, name: str = "") -> TextDocument | DocxDocument:
    """A document reader for an open binary handle (a file or stdin)."""
    if fmt == "docx":
        return DocxDocument(handle, name)
    return TextDocument(fmt, handle, name)

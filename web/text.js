// Pure text helpers: blocks (the unit we check and cache), offsets, re-anchoring, applying.
// All offsets here are JavaScript string indices (UTF-16 code units) unless named *Cp.

const SENTENCE_END = /[.!?:;]["'’”)\]*_]*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]\s|\d+[.)]\s|>|#{1,6}\s|\|)/;
const FENCE = /^\s*(```|~~~)/;

/**
 * Split a document into blocks: paragraphs separated by blank lines; single line breaks also
 * split when the line before ends a sentence, is a heading, or the next line is a list item,
 * so plain text with one line per paragraph is checked (and cached) paragraph by paragraph.
 * Hard-wrapped sentences stay together. Fenced code stays one block.
 * Returns [{start, end, text}] with text === doc.slice(start, end); blank lines belong to no block.
 */
export function splitBlocks(doc) {
  const blocks = [];
  let blockStart = -1;
  let blockEnd = -1;
  let inFence = false;
  let pos = 0;
  let prevLine = "";
  const close = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd, text: doc.slice(blockStart, blockEnd) });
    blockStart = -1;
  };
  while (pos <= doc.length) {
    let nl = doc.indexOf("\n", pos);
    if (nl < 0) nl = doc.length;
    const line = doc.slice(pos, nl);
    const blank = line.trim() === "";
    const fence = FENCE.test(line);
    if (inFence) {
      blockEnd = nl;
      if (fence) { inFence = false; close(); }
    } else if (blank) {
      close();
    } else {
      if (fence) { close(); inFence = true; }
      else if (blockStart >= 0 && (SENTENCE_END.test(prevLine) || LIST_ITEM.test(line) || /^\s*#/.test(prevLine))) close();
      if (blockStart < 0) blockStart = pos;
      blockEnd = nl;
    }
    prevLine = line;
    if (nl >= doc.length) break;
    pos = nl + 1;
  }
  close();
  return blocks;
}

/** JS string index -> code point index (what /api/v1/reword takes). */
export function utf16ToCp(text, index) {
  let cp = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    cp++;
  }
  return cp;
}

/** Code point index -> JS string index. */
export function cpToUtf16(text, cp) {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/** The region that changed between two texts: {start, oldEnd, newEnd}. */
export function diffRange(oldText, newText) {
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  return { start: p, oldEnd: oldText.length - s, newEnd: newText.length - s };
}

const WORDISH = /[\p{L}\p{N}'’_-]/u;

/**
 * Move suggestions across an edit. Suggestions before the edit stay, after it shift, and ones the
 * edit touches are dropped (a suggestion only "touched" at its edge by inserted/deleted spaces or
 * punctuation survives: typing a space after a misspelling keeps its underline).
 */
export function reanchor(suggestions, oldText, newText) {
  if (oldText === newText) return suggestions;
  const d = diffRange(oldText, newText);
  const delta = d.newEnd - d.oldEnd;
  const changed = oldText.slice(d.start, d.oldEnd) + newText.slice(d.start, d.newEnd);
  const wordy = WORDISH.test(changed);
  const out = [];
  for (const s of suggestions) {
    if (s.end < d.start || (s.end === d.start && s.start < s.end && !wordy)) {
      out.push(s);
    } else if (s.start > d.oldEnd || (s.start === d.oldEnd && s.start < s.end && !wordy)) {
      out.push({ ...s, start: s.start + delta, end: s.end + delta });
    }
    // otherwise: overlaps the edit -> stale, dropped until the block is re-checked
  }
  return out;
}

/**
 * The edit that applying `replacement` at [start, end) should make, with the same seam rules as
 * assistant.suggestion.apply(): an insertion gets one space between words, a deletion swallows one
 * adjacent space. Returns {start, end, text}.
 */
export function seamEdit(doc, start, end, replacement) {
  let text = replacement;
  const before = doc.slice(0, start);
  const after = doc.slice(end);
  if (start === end && text) {
    if (before && !/\s$/.test(before)) text = " " + text;
    if (after && /^[\p{L}\p{N}]/u.test(after)) text = text + " ";
  } else if (!text) {
    if (before.endsWith(" ") && (!after || " .,;:!?)".includes(after[0]))) start -= 1;
    else if (after.startsWith(" ") && (!before || " (".includes(before[before.length - 1]))) end += 1;
  }
  return { start, end, text };
}

/**
 * Apply several {start, end, replacement} edits (non-overlapping ones, right to left, with seams).
 * Returns one replacement {start, end, text} covering all of them (one undo step), or null.
 */
export function applyMany(doc, edits) {
  const chosen = [];
  let lastStart = Infinity;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    if (e.end <= lastStart) { chosen.push(e); lastStart = e.start; }
  }
  if (!chosen.length) return null;
  let text = doc;
  let from = Infinity;
  let oldTo = -Infinity;
  for (const e of chosen) {
    const s = seamEdit(text, e.start, e.end, e.replacement);
    text = text.slice(0, s.start) + s.text + text.slice(s.end);
    from = Math.min(from, s.start);
    oldTo = Math.max(oldTo, s.end);  // edits right of this one were applied first: old coordinates
  }
  return { start: from, end: oldTo, text: text.slice(from, text.length - (doc.length - oldTo)) };
}

export function countWords(text) {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

export function titleFrom(text) {
  const line = text.split("\n").find((l) => l.trim()) || "";
  const t = line.replace(/^[#>\s*-]+/, "").trim();
  return t.length > 60 ? t.slice(0, 57) + "…" : t || "Untitled";
}

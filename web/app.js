// Cloze browser editor: a <textarea> (native caret, selection, IME and undo) over a mirror layer
// that draws the underlines. Text is checked per block (paragraph), results cached by block text.
// Everything from the user or the server is rendered with textContent, never as HTML.
import { api, ApiError } from "./api.js";
import { splitBlocks, utf16ToCp, reanchor, seamEdit, applyMany, countWords, titleFrom } from "./text.js";

const CATEGORIES = ["spelling", "grammar", "word_choice", "missing_word", "punctuation", "style"];
const LABELS = {
  spelling: "Spelling", grammar: "Grammar", word_choice: "Word choice",
  missing_word: "Missing word", punctuation: "Punctuation", style: "Style",
};
const DEBOUNCE_MS = 250;       // pause while typing inside a word
const DEBOUNCE_BOUNDARY_MS = 120;  // pause after a space, punctuation or a new line
const SAVE_MS = 800;
const BATCH_CHARS = 6000;
const CACHE_MAX = 4000;
const MAX_BLOCK = 40000;           // the server checks at most 50,000 characters per request
const PING_MS = 3000;
const LS = { settings: "cloze.settings", draft: "cloze.draft", current: "cloze.currentDoc", dismissed: "cloze.dismissed" };

const $ = (id) => document.getElementById(id);
const ed = $("editor");
const mirror = $("mirror");
const wrap = $("editor-wrap");
const card = $("card");

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(e.dataset, v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

function readJSON(key, fallback) {
  try {
    const v = localStorage.getItem(key);
    return v ? JSON.parse(v) : fallback;
  } catch {
    return fallback;
  }
}
function writeJSON(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch { /* storage full or disabled: the server copy still exists */ }
}

// ---------------------------------------------------------------- state

const state = {
  text: "",
  suggestions: [],              // absolute UTF-16 offsets, sorted; each has .key
  byKey: new Map(),
  cache: new Map(),             // block text -> suggestions relative to the block
  settings: Object.assign(
    { language: "en-US", picky: false, disabledCategories: [], disabledRules: [] },
    readJSON(LS.settings, {}),
  ),
  dismissed: new Set(readJSON(LS.dismissed, [])),
  dictionary: new Set(),
  doc: { id: null, title: "", revision: null },
  docs: [],
  dirty: false,
  saving: null,
  checking: false,
  recheck: false,
  checkTimer: 0,
  saveTimer: 0,
  online: true,
  pingTimer: 0,
  active: null,                 // key of the suggestion whose card is open
  cardPinned: false,
  lastError: "",
};

// ---------------------------------------------------------------- status

function setStatus(msg) {
  $("status").textContent = msg;
}
function setError(msg) {
  if (state.lastError === msg) return;
  state.lastError = msg;
  $("error").textContent = msg;
}
function setState(s) {
  wrap.dataset.state = s;
}
function updateCounts() {
  const n = state.suggestions.length;
  $("counts").textContent = `${countWords(ed.value)} words · ${n} suggestion${n === 1 ? "" : "s"}`;
}

function handleError(err, what) {
  if (err instanceof ApiError && err.unreachable) {
    goOffline();
  } else {
    setError(`${what} failed: ${err.message || err}`);
  }
}

function goOffline() {
  state.online = false;
  setState("offline");
  setError("Can't reach the Cloze server. Your text is kept in this browser and will be saved when the server is back.");
  if (!state.pingTimer) state.pingTimer = setInterval(ping, PING_MS);
}

async function ping() {
  try {
    await api.health();
  } catch {
    return;
  }
  clearInterval(state.pingTimer);
  state.pingTimer = 0;
  state.online = true;
  setError("");
  setStatus("Connected again.");
  if (state.dirty) save();
  scheduleCheck(0);
  loadDocList().catch(() => {});
}

// ---------------------------------------------------------------- rendering the mirror

let segs = [];           // [{start, end, key, el}]

function renderMirror() {
  const text = ed.value;
  const blocks = splitBlocks(text);
  const bounds = blocks.length ? blocks.map((b) => b.start) : [0];
  bounds[0] = 0;
  const sugs = state.suggestions;
  const pool = new Map();
  for (const s of segs) {
    const list = pool.get(s.key);
    if (list) list.push(s.el); else pool.set(s.key, [s.el]);
  }
  const next = [];
  let si = 0;
  for (let i = 0; i < bounds.length; i++) {
    const start = bounds[i];
    const end = i + 1 < bounds.length ? bounds[i + 1] : text.length;
    const marks = [];
    while (si < sugs.length && (sugs[si].start < end || (i === bounds.length - 1 && sugs[si].start <= end))) {
      if (sugs[si].start >= start) marks.push(sugs[si]);
      si++;
    }
    const segText = text.slice(start, end);
    let key = segText;
    if (marks.length) {
      key += "\u0000" + marks.map((m) => `${m.start - start},${m.end - start},${m.category},${m.key === state.active ? 1 : 0},${m.key}`).join(";");
    }
    const reuse = pool.get(key);
    const node = reuse && reuse.length ? reuse.pop() : buildSeg(segText, start, marks);
    next.push({ start, end, key, el: node });
  }
  // replace only the changed middle of the child list
  const old = segs.map((s) => s.el);
  const neu = next.map((s) => s.el);
  let p = 0;
  while (p < old.length && p < neu.length && old[p] === neu[p]) p++;
  let q = 0;
  while (q < old.length - p && q < neu.length - p && old[old.length - 1 - q] === neu[neu.length - 1 - q]) q++;
  const anchor = old.length - q < old.length ? old[old.length - q] : tail;
  for (let i = p; i < old.length - q; i++) if (!neu.includes(old[i])) old[i].remove();
  for (let i = p; i < neu.length - q; i++) mirror.insertBefore(neu[i], anchor);
  segs = next;
  mirror.scrollTop = ed.scrollTop;
}

const tail = document.createTextNode("\n\u200b");
mirror.append(tail);

// Where marks overlap (a long-sentence hint around a typo), the narrower one is drawn; the
// others stay listed in the panel.
function drawable(marks) {
  const kept = [];
  for (const m of [...marks].sort((x, y) => (x.end - x.start) - (y.end - y.start))) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((x, y) => x.start - y.start);
}

function buildSeg(segText, segStart, marks) {
  const span = document.createElement("span");
  let pos = 0;
  for (const m of drawable(marks)) {
    const a = m.start - segStart;
    const b = m.end - segStart;
    if (a < pos) continue;  // a guard: drawable() leaves no overlaps
    if (a > pos) span.append(segText.slice(pos, a));
    const mk = document.createElement("span");
    mk.className = `u u-${m.category}${m.key === state.active ? " active" : ""}`;
    mk.dataset.k = m.key;
    mk.dataset.category = m.category;
    mk.textContent = segText.slice(a, b);
    span.append(mk);
    pos = b;
  }
  if (pos < segText.length) span.append(segText.slice(pos));
  return span;
}

/** Viewport rectangle of the text range [start, end) (JS offsets), via the mirror. */
function rectFor(start, end) {
  const seg = segs.find((s) => start >= s.start && start < s.end) || segs[segs.length - 1];
  if (!seg) return ed.getBoundingClientRect();
  const range = document.createRange();
  const walker = document.createTreeWalker(seg.el, NodeFilter.SHOW_TEXT);
  let pos = seg.start;
  let startSet = false;
  let node;
  let last = null;
  while ((node = walker.nextNode())) {
    const len = node.data.length;
    if (!startSet && start <= pos + len) {
      range.setStart(node, start - pos);
      startSet = true;
    }
    if (startSet && end <= pos + len) {
      range.setEnd(node, end - pos);
      break;
    }
    pos += len;
    last = node;
  }
  if (!startSet) return ed.getBoundingClientRect();
  if (!node && last) range.setEnd(last, last.data.length);
  const rects = range.getClientRects();
  if (rects.length) return rects[0];
  const mk = mirror.querySelector(`[data-k="${CSS.escape(state.active || "")}"]`);
  return (mk || ed).getBoundingClientRect();
}

/** Scroll the editor so that offset is comfortably visible. */
function scrollToOffset(start, end) {
  const r = rectFor(start, end);
  const box = ed.getBoundingClientRect();
  if (r.top < box.top + 20 || r.bottom > box.bottom - 40) {
    ed.scrollTop += r.top - box.top - box.height / 3;
    mirror.scrollTop = ed.scrollTop;
  }
}

// ---------------------------------------------------------------- suggestions

function allowed(s) {
  if (state.dismissed.has(s.id)) return false;
  if (state.settings.disabledRules.includes(s.rule_id)) return false;
  if (state.settings.disabledCategories.includes(s.category)) return false;
  if (s.category === "spelling" && (state.dictionary.has(s.original) || state.dictionary.has(s.original.toLowerCase()))) return false;
  return true;
}

function setSuggestions(list) {
  list.sort((a, b) => a.start - b.start || a.end - b.end);
  state.suggestions = list;
  state.byKey = new Map(list.map((s) => [s.key, s]));
  if (state.active && !state.byKey.has(state.active)) closeCard();
  renderMirror();
  schedulePanel();
  updateCounts();
}

/** Rebuild the suggestion list: cached results for checked blocks, re-anchored old ones elsewhere. */
function refreshFromCache() {
  const text = ed.value;
  const blocks = splitBlocks(text);
  const old = state.suggestions;
  const out = [];
  let oi = 0;
  for (const b of blocks) {
    const cached = state.cache.get(b.text);
    if (cached) {
      state.cache.delete(b.text);  // LRU refresh
      state.cache.set(b.text, cached);
      for (const r of cached) {
        const s = { ...r, start: r.start + b.start, end: r.end + b.start };
        s.key = `${s.id}@${s.start}`;
        if (allowed(s)) out.push(s);
      }
    } else {
      while (oi < old.length && old[oi].start < b.start) oi++;
      for (let j = oi; j < old.length && old[j].start <= b.end; j++) if (allowed(old[j])) out.push(old[j]);
    }
  }
  setSuggestions(out);
}

function onInput(ev) {
  const text = ed.value;
  const moved = reanchor(state.suggestions, state.text, text).map((s) => ({ ...s, key: `${s.id}@${s.start}` }));
  state.text = text;
  closeCard();
  setSuggestions(moved);
  saveDraft();
  state.dirty = true;
  scheduleSave();
  const boundary = ev && (ev.inputType === "insertLineBreak" || ev.inputType === "insertParagraph" ||
    (typeof ev.data === "string" && /[\s.,;:!?)]$/.test(ev.data)));
  scheduleCheck(boundary ? DEBOUNCE_BOUNDARY_MS : DEBOUNCE_MS);
}

function scheduleCheck(ms) {
  clearTimeout(state.checkTimer);
  setState(state.online ? "pending" : "offline");
  state.checkTimer = setTimeout(runCheck, ms);
}

function checkOptions() {
  const s = state.settings;
  const o = { language: s.language, picky: s.picky, markup: "auto" };
  if (s.disabledCategories.length) o.disabled_categories = s.disabledCategories;
  if (s.disabledRules.length) o.disabled_rules = s.disabledRules;
  return o;
}

async function runCheck() {
  if (state.checking) {
    state.recheck = true;
    return;
  }
  if (!state.online) return;
  state.checking = true;
  setState("checking");
  try {
    refreshFromCache();  // blocks already checked (e.g. after undo) show their results at once
    if (/^(Some text|A paragraph)/.test(state.lastError)) setError("");
    for (;;) {
      const text = ed.value;
      const caret = ed.selectionStart;
      const blocks = splitBlocks(text);
      const seen = new Set();
      const need = [];
      for (const b of blocks) {
        if (b.text.length > MAX_BLOCK && !state.cache.has(b.text)) {
          state.cache.set(b.text, []);
          setError(`A paragraph longer than ${MAX_BLOCK} characters is not checked; split it with a blank line.`);
        }
        if (!state.cache.has(b.text) && !seen.has(b.text) && b.text.trim()) {
          seen.add(b.text);
          need.push(b);
        }
      }
      if (!need.length) break;
      // the block being edited first, then the rest in reading order
      need.sort((a, b) => (a.end < caret ? caret - a.end : a.start > caret ? a.start - caret : 0) -
        (b.end < caret ? caret - b.end : b.start > caret ? b.start - caret : 0) || a.start - b.start);
      const batch = [];
      let size = 0;
      for (const b of need) {
        if (batch.length && size + b.text.length > BATCH_CHARS) break;
        batch.push(b.text);
        size += b.text.length + 2;
      }
      setStatus("Checking…");
      const joined = batch.join("\n\n");
      let res;
      try {
        res = await api.check({ text: joined, ...checkOptions() });
      } catch (err) {
        // a request the server refuses for its content (too long, invalid text) would fail forever:
        // leave those blocks unchecked-but-settled and say so; anything else is retried later
        if (err instanceof ApiError && (err.status === 400 || err.status === 413)) {
          batch.forEach((t) => state.cache.set(t, []));
          setError(`Some text could not be checked: ${err.message}`);
          continue;
        }
        throw err;
      }
      const offs = [];
      let o = 0;
      for (const t of batch) {
        offs.push(o);
        o += t.length + 2;
      }
      const per = batch.map(() => []);
      for (const s of res.suggestions || []) {
        const start = s.start_utf16 ?? s.start;
        const end = s.end_utf16 ?? s.end;
        let i = offs.length - 1;
        while (i > 0 && offs[i] > start) i--;
        const rs = start - offs[i];
        const re = end - offs[i];
        if (re > batch[i].length) continue;  // crosses the join: cannot belong to one block
        per[i].push({
          id: s.id, start: rs, end: re, category: s.category, rule_id: s.rule_id, message: s.message,
          replacements: s.replacements || [], confidence: s.confidence,
          original: s.original ?? batch[i].slice(rs, re),
        });
      }
      batch.forEach((t, i) => state.cache.set(t, per[i]));
      while (state.cache.size > CACHE_MAX) state.cache.delete(state.cache.keys().next().value);
      refreshFromCache();
      if (state.lastError.startsWith("Checking failed")) setError("");
    }
    const n = state.suggestions.length;
    setStatus(n ? `${n} suggestion${n === 1 ? "" : "s"}` : "No suggestions");
    setState("idle");
  } catch (err) {
    setState(state.online ? "error" : "offline");
    handleError(err, "Checking");
    if (!state.online) setState("offline");
    setStatus("");
  } finally {
    state.checking = false;
    if (state.recheck) {
      state.recheck = false;
      if (state.online) scheduleCheck(0);
    }
    document.dispatchEvent(new CustomEvent("cloze:checked"));
  }
}

function recheckAll() {
  state.cache.clear();
  refreshFromCache();
  scheduleCheck(0);
}

// ---------------------------------------------------------------- editing

/** Replace [start, end) with text as one native edit (undoable with Ctrl+Z, caret restored). */
function replaceRange(start, end, text) {
  ed.focus();
  ed.setSelectionRange(start, end);
  let ok = false;
  try {
    ok = text ? document.execCommand("insertText", false, text) : start === end || document.execCommand("delete");
  } catch {
    ok = false;
  }
  if (!ok) {
    ed.setRangeText(text, start, end, "end");
    ed.dispatchEvent(new InputEvent("input", { inputType: "insertReplacementText", data: text }));
  }
}

function applySuggestion(s, replacement) {
  if (ed.value.slice(s.start, s.end) !== s.original) {
    setStatus("The text changed; check again.");
    return;
  }
  const e = seamEdit(ed.value, s.start, s.end, replacement);
  closeCard(true);
  replaceRange(e.start, e.end, e.text);
  feedback(s, "accepted", replacement);
  setStatus(replacement ? `Replaced with “${replacement}”.` : "Deleted.");
}

function acceptAll(category) {
  const list = state.suggestions.filter((s) => s.category === category && s.replacements.length &&
    ed.value.slice(s.start, s.end) === s.original);
  const edit = applyMany(ed.value, list.map((s) => ({ start: s.start, end: s.end, replacement: s.replacements[0] })));
  if (!edit) return;
  closeCard();
  replaceRange(edit.start, edit.end, edit.text);
  for (const s of list) feedback(s, "accepted", s.replacements[0]);
  setStatus(`Accepted ${list.length} ${LABELS[category].toLowerCase()} suggestion${list.length === 1 ? "" : "s"}.`);
}

function feedback(s, action, replacement) {
  const body = { suggestion_id: s.id, action, rule_id: s.rule_id, original: s.original };
  if (replacement !== undefined) body.replacement = replacement;
  api.feedback(body).catch(() => {});
}

function dismiss(s) {
  state.dismissed.add(s.id);
  writeJSON(LS.dismissed, [...state.dismissed].slice(-2000));
  feedback(s, "dismissed");
  closeCard(true);
  refreshFromCache();
  setStatus("Dismissed.");
}

async function addToDictionary(word) {
  word = word.trim();
  if (!word) return;
  try {
    const res = await api.addWord(word);
    state.dictionary = new Set(res.words || [...state.dictionary, word]);
  } catch (err) {
    handleError(err, "Adding to the dictionary");
    return;
  }
  refreshFromCache();
  renderDictionary();
  setStatus(`“${word}” added to your dictionary.`);
}

function turnOffRule(s) {
  if (!state.settings.disabledRules.includes(s.rule_id)) state.settings.disabledRules.push(s.rule_id);
  saveSettings();
  closeCard(true);
  refreshFromCache();
  setStatus(`Rule ${s.rule_id} turned off (Settings to turn it on again).`);
}

// ---------------------------------------------------------------- card

function placeCard(rect) {
  card.hidden = false;
  const cw = card.offsetWidth;
  const ch = card.offsetHeight;
  const box = wrap.getBoundingClientRect();
  const right = box.right - cw >= 8 ? Math.min(box.right, window.innerWidth) : window.innerWidth;
  const left = Math.max(8, Math.min(rect.left, right - cw - 8));
  let top = rect.bottom + 8;
  if (top + ch > window.innerHeight - 8) top = Math.max(8, rect.top - ch - 8);
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}

function fillCard(kind, title, message) {
  card.className = `card ${kind}`;
  $("card-title").textContent = title;
  $("card-message").textContent = message;
  $("card-replacements").replaceChildren();
  $("card-actions").replaceChildren();
}

function openCard(s, { pinned = true, focus = false } = {}) {
  const prev = state.active;
  state.active = s.key;
  state.cardPinned = pinned;
  fillCard(`c-${s.category}`, LABELS[s.category] || s.category, s.message);
  card.dataset.kind = "suggestion";
  card.dataset.category = s.category;
  const reps = $("card-replacements");
  s.replacements.slice(0, 5).forEach((r, i) => {
    const label = r === "" ? `Delete “${s.original}”` : r;
    reps.append(el("button", {
      type: "button", class: (i ? "alt" : "") + (r === "" ? " delete" : ""), text: label,
      "aria-label": r === "" ? `Delete ${s.original}` : `Replace with ${r}`,
      onclick: () => applySuggestion(s, r),
    }));
  });
  const acts = $("card-actions");
  acts.append(el("button", { type: "button", text: "Dismiss", onclick: () => dismiss(s) }));
  if (s.category === "spelling") {
    acts.append(el("button", {
      type: "button", text: "Add to dictionary",
      onclick: () => { feedback(s, "added_to_dictionary"); closeCard(true); addToDictionary(s.original); },
    }));
  }
  acts.append(el("button", { type: "button", text: "Turn off this rule", onclick: () => turnOffRule(s) }));
  if (prev !== s.key) renderMirror();
  scrollToOffset(s.start, s.end);
  placeCard(rectFor(s.start, s.end));
  markPanelActive();
  if (focus) (card.querySelector("button:not(.icon)") || card).focus();
}

function closeCard(refocus = false) {
  const wasOpen = !card.hidden;
  const inCard = card.contains(document.activeElement);
  card.hidden = true;
  card.dataset.kind = "";
  state.cardPinned = false;
  if (state.active) {
    state.active = null;
    renderMirror();
    markPanelActive();
  }
  if (wasOpen && (refocus || inCard)) ed.focus();
}

// ---------------------------------------------------------------- reword

function wordAt(text, pos) {
  let a = pos;
  let b = pos;
  while (a > 0 && /[\p{L}\p{N}'’-]/u.test(text[a - 1])) a--;
  while (b < text.length && /[\p{L}\p{N}'’-]/u.test(text[b])) b++;
  return [a, b];
}

async function reword() {
  let start = ed.selectionStart;
  let end = ed.selectionEnd;
  const text = ed.value;
  if (start === end) [start, end] = wordAt(text, start);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start === end) {
    setStatus("Select a word or phrase to reword.");
    return;
  }
  const original = text.slice(start, end);
  const block = splitBlocks(text).find((b) => b.start <= start && end <= b.end);
  const ctx = block ? block.text : text;
  const base = block ? block.start : 0;
  closeCard();
  setStatus("Finding alternatives…");
  let res;
  try {
    res = await api.reword({
      text: ctx, start: utf16ToCp(ctx, start - base), end: utf16ToCp(ctx, end - base),
      language: state.settings.language,
    });
  } catch (err) {
    handleError(err, "Reword");
    setStatus("");
    return;
  }
  const alts = (res.alternatives || []).filter((a) => a.text && a.text !== original);
  fillCard("c-reword", "Reword", alts.length ? `Alternatives for “${original}”` : `No alternatives found for “${original}”.`);
  card.dataset.kind = "reword";
  card.dataset.category = "";
  state.cardPinned = true;
  const reps = $("card-replacements");
  alts.slice(0, 8).forEach((a, i) => {
    reps.append(el("button", {
      type: "button", class: i ? "alt" : "", text: a.text, "aria-label": `Replace with ${a.text}`,
      onclick: () => {
        if (ed.value.slice(start, end) !== original) {
          setStatus("The text changed; reword again.");
          closeCard(true);
          return;
        }
        closeCard(true);
        replaceRange(start, end, a.text);
        setStatus(`Replaced with “${a.text}”.`);
      },
    }));
  });
  $("card-actions").append(el("button", { type: "button", text: "Cancel", onclick: () => closeCard(true) }));
  setStatus(alts.length ? `${alts.length} alternatives.` : "No alternatives.");
  placeCard(rectFor(start, end));
  (card.querySelector("#card-replacements button") || $("card-close")).focus();
}

// ---------------------------------------------------------------- navigation & hit testing

function navigate(dir) {
  const list = state.suggestions;
  if (!list.length) {
    setStatus("No suggestions.");
    return;
  }
  const cur = state.active && state.byKey.get(state.active);
  const pos = cur ? cur.start : ed.selectionStart;
  let target;
  if (dir > 0) target = list.find((s) => (cur ? s.start > pos || (s.start === pos && s.key !== cur.key && list.indexOf(s) > list.indexOf(cur)) : s.end >= pos)) || list[0];
  else target = [...list].reverse().find((s) => (cur ? s.start < pos : s.end < pos)) || list[list.length - 1];
  goTo(target, true);
}

function goTo(s, focusCard) {
  ed.focus();
  ed.setSelectionRange(s.start, s.end);
  openCard(s, { pinned: true, focus: focusCard });
}

function hitTest(x, y) {
  for (const mk of mirror.querySelectorAll(".u")) {
    const missing = mk.classList.contains("u-missing_word");
    for (const r of mk.getClientRects()) {
      const padX = missing ? 6 : 0;
      if (x >= r.left - padX && x <= r.right + padX && y >= r.top && y <= r.bottom + 6) return state.byKey.get(mk.dataset.k);
    }
  }
  return null;
}

let hoverTimer = 0;
let hoverKey = null;
let lastMouse = null;
let hoverFrame = 0;

function onHover() {
  hoverFrame = 0;
  if (!lastMouse) return;
  const s = hitTest(lastMouse.x, lastMouse.y);
  const key = s ? s.key : null;
  if (key === hoverKey) return;
  hoverKey = key;
  clearTimeout(hoverTimer);
  if (s && !(state.cardPinned && !card.hidden)) {
    hoverTimer = setTimeout(() => openCard(s, { pinned: false }), 350);
  } else if (!s && !state.cardPinned && !card.hidden) {
    hoverTimer = setTimeout(() => { if (!card.matches(":hover") && !state.cardPinned) closeCard(); }, 400);
  }
}

// ---------------------------------------------------------------- side panel

let panelFrame = 0;
let panelSig = "";

function schedulePanel() {
  if (!panelFrame) panelFrame = requestAnimationFrame(renderPanel);
}

function renderPanel() {
  panelFrame = 0;
  const sig = state.suggestions.map((s) => s.key + s.replacements[0]).join("|");
  if (sig === panelSig) return;
  panelSig = sig;
  const groups = $("groups");
  const frag = document.createDocumentFragment();
  for (const cat of CATEGORIES) {
    const items = state.suggestions.filter((s) => s.category === cat);
    if (!items.length) continue;
    const headId = `g-${cat}`;
    const sec = el("section", { class: "group", "aria-labelledby": headId, dataset: { category: cat } });
    const h = el("h3", { id: headId },
      el("span", { class: `swatch c-${cat}`, "aria-hidden": "true" }),
      LABELS[cat], " ",
      el("span", { class: "count", "aria-label": `${items.length} suggestions`, text: String(items.length) }));
    const head = el("div", { class: "group-head" }, h);
    if (items.some((s) => s.replacements.length)) {
      head.append(el("button", {
        type: "button", text: "Accept all", "aria-label": `Accept all ${LABELS[cat]} suggestions`,
        onclick: () => acceptAll(cat),
      }));
    }
    const ul = el("ul", { role: "list" });
    for (const s of items) {
      const rep = s.replacements[0];
      const b = el("button", {
        type: "button", dataset: { k: s.key },
        "aria-label": `${LABELS[cat]}: ${s.message}`,
        onclick: () => { const cur = state.byKey.get(s.key); if (cur) goTo(cur, true); },
      });
      if (s.start === s.end) b.append(el("span", { class: "item-repl", text: `+ ${rep ?? ""}` }));
      else if (rep === undefined) b.append(el("span", { class: "item-note", text: s.message }));  // nothing to strike out
      else {
        b.append(el("span", { class: "item-orig", text: s.original }),
          el("span", { class: "item-arrow", text: "→" }), el("span", { class: "item-repl", text: rep || "(delete)" }));
      }
      ul.append(el("li", {}, b));
    }
    sec.append(head, ul);
    frag.append(sec);
  }
  groups.replaceChildren(frag);
  $("total-count").textContent = String(state.suggestions.length);
  $("panel-empty").hidden = state.suggestions.length > 0;
  markPanelActive();
}

function markPanelActive() {
  for (const b of $("groups").querySelectorAll("button.active")) b.classList.remove("active");
  if (state.active) {
    const b = $("groups").querySelector(`button[data-k="${CSS.escape(state.active)}"]`);
    if (b) b.classList.add("active");
  }
}

// ---------------------------------------------------------------- documents

function saveDraft() {
  writeJSON(LS.draft, { id: state.doc.id, title: $("title").value, text: ed.value, saved: !state.dirty, ts: Date.now() });
}

function docTitle() {
  return $("title").value.trim() || titleFrom(ed.value);
}

function scheduleSave() {
  clearTimeout(state.saveTimer);
  state.saveTimer = setTimeout(() => {
    updateTitleHint();
    save();
  }, SAVE_MS);
}

function updateTitleHint() {
  $("title").placeholder = titleFrom(ed.value);
  if (state.doc.id == null) renderDocList();
}

async function save() {
  clearTimeout(state.saveTimer);
  if (state.saving) {
    await state.saving.catch(() => {});
    if (!state.dirty) return;
  }
  if (!state.dirty) return;
  const text = ed.value;
  const title = docTitle();
  const id = state.doc.id;
  state.saving = (async () => {
    const d = id == null ? await api.createDocument(title, text) : await api.saveDocument(id, title, text);
    if (state.doc.id === id) {
      state.doc = { id: d.id, title: d.title, revision: d.revision };
      localStorage.setItem(LS.current, String(d.id));
      if (ed.value === text && docTitle() === title) state.dirty = false;
      saveDraft();
      setStatus("Saved.");
      if (id == null || !state.docs.some((x) => x.id === d.id && x.title === d.title)) loadDocList().catch(() => {});
    }
  })();
  try {
    await state.saving;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404 && id != null) {
      state.doc.id = null;  // deleted elsewhere: save as a new document
      state.saving = null;
      return save();
    }
    handleError(err, "Saving");
  } finally {
    state.saving = null;
  }
}

async function loadDocList() {
  const res = await api.documents();
  state.docs = res.documents || [];
  renderDocList();
}

function renderDocList() {
  const ul = $("doc-list");
  const frag = document.createDocumentFragment();
  const docs = [...state.docs];
  if (state.doc.id == null) docs.unshift({ id: null, title: docTitle(), words: countWords(ed.value), updated_at: "" });
  for (const d of docs) {
    const cur = d.id === state.doc.id;
    const when = d.updated_at ? new Date(d.updated_at).toLocaleString() : "not saved yet";
    const b = el("button", {
      type: "button", "aria-current": cur ? "true" : "false",
      onclick: () => { if (!cur && d.id != null) openDoc(d.id); },
    }, el("span", { class: "doc-title", text: d.title || "Untitled" }),
    el("span", { class: "doc-meta", text: `${d.words ?? 0} words · ${when}` }));
    frag.append(el("li", {}, b));
  }
  ul.replaceChildren(frag);
}

function setText(text, title) {
  closeCard();
  ed.value = text;
  state.text = text;
  $("title").value = title || "";
  $("title").placeholder = titleFrom(text);
  ed.setSelectionRange(0, 0);
  ed.scrollTop = 0;
  state.suggestions = [];
  refreshFromCache();
  scheduleCheck(0);
}

async function openDoc(id) {
  if (state.dirty) await save();
  try {
    const d = await api.getDocument(id);
    state.doc = { id: d.id, title: d.title, revision: d.revision };
    state.dirty = false;
    localStorage.setItem(LS.current, String(d.id));
    setText(d.text, d.title);
    saveDraft();
    renderDocList();
    setStatus(`Opened “${d.title || "Untitled"}”.`);
  } catch (err) {
    handleError(err, "Opening the document");
  }
}

async function newDoc(text = "", title = "") {
  if (state.dirty) await save();
  state.doc = { id: null, title, revision: null };
  setText(text, title);
  state.dirty = Boolean(text);
  saveDraft();
  renderDocList();
  if (text) await save();
  ed.focus();
}

let deleteArmed = 0;
async function deleteDoc() {
  const btn = $("delete-doc");
  if (!deleteArmed) {
    btn.textContent = "Confirm delete";
    deleteArmed = setTimeout(() => { deleteArmed = 0; btn.textContent = "Delete"; }, 4000);
    return;
  }
  clearTimeout(deleteArmed);
  deleteArmed = 0;
  btn.textContent = "Delete";
  const id = state.doc.id;
  try {
    if (id != null) await api.deleteDocument(id);
  } catch (err) {
    handleError(err, "Deleting");
    return;
  }
  state.dirty = false;
  state.doc = { id: null, title: "", revision: null };
  localStorage.removeItem(LS.current);
  await loadDocList().catch(() => {});
  if (state.docs.length) await openDoc(state.docs[0].id);
  else await newDoc();
  setStatus("Document deleted.");
}

function importFile(file) {
  const reader = new FileReader();
  reader.onload = () => {
    const text = String(reader.result).replace(/\r\n?/g, "\n");
    newDoc(text, file.name.replace(/\.(txt|md|markdown)$/i, ""));
  };
  reader.onerror = () => setError("Could not read that file.");
  reader.readAsText(file);
}

function exportFile(ext) {
  const name = (docTitle().replace(/[\\/:*?"<>|…]+/g, "-").replace(/^-+|-+$/g, "").trim() || "document") + ext;
  const blob = new Blob([ed.value], { type: ext === ".md" ? "text/markdown" : "text/plain" });
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  setStatus(`Exported ${name}.`);
}

// ---------------------------------------------------------------- settings

function saveSettings() {
  writeJSON(LS.settings, state.settings);
  renderRules();
}

function renderSettings() {
  $("set-language").value = state.settings.language;
  $("set-picky").checked = state.settings.picky;
  const box = $("set-categories");
  box.replaceChildren();
  for (const cat of CATEGORIES) {
    const input = el("input", { type: "checkbox", dataset: { category: cat } });
    input.checked = !state.settings.disabledCategories.includes(cat);
    input.addEventListener("change", () => {
      const set = new Set(state.settings.disabledCategories);
      if (input.checked) set.delete(cat); else set.add(cat);
      state.settings.disabledCategories = [...set];
      saveSettings();
      recheckAll();
    });
    box.append(el("label", { class: "check" }, input, " ", LABELS[cat]));
  }
  renderRules();
  renderDictionary();
}

function renderRules() {
  const ul = $("set-rules");
  ul.replaceChildren();
  for (const rule of state.settings.disabledRules) {
    ul.append(el("li", {}, el("span", { text: rule }), el("button", {
      type: "button", text: "Turn on", "aria-label": `Turn on ${rule}`,
      onclick: () => {
        state.settings.disabledRules = state.settings.disabledRules.filter((r) => r !== rule);
        saveSettings();
        recheckAll();
      },
    })));
  }
  $("set-rules-empty").hidden = state.settings.disabledRules.length > 0;
}

function renderDictionary() {
  const ul = $("dict-list");
  ul.replaceChildren();
  for (const w of [...state.dictionary].sort()) {
    ul.append(el("li", {}, el("span", { text: w }), el("button", {
      type: "button", text: "Remove", "aria-label": `Remove ${w}`,
      onclick: async () => {
        try {
          const res = await api.removeWord(w);
          state.dictionary = new Set(res.words || []);
        } catch (err) {
          handleError(err, "Removing the word");
          return;
        }
        renderDictionary();
        recheckAll();
      },
    })));
  }
  $("dict-empty").hidden = state.dictionary.size > 0;
}

async function loadDictionary() {
  const res = await api.dictionary();
  state.dictionary = new Set(res.words || []);
  renderDictionary();
}

// ---------------------------------------------------------------- wiring

function bind() {
  ed.addEventListener("input", onInput);
  ed.addEventListener("scroll", () => {
    mirror.scrollTop = ed.scrollTop;
    if (!card.hidden) closeCard();
  });
  new ResizeObserver(() => {
    mirror.scrollTop = ed.scrollTop;
    if (!card.hidden) closeCard();
  }).observe(ed);
  ed.addEventListener("click", (e) => {
    if (ed.selectionStart !== ed.selectionEnd) return;
    const s = hitTest(e.clientX, e.clientY);
    if (s) openCard(s, { pinned: true });
    else closeCard();
  });
  wrap.addEventListener("mousemove", (e) => {
    lastMouse = { x: e.clientX, y: e.clientY };
    if (!hoverFrame) hoverFrame = requestAnimationFrame(onHover);
  });
  wrap.addEventListener("mouseleave", () => { lastMouse = null; hoverKey = null; clearTimeout(hoverTimer); });
  card.addEventListener("mouseleave", () => {
    if (!state.cardPinned) hoverTimer = setTimeout(() => { if (!state.cardPinned && hoverKey == null) closeCard(); }, 400);
  });
  card.addEventListener("mouseenter", () => clearTimeout(hoverTimer));
  $("card-close").addEventListener("click", () => closeCard(true));
  document.addEventListener("mousedown", (e) => {
    if (!card.hidden && !card.contains(e.target) && e.target !== ed) closeCard();
  });
  document.addEventListener("keydown", (e) => {
    if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      navigate(e.key === "ArrowDown" ? 1 : -1);
    } else if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === "KeyR") {
      e.preventDefault();
      reword();
    } else if (e.key === "Escape" && !card.hidden) {
      e.preventDefault();
      closeCard(true);
    }
  });
  $("reword-btn").addEventListener("mousedown", (e) => e.preventDefault());  // keep the selection
  $("reword-btn").addEventListener("click", reword);
  $("title").addEventListener("input", () => { state.dirty = true; saveDraft(); scheduleSave(); });
  $("new-doc").addEventListener("click", () => newDoc());
  $("delete-doc").addEventListener("click", deleteDoc);
  $("import-btn").addEventListener("click", () => $("import-file").click());
  $("import-file").addEventListener("change", (e) => {
    const f = e.target.files && e.target.files[0];
    if (f) importFile(f);
    e.target.value = "";
  });
  $("export-txt").addEventListener("click", () => exportFile(".txt"));
  $("export-md").addEventListener("click", () => exportFile(".md"));
  $("settings-btn").addEventListener("click", () => {
    renderSettings();
    $("settings").showModal();
    loadDictionary().catch(() => {});
  });
  $("set-language").addEventListener("change", (e) => {
    state.settings.language = e.target.value;
    saveSettings();
    recheckAll();
  });
  $("set-picky").addEventListener("change", (e) => {
    state.settings.picky = e.target.checked;
    saveSettings();
    recheckAll();
  });
  $("dict-add").addEventListener("click", () => {
    const w = $("dict-word").value;
    $("dict-word").value = "";
    addToDictionary(w);
  });
  $("dict-word").addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      $("dict-add").click();
    }
  });
  for (const [btn, pane] of [["docs-toggle", "docs"], ["panel-toggle", "panel"]]) {
    $(btn).addEventListener("click", () => {
      const open = $(pane).classList.toggle("open");
      $(btn).setAttribute("aria-expanded", String(open));
    });
  }
  window.addEventListener("pagehide", () => { if (state.dirty) saveDraft(); });
}

async function init() {
  bind();
  renderRules();
  const draft = readJSON(LS.draft, null);
  let docs;
  try {
    await loadDocList();
    docs = state.docs;
  } catch (err) {
    // offline at start: show the last local copy so nothing is lost
    if (draft) {
      state.doc = { id: draft.id, title: draft.title, revision: null };
      setText(draft.text, draft.title);
      state.dirty = !draft.saved;
    }
    handleError(err, "Loading documents");
    return;
  }
  const wanted = localStorage.getItem(LS.current);
  const known = (id) => id != null && docs.some((d) => String(d.id) === String(id));
  if (draft && !draft.saved && draft.text && (draft.id == null || known(draft.id))) {
    // a local copy that never reached the server wins; save it now
    state.doc = { id: draft.id, title: draft.title, revision: null };
    setText(draft.text, draft.title);
    state.dirty = true;
    save();
    setStatus("Restored your unsaved changes.");
  } else if (known(wanted)) {
    await openDoc(docs.find((d) => String(d.id) === String(wanted)).id);
  } else if (docs.length) {
    await openDoc(docs[0].id);
  } else {
    state.doc = { id: null, title: "", revision: null };
    setText("", "");
  }
  renderDocList();
  loadDictionary().then(refreshFromCache).catch(() => {});
  api.health().then((h) => {
    $("model-info").textContent = `Model: ${h.model ?? "?"} · Cloze ${h.version ?? ""}`;
  }).catch(() => {});
  ed.focus();
}

init();

"""Context-aware alternatives for a selected word or short phrase.

The span is replaced by one [MASK] (the slot's fit in context) and also kept
unmasked (what the model thinks the original word means there); combining the
two keeps candidates that both fit and preserve the meaning.  The original
word and its other inflections are filtered out, casing is matched.
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from assistant.checks.base import match_case
from assistant.suggestion import Options
from assistant.text import segment

FUNCTION_WORDS = frozenset((
    "a an the this that these those it its he she they we you i me him her them us my your his our their "
    "and or but nor so yet of in on at to for from by with about as into onto over under than then "
    "is are was were be been being am do does did have has had will would can could shall should may might must "
    "not no very too also just there here what which who whom whose when where why how all any some each every"
).split())
UNMASKED_WEIGHT = 1.0
SIMILARITY_WEIGHT = 50.0  # log-prob units per unit of embedding cosine: keeps the meaning (LS07 dev P@1 1.3 -> 8.3)
POOL = 300
MIN_COUNT = 50       # rare tokens are usually word fragments, not substitutes


@lru_cache(maxsize=100000)
def _lemmas(word: str) -> frozenset[str]:
    try:
        from lemminflect import getAllLemmas, getAllLemmasOOV
    except ImportError:
        return frozenset({word.lower()})
    low = word.lower()
    out = {low}
    for lem in getAllLemmas(low).values():
        out.update(lem)
    if len(out) == 1:
        for upos in ("NOUN", "VERB", "ADJ"):
            out.update(getAllLemmasOOV(low, upos).get(upos, ()))
    return frozenset(out)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    for s, e in segment.sentences(text):
        if s <= start and end <= e:
            return s, e
    return max(0, start - 300), min(len(text), end + 300)


def _prepare(engine, text: str, start: int, end: int):
    """The masked and unmasked sequences for one span, or None for an empty/invalid span."""
    if not (0 <= start < end <= len(text)) or not text[start:end].strip():
        return None
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    s0, e0 = _sentence_around(text, start, end)
    sent = engine.prepare(text[s0:e0], [])
    a, b = sent.piece_range(start - s0, end - s0)
    if b <= a:
        return None
    masked, mpos = engine._site_context(sent, a, b, 1)
    # the unmasked copy: original tokens in place; read the prediction at the span's first token
    orig_ids = [t for x in sent.ids[a:b] for t in x]
    unmasked = (masked[:mpos[0]] + orig_ids + masked[mpos[0] + 1:])[: engine.max_len]
    unmasked[-1] = engine.sep_id
    return text[start:end], masked, mpos, unmasked


def _rank(engine, target: str, lm: np.ndarray, lu: np.ndarray, limit: int) -> list:
    from assistant.engine import Alternative

    ids = engine.word_ids(target)
    vectors = engine.model.word_vectors
    centre = vectors[list(ids)].mean(0) if ids else np.zeros(vectors.shape[1], np.float32)
    similarity = vectors @ (centre / max(float(np.linalg.norm(centre)), 1e-6))
    score = lm + UNMASKED_WEIGHT * lu + SIMILARITY_WEIGHT * similarity
    score = np.where(engine.word_token, score, -np.inf)
    order = np.argpartition(-score, POOL)[:POOL]
    order = order[np.argsort(-score[order])]
    target_lemmas = _lemmas(target) if " " not in target else frozenset({target.lower()})
    target_is_function = target.lower() in FUNCTION_WORDS
    out: list[tuple[str, float]] = []
    seen: set[str] = set()
    for t in order:
        word = engine.id_to_token[t]
        low = word.lower()
        if low in seen or low == target.lower() or (len(low) < 2 and low not in ("a", "i")):
            continue
        if not target_is_function and low in FUNCTION_WORDS:
            continue
        if word[0].isupper() and not target[0].isupper():
            continue                              # names and sentence starts do not substitute a lower-case word
        if target_lemmas & _lemmas(low) or engine.count(low) < MIN_COUNT:
            continue
        seen.add(low)
        out.append((match_case(target, low if not word.isupper() else word), float(score[t])))
        if len(out) >= limit:
            break
    if not out:
        return []
    top = out[0][1]
    return [Alternative(w, float(math.exp((s - top) / 2.0))) for w, s in out]


def alternatives_many(engine, items: list[tuple[str, int, int]], limit: int = 10) -> list[list]:
    """Alternatives for many spans with all model work in one batched run."""
    prepared = [_prepare(engine, t, s, e) for t, s, e in items]
    seqs, masks, where = [], [], []
    for i, p in enumerate(prepared):
        if p is None:
            continue
        _, masked, mpos, unmasked = p
        seqs += [masked, unmasked]
        masks += [mpos, [mpos[0]]]
        where.append(i)
    out: list[list] = [[] for _ in items]
    if not seqs:
        return out
    _, logps = engine._run_batches(seqs, masks)
    for n, i in enumerate(where):
        out[i] = _rank(engine, prepared[i][0], logps[2 * n][0], logps[2 * n + 1][0], limit)
    return out


def alternatives(engine, text: str, start: int, end: int, options: Options, limit: int = 10) -> list:
    """Ranked Alternative(text, score) for text[start:end]; empty when nothing fits well."""
    return alternatives_many(engine, [(text, start, end)], limit)[0]

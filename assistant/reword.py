"""Context-aware alternatives for a selected word or short phrase.

Candidates come from the model folder's thesaurus (the WordNet senses of the
span's lemmas, inflected to fit the span), or from the masked LM's own fills
where the thesaurus has nothing.  Each candidate is scored by a weighted sum of
FEATURES: how well it fills the masked slot, how likely the model finds it at
the slot with the original word still visible, how close the encoder's state
stays once it is substituted, how near its corpus word vector lies to the
target's and to the context words' (training/vectors.py), how well the
context agrees with its sense's words and gloss, and what the thesaurus says
(sense frequency, relation, phrase or word).  The weights are
fitted on CoInCo dev by `cloze bench calibrate --part reword` and stored with
the model; the score's softmax share is the suggestion's confidence.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from assistant.checks.base import match_case
from assistant.lang import read_list
from assistant.suggestion import Options
from assistant.text import segment

# the features a candidate is scored by; weights are thresholds "reword.<feature>" (engine.DEFAULT_THRESHOLDS)
FEATURES = ("lm", "unmasked", "state", "similar", "context", "sense_context", "gloss", "closeness", "prior", "phrase",
            "senses")
BEFORE_SUBSTITUTION = FEATURES[:1] + FEATURES[3:]   # known before the substitution pass, used to pick the POOL
CONTEXT_WORDS = 4         # words each side whose context vectors the candidate should agree with
FALLBACK_CLOSENESS = 0.3  # MLM fills are weaker evidence of keeping the meaning than a thesaurus entry
POOL = 20                 # candidates per span that get the substitution pass
FILLS = 200               # MLM fills looked at when the thesaurus has nothing
MIN_COUNT = 50            # rare tokens are usually word fragments, not substitutes
MAX_PIECES = 4
UPOS_TO_WORDNET = {"NOUN": "n", "VERB": "v", "AUX": "v", "ADJ": "a", "ADV": "r"}
COMPARATIVE_TAGS = {"JJR": "more", "RBR": "more", "JJS": "most", "RBS": "most"}
FUNCTION_WORDS = frozenset((
    "a an the this that these those it its he she they we you i me him her them us my your his our their "
    "and or but nor so yet of in on at to for from by with about as into onto over under than then "
    "is are was were be been being am do does did have has had will would can could shall should may might must "
    "not no very too also just there here what which who whom whose when where why how all any some each every"
).split())


@lru_cache(maxsize=100000)
def _analyses(word: str) -> tuple[tuple[str, str, str], ...]:
    """(lemma, upos, Penn tag) readings of a word form, from lemminflect."""
    from assistant.text.morphology import getAllInflections, getAllLemmas

    low = word.lower()
    out = []
    for upos, lemmas in getAllLemmas(low).items():
        for lemma in lemmas:
            found = [(forms[0] != low, tag) for tag, forms in getAllInflections(lemma, upos=upos).items() if low in forms]
            # the tag whose usual form this is first: "examination" is NN before (a rare plural) NNS
            out.extend((lemma, upos, tag) for _, tag in sorted(found))
            if not any(o[0] == lemma for o in out):
                out.append((lemma, upos, ""))
    return tuple(out)


def _lemmas(word: str) -> frozenset[str]:
    return frozenset({word.lower()} | {lemma for lemma, _, _ in _analyses(word)})


def _only_graded(word: str) -> bool:
    """A comparative or superlative and nothing else ("larger", "best"): wrong for a plain adjective's slot."""
    tags = [tag for _, _, tag in _analyses(word)]
    return bool(tags) and all(tag in COMPARATIVE_TAGS for tag in tags)


def _inflect(engine, lemma: str, tag: str) -> str | None:
    """The candidate lemma in the target's form: 'smart' as JJR -> 'smarter' (or 'more intelligent')."""
    from assistant.text.morphology import getInflection

    if not tag:
        return lemma
    words = lemma.split()
    forms = getInflection(words[0], tag=tag)
    if tag in COMPARATIVE_TAGS and len(words) == 1:
        if forms and engine.count(forms[0]) >= MIN_COUNT:
            return forms[0]
        return f"{COMPARATIVE_TAGS[tag]} {lemma}"
    if not forms:
        return None
    if tag.startswith("NN"):                     # a compound noun inflects its head: "picture show" -> "picture shows"
        head = getInflection(words[-1], tag=tag)
        return " ".join(words[:-1] + [head[0]]) if head else None
    return " ".join([forms[0]] + words[1:])


@dataclass
class _Span:
    """One request: the span, its sentence around it, and the candidates being ranked."""
    target: str
    sent: object
    a: int
    b: int
    masked: list[int]
    at: int                                            # the mask's position in `masked`
    pool: dict[str, list[tuple[int, float, float]]]    # candidate -> [(sense id, sense prior, closeness)]
    senses: list                                       # model.Sense by sense id
    context: list[str]                                 # lower-cased words around the span
    features: dict[str, dict[str, float]] = field(default_factory=dict)   # candidate -> FEATURES


def _thesaurus_pool(engine, target: str) -> tuple[dict[str, list[tuple[int, float, float]]], list]:
    """Inflected candidates from every sense of every lemma the span can be read as."""
    thesaurus = engine.model.thesaurus
    words = target.split()
    intensified = False
    if len(words) > 1:      # a phrase: the senses of its content word ("very big" -> huge, enormous)
        intensified = len(words) == 2 and words[0].lower() in read_list("intensifiers")
        heads = words[1:] if intensified else [w for w in words if w.lower() not in FUNCTION_WORDS]
        if len(heads) != 1:
            return {}, []
        target = heads[0]
    low = target.lower()
    readings = _analyses(low) or ((low, "", ""),)
    own = _lemmas(low)
    pool: dict[str, list[tuple[int, float, float]]] = {}
    seen_senses: list = []
    for lemma in sorted({r[0] for r in readings} | {low}):
        for sense in thesaurus.get(lemma, ()):
            sense_id = len(seen_senses)
            seen_senses.append(sense)
            tags = [tag for lem, upos, tag in readings if lem == lemma and UPOS_TO_WORDNET.get(upos) == sense.pos]
            if readings[0][1] and not tags:
                continue                                   # a sense of another part of speech
            for cand, closeness in sense.words:
                if intensified and closeness >= 1.0:
                    continue                               # "very big" wants a stronger word than "large"
                tag = tags[0] if tags else ""
                form = _inflect(engine, cand, tag)
                if not form or _lemmas(form.split()[0]) & own or form.lower().startswith(low[:max(4, len(low) - 2)]):
                    continue
                if tag not in COMPARATIVE_TAGS and _only_graded(form):
                    continue                               # "big" -> "larger": WordNet lists some graded forms
                pool.setdefault(form, []).append((sense_id, sense.prior, closeness))
    return pool, seen_senses


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    for s, e in segment.sentences(text):
        if s <= start and end <= e:
            return s, e
    return max(0, start - 300), min(len(text), end + 300)


def _prepare(engine, text: str, start: int, end: int) -> _Span | None:
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
    masked, at = engine._site_context(sent, a, b, 1, engine.max_len)   # the whole sentence: sense needs it
    target = text[start:end]
    context = segment.WORD.findall(text[s0:start])[-CONTEXT_WORDS:] + segment.WORD.findall(text[end:e0])[:CONTEXT_WORDS]
    return _Span(target, sent, a, b, masked, at[0], *_thesaurus_pool(engine, target), [w.lower() for w in context])


def _keep(engine, target: str, cand: str) -> bool:
    low = cand.lower()
    if low == target.lower() or (len(low) < 2 and low not in ("a", "i")):
        return False
    if low in FUNCTION_WORDS and target.lower() not in FUNCTION_WORDS:
        return False
    if cand[0].isupper() and not target[0].isupper():
        return False                              # names and sentence starts do not substitute a lower-case word
    return " " in cand or (engine.count(low) >= MIN_COUNT and not (_lemmas(low) & _lemmas(target.split()[-1])))


def _substituted(engine, span: _Span, ids: list[int]) -> list[int]:
    seq = (span.masked[:span.at] + ids + span.masked[span.at + 1:])[: engine.max_len]
    seq[-1] = engine.sep_id
    return seq


def _static_features(engine, span: _Span, lms: dict[str, float]) -> dict[str, dict[str, float]]:
    """Everything but the substitution pass, per candidate: slot fit, corpus vectors, what the thesaurus says."""
    feats = {c: {"lm": lms[c], "similar": 0.0, "context": 0.0, "sense_context": 0.0, "gloss": 0.0,
                 "closeness": math.log(max(w for _, _, w in span.pool[c])),
                 "prior": math.log(sum(p * w for _, p, w in span.pool[c])),
                 "phrase": float(" " in c), "senses": float(len(span.pool[c]))}
             for c in span.pool if c in lms and _keep(engine, span.target, c)}
    vectors = engine.model.vectors
    target = vectors.of(span.target.split()[-1]) if vectors is not None else None
    if target is None:
        return feats
    ctx = vectors.contexts(span.context)
    for c, f in feats.items():
        v = vectors.of(c)
        if v is not None:
            f["similar"] = float(v @ target)
            f["context"] = float((ctx @ v).mean()) if len(ctx) else 0.0
    # a candidate's best sense by how well the context agrees with all of the sense's words together and with
    # the words of its definition and examples: one word's vector is noisy; a sense's words on average, and its
    # gloss ("quickness and ease in learning ... children"), pick the meaning ("a bright boy" -> clever)
    members: dict[int, list[float]] = {}
    for c, f in feats.items():
        for sense, _, _ in span.pool[c]:
            members.setdefault(sense, []).append(f["context"])
    gloss = {}
    for sense in members:
        rows = [v for v in (vectors.of(w) for w in span.senses[sense].gloss) if v is not None] if sense >= 0 else []
        gloss[sense] = float((np.array(rows) @ ctx.T).mean()) if rows and len(ctx) else 0.0
    for c, f in feats.items():
        f["sense_context"] = max(sum(members[s]) / len(members[s]) for s, _, _ in span.pool[c])
        f["gloss"] = max(gloss[s] for s, _, _ in span.pool[c])
    return feats


def _weighted(engine, features: dict[str, float], names=FEATURES) -> float:
    return sum(engine.threshold(f"reword.{name}") * features[name] for name in names)


def _score(engine, spans: list[_Span]) -> None:
    """Two batched model runs for all spans: masked slots, then the original and every candidate substituted."""
    seqs, masks, jobs = [], [], []
    for n, span in enumerate(spans):
        groups: dict[int, list[str]] = {}
        for cand in span.pool:
            k = len(engine.word_ids(cand))
            if 0 < k <= MAX_PIECES:
                groups.setdefault(k, []).append(cand)
        groups.setdefault(1, [])
        for k, cands in groups.items():
            seq, pos = engine._site_context(span.sent, span.a, span.b, k, engine.max_len)
            seqs.append(seq)
            masks.append(pos)
            jobs.append((n, cands))
    _, logps = engine._run_batches(seqs, masks)
    lms: list[dict[str, float]] = [{} for _ in spans]
    for (n, cands), lp in zip(jobs, logps):
        span = spans[n]
        for cand in cands:
            lms[n][cand] = float(sum(lp[j, t] for j, t in enumerate(engine.word_ids(cand))))
        if len(lp) == 1 and not span.pool:        # nothing in the thesaurus: the model's own fills
            row = lp[0]
            for t in np.argsort(-row)[:FILLS]:
                word = engine.id_to_token[t]
                if engine.word_token[t] and _keep(engine, span.target, word):
                    lms[n][word] = float(row[t])
                    span.pool[word] = [(-1, 1.0, FALLBACK_CLOSENESS)]
    seqs, masks, owners = [], [], []
    for n, span in enumerate(spans):
        static = _static_features(engine, span, lms[n])
        ranked = sorted(static, key=lambda c: -_weighted(engine, static[c], BEFORE_SUBSTITUTION))[:POOL]
        span.pool = {c: span.pool[c] for c in ranked}
        span.features = {c: static[c] for c in ranked}
        if not ranked:
            continue
        seqs.append(_substituted(engine, span, [t for x in span.sent.ids[span.a:span.b] for t in x]))
        masks.append([span.at])                   # the slot's distribution with the original word visible
        owners.append((n, None))
        for cand in ranked:
            seqs.append(_substituted(engine, span, list(engine.word_ids(cand))))
            masks.append([])
            owners.append((n, cand))
    if not seqs:
        return
    _, logps, states = engine._run_batches(seqs, masks, hidden=True)
    for (n, cand), h, lp in zip(owners, states, logps):
        span = spans[n]
        if cand is None:
            width = sum(len(x) for x in span.sent.ids[span.a:span.b])
            original, visible = _unit(h[span.at:span.at + width].mean(0)), lp[0]
            continue
        ids = engine.word_ids(cand)
        span.features[cand]["state"] = float(original @ _unit(h[span.at:span.at + len(ids)].mean(0)))
        span.features[cand]["unmasked"] = float(visible[ids[0]])


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-6)


def _rank(engine, span: _Span, limit: int) -> list:
    """Best first, each with its softmax share of all candidates' scores."""
    from assistant.engine import Alternative, decent

    if not span.features:
        return []
    final = {c: _weighted(engine, f) for c, f in span.features.items() if decent((c,), span.target)}
    if not final:
        return []
    best = sorted(final, key=lambda c: -final[c])[:limit]
    total = float(np.logaddexp.reduce(list(final.values())))
    return [Alternative(match_case(span.target, c), math.exp(final[c] - total)) for c in best]


def _scored(engine, items: list[tuple[str, int, int]]) -> list[_Span | None]:
    prepared = [_prepare(engine, t, s, e) for t, s, e in items]
    spans = [p for p in prepared if p is not None]
    if spans:
        _score(engine, spans)
    return prepared


def candidate_features(engine, items: list[tuple[str, int, int]]) -> list[dict[str, dict[str, float]]]:
    """Per span: candidate -> its FEATURES values, the data `cloze bench calibrate --part reword` fits on."""
    return [p.features if p is not None else {} for p in _scored(engine, items)]


def alternatives_many(engine, items: list[tuple[str, int, int]], limit: int = 10) -> list[list]:
    """Alternatives for many spans with all model work batched; each list best first, score = share in [0, 1]."""
    return [_rank(engine, p, limit) if p is not None else [] for p in _scored(engine, items)]


def alternatives(engine, text: str, start: int, end: int, options: Options, limit: int = 10) -> list:
    """Ranked Alternative(text, score) for text[start:end]; empty when nothing fits well."""
    return alternatives_many(engine, [(text, start, end)], limit)[0]

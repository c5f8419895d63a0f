"""Text + Options -> CheckResult: segmentation, batched model passes, caching, thresholds.

One encoder pass over every (new) sentence gives the edit head's per-word
signals; the check families turn those into *sites*; one more batched pass
with [MASK]s at the sites scores the alternatives; the families decide (and
may ask for one more pass to check a fix, as missing words do).
Results are cached per sentence (text + relevant options), so re-checking an
edited document only re-runs the sentences that changed.
"""
from __future__ import annotations

import hashlib
import math
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from assistant import model as model_mod
from assistant.checks import FAMILIES, RULES, agreement, extra, punctuation, rules, spelling
from assistant.checks.base import MAX_MASKS, Finding, Sent, Site
from assistant.lang import read_words
from assistant.suggestion import CheckResult, Options, Suggestion
from assistant.text import markup, noun_phrases, segment

# The one place with default decision thresholds; `cloze bench calibrate` writes tuned values to the
# model folder's thresholds.json, which override these.  "@picky" variants may be stored too.
DEFAULT_THRESHOLDS: dict[str, float] = {
    "spelling.max_count": 30,          # words rarer than this (all casings together) get a spelling look
    "spelling.min_ratio": 30,          # a candidate must be this many times more frequent than the word
    "spelling.min_candidate_count": 20,
    "spelling.w_edit": 2.5,            # log-prob cost per (weighted) edit
    "spelling.w_freq": 1.0,            # log-prob bonus per decade of corpus frequency
    "spelling.w_sound": 1.0,           # bonus for a candidate that sounds like the typed word (same Metaphone key)
    "spelling.w_lm": 0.5,              # weight of the context fit
    "spelling.rare_margin": 3.0,       # a rare real word needs the neighbour to win the noisy-channel score by this
    "spelling.unknown_margin": -100.0,  # an unknown word's best correction against the word itself, in context
    "spelling.word_count": 1.0,        # the corpus count a dictionary word our corpus lacks is given
    "spelling.min_lm": -30.0,          # the best neighbour's log-prob in context below this: a name or term
    "spelling.known_cost": 1.0,        # a known-but-rare word is flagged only for a neighbour this close
    "spelling.gate": 0.2,              # a known-but-rare word needs this much replace-head prob to be looked at
    "confusion.prob": 0.3,             # replace-head prob that earns a masked-LM look
    "confusion.start_prob": 0.5,       # the same for a sentence's first word
    "confusion.margin": 2.5,           # log-prob margin of the alternative over the original
    "confusion.preposition_margin": 4.0,  # the same between two prepositions ("for" -> "of")
    "confusion.cue_margin": 1.0,       # the same where a word next to it cues the alternative ("your welcome")
    "confusion.homophone_margin": 6.0,  # the same at a rare homophone the edit head did not flag ("quiet a surprise")
    "confusion.piece_cost": 1.2,       # log-prob cost per extra word piece (pseudo-log-likelihood scoring)
    "form.prob": 0.4,
    "form.margin": 2.5,
    "form.number_margin": 2.5,         # the same for a singular noun made plural ("two book")
    "form.singular_margin": 2.5,       # ... and for a plural noun made singular ("estuaries" -> "estuary")
    "form.singular_shown_margin": 12.0,  # ... below which the default level counts it towards density, unshown
    "form.pronoun_margin": 1.0,        # the margin after a subject pronoun of the other person ("we was")
    "form.split_margin": 4.0,          # form.margin where the original has more word pieces ("ate" -> "eat")
    "form.subject_margin": 1.5,        # for the verb "it" or "everybody" wants ("It don't matter")
    "form.noun_subject_margin": 0.0,   # ... a noun phrase opening its clause wants ("Technology have changed")
    "form.sole_verb_margin": -1.0,     # ... where a noun-like verb is its sentence's only verb ("mother cook")
    "form.past_margin": -1.0,          # ... a past time phrase wants ("Yesterday I go"; the model hears "went" poorly)
    "form.modal_margin": 0.0,          # the margin for the bare verb after a modal ("it may leads")
    "form.gerund_margin": 2.0,         # ... for the -ing form after "without", "by" ... ("without share their")
    "form.causative_margin": 3.0,      # ... for the bare verb after "make" or "let" and an object ("made me laughing")
    "form.progressive_margin": 3.0,    # ... for the -ing form after a pronoun and "be" ("I am study English")
    "form.ing_margin": 4.0,            # the same for another form of an -ing word ("tying" -> "tied")
    "form.min_count": 50,
    "article.margin": 1.0,
    "missing.prob": 0.6,
    "missing.fill": 0.35,
    "missing.margin": -100.0,          # the insertion's pseudo-log-likelihood gain over the words around the gap
    "missing.cue_margin": 5.0,         # the same where a cue, not the edit head, proposed it ("went the store")
    "missing.be_margin": 2.0,          # the same for a "be" cued by a subject pronoun and an -ing verb ("We swimming")
    "missing.article_share": 0.95,     # propose an article before a noun the corpus has with one this often
    "missing.article_margin": 1.0,     # the insertion's gain where the corpus, not the edit head, proposed an article
    "extra.prob": 0.85,
    "extra.bare_share": 0.7,           # "the" before a noun the corpus has bare at least this often after that word...
    "extra.article_margin": 5.0,       # ...goes if the words around it gain this much pseudo-log-likelihood without it
    "extra.plural_margin": 100.0,      # the same before a plural noun (no corpus share; dense texts only)
    "suspect.prob": 0.9,               # flag (without a fix) a word the edit head is this sure about
    "replacements.within": 3.0,        # list alternatives scoring within this of the best one
    "dense.min_findings": 3,           # a text is dense (Engine.dense) with this many default-level findings...
    "dense.per_100_words": 1.5,        # ...and this many per 100 words (clean prose: 0.4, learner essays: 2-5)
    "style.reword_share": 0.4,         # picky rewording: top alternative's share (checks/style.py)
    # reword's feature weights (assistant/reword.py FEATURES); `cloze bench calibrate --part reword` fits them
    "reword.lm": 0.07, "reword.unmasked": 0.12, "reword.state": -1.71, "reword.similar": 4.71,
    "reword.context": 1.49, "reword.sense_context": 5.33, "reword.gloss": 7.99,
    "reword.closeness": 0.26, "reword.prior": 0.33, "reword.phrase": -2.54, "reword.senses": 0.15,
}
PICKY_FACTOR = {"margin": 0.6, "prob": 0.75, "gate": 0.75, "fill": 0.75}
# Threshold levels: "default", "picky" and "dense", the default mode's level for a text that already shows many
# slips (Engine.dense); its "NAME@dense" values come from `cloze bench calibrate --dense`, never stricter.
NOT_ERRORS = frozenset({"VARIANT_SPELLING"})   # a spelling variant says nothing about how many slips a writer makes
FAMILY_CATEGORIES = {
    "spelling": ("spelling",), "confusion": ("word_choice", "grammar"), "agreement": ("grammar",),
    "missing": ("missing_word",), "extra": ("grammar",), "rules": ("grammar", "style", "spelling"),
    "usage": ("grammar", "word_choice", "missing_word", "spelling", "style"), "suspect": ("word_choice", "grammar"),
    "variant": ("spelling",),
    "punctuation": ("punctuation", "style"), "style": ("style",),
}
CACHE_SIZE = 20000
# words that are also suffixes: "valueable" is "valuable" misspelt, never "value able"; "hopeles" never "hope les"
SUFFIX_WORDS = frozenset("able less ness ment ship hood wise ward ful ly".split())
# the words of one or two letters a run-together word may split into ("alot" -> "a lot", "infact" -> "in fact");
# not "th", "st" ("trueth" is "truth", never "true th")
SHORT_WORDS = noun_phrases.CLOSED | frozenset("a go up ok oh".split())
USUAL_CASE_SHARE = 0.05        # a correction is offered capitalised when the lower-case form is at most this rare
FAR_MIN_LENGTH = 5              # only longer non-words get candidates three edits away
FAR_LIMIT = 20
FAR_MAX_COST = 2.0              # ...and only for cheap slips (error_cost): rare technical words stay unflagged
SOUND_MIN_LENGTH = 4            # words that sound like the typed one (same Metaphone key) join the candidates...
SOUND_MAX_DISTANCE = 4          # ...up to this many edits away ("cementary" -> "cemetery")
BATCH_TOKENS = 1024             # tokens per ONNX call: small batches stay in CPU cache (measured)
ROW_WIDTHS = (32, 48, 64, 96, 128)  # the row widths `pack_rows` may choose from
SITE_WINDOW = 40                # tokens a masked site sees (about 14 words each side): on the grammar dev sets 32, 40
                                # and 48 score as well as the whole sentence or better, and pass 2 costs a fifth less;
                                # reword keeps the whole sentence (LS07 lemma P@1 34.3, at 40 tokens 33.7)


@dataclass(frozen=True)
class Alternative:
    text: str
    score: float


def _allowed(options: Options, category: str, rule_id: str) -> bool:
    """Option filtering by category and rule (enabled_only means "only what is enabled")."""
    if rule_id in options.disabled_rules or category in options.disabled_categories:
        return False
    if rule_id in options.enabled_rules:
        return True
    if options.enabled_only:
        return options.enabled_categories is not None and category in options.enabled_categories
    if options.enabled_categories is not None and category not in options.enabled_categories:
        return False
    if category == "style" and not options.picky:
        return False
    return True


class Ctx:
    """What a check family may look at: the model, thresholds for this mode, the options' word lists."""

    def __init__(self, engine: "Engine", options: Options, level: str = "default"):
        self.engine = engine
        self.model = engine.model
        self.lexicon = engine.model.lexicon
        self.picky = options.picky
        self.level = level
        self.language = options.language
        self._dictionary = {w.lower() for w in options.dictionary}

    def th(self, name: str) -> float:
        return self.engine.threshold(name, self.level)

    def count(self, word: str) -> int:
        return self.engine.count(word)

    def in_dictionary(self, word: str) -> bool:
        """In the user's personal dictionary."""
        return segment.visible(word.lower()) in self._dictionary

    def is_word(self, word: str) -> bool:
        """A dictionary word (the model folder's words.txt), whether or not our corpus has it."""
        return segment.visible(word.lower().replace("’", "'")) in self.model.words

    def spell_candidates(self, word: str) -> list[tuple[str, int, int]]:
        return self.engine.spell_candidates(word)

    def sound_alikes(self, word: str) -> list[tuple[str, int, int]]:
        return self.engine.sound_alikes(word)

    def usual_case(self, word: str) -> str:
        return self.engine.usual_case(word)


class Engine:
    """The suggestion engine over one loaded model; thread-safe for concurrent checks."""

    def __init__(self, model: model_mod.Model):
        self.model = model
        self.tok = model.tokenizer
        vocab = model.vocab
        self.mask_id = vocab["[MASK]"]
        self.cls_id, self.sep_id, self.pad_id = vocab["[CLS]"], vocab["[SEP]"], vocab.get("[PAD]", 0)
        self.unk_id = vocab.get("[UNK]", 1)
        self.id_to_token = [""] * (max(vocab.values()) + 1)
        for t, i in vocab.items():
            self.id_to_token[i] = t
        self.word_token = np.array([t.isalpha() and not t.startswith("##") for t in self.id_to_token])
        self.max_len = model.max_len
        self._cache: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self._spell = None
        self._spell_lock = threading.Lock()
        self._lower_counts: dict[str, int] | None = None
        self._priors: dict[str, float] = {}
        self._th_version = 0
        self.thresholds = dict(DEFAULT_THRESHOLDS)
        self.thresholds.update({k: float(v) for k, v in (model.thresholds or {}).items()
                                if isinstance(v, (int, float))})

    # ------------------------------------------------------------------ thresholds and lexicon
    def threshold(self, name: str, level: str = "default") -> float:
        """The value at a level: a stored "NAME@level", else (picky) the default eased by PICKY_FACTOR, else
        the default."""
        if level != "default" and f"{name}@{level}" in self.thresholds:
            return self.thresholds[f"{name}@{level}"]
        if level == "picky":
            kind = name.rsplit(".", 1)[-1]
            if kind in PICKY_FACTOR:
                value, factor = self.thresholds[name], PICKY_FACTOR[kind]
                return value * factor if value >= 0 else value / factor   # looser either way
        return self.thresholds[name]

    def lower_counts(self) -> dict[str, int]:
        if self._lower_counts is None:
            counts: dict[str, int] = {}
            for w, c in self.model.lexicon.items():
                low = w.lower()
                counts[low] = counts.get(low, 0) + c
            self._lower_counts = counts
        return self._lower_counts

    @cached_property
    def _usual_case(self) -> dict[str, str]:
        """Lower-cased word -> the casing the corpus nearly always gives it, where that is not lower case
        ("belize" -> "Belize", "english" -> "English"; not "committee", which names capitalise)."""
        lexicon = self.model.lexicon
        best: dict[str, tuple[int, str]] = {}
        for w, c in lexicon.items():
            low = w.lower()
            if c > best.get(low, (0, ""))[0]:
                best[low] = (c, w)
        return {low: w for low, (c, w) in best.items() if w != low and lexicon.get(low, 0) <= USUAL_CASE_SHARE * c}

    def usual_case(self, word: str) -> str:
        """A lower-case candidate as the corpus usually writes it: a correction into a name keeps its capital."""
        return self._usual_case.get(word, word)

    def count(self, word: str) -> int:
        """Corpus count over all casings (typographic apostrophes folded, invisible characters dropped)."""
        return self.lower_counts().get(segment.visible(word.lower().replace("’", "'")), 0)

    def _spell_index(self):
        with self._spell_lock:
            if self._spell is None:
                self._spell = self._build_spell_index()
            return self._spell

    def _build_spell_index(self):
        from symspellpy import SymSpell

        min_count = int(self.thresholds["spelling.min_candidate_count"])
        digest = self.model.manifest.get("files", {}).get("lexicon.tsv", {}).get("sha256", "")
        if not digest:
            digest = hashlib.sha256(str(self.model.path.resolve()).encode()).hexdigest()
        cache_dir = Path(os.environ.get("CLOZE_CACHE", Path.home() / ".cache" / "cloze"))
        cache = cache_dir / f"symspell-{digest[:16]}-{min_count}.pickle"
        sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        if cache.is_file():
            try:
                sym.load_pickle(str(cache))
                return sym
            except Exception:
                pass
        for w, c in self.lower_counts().items():
            if c >= min_count and w.replace("'", "").isalpha() and w.isascii():
                sym.create_dictionary_entry(w, c)
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".tmp{os.getpid()}")
            sym.save_pickle(str(tmp))
            os.replace(tmp, cache)
        except OSError:
            pass
        return sym

    @lru_cache(maxsize=20000)
    def spell_candidates(self, word: str) -> list[tuple[str, int, int]]:
        """(candidate, edit distance, corpus count), closest and most frequent first; includes splits."""
        from symspellpy import Verbosity

        low = segment.visible(word.lower())
        sym = self._spell_index()
        out = [(s.term, s.distance, s.count) for s in sym.lookup(low, Verbosity.ALL, max_edit_distance=2)
               if s.term != low]
        if not out and len(low) >= FAR_MIN_LENGTH:
            out = self._far_candidates(low)
        counts = self.lower_counts()
        for i in range(1, len(low)):         # run-together words: "alot" -> "a lot"
            left, right = low[:i], low[i:]
            if all(len(part) > 2 or part in SHORT_WORDS for part in (left, right)) and right not in SUFFIX_WORDS:
                n = min(counts.get(left, 0), counts.get(right, 0))
                if n >= 1000:
                    out.append((f"{left} {right}", 1, n // 100))
        out.sort(key=lambda x: (x[1], -x[2]))
        return out

    @cached_property
    def _candidate_words(self) -> list[str]:
        """Lexicon words frequent enough to be offered as corrections."""
        min_count = self.thresholds["spelling.min_candidate_count"]
        return [w for w, c in self.lower_counts().items() if c >= min_count and w.isalpha() and w.isascii()]

    @cached_property
    def _words_by_initial(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for w in self._candidate_words:
            groups.setdefault(w[0], []).append(w)
        return groups

    @cached_property
    def _words_by_sound(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for w in self._candidate_words:
            groups.setdefault(spelling.sound_key(w), []).append(w)
        return groups

    @lru_cache(maxsize=20000)
    def sound_alikes(self, word: str) -> list[tuple[str, int, int]]:
        """(word, edit distance, corpus count) of lexicon words with the typed word's Metaphone key:
        misspellings by ear ("collegue", "cementary") are often more than two edits from the word meant."""
        from rapidfuzz.distance import Levenshtein

        low = segment.visible(word.lower())
        if len(low) < SOUND_MIN_LENGTH:
            return []
        counts = self.lower_counts()
        out = []
        for w in self._words_by_sound.get(spelling.sound_key(low), ()):
            d = Levenshtein.distance(low, w, score_cutoff=SOUND_MAX_DISTANCE)
            if w != low and d <= SOUND_MAX_DISTANCE and abs(len(w) - len(low)) <= 3:
                out.append((w, d, counts[w]))
        return out

    def _far_candidates(self, low: str) -> list[tuple[str, int, int]]:
        """Badly garbled words ("bullitoin", "ensysastic"): same initial, edit distance 3, by rapidfuzz."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        counts = self.lower_counts()
        found = process.extract(low, self._words_by_initial.get(low[0], []), scorer=Levenshtein.distance,
                                score_cutoff=3, limit=FAR_LIMIT)
        return [(w, int(d), counts[w]) for w, d, _ in found
                if abs(len(w) - len(low)) <= 3 and spelling.error_cost(low, w) <= FAR_MAX_COST]

    # ------------------------------------------------------------------ tokenization
    @lru_cache(maxsize=100000)
    def word_ids(self, string: str) -> tuple[int, ...]:
        """Token ids of a candidate string, split into model words like running text."""
        parts = [string[s:e] for s, e in segment.pieces(string)]
        if not parts:
            return ()
        return tuple(self.tok.encode(parts, is_pretokenized=True, add_special_tokens=False).ids)

    def prepare(self, text: str, skip: list[tuple[int, int]]) -> Sent:
        spans = segment.pieces(text)
        ids: list[list[int]] = [[] for _ in spans]
        if spans:
            enc = self.tok.encode([text[s:e] for s, e in spans], is_pretokenized=True, add_special_tokens=False)
            for t, w in zip(enc.ids, enc.word_ids):
                if w is not None:
                    ids[w].append(t)
        for i, x in enumerate(ids):
            if not x:
                x.append(self.unk_id)
            elif len(x) > 16:            # a very long token (hashes, base64): keep it short for the model
                del x[16:]
        sent = Sent(text, spans, ids, skip)
        budget = self.max_len - 2
        windows, start, used = [], 0, 0
        for i, x in enumerate(ids):
            if used + len(x) > budget and i > start:
                windows.append((start, i))
                start, used = i, 0
            used += len(x)
        windows.append((start, len(ids)))
        sent.windows = windows
        return sent

    # ------------------------------------------------------------------ model passes
    def _run_batches(self, seqs: list[list[int]], masks: list[list[int]], hidden: bool = False):
        """Run sequences (already with [CLS]/[SEP]) packed side by side into rows (`pack_rows`).

        Returns per sequence its edit probabilities [T, 4] and the log-softmax rows at its mask positions,
        plus (with `hidden`) its unit-length final hidden states [T, H]. Identical sequences with identical
        masks (two checks scoring the same slot) run once.
        """
        first: dict[tuple, int] = {}
        copy_of = [first.setdefault((tuple(s), tuple(m)), k) for k, (s, m) in enumerate(zip(seqs, masks))]
        edits: list = [None] * len(seqs)
        logps: list = [None] * len(seqs)
        states: list = [None] * len(seqs)
        unique = sorted(first.values())
        rows, width = pack_rows([len(seqs[k]) for k in unique], self.max_len)
        rows = [[unique[i] for i in row] for row in rows]
        per_call = max(1, BATCH_TOKENS // max(width, 1))
        for c in range(0, len(rows), per_call):
            call = rows[c:c + per_call]
            ids = np.full((len(call), width), self.pad_id, np.int64)
            seg = np.zeros((len(call), width), np.int64)
            pos, placed = [], []
            for r, row in enumerate(call):
                at = 0
                for n, k in enumerate(row, 1):
                    ids[r, at:at + len(seqs[k])] = seqs[k]
                    seg[r, at:at + len(seqs[k])] = n
                    pos.extend((r, at + p) for p in masks[k])
                    placed.append((k, r, at))
                    at += len(seqs[k])
            out = self.model.run(ids, seg, np.array(pos, np.int64).reshape(-1, 2))
            logits = out.edit_logits
            probs = np.empty_like(logits)
            x = logits[..., :3] - logits[..., :3].max(-1, keepdims=True)
            ex = np.exp(x)
            probs[..., :3] = ex / ex.sum(-1, keepdims=True)
            probs[..., 3] = 1.0 / (1.0 + np.exp(-logits[..., 3]))
            if len(pos):
                m = out.mlm_logits.astype(np.float32)
                m = m - m.max(-1, keepdims=True)
                lp = m - np.log(np.exp(m).sum(-1, keepdims=True))
            if hidden:
                h = out.hidden.astype(np.float32)
                h /= np.maximum(np.linalg.norm(h, axis=-1, keepdims=True), 1e-6)
            n = 0
            for k, r, at in placed:
                end = at + len(seqs[k])
                edits[k] = probs[r, at:end]
                logps[k] = lp[n:n + len(masks[k])] if masks[k] else None
                n += len(masks[k])
                if hidden:
                    states[k] = h[r, at:end]
        for k, c in enumerate(copy_of):
            edits[k], logps[k], states[k] = edits[c], logps[c], states[c]
        return (edits, logps, states) if hidden else (edits, logps)

    def encode_pass(self, sents: list[Sent], memo: dict) -> None:
        """Pass 1: edit-head probabilities for every piece of every sentence (`memo`: see `collect`)."""
        seqs, where = [], []
        for si, sent in enumerate(sents):
            for a, b in sent.windows:
                seqs.append([self.cls_id] + [t for x in sent.ids[a:b] for t in x] + [self.sep_id])
                where.append((si, a, b))
        todo = [s for s in seqs if ("encode", tuple(s)) not in memo]
        for s, probs in zip(todo, self._run_batches(todo, [[] for _ in todo])[0]):
            memo["encode", tuple(s)] = probs
        edits = [memo["encode", tuple(s)] for s in seqs]
        for sent in sents:
            n = len(sent.pieces)
            sent.p_replace = np.zeros(n, np.float32)
            sent.p_delete = np.zeros(n, np.float32)
            sent.p_missing = np.zeros(n + 1, np.float32)
        for (si, a, b), probs in zip(where, edits):
            sent = sents[si]
            t = 1
            for i in range(a, b):
                sent.p_replace[i] = probs[t, 1]
                sent.p_delete[i] = probs[t, 2]
                sent.p_missing[i] = probs[t, 3]
                t += len(sent.ids[i])
            if b == len(sent.pieces):
                sent.p_missing[b] = probs[t, 3]

    def _site_context(self, sent: Sent, a: int, b: int, k: int,
                      window: int = SITE_WINDOW) -> tuple[list[int], list[int]]:
        """[CLS] left [MASK]*k right [SEP] around pieces a..b, trimmed to `window` tokens."""
        budget = min(self.max_len, window) - 2 - k
        left: list[int] = []
        right: list[int] = []
        i, j = a - 1, b
        while i >= 0 or j < len(sent.ids):
            grew = False
            if i >= 0 and len(left) + len(right) + len(sent.ids[i]) <= budget:
                left[:0] = sent.ids[i]
                i -= 1
                grew = True
            if j < len(sent.ids) and len(left) + len(right) + len(sent.ids[j]) <= budget:
                right.extend(sent.ids[j])
                j += 1
                grew = True
            if not grew:
                break
        seq = [self.cls_id] + left + [self.mask_id] * k + right + [self.sep_id]
        return seq, list(range(1 + len(left), 1 + len(left) + k))

    def score_sites(self, sents: list[Sent], sites: list[Site], memo: dict) -> None:
        """Pass 2: masked-LM scores for every site's candidates (grouped by token count) and top-k fills."""
        seqs, masks, jobs = [], [], []
        for site in sites:
            sent = sents[site.sent]
            groups: dict[int, list[tuple[str, tuple[int, ...]]]] = {}
            for cand in site.candidates:
                ids = self.word_ids(cand)
                if site.pll and 1 < len(ids) <= MAX_MASKS:
                    # pseudo-log-likelihood: each piece predicted with the word's other pieces visible
                    seq, pos = self._site_context(sent, site.a, site.b, len(ids))
                    for j in range(len(ids)):
                        s2 = list(seq)
                        for q, t in zip(pos, ids):
                            s2[q] = t
                        s2[pos[j]] = self.mask_id
                        seqs.append(s2)
                        masks.append([pos[j]])
                        jobs.append((site, -1, [(cand, (ids[j],))]))
                elif 0 < len(ids) <= MAX_MASKS:
                    groups.setdefault(len(ids), []).append((cand, ids))
            if site.topk:
                groups.setdefault(1, [])
            for k, cands in groups.items():
                seq, pos = self._site_context(sent, site.a, site.b, k)
                seqs.append(seq)
                masks.append(pos)
                jobs.append((site, k, cands))
        need_prior = sorted({c for site in sites if site.prior for c in site.candidates
                             if c not in self._priors and 0 < len(self.word_ids(c)) <= MAX_MASKS})
        # per job: the log-probabilities its candidates need and its top fills, from `memo` when an earlier
        # analysis of the same text (the default level before the dense one) scored the same slot
        results: list = [None] * len(jobs)
        run = []
        for n, (site, k, cands) in enumerate(jobs):
            key = ("site", tuple(seqs[n]), tuple(masks[n]))
            need = {(j, t) for _, ids in cands for j, t in enumerate(ids)}
            topk = site.topk if k == 1 else 0
            hit = memo.get(key)
            if hit is not None and need <= hit[0].keys() and hit[1] >= topk:
                results[n] = hit
            else:
                run.append((n, key, need, topk))
        for cand in need_prior:             # context-free scores, cached per word for the process
            ids = self.word_ids(cand)
            seqs.append([self.cls_id] + [self.mask_id] * len(ids) + [self.sep_id])
            masks.append(list(range(1, len(ids) + 1)))
        idx = [n for n, *_ in run] + list(range(len(jobs), len(seqs)))
        if not idx:
            logps = []
        else:
            _, logps = self._run_batches([seqs[i] for i in idx], [masks[i] for i in idx])
        for (n, key, need, topk), lp in zip(run, logps):
            vals = {(j, t): lp[j, t] for j, t in need}
            top: list = []
            if topk:
                row = lp[0]
                cand_ids = np.argsort(-row)[: topk * 4]
                top = [(self.id_to_token[t], float(math.exp(row[t]))) for t in cand_ids if self.word_token[t]][:topk]
            old = memo.get(key)
            if old is not None:
                vals = {**old[0], **vals}
                if old[1] > topk:
                    topk, top = old[1], old[2]
            memo[key] = results[n] = (vals, topk, top)
        for cand, lp in zip(need_prior, logps[len(run):]):
            self._priors[cand] = float(sum(lp[j, t] for j, t in enumerate(self.word_ids(cand))))
        for site in sites:
            if site.prior:
                site.priors = {c: self._priors[c] for c in site.candidates if c in self._priors}
        for (site, k, cands), (vals, _, top) in zip(jobs, results):
            for cand, ids in cands:
                value = float(sum(vals[j, t] for j, t in enumerate(ids)))
                site.scores[cand] = site.scores.get(cand, 0.0) + value if k == -1 else value
            if site.topk and k == 1:
                site.top = top[: site.topk]

    # ------------------------------------------------------------------ analysis
    def analyze(self, items: list[tuple[str, list[tuple[int, int]]]], options: Options,
                families: frozenset[str], level: str = "default", memo: dict | None = None) -> list[list[Finding]]:
        """Findings (sentence-relative) for sentences with their relative skip spans."""
        ctx = Ctx(self, options, level)
        memo = {} if memo is None else memo
        sents = [self.prepare(text, skip) for text, skip in items]
        out: list[list[Finding]] = [[] for _ in sents]
        if not sents:
            return out
        self.encode_pass(sents, memo)
        sites: list[Site] = []
        mods = {m.FAMILY: m for m in FAMILIES}
        for i, sent in enumerate(sents):
            for fam, mod in mods.items():
                if fam in families:
                    sites.extend(mod.propose(ctx, i, sent))
        while sites:                            # a decision may ask for one more scored site (a check of its fix)
            self.score_sites(sents, sites, memo)
            follow: list[Site] = []
            for site in sites:
                for item in mods[site.family].decide(ctx, sents[site.sent], site):
                    (follow if isinstance(item, Site) else out[site.sent]).append(item)
            sites = follow
        for i, sent in enumerate(sents):
            if "agreement" in families:
                out[i].extend(agreement.direct(ctx, sent))
            key = ("rules", sent.text, tuple(sent.skip))   # the rules read no thresholds of the dense level
            if key not in memo:
                memo[key] = [f for mod in RULES if mod.FAMILY in families for f in mod.direct(ctx, sent)]
            out[i].extend(memo[key])
            if "extra" in families:
                doubles = extra.direct(ctx, sent)
                out[i].extend(doubles)
                out[i].extend(extra.head(ctx, sent, {(f.start, f.end) for f in doubles}))
            if "suspect" in families:
                out[i].extend(extra.suspects(ctx, sent))
        return out

    # ------------------------------------------------------------------ public API
    def check(self, text: str, options: Options | None = None, skip: list[tuple[int, int]] | None = None) -> CheckResult:
        """Suggestions for one text; `skip` holds extra code-point spans (markup) never to touch."""
        return self.check_many([text], options or Options(), [skip] if skip else None)[0]

    def check_many(self, texts: list[str], options: Options | None = None,
                   skips: list[list[tuple[int, int]] | None] | None = None) -> list[CheckResult]:
        """Check several texts, batching model work across all their new sentences."""
        options = options or Options()
        results = []
        for text, (sents, found) in zip(texts, self.collect(texts, options, skips)):
            result = CheckResult(text=text or "", language=options.language, sentences=sents)
            # overlaps are resolved among the allowed findings only: a disabled grammar hint must not
            # hide the spelling fix at the same place
            by_sentence: dict[int, tuple[str, list[Finding]]] = {}
            for offset, sent_text, f in found:
                if _allowed(options, f.category, f.rule_id):
                    by_sentence.setdefault(offset, (sent_text, []))[1].append(f)
            sugg = [sug for offset, (sent_text, fs) in by_sentence.items() for sug in
                    (_make(result.text, offset, sent_text, f) for f in resolve(fs))
                    if sug is not None and sug.id not in options.ignored]
            sugg.sort(key=lambda x: (x.start, x.end))
            result.suggestions = sugg
            results.append(result)
        return results

    def collect(self, texts: list[str], options: Options,
                skips: list[list[tuple[int, int]] | None] | None = None, adaptive: bool = True):
        """Per text: (sentence spans, [(sentence offset, sentence text, Finding)]), before option filtering
        and before overlapping findings are resolved.

        In the default mode a text that already shows many slips (`dense`) is checked again at the "dense"
        level: a writer who makes many errors makes a borderline finding likelier to be one, as a base rate
        does in any test.  Used by check_many and by calibration, which needs the findings' decision
        features (and turns `adaptive` off: it applies every level itself).
        """
        level = "picky" if options.picky else "default"
        memo: dict = {}                         # model outputs of this call, shared by its two levels
        out = self._collect(texts, options, skips, level, memo)
        if level == "default" and adaptive:
            again = [n for n, (_, found) in enumerate(out) if self.dense(texts[n] or "", found, options)] \
                if any(k.endswith("@dense") for k in self.thresholds) else []
            if again:
                redo = self._collect([texts[n] for n in again], options,
                                     [skips[n] for n in again] if skips else None, "dense", memo)
                for n, result in zip(again, redo):
                    out[n] = result
            dense = set(again)
            out = [(spans, found if n in dense else shown(found)) for n, (spans, found) in enumerate(out)]
        return out

    def dense(self, text: str, found: list[tuple[int, str, Finding]], options: Options) -> bool:
        """Whether a text's default-level findings show a writer who makes many slips (learner prose
        gets here; clean prose, at 0.4 findings per 100 words, hardly ever does)."""
        return is_dense([f.shifted(offset) for offset, _, f in found if _allowed(options, f.category, f.rule_id)],
                        text, self.thresholds)

    def _collect(self, texts: list[str], options: Options,
                 skips: list[list[tuple[int, int]] | None] | None, level: str, memo: dict):
        families = self._families(options)
        dict_key = hash(frozenset(w.lower() for w in options.dictionary))
        th_key = self._th_version
        plans = []
        text_of: dict[int, str] = {}
        todo: dict[tuple, tuple[str, list]] = {}
        for n, text in enumerate(texts):
            text = text or ""
            if not text.strip():
                plans.append(([], []))
                continue
            spans = markup.skip_spans(text, options.markup)
            if skips and skips[n]:
                spans = markup.merge(spans + [(int(s), int(e)) for s, e in skips[n]])
            sents = segment.sentences(text)
            plan = []
            for s, e in sents:
                rel = _clip(spans, s, e)
                if rel and rel[0][0] <= 0 and rel[0][1] >= e - s:
                    continue                    # a sentence that is all markup
                key = (text[s:e], tuple(rel), level, options.language, dict_key, families, th_key)
                plan.append((s, key))
                if key not in todo and self._cache_get(key) is None:
                    todo[key] = (text[s:e], rel)
            plans.append((sents, plan))
            text_of[id(plan)] = text
        keys = list(todo)
        chunk = 512                             # bounded memory for huge documents
        for i in range(0, len(keys), chunk):
            part = keys[i:i + chunk]
            found = self.analyze([todo[k] for k in part], options, families, level, memo)
            for k, f in zip(part, found):
                self._cache_put(k, f)
        out = []
        for sents, plan in plans:
            found = []
            for s, key in plan:
                findings = self._cache_get(key)
                if findings is None:            # evicted in a huge document: recompute this one
                    findings = self.analyze([(key[0], list(key[1]))], options, families, level, memo)[0]
                doc = text_of[id(plan)]
                found.extend((s, key[0], f) for f in findings
                             if (not f.features.get("sentence_start") or rules.starts_sentence(doc, s))
                             and (not f.features.get("glued_to_next") or punctuation.glued_word(doc, s + f.end))
                             and (level == "dense" or extra.first_mention(doc, s, f)))
            out.append((sents, found))
        return out

    def set_thresholds(self, values: dict[str, float]) -> None:
        """Override thresholds in this process (calibration); cached results under old values are not reused."""
        self.thresholds.update(values)
        self._th_version += 1

    def _families(self, options: Options) -> frozenset[str]:
        fams = set()
        for fam, cats in FAMILY_CATEGORIES.items():
            if any(_allowed(options, c, "") or options.enabled_rules for c in cats):
                fams.add(fam)
        return frozenset(fams)

    def _cache_get(self, key):
        with self._lock:
            v = self._cache.get(key)
            if v is not None:
                self._cache.move_to_end(key)
            return v

    def _cache_put(self, key, value) -> None:
        with self._lock:
            self._cache[key] = value
            self._cache.move_to_end(key)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)

    def warm(self) -> None:
        """Load everything lazy (spell index, lemminflect tables, spaCy, ONNX kernels) before the first user."""
        self._spell_index()
        agreement.forms_of(Ctx(self, Options()), "goes")
        self.check("Thier houes is wierd and he go to an store.")
        self.reword("It is a big house.", 8, 11)

    def reword(self, text: str, start: int, end: int, options: Options | None = None) -> list["Alternative"]:
        """Ranked context-aware alternatives for text[start:end] (a word or short phrase)."""
        from assistant import reword

        return reword.alternatives(self, text, start, end, options or Options())


def shown(found: list[tuple[int, str, Finding]]) -> list[tuple[int, str, Finding]]:
    """A text's default-level findings without those that only count towards its being dense."""
    return [x for x in found if not x[2].features.get("dense_only")]


def is_dense(findings: list[Finding], text: str, thresholds: dict[str, float]) -> bool:
    """Whether a text's default-level findings (document offsets, before overlaps are resolved) make it dense;
    shared with calibration.  Style hints and spelling variants are no slips."""
    n = len(resolve([f for f in findings if f.category != "style" and f.rule_id not in NOT_ERRORS]))
    return n >= thresholds["dense.min_findings"] and 100 * n >= thresholds["dense.per_100_words"] * len(text.split())


def pack_rows(lengths: list[int], max_width: int) -> tuple[list[list[int]], int]:
    """Sequences (indices into `lengths`) packed into rows of one width: longest first, each into the fullest
    row it fits.

    Every padded token costs as much as a real one, and each ONNX call has a fixed cost of a few
    milliseconds, so sentences share rows (the model keeps them apart: `training/model.py encode_packed`)
    and the width that leaves the least padding wins."""
    if not lengths:
        return [], 0
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    longest = lengths[order[0]]
    best: tuple[int, list[list[int]], int] | None = None
    for width in sorted({w for w in ROW_WIDTHS if longest <= w <= max_width} | {longest}):
        rows: list[list[int]] = []
        by_room: list[list[int]] = [[] for _ in range(width + 1)]     # row numbers by free tokens
        for i in order:
            free = next((f for f in range(lengths[i], width + 1) if by_room[f]), None)   # the tightest fit
            if free is None:
                r, free = len(rows), width
                rows.append([])
            else:
                r = by_room[free].pop()
            rows[r].append(i)
            by_room[free - lengths[i]].append(r)
        if best is None or len(rows) * width < best[0]:
            best = (len(rows) * width, rows, width)
    return best[1], best[2]


def _clip(spans: list[tuple[int, int]], s: int, e: int) -> list[tuple[int, int]]:
    import bisect

    i = max(0, bisect.bisect_right(spans, (s, 1 << 60)) - 1)
    out = []
    for a, b in spans[i:]:
        if a >= e:
            break
        if b > s:
            out.append((max(a, s) - s, min(b, e) - s))
    return out


def resolve(findings: list[Finding]) -> list[Finding]:
    """One suggestion per place: keep the most confident of overlapping findings, after those that claim
    their neighbours (a fix that rights the words around it: "The books is", "would of told").  A finding
    may also cover a wider span it competes for ("in [a] small town" against "towns").  Sentence-level
    hints are not about a place, so they stay beside the corrections inside them."""
    def held(f: Finding, other: Finding) -> tuple[int, int]:
        # a misspelt word is its own slip: a grammar fix around it does not explain it ("The boooks is")
        wide = f.claims or f.covers
        return wide if wide and other.category != "spelling" else (f.start, f.end)

    kept: list[Finding] = []
    for f in sorted((f for f in findings if not f.sentence_level), key=lambda f: (f.claims is None, -f.confidence)):
        clash = False
        for k in kept:
            (fs, fe), (ks, ke) = held(f, k), held(k, f)
            if f.start == f.end == k.start == k.end:
                clash = True                    # two insertions at one place, however wide they cover
            elif fs == fe or ks == ke:
                clash = (fs == ks and fe == ke) or (fs == fe and ks < fs < ke) or (ks == ke and fs < ks < fe)
            else:
                clash = fs < ke and ks < fe
            if clash:
                break
        if not clash:
            kept.append(f)
    return sorted(kept + [f for f in findings if f.sentence_level], key=lambda f: (f.start, f.end))


def decent(replacements, original: str) -> tuple[str, ...]:
    """The replacements without an offensive word (lang/en/offensive.txt) the writer did not mean: one they
    wrote, or all but wrote ("shitt"), stays; "pshat" is not corrected to "shit"."""
    from rapidfuzz.distance import Levenshtein

    have = [w.lower() for w in segment.WORD.findall(original)]
    banned = read_words("offensive")

    def meant(word: str) -> bool:
        return any(Levenshtein.distance(word, w, score_cutoff=1) <= 1 for w in have)
    return tuple(r for r in replacements
                 if not any(w.lower() in banned and not meant(w.lower()) for w in segment.WORD.findall(r)))


def _make(text: str, offset: int, sent_text: str, f: Finding) -> Suggestion | None:
    """The suggestion for a finding; None when every replacement it had was offensive."""
    original = text[offset + f.start: offset + f.end]
    replacements = decent(f.replacements, original)
    if f.replacements and not replacements:
        return None
    before = sent_text[:f.start].split()[-2:]
    after = sent_text[f.end:].split()[:2]
    ctx = hashlib.blake2b(" ".join(before + ["|"] + after).encode("utf-8", "surrogatepass"),
                          digest_size=6).hexdigest()
    return Suggestion(offset + f.start, offset + f.end, f.category, f.rule_id, f.message,
                      replacements[:5], float(min(1.0, max(0.0, f.confidence))), original=original, context_hash=ctx)


_ENGINES: dict[str, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def load(model_path: str | Path | None = None) -> Engine:
    """The engine for a model folder (default $CLOZE_MODEL or exports/cloze-base); one per folder per process."""
    folder = str(Path(model_path or os.environ.get("CLOZE_MODEL") or model_mod.DEFAULT_MODEL).resolve())
    with _ENGINES_LOCK:
        if folder not in _ENGINES:
            _ENGINES[folder] = Engine(model_mod.load(folder))
        return _ENGINES[folder]

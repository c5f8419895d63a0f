"""Non-words and very rare words with a far more frequent near neighbour.

Candidates come from symspellpy over the model's lexicon, joined by words that sound
alike (Metaphone, jellyfish); they are ranked by the masked LM in context plus an
error-model prior, a frequency prior and a sounds-alike bonus, so "form" vs "from"
is decided by the sentence, not by a fixed list.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from assistant.checks.base import Finding, Sent, Site, match_case
from assistant.lang import read_words
from assistant.text import segment
from assistant.text.noun_phrases import CLOSED, parts_of_speech

FAMILY = "spelling"
NAME_SLIP_FLOOR = 3000  # the corpus count a word must have to be what a lower-case rare name was a slip for
KNOWN_NAME = 100     # a name written more often than this is a well-known name, typed in lower case on purpose
RARE_NAME = 1000        # corpus count under which a capitalised word is a name someone may spell their own way
MAX_CANDIDATES = 10
SWAP_COST = 0.5         # error_cost of two neighbouring letters swapped, the commonest slip
QUOTES = "\"'“”‘’«»"
VOWELS = set("aeiouy")
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR = {}
for _r, _row in enumerate(KEYBOARD_ROWS):
    for _i, _ch in enumerate(_row):
        _NEAR[_ch] = {_row[j] for j in (_i - 1, _i + 1) if 0 <= j < len(_row)}


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in VOWELS and b in VOWELS:
        return 0.6
    if b in _NEAR.get(a, ()):
        return 0.7
    if {a, b} in ({"c", "k"}, {"c", "s"}, {"s", "z"}, {"f", "v"}, {"g", "j"}, {"m", "n"}):
        return 0.7
    return 1.0


@lru_cache(maxsize=200000)
def error_cost(typed: str, word: str) -> float:
    """Weighted Damerau-Levenshtein cost of mistyping `word` as `typed`: how people misspell
    (dropped doubles, vowel swaps, neighbouring keys) is cheaper than arbitrary edits, and the
    first letter is rarely wrong."""
    m, w = segment.visible(typed.lower()), word.lower()
    n1, n2 = len(m), len(w)
    d = [[0.0] * (n2 + 1) for _ in range(n1 + 1)]
    for i in range(1, n1 + 1):
        d[i][0] = d[i - 1][0] + 0.9
    for j in range(1, n2 + 1):
        d[0][j] = d[0][j - 1] + 0.8
    for i in range(1, n1 + 1):
        for j in range(1, n2 + 1):
            first = 1.6 if (i == 1 or j == 1) else 1.0
            # word letter missing from what was typed (dropped letter; a dropped double is cheap)
            drop = 0.4 if j > 1 and w[j - 1] == w[j - 2] else 0.8
            # an extra letter typed (a doubled letter is cheap)
            extra = 0.5 if i > 1 and m[i - 1] == m[i - 2] else 0.9
            best = min(d[i - 1][j] + extra * first, d[i][j - 1] + drop * first,
                       d[i - 1][j - 1] + _sub_cost(m[i - 1], w[j - 1]) * first)
            if i > 1 and j > 1 and m[i - 1] == w[j - 2] and m[i - 2] == w[j - 1] and m[i - 1] != m[i - 2]:
                best = min(best, d[i - 2][j - 2] + SWAP_COST)   # swapped neighbours (ie/ei): the commonest slip
            d[i][j] = best
    return d[n1][n2]


@lru_cache(maxsize=200000)
def sound_key(word: str) -> str:
    """Metaphone key ("" for anything but ASCII letters): spellings that sound alike share it."""
    import jellyfish

    low = segment.visible(word.lower())
    return jellyfish.metaphone(low) if low.isascii() and low.isalpha() else ""


def sounds_alike(typed: str, word: str) -> float:
    key = sound_key(typed)
    return float(bool(key) and key == sound_key(word))


def _context_ok(text: str, s: int, e: int) -> bool:
    """The word stands alone: not glued to digits, underscores, slashes, @ or dots inside a token, nor to a bracket
    after it (a call "lchmod(path)", an editor's completion "separat[ing]")."""
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if before.isalnum() or before in "_/@\\#$%&=*~^<>" or after.isalnum() or after in "_/@\\=*~^<>([":
        return False
    if after == "." and e + 1 < len(text) and text[e + 1].isalnum():
        return False
    if before == "." and s >= 2 and text[s - 2].isalnum():
        return False
    if before == "-" or after == "-":   # parts of hyphenated compounds are often coinages
        return False
    return True


def _quoted_alone(text: str, s: int, e: int) -> bool:
    """The word is all there is between quotation marks: a term being mentioned ("azaan", 'peshat'), not prose."""
    after = text[e:e + 2]
    return s > 0 and text[s - 1] in QUOTES and (after[:1] in QUOTES or (after[:1] in ",." and after[1:] in QUOTES))


FOREIGN_MAX_COUNT = 500    # no dictionary word and rarer than this in the corpus: "quod", "semper", "est"
# a quotation or a bracket's words, up to its closing mark: where another language is quoted or glossed
ENCLOSED = re.compile(r"[\"“«(]([^\"“”«»()]{1,80})[\"”»)]")


def _foreign_phrase(ctx, text: str, s: int, e: int) -> bool:
    """The word is one of two or more words, at least half of those in its quotation marks or brackets, that are
    no English words or are accented: another language quoted ("kyria ekklesia", "quod ubique, semper et ab omnibus
    creditum est", "Głos pana", "La Première aventure céleste"), not a slip."""
    for m in ENCLOSED.finditer(text):
        if m.start(1) <= s and e <= m.end(1):
            words = [text[a:b] for a, b in segment.words(text, m.start(1), m.end(1))]
            foreign = [w for w in words if segment.is_accented(w)
                       or not ctx.is_word(w) and not ctx.in_dictionary(w) and ctx.count(w) < FOREIGN_MAX_COUNT]
            return len(foreign) >= 2 and 2 * len(foreign) >= len(words)
    return False


WORD_LISTS = ("chat_abbreviations", "informal_words", "modern_words")   # lang/en: words the corpus lacks


def listed(word: str) -> bool:
    """A chat abbreviation, informal word or current word the corpus lacks ("tbh", "dunno", "onboarding"): the
    writer's register and vocabulary, not a slip."""
    low = word.lower().replace("’", "'")
    return any(low in read_words(name) for name in WORD_LISTS)


def known_count(ctx, word: str) -> int:
    """The corpus count, where a possessive counts as its word ("van's"), a word in lower case that the corpus
    has only as a rare name counts as unknown, and a dictionary word our corpus lacks ("fidget") counts as
    `spelling.word_count`: rare, but a word, not a slip."""
    count = ctx.count(word)
    if count and _name_only(ctx, word):
        count = 0                          # "wich" and "yong" are typed words, not the names "Wich" and "Yong"
    if count == 0 and word[-2:] in ("'s", "’s"):
        count = ctx.count(word[:-2])
    if count == 0 and (ctx.is_word(word) or _prefixed_word(ctx, word)):
        count = int(ctx.th("spelling.word_count"))
    return count


def is_suspect(ctx, sent: Sent, s: int, e: int, first: bool) -> bool:
    """A word worth a spelling look: rare in our corpus, not a name, code, number or accented word."""
    word = sent.text[s:e]
    if len(word) < 2 or segment.is_accented(word) or sent.skipped(s, e) or not _context_ok(sent.text, s, e):
        return False
    if word.lower() in ("n't", "n’t"):
        return False                       # "do n't": the punctuation rule closes the space
    if ctx.in_dictionary(word) or _quoted_alone(sent.text, s, e) or listed(word):
        return False
    if word.isupper() or (any(c.isupper() for c in word[1:])):
        return False                       # acronyms, CamelCase, iPhone
    if word[0].isupper() and not first:
        return False                       # a capitalised word mid-sentence is most likely a name
    return known_count(ctx, word) < ctx.th("spelling.max_count") and not _foreign_phrase(ctx, sent.text, s, e)


def propose(ctx, idx: int, sent: Sent) -> list[Site]:
    sites: list[Site] = []
    first_word = True
    for s, e in sent.words:
        first = first_word
        first_word = False
        if not is_suspect(ctx, sent, s, e, first):
            continue
        word = sent.text[s:e]
        count = known_count(ctx, word)
        a, b = sent.piece_range(s, e)
        if count > 0 and (b <= a or float(sent.p_replace[a:b].max()) < ctx.th("spelling.gate")):
            continue                       # a rare real word the edit head is happy with
        # a candidate must be far more frequent than the word as written
        floor = max(ctx.th("spelling.min_ratio") * max(count, 1), ctx.th("spelling.min_candidate_count"))
        # a word typed in lower case is no slip for a rare name ("eldelery" is not "Ellery", "hazzle" not "Hale")
        # a word the corpus has only as a rare name is taken for a slip only of a common lower-case word ("wich",
        # "docter"; not "praefect" -> "prefect", "remez" -> "Rome")
        name_only = count == 0 and _name_only(ctx, word)

        def fit(cand: tuple[str, int, int]) -> bool:
            # (a swap of two neighbouring letters is a slip whatever the name: "fevre" -> "fever")
            return cand[2] >= floor and not (word.islower() and _rare_name(ctx, cand[0])) and not (
                name_only and (cand[2] < NAME_SLIP_FLOOR and error_cost(word, cand[0]) > SWAP_COST
                               or ctx.usual_case(cand[0]) != cand[0]))

        cands = [x for x in ctx.spell_candidates(word) if fit(x)]
        if not cands:
            continue
        # words that sound alike join a word's near neighbours; they never make a word with none a suspect
        near = {c for c, _, _ in cands}
        cands += [x for x in ctx.sound_alikes(word) if x[0] not in near and fit(x)]
        # cheap pre-ranking by the error model and frequency; the masked LM sees only the best few
        w_ed, w_freq, w_sound = ctx.th("spelling.w_edit"), ctx.th("spelling.w_freq"), ctx.th("spelling.w_sound")
        cands.sort(key=lambda x: -(-w_ed * error_cost(word, x[0]) + w_freq * math.log10(x[2] + 1)
                                   + w_sound * sounds_alike(word, x[0])))
        strings = [match_case(word, c) for c, _, _ in cands[:MAX_CANDIDATES]]
        strings.append(word)               # the word as written competes with its neighbours
        p = float(sent.p_replace[a:b].max()) if b > a else 0.0
        sites.append(Site(idx, a, b, FAMILY, word, strings, prior=True, data={"span": (s, e), "count": count, "p": p,
                                                                 "cands": cands[:MAX_CANDIDATES]}))
    return sites


# not "pre", "under", "over", "out", "inter": "presense", "undersand", "overthere", "internation" are slips
# "un" and "de" only before longer words: "unexpect", "undoubly", "determed", "definely" are slips
PREFIX = re.compile(r"(re|super|sub|post|non|anti|multi|micro|mega|semi|mini|hyper|ultra|counter)(\w{6,})"
                    r"|(un)(\w{7,})|(de)(\w{8,})")
PREFIXED_MIN_COUNT = 100   # the word after the prefix must be this common for the whole to be taken as a word


def _prefixed_word(ctx, word: str) -> bool:
    """A common word with a productive prefix ("redisclose", "rerecord", "superstable", "microclimates") is a
    word the corpus happens to lack, not a slip: it is treated as a rare word."""
    m = PREFIX.fullmatch(word.lower())
    if m is None:
        return False
    stem = m.group(2) or m.group(4) or m.group(6)
    if m.group(2) is None and not {"ADJ", "ADV", "VERB"} & parts_of_speech(stem):
        return False                       # "un" and "de" make adjectives and verbs: "unability" is a slip
    return ctx.count(stem) >= PREFIXED_MIN_COUNT


PREFIX_PREPOSITIONS = frozenset(("under", "over", "through", "after", "beyond"))   # "underlayer", "throughfall"


def _closed_compound(word: str, fix: str) -> bool:
    """A fix that writes the word as two content words ("halfcourt" -> "half court", "underlayer"): in proofread
    prose a closed compound our corpus lacks ("fastbreak", "councilmember"), a slip mostly in a learner's text
    ("hardwork", "Carusage").  A function word run on ("tomake", "networkwas", "alot") or a word typed twice
    ("finallyfinally") is a slip anywhere."""
    parts = fix.lower().split()
    return len(parts) == 2 and "".join(parts) == word.lower() and parts[0] != parts[1] and parts[1] not in CLOSED \
        and (parts[0] not in CLOSED or parts[0] in PREFIX_PREPOSITIONS)


def _name_only(ctx, word: str) -> bool:
    """A word typed in lower case that the corpus has only as a rare, plainly capitalised name ("Wich", "Docter",
    "Yong"), never in lower case: a slip, not the name.  Not a well-known name typed in lower case ("facebook"),
    a brand or an acronym ("iphone", "nba"), nor a dropped "g" ("kickin'", "livin'")."""
    return word.islower() and ctx.count(word) < KNOWN_NAME and word.isalpha() and not ctx.model.lexicon.get(word) \
        and ctx.usual_case(word) == word.capitalize() and not (word.endswith("in") and ctx.count(word + "g"))


def _rare_name(ctx, word: str) -> bool:
    """A name the corpus writes capitalised and seldom ("kathryn", "tehran"); not a day or a month."""
    return ctx.usual_case(word) != word and ctx.count(word) < RARE_NAME and word not in read_words("time_words")


def decide(ctx, sent: Sent, site: Site) -> list[Finding]:
    w_ed, w_freq, w_lm = ctx.th("spelling.w_edit"), ctx.th("spelling.w_freq"), ctx.th("spelling.w_lm")
    w_sound = ctx.th("spelling.w_sound")
    ranked = []
    for (cand, dist, n), string in zip(site.data["cands"], site.candidates[:len(site.data["cands"])]):
        lm = site.scores.get(string, -50.0)
        # context fit as pointwise information: log p(c | context) - log p(c | no context), so words
        # split into many pieces are not penalised for it; frequency is its own prior
        fit = lm - site.priors.get(string, lm)
        cost = error_cost(site.original, cand)
        sound = sounds_alike(site.original, cand)
        ranked.append((w_lm * fit - w_ed * cost + w_freq * math.log10(n + 1) + w_sound * sound, string, lm, cost,
                       fit, n, sound))
    ranked.sort(reverse=True)
    best_score, best, best_lm, best_dist = ranked[0][:4]
    count = site.data["count"]
    in_context = len(sent.words) > 1
    unknown = {}
    if count > 0:
        # noisy channel: the neighbour (with its error cost) against the word as written
        orig_lm = site.scores.get(site.original, -50.0)
        orig_score = w_lm * (orig_lm - site.priors.get(site.original, orig_lm)) + w_freq * math.log10(count + 1)
        margin = best_score - orig_score
    else:
        margin = 50.0
        orig_lm = site.scores.get(site.original)
        if orig_lm is not None and in_context:
            # an unknown word the context predicts better than the correction ("the harmless comfrey plant")
            # is more likely a rare real word than a slip
            unknown["unknown_margin"] = best_score - w_lm * (orig_lm - site.priors.get(site.original, orig_lm))
            if unknown["unknown_margin"] < ctx.th("spelling.unknown_margin"):
                return []
    # a known-but-rare word: only flag when the context clearly prefers the neighbour
    if margin < ctx.th("spelling.rare_margin"):
        return []
    # where even the best neighbour fits the sentence badly the word is more likely a name or term than a slip;
    # a word standing alone (a title, a list item) gives the model no context to judge that by
    if best_lm < ctx.th("spelling.min_lm") and in_context:
        return []
    word = site.original
    if count > 0 and best_dist > ctx.th("spelling.known_cost"):
        return []                          # a rare real word is only a slip of one cheap edit from a common one
    if word[:1].isupper() and count == 0 and (word.endswith(("'s", "’s")) or best_dist > 1.0
                                              or in_context and _rare_name(ctx, best.lower())):
        return []                          # an unknown capitalised word is more often a name than a typo; in
        # prose, near a rare name, another person's spelling of it ("Katheryn Burton"); a word looked up on
        # its own ("Celcius") is the known name misspelt
    features = {"family": FAMILY, "margin": margin, "lm": best_lm, "known": float(count > 0), **unknown,
                "p": site.data["p"] if count > 0 else 1.0,
                # everything needed to re-rank offline when calibrating the ranking weights
                "ranking": [(r[1], r[4], r[3], r[5], r[6]) for r in ranked], "count": count}
    if ctx.level == "default" and in_context and _closed_compound(word, best):
        features["dense_only"] = True      # only evidence of a dense text, shown where it is one (Engine.collect);
        #                                    a word looked up on its own ("eventhough") is always answered
    gap = best_score - ranked[1][0] if len(ranked) > 1 else 5.0
    confidence = min(0.99, 0.55 + 0.08 * gap + (0.2 if count == 0 else 0.0))
    s, e = site.data["span"]
    # ranked in lower case, as the weights were calibrated; offered as the corpus writes them ("Belize")
    reps = tuple(ctx.usual_case(r[1]) if r[1].islower() else r[1] for r in ranked[:5])
    return [Finding(s, e, "spelling", "SPELLING", f"Possible spelling mistake: did you mean '{reps[0]}'?",
                    reps, max(0.05, confidence), features)]

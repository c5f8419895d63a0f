"""Singular noun phrases with and without a determiner ("in [the] modern digital world").

Learners drop articles more than any other word, and the small model's edit
head rarely sees the gap.  Whether a noun goes bare is a fact about the noun
and the word before its phrase ("at home", "in fact", but "in the world"), so
it is counted from the corpus (training/articles.py) and looked up at check
time (checks/missing.py).  Both read phrases through `heads`, here, so the
statistic and the check agree on what a bare noun phrase is.

Tokens are the engine's pieces (segment.PIECE: words and single punctuation
marks).  The reading is deliberately narrow: a head counts only when the
token after it closes the phrase (punctuation or a function word), so "world
war" or "world changes" are never read as a bare "world".
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

DETERMINERS = frozenset((
    "a an the this that these those my your his her its our their each every no any some another either neither "
    "which what whose whichever whatever such one"
).split())
# closed-class words: after a head they close its phrase; before it they are "the word before the phrase"
FUNCTION_WORDS = frozenset((
    "of in on at to for from by with about as into onto over under than then and or but nor so yet if because "
    "near around through across after before during without within behind between among against along beside "
    "beyond despite except inside outside since until upon via per like unlike toward towards throughout below "
    "above "
    "while when where who whom that is are was were be been being am do does did have has had will would can "
    "could shall should may might must not it he she they we you i me him them us there here how why all both"
).split())
CLOSED = FUNCTION_WORDS | DETERMINERS               # no content word: never a noun, adjective or verb of its own
DEGREE_WORDS = frozenset("very more most less least quite rather so too really fairly highly extremely".split())
MAX_MODIFIERS = 3
START = "<s>"


class Phrase(NamedTuple):
    head: int          # token index of the noun
    start: int         # index of the phrase's first token (its determiner, or the first modifier)
    before: str        # lower-cased token before the phrase (before its determiner), START at the beginning
    determined: bool


@lru_cache(maxsize=200000)
def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech lemminflect knows the word as ("NOUN", "VERB", "ADJ", ...)."""
    from assistant.text.morphology import getAllLemmas

    return frozenset(getAllLemmas(word))


@lru_cache(maxsize=200000)
def singular_noun(word: str) -> bool:
    """A noun in its base form (lemminflect), not a closed-class word."""
    from assistant.text.morphology import getAllLemmas

    lemmas = getAllLemmas(word).get("NOUN", ())
    return word in lemmas and word not in FUNCTION_WORDS and word not in DETERMINERS


@lru_cache(maxsize=200000)
def plural_noun(word: str) -> bool:
    """A noun's plural form (lemminflect): "times", "resources"; not a closed-class word."""
    from assistant.text.morphology import getAllLemmas

    lemmas = getAllLemmas(word).get("NOUN", ())
    return bool(lemmas) and word not in lemmas and word not in FUNCTION_WORDS and word not in DETERMINERS


@lru_cache(maxsize=200000)
def modifier(word: str) -> bool:
    """An adjective, a noun used as one, or a degree word; never anything that can be a verb ("use computer")."""
    if word in DEGREE_WORDS:
        return True
    if word in FUNCTION_WORDS or word in DETERMINERS or not word.isalpha():
        return False
    pos = parts_of_speech(word)
    if "VERB" in pos or "AUX" in pos:
        return False
    # a plural noun rarely modifies a singular one, and "todays world" is a slip for "today's", not a phrase
    return "ADJ" in pos or singular_noun(word) or (word.endswith("ly") and "ADV" in pos)


def _closes(token: str) -> bool:
    return not token[0].isalnum() or token.lower() in FUNCTION_WORDS


def heads(tokens: Sequence[str]) -> Iterator[Phrase]:
    """Every lower-case singular noun that ends its phrase, with how the phrase opens."""
    n = len(tokens)
    for i, token in enumerate(tokens):
        if not token.islower() or not token.isalpha() or not singular_noun(token):
            continue
        if i + 1 < n and (not _closes(tokens[i + 1]) or tokens[i + 1] in "-'’/&"):
            continue                                   # a compound ("world war", "end-to-end") or a possessive
        j = i - 1
        while j >= 0 and i - j <= MAX_MODIFIERS and tokens[j].islower() and modifier(tokens[j]):
            j -= 1
        if j >= 0 and (tokens[j] in "-/&" or j >= 1 and tokens[j - 1] in "-/&"):
            continue                                   # "north-central region", "R&D", "end-to-end test"
        left = tokens[j].lower() if j >= 0 else START
        if j >= 1 and left == "s" and tokens[j - 1] in "'’":
            yield Phrase(i, j + 1, "'s", True)         # "the company's new policy"
        elif left in DETERMINERS:
            yield Phrase(i, j, tokens[j - 1].lower() if j >= 1 else START, True)
        elif left[0].isdigit() or (j >= 1 and tokens[j][0].isupper()):
            continue                                   # "in 2010 year"; a name before the noun: "Paris office"
        else:
            yield Phrase(i, j + 1, left, False)


def plural_heads(tokens: Sequence[str]) -> Iterator[Phrase]:
    """Every lower-case plural noun that ends its phrase after a determiner and modifiers ("the ancient
    times"); the corpus counts none of these, so only checks that need no count read them."""
    n = len(tokens)
    for j, token in enumerate(tokens):
        if token.lower() not in DETERMINERS:
            continue
        i = j + 1
        while i < n and i - j <= MAX_MODIFIERS and tokens[i].islower() and modifier(tokens[i]):
            i += 1
        if i < n and tokens[i].islower() and tokens[i].isalpha() and plural_noun(tokens[i]) \
                and (i + 1 == n or _closes(tokens[i + 1]) and tokens[i + 1] not in "-'’/&"):
            yield Phrase(i, j, tokens[j - 1].lower() if j >= 1 else START, True)

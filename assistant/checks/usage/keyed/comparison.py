"""Comparison at one word: "more smart than", "as tall than", "taller that me", "very tall than", "elder than",
"similar like", "a best way", "sings very good"."""
from __future__ import annotations

from assistant.checks.base import Finding, Sent, match_case
from assistant.checks.forms import (MODALS, adjective_lemmas, inflect_verb, is_comparative, noun_tags, only_verb,
                                    verb_tags)
from assistant.checks.usage.words import (AUXILIARIES, BEST_NOUNS, ER_ONLY, EVER_SEEN, FINITE_TAGS, INTENSIFIERS,
                                          JUDGING_VERBS, LINKING, LINKING_VERBS, MANNER_ADVERBS, POSSESSIVES,
                                          SKILL_VERBS, SUBJECTS_IT, next_word, phrase_ends)
from assistant.text.noun_phrases import parts_of_speech


def _a_best(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"It is a best way to learn" -> "the best way": a superlative picks one.  Only before nouns it has no
    fixed phrase with ("a best seller", "a best practice", "a best friend", "a worst case" stay)."""
    if n == 0 or words[n - 1].lower() != "a" or next_word(sent, words, ws, n).lower() not in BEST_NOUNS \
            or sent.text[ws[n - 1][1]:ws[n][0]] != " ":
        return None
    rep = match_case(words[n - 1], "the")
    return Finding(*ws[n - 1], "grammar", "SUPERLATIVE_ARTICLE", f"A superlative takes '{rep}'.", (rep,), 0.85)


def _as_than(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"My brother is as tall than me" -> "as tall as": an equal comparison closes with "as"."""
    if n < 2 or words[n - 2].lower() != "as" or not words[n - 1].islower() \
            or not parts_of_speech(words[n - 1]) & {"ADJ", "ADV"} \
            or is_comparative(words[n - 1]) or words[n - 1] in ("less", "more", "fewer", "lesser") \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (n - 2, n - 1)):
        return None
    return Finding(*ws[n], "grammar", "COMPARATIVE_THAN", "An equal comparison takes 'as ... as'.",
                   (match_case(words[n], "as"),), 0.85)


def _more_short_adjective(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He is more smart than" -> "smarter", "It was more easy." -> "easier": the basic short adjectives
    compare only with "-er" (`ER_ONLY`); others take either ("more strict than").  "the most good restaurant" ->
    "best", "the most tall boy" -> "tallest" (before a noun: "the most good for the most people" and "more good
    than harm" use the noun "good")."""
    from assistant.text.morphology import getInflection

    adjective = next_word(sent, words, ws, n)
    if words[n].lower() == "most":
        noun = next_word(sent, words, ws, n + 1)
        if adjective not in ER_ONLY | {"good", "bad"} or n == 0 or words[n - 1].lower() != "the" \
                or not noun.islower() or not noun_tags(noun) or not phrase_ends(sent, words, ws, n + 2):
            return None                        # "the most good for the most people": a noun; "the most high
                                               # profile sport": a compound adjective
        rep = match_case(words[n], getInflection(adjective, tag="JJS")[0])
        return Finding(ws[n][0], ws[n + 1][1], "grammar", "SHORT_COMPARATIVE", f"Did you mean '{rep}'?", (rep,), 0.85)
    if adjective not in ER_ONLY or next_word(sent, words, ws, n + 1).lower() != "than" and not (
            n and words[n - 1].lower() in LINKING and sent.text[ws[n + 1][1]:].lstrip()[:1] in ("", *".!?")):
        return None                            # "more easy than", and "The test was more easy."
    rep = match_case(words[n], getInflection(adjective, tag="JJR")[0])
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "SHORT_COMPARATIVE", f"Did you mean '{rep}'?", (rep,), 0.85)


def _very_than(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She is very tall than her brother" -> "much taller": "than" needs the comparative, and "very" does not
    grade one."""
    from assistant.text.morphology import getInflection

    adjective = next_word(sent, words, ws, n)
    if adjective not in ER_ONLY or next_word(sent, words, ws, n + 1).lower() != "than":
        return None
    rep = f"{match_case(words[n], 'much')} {getInflection(adjective, tag='JJR')[0]}"
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "SHORT_COMPARATIVE", f"Did you mean '{rep}'?", (rep,), 0.85)


def _than_that(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She is taller that me" -> "than": a comparative and "that" before an object pronoun, which no clause
    opens ("It is better that I go", "more likely that her sister comes" stay), or before a short noun phrase
    with no verb that ends the sentence ("more interesting that the film."; not after "it": "It is better that
    the children stay")."""
    if n < 1 or sent.text[ws[n - 1][1]:ws[n][0]] != " " \
            or not (is_comparative(words[n - 1]) or n >= 2 and words[n - 2].lower() in ("more", "less")
                    and adjective_lemmas(words[n - 1])):
        return None
    nxt = next_word(sent, words, ws, n).lower()
    if nxt in ("me", "him", "us", "them") or nxt == "her" and not next_word(sent, words, ws, n + 1)[:1].isalpha():
        pass
    elif nxt in {"the", "a", "an"} | POSSESSIVES and not {"it", "it's", "it’s"} & {w.lower() for w in words[:n]}:
        end = next((k for k in range(n + 2, min(n + 4, len(ws)))
                    if sent.text[ws[k][1]:].strip() in ("", ".", "!", "?")), None)
        if end is None or any(words[k].lower() in AUXILIARIES | MODALS or only_verb(words[k])
                              for k in range(n + 2, end + 1)):
            return None
    else:
        return None
    rep = match_case(words[n], "than")
    return Finding(*ws[n], "grammar", "COMPARATIVE_THAN", f"A comparison takes '{rep}'.", (rep,), 0.85)


def _action_good(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She sings very good" -> "well", "He drives careful" -> "carefully": how an action is done.  Only a
    subject pronoun, a verb in the present or past that is no linking verb ("It looks good", "That sounds good",
    "you did good"), an intensifier at most, and the adjective at the end of the clause."""
    k = n - 1 if n and words[n - 1].lower() in INTENSIFIERS else n
    # the verb right before, or a verb of skill and its object: "He speaks English very good", "plays the piano"
    v = next((v for v in (k - 1, k - 2, k - 3) if v >= 1 and words[v - 1].lower() in SUBJECTS_IT), 0)
    if not v or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(v - 1, n)) \
            or sent.text[ws[n][1]:].lstrip()[:1] not in ("", ".", "!", ",", ";") or not words[v].islower():
        return None
    verb = words[v].lower()
    if not verb_tags(verb) & FINITE_TAGS or inflect_verb(verb, "VB") in LINKING_VERBS | JUDGING_VERBS:
        return None
    if words[n].lower() != "good" and sent.text[ws[n][1]:].lstrip()[:1] == ",":
        return None                                  # "She plays beautiful, sensitive parts"
    if v < k - 1 and (inflect_verb(verb, "VB") not in SKILL_VERBS
                      or v == k - 3 and words[k - 2].lower() not in POSSESSIVES | {"the"}):
        return None
    rep = match_case(words[n], MANNER_ADVERBS[words[n].lower()])
    return Finding(*ws[n], "grammar", "GOOD_WELL" if rep.lower() == "well" else "ADJECTIVE_AS_ADVERB",
                   f"For how something is done: '{rep}'.", (rep,), 0.85)


def _elder_like(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He is elder than me" -> "older" ("elder" takes no "than"); "similar like mine" -> "similar to"."""
    nxt = next_word(sent, words, ws, n).lower()
    if words[n].lower() == "elder" and nxt == "than":
        rep = match_case(words[n], "older")
        return Finding(*ws[n], "grammar", "ELDER_THAN", f"With 'than', write '{rep}'.", (rep,), 0.85)
    if words[n].lower() == "similar" and nxt == "like":
        return Finding(*ws[n + 1], "grammar", "SIMILAR_TO", "'Similar' takes 'to'.", ("to",), 0.85)
    return None


def _the_more_ever(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"the more beautiful city I have ever seen" -> "the most beautiful": "ever" with a perfect after the noun
    picks one out of all, which is a superlative."""
    if n == 0 or words[n - 1].lower() != "the" or words[n].lower() != "more" \
            or not EVER_SEEN.match(sent.text, ws[n][1]):
        return None
    rep = match_case(words[n], "most")
    return Finding(*ws[n], "grammar", "SUPERLATIVE", f"Of all: '{rep}'.", (rep,), 0.85)


"""Sound-alikes, contractions, negation and fixed phrases at one word: "Who's book", "your right", "Its important",
"for desert", "be quite.", "can't hardly", "don't know nothing", "As the result,", "everyday" for "every day"."""
from __future__ import annotations

import re

from assistant.checks.base import Finding, Sent, match_case
from assistant.checks.forms import MODALS, base_verb, is_comparative, noun_or_base_verb, noun_tags, verb_tags
from assistant.checks.usage.words import (AUXILIARIES, BEFORE_QUIET, BE_FORMS, CLAUSE_JOINERS, COUNTS, DETERMINERS,
                                          EAT_VERBS, FINITE_AFTER_SUBJECT, HARD_WORK, HEAR_AFTER, INTENSIFIERS,
                                          KNOW_ASK, NEGATED_HARDLY, NEGATIONS, NOW_A_DAYS, OPENER_FIXES, PRAISE_WORDS,
                                          SCHOOLS, SOUND_ALIKE, SUBJECTS_IT, TAKE_A_LOOK, TIME_AFTER_HARD, VOCATIVES,
                                          YOU_ARE_AFTER, YOU_ARE_WORDS, next_word, phrase_ends, to_verb)
from assistant.lang import read_words
from assistant.text import noun_phrases
from assistant.text.noun_phrases import parts_of_speech


def _whose(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Who's book is this?" -> "Whose": "who's" ("who is") cannot stand before a bare noun; "who's coming",
    "who's next", "Who's Who" stay."""
    nxt = next_word(sent, words, ws, n)
    if not nxt.islower() or not noun_or_base_verb(nxt) or "NN" not in noun_tags(nxt):
        return None
    rep = match_case(words[n], "whose")
    return Finding(*ws[n], "grammar", "WHOSE", f"Did you mean '{rep}'?", (rep,), 0.85)


def _you_are(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I think your right." -> "you're": "your" before "right", "wrong", "welcome"... that ends the clause, at
    the start or after "think", "know", "maybe"...; not "your right to vote", "your right hand"."""
    nxt = next_word(sent, words, ws, n)
    if nxt.lower() not in YOU_ARE_WORDS or (n and words[n - 1].lower() not in YOU_ARE_AFTER):
        return None
    rest = sent.text[ws[n + 1][1]:].lstrip()
    if rest and rest[0] not in ".,;:!?" and not rest.lower().startswith("about ") \
            and not (nxt.lower() == "welcome" and to_verb(sent, words, ws, n + 1)):
        return None                                # "Your welcome to join us", not "Your welcome to the team"
    rep = match_case(words[n], "you're")
    return Finding(*ws[n], "word_choice", "YOUR_YOURE", f"Did you mean '{rep}' (you are)?", (rep,), 0.85)


def _we_are(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Were going to the beach." -> "We're": a sentence cannot open with "were" before an -ing form
    (a question puts its subject between them: "Were you going?")."""
    nxt = next_word(sent, words, ws, n)
    if n or not nxt.islower() or verb_tags(nxt) != {"VBG"}:
        return None
    rep = match_case(words[n], "we're")
    return Finding(*ws[n], "word_choice", "WERE_WE_RE", f"Did you mean '{rep}' (we are)?", (rep,), 0.85)


def _it_is(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Its important to be on time" -> "It's": "its" before an adjective that "it is" introduces
    (lang/en/it_is_adjectives.txt) when the clause ends there or goes on with "that" or "to" + verb; not "its
    important role", "its potential to grow", "its large, white root"."""
    adjective = next_word(sent, words, ws, n)
    if adjective not in read_words("it_is_adjectives"):
        return None
    rest = sent.text[ws[n + 1][1]:]
    ends = rest[:1] in ("", ".", "!", "?", ";") and "NOUN" not in parts_of_speech(adjective)   # "for its good."
    if not (ends or rest.startswith(" that ") or to_verb(sent, words, ws, n + 1)):
        return None
    rep = match_case(words[n], "it's")
    return Finding(*ws[n], "word_choice", "ITS_ITS", f"Did you mean '{rep}' (it is)?", (rep,), 0.85)


def _their_noun(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"They're house is big" -> "Their": "they're" ("they are") before a noun that is the subject of the next
    verb ("They're kids are", "They're car broke down"); not "They're friends of mine", "They're fish.", "they're
    still considered", "they're genre films"."""
    noun, verb = next_word(sent, words, ws, n), next_word(sent, words, ws, n + 1)
    if not noun.islower() or not noun_tags(noun) or "VBG" in verb_tags(noun) or "ADV" in parts_of_speech(noun):
        return None
    if verb.lower() not in FINITE_AFTER_SUBJECT and not (verb.islower() and verb_tags(verb) & {"VBD", "VBZ"}
                                                         and not noun_tags(verb)):
        return None
    rep = match_case(words[n], "their")
    return Finding(*ws[n], "word_choice", "THEIR_THEYRE", f"Did you mean '{rep}'?", (rep,), 0.85)


def _hardly(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I can't hardly wait" -> "can hardly" ("hardly" is already negative); "He works (very) hardly every day"
    -> "hard" (after work / try / study, "hardly" means "barely"; not "works hardly any hours")."""
    if not n or sent.text[ws[n - 1][1]:ws[n][0]] != " ":
        return None
    prev, nxt = words[n - 1].lower().replace("’", "'"), next_word(sent, words, ws, n).lower()
    if prev in NEGATED_HARDLY:
        rep = match_case(words[n - 1], NEGATED_HARDLY[prev])
        return Finding(*ws[n - 1], "grammar", "DOUBLE_NEGATIVE", f"'{words[n]}' is already negative: '{rep}'.",
                       (rep,), 0.85)
    if prev in INTENSIFIERS and n >= 2 and sent.text[ws[n - 2][1]:ws[n - 1][0]] == " ":
        prev = words[n - 2].lower()             # "He works very hardly"
    if words[n].lower() == "hardly" and prev in HARD_WORK and (not nxt or nxt in TIME_AFTER_HARD):
        rep = match_case(words[n], "hard")
        return Finding(*ws[n], "word_choice", "HARD_HARDLY", f"'{words[n]}' means 'barely': did you mean '{rep}'?",
                       (rep,), 0.85)
    return None


def _not_nothing(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I don't know nothing" -> "anything": a negated verb takes "any-" ("didn't say nobody")."""
    if n < 2 or any(sent.text[ws[k][1]:ws[k + 1][0]] != " " for k in (n - 2, n - 1)):
        return None
    if words[n - 2].lower().replace("’", "'") not in NEGATIONS or not words[n - 1].islower() \
            or not base_verb(words[n - 1]) or "VB" not in verb_tags(words[n - 1]):
        return None
    rep = match_case(words[n], "any" + words[n].lower()[2:])
    return Finding(*ws[n], "grammar", "DOUBLE_NEGATIVE", f"After '{words[n - 2]}', use '{rep}'.", (rep,), 0.85)


def _not_never(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I haven't never seen snow" -> "haven't ever": one negation is enough ("not never" in "It is not never
    that ..." is rare; only a contracted negation right before it)."""
    if n == 0 or sent.text[ws[n - 1][1]:ws[n][0]] != " " or not re.fullmatch(r"\w+n['’]t", words[n - 1].lower()):
        return None
    return Finding(*ws[n], "grammar", "DOUBLE_NEGATIVE", f"After '{words[n - 1]}', use 'ever'.",
                   (match_case(words[n], "ever"),), 0.85)


def _quite_quiet(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Please be quite." / "Keep quite, the baby is sleeping" -> "quiet": the adverb "quite" cannot end its
    clause after "be" or "keep" (not "but not quite.", where it grades a word left out)."""
    if n == 0 or words[n - 1].lower() not in BE_FORMS | BEFORE_QUIET or sent.text[ws[n][1]:ws[n][1] + 1] not in tuple(
            ".,;:!?") or n > 1 and words[n - 2].lower() in ("not", "n't") \
            or n + 1 < len(words) and words[n + 1].lower() == "quite":
        return None                             # "she had been quite, quite mad"
    return Finding(*ws[n], "word_choice", "CONFUSED_WORD", "Did you mean 'quiet'?", (match_case(words[n], "quiet"),),
                   0.85)


def _to_too(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"This is to much" / "way to much noise" -> "too much", "The weather was to cold for swimming" -> "too
    cold": after "be" or "way", "to" cannot open a phrase with "much" or an adjective (not "amount to much",
    "delayed to much later", "opened to much acclaim", "was to blame", "was given to poor families", "gave way to
    newer", "feminine is to female as")."""
    if n == 0 or words[n - 1].lower() not in BE_FORMS | {"way", "far"} or words[n] != "to":
        return None
    nxt = next_word(sent, words, ws, n)
    if not nxt:
        return None
    if nxt.lower() == "much":
        if is_comparative(next_word(sent, words, ws, n + 1)):
            return None
    else:
        adjective = nxt.islower() and "ADJ" in parts_of_speech(nxt) and not verb_tags(nxt)
        ends = sent.text[ws[n + 1][1]:].lstrip()[:1] in ("", *".,;:!?") \
            or next_word(sent, words, ws, n + 1).lower() in ("for", "to", "and")
        if not (adjective and ends and words[n - 1].lower() in BE_FORMS) or " as " in sent.text:
            return None
    return Finding(*ws[n], "word_choice", "CONFUSED_WORD", "Did you mean 'too'?", ("too",), 0.85)


def _sound_alike(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """Sound-alikes the small model cannot tell apart (the right word is too rare in the corpus for its pieces
    to be predicted), caught where only one of them fits: "ice cream for desert" (after a verb of eating and
    ending the phrase; "the desert." stays), "buy some stationary" (not "a stationary bike", "remained
    stationary"), "a nice complement" (not "a great complement to the dish"), "the school principle", "a sneak
    peak" / "take a quick peak at", "need to breath" / "can't breath", "sorry to here that" (not "come to here")."""
    low = words[n].lower()
    prev = words[n - 1].lower() if n else ""
    nxt = next_word(sent, words, ws, n).lower()
    ends = sent.text[ws[n][1]:].lstrip()[:1] in ("", *".,;:!?")
    if low == "desert":
        wrong = prev in EAT_VERBS and ends
    elif low == "stationary":
        wrong = prev in ("some", "buy", "bought", "office", "school") and (ends or nxt in ("supplies", "shop", "store"))
    elif low == "complement":
        wrong = prev in PRAISE_WORDS and nxt not in ("to", "of", "for", "with")
    elif low == "principle":
        k = n + 1 + (next_word(sent, words, ws, n + 1).lower() in DETERMINERS)       # "principle of (the) school"
        wrong = prev in ("school", "head") or nxt == "of" and next_word(sent, words, ws, k).lower() in SCHOOLS
    elif low == "here":                                                               # "sorry to here that"
        wrong = prev == "to" and n >= 2 and words[n - 2].lower() in HEAR_AFTER
    elif low == "breath":                                                             # "need to breath", "can't breath"
        wrong = (prev == "to" or prev in MODALS or prev in ("can't", "cannot", "couldn't")) and nxt != "of"
    else:                                                                             # "peak"
        wrong = prev == "sneak" or nxt == "at" and "a" in (w.lower() for w in words[max(0, n - 2):n]) \
            and any(w.lower() in TAKE_A_LOOK for w in words[max(0, n - 4):n])
    if not wrong:
        return None
    rep = match_case(words[n], SOUND_ALIKE[low])
    return Finding(*ws[n], "word_choice", "CONFUSED_WORD", f"Did you mean '{rep}'?", (rep,), 0.85)


def _irregardless(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Irregardless" -> "Regardless"."""
    rep = match_case(words[n], "regardless")
    return Finding(*ws[n], "word_choice", "NONSTANDARD_WORD", f"Use '{rep}'.", (rep,), 0.85)


def _could_care_less(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I could care less" -> "couldn't care less": the idiom says how little one cares."""
    if next_word(sent, words, ws, n).lower() == "care" \
            and next_word(sent, words, ws, n + 1).lower() == "less" and (
                next_word(sent, words, ws, n + 2).lower() == "about" or phrase_ends(sent, words, ws, n + 2)
                and not next_word(sent, words, ws, n + 2)):      # not "could care less for him than for her"
        rep = match_case(words[n], "couldn't")
        return Finding(*ws[n], "word_choice", "COULD_CARE_LESS", f"The idiom is '{rep} care less'.", (rep,), 0.85)
    return None


def _fixed_opener(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"As the result, ..." -> "As a result,", "To summary," -> "In summary,", "In conclude," -> "In conclusion,":
    fixed openers, before their comma and at the start of a clause (not "as the result of", "seen as the result,
    of course, of war")."""
    if n and words[n - 1].lower() not in CLAUSE_JOINERS:          # "in", "to" and "as" are common: test this first
        return None
    for phrase, fix in OPENER_FIXES.items():
        k = n + len(phrase) - 1
        if k < len(ws) and tuple(w.lower() for w in words[n:k + 1]) == phrase \
                and sent.text[ws[k][1]:ws[k][1] + 1] == ",":
            rep = match_case(words[n], fix)
            return Finding(ws[n][0], ws[k][1], "grammar", "FIXED_PHRASE", f"The phrase is '{rep}'.", (rep,), 0.85)
    return None


def _o_clock(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"at 5 o clock" -> "o'clock"."""
    if words[n] != "o" or next_word(sent, words, ws, n).lower() != "clock" \
            or not sent.text[:ws[n][0]].rstrip()[-1:].isdigit() and (n == 0 or words[n - 1].lower() not in COUNTS):
        return None
    return Finding(ws[n][0], ws[n + 1][1], "spelling", "SPELLING", "Did you mean 'o'clock'?", ("o'clock",), 0.85)


def _can_not(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I can not believe it" -> "cannot": a style hint (picky mode), since "can not" is correct if rare (and
    needed in "can not only ... but also", where "not" goes with "only")."""
    if next_word(sent, words, ws, n).lower() != "not" \
            or next_word(sent, words, ws, n + 1).lower() in ("only", "just"):
        return None
    rep = match_case(words[n], "cannot")
    return Finding(ws[n][0], ws[n + 1][1], "style", "CANNOT", f"Usually one word: '{rep}'.", (rep,), 0.6)


def _very_unique(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"a very unique idea" -> "unique": a word that admits no degree (a style hint, picky mode)."""
    if n == 0 or words[n - 1].lower() not in ("very", "extremely", "really", "so") \
            or sent.text[ws[n - 1][1]:ws[n][0]] != " ":
        return None
    return Finding(ws[n - 1][0], ws[n][0], "style", "ABSOLUTE_ADJECTIVE", f"'{words[n]}' admits no degree.", ("",),
                   0.6)


def _what_relative(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The book what I bought is good" -> "that": "what" holds its own antecedent, so after a noun the
    relative is "that" or "which".  Only in the sentence's opening subject: elsewhere "what" often opens a
    clause of its own ("hadn't got a clue what she was dealing with", "informing the child what they should
    do")."""
    if n != 2 or words[0].lower() not in ("the", "this", "that") or not words[1].islower() \
            or "NOUN" not in parts_of_speech(words[1].lower()) \
            or next_word(sent, words, ws, n).lower() not in SUBJECTS_IT:
        return None
    return Finding(*ws[n], "grammar", "WHO_WHICH", "After a noun: 'that' or 'which'.",
                   (match_case(words[n], "that"), match_case(words[n], "which")), 0.85)


def _yesterday_night(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I saw him yesterday night" -> "last night" (but "yesterday evening" and "yesterday morning" are
    English)."""
    if next_word(sent, words, ws, n).lower() != "night":
        return None
    rep = match_case(words[n], "last") + " " + words[n + 1]
    return Finding(ws[n][0], ws[n + 1][1], "word_choice", "LAST_NIGHT", f"Did you mean '{rep}'?", (rep,), 0.85)


def _your_thing(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Thank you for you help." -> "your": "for you" before a singular noun that ends the phrase; not "for you
    guys", "for you alone", "for you, mom"."""
    noun = next_word(sent, words, ws, n)
    if not n or words[n - 1].lower() != "for" or sent.text[ws[n - 1][1]:ws[n][0]] != " " or not noun.islower() \
            or "NN" not in noun_tags(noun) or parts_of_speech(noun) & {"ADV", "ADJ"} or noun in VOCATIVES:
        return None
    rest = sent.text[ws[n + 1][1]:]
    if not (rest[:1] in ("", ".", "!", "?", ",", ";") or rest.startswith(" and ")):
        return None
    rep = match_case(words[n], "your")
    return Finding(*ws[n], "word_choice", "YOU_YOUR", f"Did you mean '{rep}'?", (rep,), 0.85)


def _everyday(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Everyday I walk to school", "tourists come everyday." -> "every day": the adjective stands before its noun
    ("everyday life") or as a predicate ("futuristic and everyday", "the everyday and the sacred")."""
    rest, nxt = sent.text[ws[n][1]:], next_word(sent, words, ws, n).lower()
    if n == 0:
        adverb = nxt in SUBJECTS_IT or rest.startswith(", ")
    else:
        prev = words[n - 1].lower()
        pos = parts_of_speech(prev)
        adverb = sent.text[ws[n - 1][1]:ws[n][0]] == " " and words[n - 1].islower() \
            and (prev in ("here", "there") or bool(pos & {"NOUN", "VERB", "ADV"}) and prev not in
                 noun_phrases.CLOSED | noun_phrases.DEGREE_WORDS) \
            and (not rest.strip() or rest[:1] in ".,;!?" or nxt in ("in", "at", "for", "on", "from", "with", "by"))
    if not adverb:
        return None
    rep = match_case(words[n], "every day")
    return Finding(*ws[n], "grammar", "EVERYDAY", f"As an adverb, write '{rep}' (two words).", (rep,), 0.85)


def _split_adverb(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Now a days" / "now-a-days" -> "nowadays"; "In deed, ..." opening a sentence -> "Indeed," ("in deed and
    word" stays)."""
    m = NOW_A_DAYS.match(sent.text, ws[n][0])
    if m is None or n and (m["deed"] or m["bare"]):
        return None                             # "until now days were long": "now days" only opening a sentence
    rep = match_case(words[n], "indeed" if m["deed"] else "nowadays")
    return Finding(ws[n][0], m.end(), "spelling", "SPLIT_WORD", f"Write '{rep}' as one word.", (rep,), 0.9)


def _whose_name(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have a dog which name is Max" -> "whose name": a possessive relative is "whose".  Only after a noun and
    before "name is" and a name ("Ask him which name is correct" is a question)."""
    if n == 0 or not noun_tags(words[n - 1]) or words[n - 1].lower() in noun_phrases.FUNCTION_WORDS \
            or not re.match(r" names? (?:is|was|are|were) [A-Z]", sent.text[ws[n][1]:]):
        return None
    rep = match_case(words[n], "whose")
    return Finding(*ws[n], "grammar", "WHOSE", f"For a possessive: '{rep}'.", (rep,), 0.85)


def _because_of_clause(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Because of I was tired, ..." -> "Because I was tired": "because of" takes a noun, "because" a clause.
    Only before a subject pronoun, which cannot follow "of"."""
    if next_word(sent, words, ws, n).lower() != "of" or next_word(sent, words, ws, n + 1).lower() \
            not in ("i", "he", "she", "we", "they"):
        return None
    return Finding(ws[n][1], ws[n + 1][1], "grammar", "BECAUSE_OF", "Before a clause: 'because', without 'of'.",
                   ("",), 0.85)


def _were_where(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I don't know were he lives" -> "where": after a verb of knowing or asking, "were" before a subject and
    its verb is the question word ("Were he to come" opens a condition: only after "know", "wonder", "ask"...)."""
    subject, verb = next_word(sent, words, ws, n), next_word(sent, words, ws, n + 1)
    if n == 0 or words[n - 1].lower() not in KNOW_ASK or subject.lower() not in SUBJECTS_IT \
            or not verb.islower() or not verb_tags(verb) & {"VBZ", "VBD", "VBP"} or verb_tags(verb) & {"VBG", "VBN"} \
            or verb in AUXILIARIES and verb not in ("is", "was", "are", "were"):
        return None
    rep = match_case(words[n], "where")
    return Finding(*ws[n], "word_choice", "CONFUSED_WORD", f"Did you mean '{rep}'?", (rep,), 0.85)


def _thanks_you(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Thanks you for your help" -> "Thank you": "thanks" is the noun, "thank" the verb that takes "you"."""
    if next_word(sent, words, ws, n).lower() != "you":
        return None
    rep = match_case(words[n], "thank")
    return Finding(*ws[n], "grammar", "THANK_YOU", f"Did you mean '{rep} you'?", (rep,), 0.85)


def _fall_sleep(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I fell sleep" -> "fell asleep": one falls asleep (the adjective), not "sleep"."""
    if next_word(sent, words, ws, n).lower() != "sleep":
        return None
    return Finding(*ws[n + 1], "grammar", "FALL_ASLEEP", "Did you mean 'asleep'?", ("asleep",), 0.85)


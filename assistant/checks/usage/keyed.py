"""Rules that start at one word, keyed by it in WORD_RULES (several per word, the first finding wins):
"less friends", "Who's book", "more smart than", "for desert", "As the result,", "on next Monday"."""
from __future__ import annotations

import re

from assistant.checks.base import Finding, Sent, match_case
from assistant.checks.forms import (MODALS, adjective_lemmas, base_verb, each_is_pronoun, inflect_verb, is_comparative,
                                    noun_or_base_verb, noun_tags, only_adjective, only_noun, only_verb, verb_tags)
from assistant.checks.usage.words import (ACTIVITIES, ADVERB_PLACES, AFTER_HOME, AGE, ATTENTION_DEGREES, AUXILIARIES,
                                          BARE_AGE, BEFORE_QUIET, BEST_NOUNS, BE_FORMS, BE_TENSE, CLAUSE_JOINERS,
                                          CLOCK_TIME, CLOSERS, COMPARED, COUNTS, DAY_PARTS, DEADLINE_VERBS, DEGREES,
                                          DETERMINERS, DO, DO_OF_MAKE, DURATIONS, EAT_VERBS, ENTER, ER_ONLY,
                                          EVENT_NOUNS, EXPLAIN, EXPLAINED_TO, EXPLAINED_WHAT, FEEL, FEELINGS,
                                          FEELINGS_CAUSED, FEELING_ENDS, FEELING_PREPOSITIONS, FINITE_AFTER_SUBJECT,
                                          FINITE_TAGS, FOR_VERBS, GO, GROUP_ADJECTIVES, HARD_WORK, HAVE_BE, INDEFINITE,
                                          INTENSIFIERS, JOBS, JUDGING_VERBS, LEND, LIFE_TIME, LIKE_VERBS, LINKING,
                                          LINKING_VERBS, MADE_TO_NOUNS, MAKE_LET, MAKE_OF_DO, MANNER_ADVERBS, MARRY,
                                          MASS_NOUNS, MEET_VERBS, MIND_VERBS, NEGATED_HARDLY, NEGATIONS, NOT_FEWER,
                                          NOUN_ONLY_DETERMINERS, NOW_A_DAYS, NO_WORDS, OBJECTS, OBJECT_TO_POSSESSIVE,
                                          OBJECT_TO_SUBJECT, ONE_AFTER, ONE_AS_MANY, OPENER_FIXES, OPENING_DETERMINERS,
                                          OPEN_TIME, PARTICLE_VERBS, PARTNERS, PAY, PEOPLE_PLURALS, PERFECT_OF_BE,
                                          PERFECT_OF_CONTRACTED, PHOTOS, PLURAL_VERB, POSSESSIVES, PRAISE_WORDS, PREFER,
                                          QUANTITIES_OF, RECEPTIONS, REFLEXIVE_OF, RELATIONS, ROOMS, SAY_FOR_TELL,
                                          SAY_TELL, SCHOOLS, SINCE_BREAKS, SINGULAR_SUBJECT_DETERMINERS, SINGULAR_VERB,
                                          SKILL_VERBS, SOUND_ALIKE, SPEAK, SPORTS, STATIVE_ING, STAY, SUBJECTS,
                                          SUBJECTS_IT, SUBJECTS_OF_STUDY, SUGGEST, TAKE_A_LOOK, TAKE_OF_MAKE, TELL,
                                          TIME_ADVERBS, TIME_AFTER_HARD, TRANSPORT, TRAVEL, TREND_ADVERBS, TREND_VERBS,
                                          VERB_LIKE_PLURALS, VOCATIVES, WAIT, WAITED_FOR, WANT, WEEKDAYS, WISH, WORK,
                                          YEAR, YEAR_NUMBER, YOU_ARE_AFTER, YOU_ARE_WORDS, _have_or_did_since,
                                          _modifies_next, _next_word, _phrase_ends, _present_since, _quoted, _ranks,
                                          _to_verb, _wrong_prepositions, uncountable_nouns)
from assistant.lang import read_words
from assistant.text import noun_phrases
from assistant.text.noun_phrases import parts_of_speech


def _less_fewer(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He has less friends" -> "fewer friends": "less" before a noun that is only ever plural. Not "less
    people", which the dev sets' annotators leave (conll2013: 0 of 2)."""
    nxt = _next_word(sent, words, ws, n)
    if (n and words[n - 1].lower() in NOT_FEWER) or not nxt.islower() or noun_tags(nxt) != {"NNS"}:
        return None
    rep = match_case(words[n], "fewer")
    return Finding(*ws[n], "grammar", "LESS_FEWER", f"'{nxt}' can be counted: '{rep}'.", (rep,), 0.85)


def _whose(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Who's book is this?" -> "Whose": "who's" ("who is") cannot stand before a bare noun; "who's coming",
    "who's next", "Who's Who" stay."""
    nxt = _next_word(sent, words, ws, n)
    if not nxt.islower() or not noun_or_base_verb(nxt) or "NN" not in noun_tags(nxt):
        return None
    rep = match_case(words[n], "whose")
    return Finding(*ws[n], "grammar", "WHOSE", f"Did you mean '{rep}'?", (rep,), 0.85)


def _you_are(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I think your right." -> "you're": "your" before "right", "wrong", "welcome"... that ends the clause, at
    the start or after "think", "know", "maybe"...; not "your right to vote", "your right hand"."""
    nxt = _next_word(sent, words, ws, n)
    if nxt.lower() not in YOU_ARE_WORDS or (n and words[n - 1].lower() not in YOU_ARE_AFTER):
        return None
    rest = sent.text[ws[n + 1][1]:].lstrip()
    if rest and rest[0] not in ".,;:!?" and not rest.lower().startswith("about ") \
            and not (nxt.lower() == "welcome" and _to_verb(sent, words, ws, n + 1)):
        return None                                # "Your welcome to join us", not "Your welcome to the team"
    rep = match_case(words[n], "you're")
    return Finding(*ws[n], "word_choice", "YOUR_YOURE", f"Did you mean '{rep}' (you are)?", (rep,), 0.85)


def _explain_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Could you explain me the rules?" -> "explain to me": "explain" and "describe" take what is explained as
    their object and the listener after "to"; "explain them well", "describe him as" stay."""
    who = _next_word(sent, words, ws, n)
    if who not in EXPLAINED_TO or _next_word(sent, words, ws, n + 1).lower() not in EXPLAINED_WHAT:
        return None
    return Finding(*ws[n + 1], "grammar", "EXPLAIN_TO", f"'{words[n]}' takes its listener after 'to': 'to {who}'.",
                   (f"to {who}",), 0.85)


def _we_are(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Were going to the beach." -> "We're": a sentence cannot open with "were" before an -ing form
    (a question puts its subject between them: "Were you going?")."""
    nxt = _next_word(sent, words, ws, n)
    if n or not nxt.islower() or verb_tags(nxt) != {"VBG"}:
        return None
    rep = match_case(words[n], "we're")
    return Finding(*ws[n], "word_choice", "WERE_WE_RE", f"Did you mean '{rep}' (we are)?", (rep,), 0.85)


def _make_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He made me to laugh" -> "made me laugh", "let people to share" -> "let people share": "make" and "let"
    take a bare verb after their object (the passive keeps "to": "was made to wait"); not "made them to order /
    to measure"."""
    if _next_word(sent, words, ws, n).lower() not in OBJECTS | PEOPLE_PLURALS \
            or not _to_verb(sent, words, ws, n + 1) or words[n + 3].lower() in MADE_TO_NOUNS:
        return None
    return Finding(*ws[n + 2], "grammar", "MAKE_TO", f"After '{words[n]} {words[n + 1]}', no 'to'.", ("",), 0.85)


def _suggest_that(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He suggested me to go" -> "suggested that I go": "suggest" takes a clause, not an object and "to"
    ("recommended him to his friend" is another verb)."""
    who = _next_word(sent, words, ws, n).lower()
    subject = OBJECT_TO_SUBJECT.get(who, "you" if who == "you" else None)
    if subject is None or not _to_verb(sent, words, ws, n + 1):
        return None
    rep = f"that {subject}"
    return Finding(ws[n + 1][0], ws[n + 2][1], "grammar", "SUGGEST_THAT", f"'{words[n]}' takes a clause: '{rep}'.",
                   (rep,), 0.85)


def _borrow_lend(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Can you borrow me your pen?" -> "lend": one borrows from someone and lends to them, so "borrow" does
    not take the person and the thing (not after "her": "borrow her car")."""
    who, what = _next_word(sent, words, ws, n), _next_word(sent, words, ws, n + 1)
    if who.lower() not in EXPLAINED_TO or what.lower() not in DETERMINERS:
        return None
    rep = match_case(words[n], LEND[words[n].lower()])
    return Finding(*ws[n], "word_choice", "BORROW_LEND", f"Someone lends you a thing: '{rep}'.", (rep,), 0.85)


def _it_is(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Its important to be on time" -> "It's": "its" before an adjective that "it is" introduces
    (lang/en/it_is_adjectives.txt) when the clause ends there or goes on with "that" or "to" + verb; not "its
    important role", "its potential to grow", "its large, white root"."""
    adjective = _next_word(sent, words, ws, n)
    if adjective not in read_words("it_is_adjectives"):
        return None
    rest = sent.text[ws[n + 1][1]:]
    ends = rest[:1] in ("", ".", "!", "?", ";") and "NOUN" not in parts_of_speech(adjective)   # "for its good."
    if not (ends or rest.startswith(" that ") or _to_verb(sent, words, ws, n + 1)):
        return None
    rep = match_case(words[n], "it's")
    return Finding(*ws[n], "word_choice", "ITS_ITS", f"Did you mean '{rep}' (it is)?", (rep,), 0.85)


def _their_noun(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"They're house is big" -> "Their": "they're" ("they are") before a noun that is the subject of the next
    verb ("They're kids are", "They're car broke down"); not "They're friends of mine", "They're fish.", "they're
    still considered", "they're genre films"."""
    noun, verb = _next_word(sent, words, ws, n), _next_word(sent, words, ws, n + 1)
    if not noun.islower() or not noun_tags(noun) or "VBG" in verb_tags(noun) or "ADV" in parts_of_speech(noun):
        return None
    if verb.lower() not in FINITE_AFTER_SUBJECT and not (verb.islower() and verb_tags(verb) & {"VBD", "VBZ"}
                                                         and not noun_tags(verb)):
        return None
    rep = match_case(words[n], "their")
    return Finding(*ws[n], "word_choice", "THEIR_THEYRE", f"Did you mean '{rep}'?", (rep,), 0.85)


def _these_nouns(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"This students are" -> "These", "in this regions," -> "these": "this" before a noun that is only ever
    plural and nothing else ("This results in" is a verb), or that opens a sentence before "are" / "were"
    ("This books are").  Mid-sentence "this" may be a pronoun ending a phrase ("From this astronomers can",
    "To avoid this users must"), so there the plural must close the phrase (a mark, "of", "and", "or"); never
    a compound ("this sales method"), a possessive or "decades-long"."""
    noun = _next_word(sent, words, ws, n)
    if not noun.islower() or noun_tags(noun) != {"NNS"} or noun.lower()[:-1] in read_words("uncountable"):
        return None
    end = ws[n + 1][1]
    rest = sent.text[end:].lstrip(" ")
    if rest[:1] in ("'", "’", "-"):
        return None
    after = _next_word(sent, words, ws, n + 1).lower()
    if not only_noun(noun) and not (n == 0 and after in ("are", "were") and "AUX" not in parts_of_speech(noun)):
        return None                            # "This books are" (a verb too), not "This does have"
    if n == 0:
        if after and "NN" in noun_tags(after) and after not in MODALS | FINITE_AFTER_SUBJECT:
            return None
    elif not (rest[:1] in ("", *",.;:!?)") or after in ("of", "and", "or")):
        return None
    rep = match_case(words[n], "these")
    return Finding(*ws[n], "grammar", "AGREEMENT", f"'{noun}' is plural: did you mean '{rep}'?", (rep,), 0.85,
                   claims=(ws[n][0], end))      # one fix: not also "problems" -> "problem"


def _for_ago(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have lived here for five years ago" -> no "for": "ago" names a point in time, "for" a length."""
    if words[n].lower() != "for" or _next_word(sent, words, ws, n + 2).lower() != "ago" \
            or words[n + 1].lower() not in COUNTS | {"a", "few", "several", "many"} \
            or _next_word(sent, words, ws, n + 1).lower().rstrip("s") + "s" not in DURATIONS:
        return None
    return Finding(*ws[n], "grammar", "FOR_AGO", "'ago' names a point in time: no 'for'.", ("",), 0.85)


def _wait_for(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I will wait you here" -> "wait for you": "wait" takes its person with "for" (not "wait tables", "wait
    your turn", "wait them out")."""
    pronoun = _next_word(sent, words, ws, n)
    if pronoun.lower() not in WAITED_FOR or _next_word(sent, words, ws, n + 1).lower() in ("out", "on"):
        return None
    rep = f"{words[n]} for {pronoun}"
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "WAIT_FOR", f"Did you mean '{rep}'?", (rep,), 0.85)


def _every_noun(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Every moves of us" -> "move", "every tiny villages" -> "village", "Each students" -> "student", "one
    brothers" -> "brother": "every" is never a pronoun ("each" and "one" are, so only a plural that is no verb
    form counts after them), so a noun that is only ever plural right after it (or after an adjective that is
    nothing else) is a slip; not a compound's modifier ("every sports club"), nor after a number or a noun
    ("every two weeks", "every few years", "every firm faces": the plural is the verb), nor "one" after a
    determiner or a number ("the one students like", "twenty one years")."""
    from lemminflect import getLemma

    if n and not words[n].islower():
        return None                                     # a name: "George Every calls"
    k = n + 1
    nxt = _next_word(sent, words, ws, n)
    if nxt.islower() and only_adjective(nxt) and nxt not in COUNTS | {"few", "several"}:
        k, nxt = n + 2, _next_word(sent, words, ws, n + 1)              # "every possible combinations"
    after = _next_word(sent, words, ws, k).lower() if nxt else ""
    if not nxt.islower() or noun_tags(nxt) != {"NNS"} or nxt[:-1] in read_words("uncountable") \
            or sent.text[ws[k][1]:ws[k][1] + 1] in ("'", "’", "-", "_") \
            or "NOUN" in parts_of_speech(after) and after not in TIME_ADVERBS:
        return None
    if words[n].lower() == "each" and each_is_pronoun(words[n - 1] if n else "",
                                                      sent.text[ws[n - 1][1]:ws[n][0]] if n else "", nxt):
        return None
    if words[n].lower() == "one" and (k != n + 1 or parts_of_speech(nxt) != {"NOUN"} or n and (
            sent.text[ws[n - 1][1]:ws[n][0]] != " " or words[n - 1].lower() in ONE_AFTER
            or {"ADJ", "NOUN"} & parts_of_speech(words[n - 1].lower())       # "season one episodes"
            or words[n - 1].lower() in ("and", "or") and n > 1 and (
                words[n - 2].lower() in ONE_AFTER or sent.text[ws[n - 2][1]:ws[n - 1][0]] != " "))):
        return None                                     # "one on one situations", "three, or one days"
    singular = next(iter(getLemma(nxt, upos="NOUN")), None)
    if not singular or singular == nxt:
        return None
    # one fix: not also "Every" -> "All", nor a singular verb after it, which is right once the noun is ("Every
    # students likes it": not also "likes" -> "like")
    verb = _next_word(sent, words, ws, k).lower()
    end = ws[k + 1][1] if verb in ("is", "was", "has", "does") or verb_tags(verb) == {"VBZ"} else ws[k][1]
    message = f"After '{words[n]}', a singular noun: '{singular}'."
    article = words[n].lower() in ("a", "an")
    # after a/an the rule needs an adjective between ("a rogues gallery", "a shoes" are left to the model) and
    # no compound, coordination or glued word after the noun: "an arts and crafts fair", "emissions trading",
    # "weapons–free", "requirements.txt", "a graphics co-processor", "a civil rights, political ..."
    if (article or words[n].lower() == "another") and (
            article and k == n + 1
            or parts_of_speech(nxt) != {"NOUN"} and after != "of" and (    # "another sinks", "a submissive uses to"
                not article or after and after not in TIME_ADVERBS)
            or after in ("and", "&") or verb_tags(after) & {"VBG", "VBN"} and "NOUN" not in parts_of_speech(after)
            or n and sent.text[ws[n][0] - 1] != " "                        # "pK"a values", "-a takes"
            or re.match(r"[^\s.,;:!?)\"']|[./]\w|\s+\w+-|,", sent.text[ws[k][1]:])
            or nxt in ONE_AS_MANY):
        return None
    if article:
        # "I bought a new shoes": the singular, or the plural without the article
        phrase = sent.text[ws[n][0]:ws[k][0]]
        return Finding(ws[n][0], ws[k][1], "grammar", "AGREEMENT", message,
                       (phrase + singular, phrase[len(words[n]) + 1:] + nxt), 0.85, claims=(ws[n][0], end))
    return Finding(*ws[k], "grammar", "AGREEMENT", message, (singular,), 0.85, claims=(ws[n][0], end))


def _hardly(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I can't hardly wait" -> "can hardly" ("hardly" is already negative); "He works (very) hardly every day"
    -> "hard" (after work / try / study, "hardly" means "barely"; not "works hardly any hours")."""
    if not n or sent.text[ws[n - 1][1]:ws[n][0]] != " ":
        return None
    prev, nxt = words[n - 1].lower().replace("’", "'"), _next_word(sent, words, ws, n).lower()
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


def _indefinite_with_phrase(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Everyone in my family are tall" -> "is": "everyone", "nobody" ... stay singular through a short
    prepositional phrase (a preposition, a determiner and one or two words), which learners make the verb agree
    with.  Only at the start of a clause and before "are / were / have / do"."""
    if n and sent.text[ws[n - 1][1]:ws[n][0]].strip() not in (",", ";") \
            or _next_word(sent, words, ws, n).lower() not in ("in", "of", "at", "from", "on", "with"):
        return None
    if _next_word(sent, words, ws, n + 1).lower() not in SINGULAR_SUBJECT_DETERMINERS | {"these", "those", "our"}:
        return None
    for k in (n + 3, n + 4):
        verb = _next_word(sent, words, ws, k).lower()
        if verb in SINGULAR_VERB and words[k].islower() and (k == n + 3 or words[k - 1].islower()):
            rep = match_case(words[k + 1], SINGULAR_VERB[verb])
            return Finding(*ws[k + 1], "grammar", "AGREEMENT", f"'{words[n]}' is singular: '{rep}'.", (rep,), 0.85)
    return None


def _married_with(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He married with his girlfriend" -> "married his girlfriend", "is married with a doctor" -> "to": one
    marries someone, or is married to them.  Only before a determiner and a word for a person, maybe after one
    adjective ("married with two children", "married with a child" are families)."""
    det = _next_word(sent, words, ws, n + 1).lower()
    if _next_word(sent, words, ws, n).lower() != "with" or det not in POSSESSIVES | {"a", "an", "the"}:
        return None
    person = _next_word(sent, words, ws, n + 2).lower()
    if person not in PARTNERS:
        person = _next_word(sent, words, ws, n + 3).lower() if "ADJ" in parts_of_speech(person) else ""
    if person not in PARTNERS:
        return None
    if n and words[n - 1].lower() in BE_FORMS:           # "She is married with a doctor" -> "married to"
        return Finding(*ws[n + 1], "grammar", "WRONG_PREPOSITION", "One is married 'to' someone.", ("to",), 0.85)
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "EXTRA_PREPOSITION", "One marries someone: no 'with'.",
                   (words[n],), 0.85)


def _enter_into(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She entered into (in) the room" -> "entered the room": one enters a place; "enter into" is for agreements and
    states ("entered into an alliance", "into the kingdom of heaven").  Only a lower-case place that ends its
    phrase, and not a passive ("the film was entered into the registry")."""
    det, place = _next_word(sent, words, ws, n + 1).lower(), _next_word(sent, words, ws, n + 2)
    if _next_word(sent, words, ws, n).lower() not in ("into", "in") \
            or det not in POSSESSIVES | {"the", "a", "an", "this"} \
            or place not in ROOMS or n and words[n - 1].lower() in BE_FORMS \
            or "NOUN" in parts_of_speech(_next_word(sent, words, ws, n + 3).lower()):
        return None                          # "the Church of Scotland", "the school curriculum", "be entered into"
    return Finding(*ws[n + 1], "grammar", "EXTRA_PREPOSITION",
                   f"'{words[n]}' needs no '{words[n + 1]}' before a place.", ("",), 0.85)


def _work_like(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"My brother works like a teacher" -> "as a teacher": a job is named with "as"; "like" compares ("works
    like a charm", "worked like a dog")."""
    like, article, job, after = (_next_word(sent, words, ws, k) for k in range(n, n + 4))
    if like.lower() != "like" or article.lower() not in ("a", "an") or job not in JOBS or after.lower() in MODALS | DO:
        return None                                # "works like a teacher would": a comparison
    return Finding(*ws[n + 1], "word_choice", "WORK_AS", "A job is named with 'as'.", ("as",), 0.85)


def _not_never(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I haven't never seen snow" -> "haven't ever": one negation is enough ("not never" in "It is not never
    that ..." is rare; only a contracted negation right before it)."""
    if n == 0 or sent.text[ws[n - 1][1]:ws[n][0]] != " " or not re.fullmatch(r"\w+n['’]t", words[n - 1].lower()):
        return None
    return Finding(*ws[n], "grammar", "DOUBLE_NEGATIVE", f"After '{words[n - 1]}', use 'ever'.",
                   (match_case(words[n], "ever"),), 0.85)


def _so_a(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"It was so a good film" -> "such a good film": "so" grades an adjective, "such" a noun phrase; only after
    "be" ("and so a new era began" is "therefore")."""
    if n == 0 or words[n - 1].lower() not in BE_FORMS or _next_word(sent, words, ws, n).lower() not in ("a", "an") \
            or "ADJ" not in parts_of_speech(_next_word(sent, words, ws, n + 1).lower()):
        return None
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "SO_SUCH", "Before 'a': 'such a'.",
                   (match_case(words[n], "such") + " " + words[n + 1],), 0.85)


def _quite_quiet(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Please be quite." / "Keep quite, the baby is sleeping" -> "quiet": the adverb "quite" cannot end its
    clause after "be" or "keep" (not "but not quite.", where it grades a word left out)."""
    if n == 0 or words[n - 1].lower() not in BE_FORMS | BEFORE_QUIET or sent.text[ws[n][1]:ws[n][1] + 1] not in tuple(
            ".,;:!?") or n > 1 and words[n - 2].lower() in ("not", "n't") \
            or n + 1 < len(words) and words[n + 1].lower() == "quite":
        return None                             # "she had been quite, quite mad"
    return Finding(*ws[n], "word_choice", "CONFUSED_WORD", "Did you mean 'quiet'?", (match_case(words[n], "quiet"),),
                   0.85)


def _many_peoples(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Many peoples think" -> "people": "peoples" are nations, which do not think or feel as one; only before a
    verb of a person's mind ("many peoples have lived here", "indigenous peoples prefer" stay)."""
    if n == 0 or words[n - 1].lower() not in ("many", "most", "some") or not words[n].islower() \
            or _next_word(sent, words, ws, n).lower() not in MIND_VERBS:
        return None
    return Finding(*ws[n], "grammar", "NOUN_PLURAL", "Did you mean 'people'?", ("people",), 0.85)


def _a_best(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"It is a best way to learn" -> "the best way": a superlative picks one.  Only before nouns it has no
    fixed phrase with ("a best seller", "a best practice", "a best friend", "a worst case" stay)."""
    if n == 0 or words[n - 1].lower() != "a" or _next_word(sent, words, ws, n).lower() not in BEST_NOUNS \
            or sent.text[ws[n - 1][1]:ws[n][0]] != " ":
        return None
    rep = match_case(words[n - 1], "the")
    return Finding(*ws[n - 1], "grammar", "SUPERLATIVE_ARTICLE", f"A superlative takes '{rep}'.", (rep,), 0.85)


def _the_rich(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The rich is getting richer" -> "are": an adjective for a group of people is plural.  Only as the
    sentence's opening subject ("the fate of the poor is" has its own head)."""
    verb = _next_word(sent, words, ws, n)
    if n != 1 or words[0].lower() != "the" or verb.lower() not in PLURAL_VERB or not verb.islower():
        return None
    rep = PLURAL_VERB[verb.lower()]
    return Finding(*ws[n + 1], "grammar", "AGREEMENT", f"'{words[0]} {words[n]}' are people: '{rep}'.", (rep,), 0.85)


def _to_much(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"This is to much" / "way to much noise" -> "too much": after "be" or "way", "to" cannot open a phrase
    with "much" (not "amount to much", "delayed to much later", "opened to much acclaim")."""
    if n == 0 or words[n - 1].lower() not in BE_FORMS | {"way", "far"} or words[n] != "to" \
            or _next_word(sent, words, ws, n).lower() != "much" or is_comparative(_next_word(sent, words, ws, n + 1)):
        return None
    return Finding(*ws[n], "word_choice", "CONFUSED_WORD", "Did you mean 'too'?", ("too",), 0.85)


def _look_forward(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I am looking forward the weekend" -> "forward to": "look forward" takes "to" before what is awaited
    (not "moved forward the date", where "forward" is an adverb of another verb)."""
    nxt = _next_word(sent, words, ws, n).lower()
    if n == 0 or words[n - 1].lower() not in ("look", "looks", "looked", "looking") \
            or not (nxt in NOUN_ONLY_DETERMINERS | {"this", "these", "those", "it"} or nxt.endswith("ing")
                    and verb_tags(nxt) == {"VBG"}) \
            or n + 2 < len(words) and (words[n + 2].lower() in ("whole", "entire")
                                       or nxt in ("this", "that") and words[n + 2].lower() in read_words("time_words")):
        return None                            # "looked forward the whole time": how long, not what to
    return Finding(*ws[n], "missing_word", "MISSING_WORD", "'look forward' takes 'to'.",
                   (f"{words[n]} to",), 0.85)


def _for_since(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"working here for since 2015" -> "since 2015", "lived here for since 10 years" -> "for 10 years": two
    openers of one time phrase; what follows picks one.  Not after a verb that takes "for" ("What are you
    waiting for since 5 pm?")."""
    if n < 2 or words[n - 1].lower() != "for" or sent.text[ws[n - 1][1]:ws[n][0]] != " " \
            or words[n - 2].lower() in FOR_VERBS:
        return None
    rest = sent.text[ws[n][1]:].split()[:2]
    if not rest:
        return None
    keep = "since" if re.fullmatch(r"\d{4}[.,;:!?]?", rest[0]) else \
        "for" if rest[0].isdigit() and len(rest) > 1 and rest[1].strip(".,;:!?") in DURATIONS else None
    if keep is None:
        return None
    return Finding(ws[n - 1][0], ws[n][1], "grammar", "EXTRA_PREPOSITION", f"Did you mean '{keep}'?",
                   (match_case(words[n - 1], keep),), 0.85)


def _very_verb(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I very like this song" -> "really like": "very" grades adjectives and adverbs, not verbs ("I very much
    like it" stays)."""
    if n == 0 or words[n - 1].lower() not in SUBJECTS or _next_word(sent, words, ws, n).lower() not in LIKE_VERBS:
        return None
    return Finding(*ws[n], "grammar", "VERY_VERB", "'very' does not grade a verb: 'really'.",
                   (match_case(words[n], "really"),), 0.85)


def _play_the_sport(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He plays the football" -> "plays football": a sport takes no article after "play" (an instrument
    does: "plays the guitar")."""
    if _next_word(sent, words, ws, n).lower() != "the" or _next_word(sent, words, ws, n + 1).lower() not in SPORTS \
            or noun_tags(_next_word(sent, words, ws, n + 2).lower()):
        return None                            # "played the football match": the article is the match's
    return Finding(ws[n + 1][0], ws[n + 2][0], "grammar", "EXTRA_ARTICLE", "A sport takes no article.", ("",), 0.85)


def _sound_alike(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """Sound-alikes the small model cannot tell apart (the right word is too rare in the corpus for its pieces
    to be predicted), caught where only one of them fits: "ice cream for desert" (after a verb of eating and
    ending the phrase; "the desert." stays), "buy some stationary" (not "a stationary bike", "remained
    stationary"), "a nice complement" (not "a great complement to the dish"), "the school principle", "a sneak
    peak" / "take a quick peak at"."""
    low = words[n].lower()
    prev = words[n - 1].lower() if n else ""
    nxt = _next_word(sent, words, ws, n).lower()
    ends = sent.text[ws[n][1]:].lstrip()[:1] in ("", *".,;:!?")
    if low == "desert":
        wrong = prev in EAT_VERBS and ends
    elif low == "stationary":
        wrong = prev in ("some", "buy", "bought", "office", "school") and (ends or nxt in ("supplies", "shop", "store"))
    elif low == "complement":
        wrong = prev in PRAISE_WORDS and nxt not in ("to", "of", "for", "with")
    elif low == "principle":
        k = n + 1 + (_next_word(sent, words, ws, n + 1).lower() in DETERMINERS)       # "principle of (the) school"
        wrong = prev in ("school", "head") or nxt == "of" and _next_word(sent, words, ws, k).lower() in SCHOOLS
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
    if _next_word(sent, words, ws, n).lower() == "care" \
            and _next_word(sent, words, ws, n + 1).lower() == "less" and (
                _next_word(sent, words, ws, n + 2).lower() == "about" or _phrase_ends(sent, words, ws, n + 2)
                and not _next_word(sent, words, ws, n + 2)):      # not "could care less for him than for her"
        rep = match_case(words[n], "couldn't")
        return Finding(*ws[n], "word_choice", "COULD_CARE_LESS", f"The idiom is '{rep} care less'.", (rep,), 0.85)
    return None


def _on_next_week(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The meeting is on next Monday" -> "next Monday", "in last year" -> "last year": "next" and "last"
    make the time an adverb, with no preposition (not "on last night's show", where it is a possessor, nor "came
    in last night", where "in" belongs to the verb)."""
    when, time = _next_word(sent, words, ws, n).lower(), _next_word(sent, words, ws, n + 1).lower()
    if when not in ("next", "last") or time.rstrip("s") not in WEEKDAYS and time not in read_words("time_words") \
            or n and words[n - 1].lower() in PARTICLE_VERBS \
            or sent.text[ws[n + 2][1]:ws[n + 2][1] + 1] in ("'", "\u2019", "-"):
        return None
    return Finding(ws[n][0], ws[n + 1][0], "grammar", "EXTRA_PREPOSITION", f"No '{words[n]}' before '{when}'.",
                   ("",), 0.85)


def _until_deadline(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I will send you the report until Friday" -> "by Friday": a deadline for something done once takes "by";
    "until" is for what goes on ("I will wait until Friday") or does not happen before ("I won't send it until
    Friday")."""
    clause = [w.lower().replace("’", "'") for w in words[max(0, n - 7):n]]
    verb = next((k for k in range(len(clause) - 1, -1, -1) if clause[k] in DEADLINE_VERBS), None)
    when = _next_word(sent, words, ws, n).lower()
    if verb is None or when.rstrip("s") not in WEEKDAYS and when not in ("tomorrow", "tonight", "noon", "midnight") \
            or any(w in NEGATIONS | NO_WORDS or w.endswith("n't") for w in clause) or not words[n].islower():
        return None
    return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", "For a deadline: 'by'.", ("by",), 0.85)


def _be_trend(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The number of old people is increase every year" -> "is increasing": after "be", a verb of change
    before how often or how fast it happens is its "-ing" form ("The result is increase in prices" stays)."""
    if n == 0 or words[n - 1].lower() not in ("is", "are", "was", "were") or not words[n].islower() \
            or _next_word(sent, words, ws, n).lower() not in TREND_ADVERBS:
        return None
    ing = inflect_verb(words[n], "VBG")
    return Finding(*ws[n], "grammar", "VERB_FORM", f"Did you mean '{ing}'?", (ing,), 0.85) if ing else None


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


def _counted_apostrophe(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have two cat's and a dog" -> "cats": after a number the "'s" is a plural, not a possessive, when no
    noun follows it ("two dog's bowls" is a misplaced apostrophe of another kind)."""
    noun = _next_word(sent, words, ws, n)
    if not re.fullmatch(r"[a-z]{2,}['’]s", noun) or "NN" not in noun_tags(noun[:-2]) \
            or parts_of_speech(_next_word(sent, words, ws, n + 1).lower()) & {"NOUN", "ADJ"} \
            and _next_word(sent, words, ws, n + 1).lower() not in AUXILIARIES | MODALS:
        return None                            # "many people's ambivalent feelings"
    from lemminflect import getInflection

    plural = next(iter(getInflection(noun[:-2], "NNS")), None)
    if not plural:
        return None
    return Finding(*ws[n + 1], "grammar", "APOSTROPHE_PLURAL", "A plural takes no apostrophe.", (plural,), 0.85)


def _o_clock(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"at 5 o clock" -> "o'clock"."""
    if words[n] != "o" or _next_word(sent, words, ws, n).lower() != "clock" \
            or not sent.text[:ws[n][0]].rstrip()[-1:].isdigit() and (n == 0 or words[n - 1].lower() not in COUNTS):
        return None
    return Finding(ws[n][0], ws[n + 1][1], "spelling", "SPELLING", "Did you mean 'o'clock'?", ("o'clock",), 0.85)


def _first_time(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"This is the first time I visit London" -> "I have visited": "the first time" counts up to now, so the
    present perfect.  Only as the sentence's opening ("It was the first time I saw" is the writer's past, and "his
    retort is the first time he says aloud" tells a plot), and not "the first time we know of"."""
    if n != 3 or [w.lower() for w in words[:3]] not in (["this", "is", "the"], ["it", "is", "the"]) \
            or _next_word(sent, words, ws, n).lower() != "time":
        return None
    k = n + 2 + (_next_word(sent, words, ws, n + 1).lower() == "that")
    subject, verb = _next_word(sent, words, ws, k - 1).lower(), _next_word(sent, words, ws, k)
    if subject not in SUBJECTS_IT or not verb.islower() or not verb_tags(verb) & {"VBP", "VBZ"} \
            or verb in AUXILIARIES | MODALS | {"know"}:
        return None
    participle = inflect_verb(verb, "VBN")
    if not participle:
        return None
    rep = f"{'has' if subject in ('he', 'she', 'it') else 'have'} {participle}"
    return Finding(*ws[k + 1], "grammar", "FIRST_TIME_PERFECT", f"After 'the first time': '{rep}'.", (rep,), 0.85)


def _enjoy_object(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"We enjoyed a lot at the party" -> "enjoyed ourselves": "enjoy" needs an object.  Only where the subject
    opens the sentence or a clause after "and"/"but", so that no relative clause's object comes before it ("every
    blessing that I enjoyed", "the autonomy they enjoy")."""
    subject = words[n - 1].lower() if n else ""
    if subject not in REFLEXIVE_OF or n > 1 and words[n - 2].lower() not in ("and", "but"):
        return None
    nxt = _next_word(sent, words, ws, n).lower()
    if not (nxt in ("a", "very", "so") and _next_word(sent, words, ws, n + 1).lower() in ("lot", "much")
            or not nxt and sent.text[ws[n][1]:].lstrip()[:1] in (".", "!")):
        return None
    rep = f"{words[n]} {REFLEXIVE_OF[subject]}"
    return Finding(*ws[n], "grammar", "ENJOY_OBJECT", f"'{words[n]}' needs an object: '{rep}'.", (rep,), 0.85)


def _make_photo(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She made a photo of the sunset" -> "took": a photo is taken (a picture may be made: drawn)."""
    det = _next_word(sent, words, ws, n).lower()
    noun = _next_word(sent, words, ws, n + 1).lower() if det in ("a", "the", "some", "many", "few") else det
    if noun not in PHOTOS:
        return None
    rep = match_case(words[n], TAKE_OF_MAKE[words[n].lower()])
    return Finding(*ws[n], "word_choice", "MAKE_DO", f"A photo is taken: '{rep}'.", (rep,), 0.85)


def _by_the_train(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"We travelled by the train" -> "by train", "She goes to the bed at ten" -> "to bed": a means of transport
    after a verb of going, and going to sleep, take no article ("stood by the train", "went to the bed and sat
    on it" stay)."""
    det, noun = _next_word(sent, words, ws, n).lower(), _next_word(sent, words, ws, n + 1).lower()
    if n == 0 or det != "the" or not {w.lower() for w in words[max(0, n - 2):n]} & (GO | TRAVEL):
        return None
    after = _next_word(sent, words, ws, n + 2).lower()
    if words[n].lower() == "by" and noun in TRANSPORT and _phrase_ends(sent, words, ws, n + 2) \
            or words[n].lower() == "to" and noun == "bed" and after in ("at", "early", "late", "after", "before"):
        return Finding(ws[n + 1][0], ws[n + 2][0], "grammar", "EXTRA_ARTICLE", f"'{words[n]} {noun}' takes no article.",
                       ("",), 0.85)
    return None


def _worth_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"It's worth to visit the old town" -> "worth visiting": the adjective "worth" takes an "-ing" form (not
    "her net worth to be", a noun)."""
    verb = _next_word(sent, words, ws, n + 1)
    if n == 0 or words[n - 1].lower().replace("’", "'") not in BE_FORMS | {"it's", "not", "isn't", "wasn't"} \
            or _next_word(sent, words, ws, n).lower() != "to" or not verb.islower() or not base_verb(verb) \
            or "than" in (w.lower() for w in words[max(0, n - 5):n]):
        return None                     # "more than his life was worth to offer": the value of a life
    ing = inflect_verb(verb, "VBG")
    if not ing:
        return None
    return Finding(ws[n + 1][0], ws[n + 2][1], "grammar", "GERUND", f"After 'worth': '{ing}'.", (ing,), 0.85)


def _clock_time(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"We have a meeting in 3 pm" -> "at 3 pm": a time of day takes "at"; "We stayed in home" -> "at home"."""
    if CLOCK_TIME.match(sent.text, ws[n][1]) \
            or _next_word(sent, words, ws, n).lower() == "home" and _phrase_ends(sent, words, ws, n + 1) \
            and n and words[n - 1].lower() in STAY:
        return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", "Use 'at'.", (match_case(words[n], "at"),), 0.85)
    return None


def _can_not(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I can not believe it" -> "cannot": a style hint (picky mode), since "can not" is correct if rare (and
    needed in "can not only ... but also", where "not" goes with "only")."""
    if _next_word(sent, words, ws, n).lower() != "not" \
            or _next_word(sent, words, ws, n + 1).lower() in ("only", "just"):
        return None
    rep = match_case(words[n], "cannot")
    return Finding(ws[n][0], ws[n + 1][1], "style", "CANNOT", f"Usually one word: '{rep}'.", (rep,), 0.6)


def _friend_of_me(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He is a good friend of me" -> "of mine": after "of", a person's relation takes the possessive pronoun."""
    pronoun = _next_word(sent, words, ws, n + 1).lower()
    if _next_word(sent, words, ws, n).lower() != "of" or pronoun not in OBJECT_TO_POSSESSIVE \
            or not _phrase_ends(sent, words, ws, n + 2) or "a" not in (w.lower() for w in words[max(0, n - 3):n]):
        return None
    rep = OBJECT_TO_POSSESSIVE[pronoun]
    return Finding(*ws[n + 2], "grammar", "PRONOUN_CASE", f"Did you mean '{rep}'?", (rep,), 0.85)


def _very_unique(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"a very unique idea" -> "unique": a word that admits no degree (a style hint, picky mode)."""
    if n == 0 or words[n - 1].lower() not in ("very", "extremely", "really", "so") \
            or sent.text[ws[n - 1][1]:ws[n][0]] != " ":
        return None
    return Finding(ws[n - 1][0], ws[n][0], "style", "ABSOLUTE_ADJECTIVE", f"'{words[n]}' admits no degree.", ("",),
                   0.6)


def _as_than(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"My brother is as tall than me" -> "as tall as": an equal comparison closes with "as"."""
    if n < 2 or words[n - 2].lower() != "as" or not words[n - 1].islower() \
            or not parts_of_speech(words[n - 1]) & {"ADJ", "ADV"} \
            or is_comparative(words[n - 1]) or words[n - 1] in ("less", "more", "fewer", "lesser") \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (n - 2, n - 1)):
        return None
    return Finding(*ws[n], "grammar", "COMPARATIVE_THAN", "An equal comparison takes 'as ... as'.",
                   (match_case(words[n], "as"),), 0.85)


def _what_relative(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The book what I bought is good" -> "that": "what" holds its own antecedent, so after a noun the
    relative is "that" or "which".  Only in the sentence's opening subject: elsewhere "what" often opens a
    clause of its own ("hadn't got a clue what she was dealing with", "informing the child what they should
    do")."""
    if n != 2 or words[0].lower() not in ("the", "this", "that") or not words[1].islower() \
            or "NOUN" not in parts_of_speech(words[1].lower()) \
            or _next_word(sent, words, ws, n).lower() not in SUBJECTS_IT:
        return None
    return Finding(*ws[n], "grammar", "WHO_WHICH", "After a noun: 'that' or 'which'.",
                   (match_case(words[n], "that"), match_case(words[n], "which")), 0.85)


def _tell_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She told to me a story" / "Tell to him the truth" / "I told to the receptionist" -> no "to", after its
    subject or opening an imperative; not a passive ("It was told to me", "stories told to him by").  "She told
    that she was tired" -> "said": "tell" needs its listener before a "that" clause (not "told that story",
    "nor are they told that they")."""
    if n and words[n - 1].lower() in SUBJECTS and words[n].lower() in SAY_FOR_TELL \
            and (n < 2 or words[n - 2].lower() not in BE_FORMS) and _next_word(sent, words, ws, n).lower() == "that" \
            and _next_word(sent, words, ws, n + 1).lower() in SUBJECTS_IT:
        rep = match_case(words[n], SAY_FOR_TELL[words[n].lower()])
        return Finding(*ws[n], "word_choice", "SAY_TELL", f"Without a listener, use '{rep}'.", (rep,), 0.85)
    listener = _next_word(sent, words, ws, n + 1).lower()
    if _next_word(sent, words, ws, n).lower() != "to" or listener not in OBJECTS | POSSESSIVES | {"the"} \
            or n and words[n - 1].lower() not in SUBJECTS | MODALS | {"to", "not", "never", "also", "please"}:
        return None                        # "stories told to him by", "as told to him": a passive
    return Finding(*ws[n + 1], "grammar", "TELL_TO", f"'{words[n]}' takes its listener without 'to'.", ("",), 0.85)


def _said_me(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He said me that" -> "told me", "She said me the truth" -> "told": "say" names its listener only with
    "to"."""
    listener, after = _next_word(sent, words, ws, n).lower(), _next_word(sent, words, ws, n + 1).lower()
    if listener not in ("me", "him", "us", "them") or not (after in ("that", "to") or after in SUBJECTS_IT
                                                           or after in DETERMINERS):
        return None
    rep = match_case(words[n], SAY_TELL[words[n].lower()])
    return Finding(*ws[n], "word_choice", "SAY_TELL", f"With a listener, use '{rep}'.", (rep,), 0.85)


def _wish_can(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I wish I can fly" -> "could": a wish is about what is not so, in the past form.  "I wish I would have
    more time" / "would have known" -> "had", where the wish is about oneself ("I wish you would have told me"
    is a complaint, and "I wish he would come" a wish about what he does)."""
    subject, modal = _next_word(sent, words, ws, n).lower(), _next_word(sent, words, ws, n + 1)
    if subject not in SUBJECTS_IT or "if" in (w.lower() for w in words[max(0, n - 3):n]):
        return None                        # "If students wish they can": "wish" as "want"
    if modal.lower() == "would" and _next_word(sent, words, ws, n + 2).lower() == "have" and subject in ("i", "we"):
        rep = match_case(modal, "had")
        return Finding(ws[n + 2][0], ws[n + 3][1], "grammar", "WISH_COULD", f"After 'wish': '{rep}'.", (rep,), 0.85)
    if modal.lower() not in ("can", "will"):
        return None
    rep = match_case(modal, {"can": "could", "will": "would"}[modal.lower()])
    return Finding(*ws[n + 2], "grammar", "WISH_COULD", f"After 'wish': '{rep}'.", (rep,), 0.85)


def _more_short_adjective(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He is more smart than" -> "smarter", "It was more easy." -> "easier": the basic short adjectives
    compare only with "-er" (`ER_ONLY`); others take either ("more strict than").  "the most good restaurant" ->
    "best", "the most tall boy" -> "tallest" (before a noun: "the most good for the most people" and "more good
    than harm" use the noun "good")."""
    from lemminflect import getInflection

    adjective = _next_word(sent, words, ws, n)
    if words[n].lower() == "most":
        noun = _next_word(sent, words, ws, n + 1)
        if adjective not in ER_ONLY | {"good", "bad"} or n == 0 or words[n - 1].lower() != "the" \
                or not noun.islower() or not noun_tags(noun) or not _phrase_ends(sent, words, ws, n + 2):
            return None                        # "the most good for the most people": a noun; "the most high
                                               # profile sport": a compound adjective
        rep = match_case(words[n], getInflection(adjective, tag="JJS")[0])
        return Finding(ws[n][0], ws[n + 1][1], "grammar", "SHORT_COMPARATIVE", f"Did you mean '{rep}'?", (rep,), 0.85)
    if adjective not in ER_ONLY or _next_word(sent, words, ws, n + 1).lower() != "than" and not (
            n and words[n - 1].lower() in LINKING and sent.text[ws[n + 1][1]:].lstrip()[:1] in ("", *".!?")):
        return None                            # "more easy than", and "The test was more easy."
    rep = match_case(words[n], getInflection(adjective, tag="JJR")[0])
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "SHORT_COMPARATIVE", f"Did you mean '{rep}'?", (rep,), 0.85)


def _in_weekday(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I will meet you in Monday morning" -> "on": a day takes "on".  Only where the day (and its part) ends
    the phrase, so that "in Sunday School", "in Saturday morning cartoons" and "in Monday's paper" stay.  "We
    will meet at Monday" too, but not after a verb that takes "at" for its object ("looked at Monday as the
    start of the week")."""
    day = _next_word(sent, words, ws, n).lower()
    if day.rstrip("s") not in WEEKDAYS or sent.text[ws[n][1]:ws[n + 1][0]] != " " \
            or words[n].lower() == "at" and (n == 0 or words[n - 1].lower() not in MEET_VERBS):
        return None
    k = n + 1 + (_next_word(sent, words, ws, n + 1).lower() in DAY_PARTS)
    if sent.text[ws[k][1]:ws[k][1] + 1] in ("'", "\u2019", "-") or not _phrase_ends(sent, words, ws, k) \
            or _next_word(sent, words, ws, k).lower() in ("and", "or"):
        return None
    return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", "A day takes 'on'.", (match_case(words[n], "on"),), 0.85)


def _very_than(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She is very tall than her brother" -> "much taller": "than" needs the comparative, and "very" does not
    grade one."""
    from lemminflect import getInflection

    adjective = _next_word(sent, words, ws, n)
    if adjective not in ER_ONLY or _next_word(sent, words, ws, n + 1).lower() != "than":
        return None
    rep = f"{match_case(words[n], 'much')} {getInflection(adjective, tag='JJR')[0]}"
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "SHORT_COMPARATIVE", f"Did you mean '{rep}'?", (rep,), 0.85)


def _possessive_all(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"My all friends came" -> "All my friends": "all" goes before the possessive ("gave it my all" stays)."""
    noun = _next_word(sent, words, ws, n)
    if not n or sent.text[ws[n - 1][1]:ws[n][0]] != " " or words[n - 1].lower() not in POSSESSIVES \
            or not noun.islower() or noun_tags(noun) != {"NNS"}:
        return None
    rep = f"{match_case(words[n - 1], 'all')} {words[n - 1].lower()}"
    return Finding(ws[n - 1][0], ws[n][1], "grammar", "ALL_MY", f"Did you mean '{rep}'?", (rep,), 0.85)


def _perfect_with_past_time(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have visited Paris last year" -> "visited": a finished time ("last year", "yesterday", "ago", "in
    2019") takes the past, not the present perfect.  After a subject pronoun only (not "would have", "must
    have")."""
    if not n or words[n - 1].lower() not in SUBJECTS or sent.text[ws[n - 1][1]:ws[n][0]] != " " \
            or n > 1 and words[n - 2].lower() in MODALS:
        return None                                          # "Could she have believed it a week ago?"
    participle = _next_word(sent, words, ws, n)
    if participle == "been":                                 # "I have been to London last summer" -> "went"
        past = "went" if _next_word(sent, words, ws, n + 1).lower() == "to" else \
            "was" if words[n - 1].lower() in ("i", "he", "she") else "were"
    elif not participle.islower() or not verb_tags(participle) or verb_tags(participle) - {"VBN", "VBD"}:
        return None
    else:
        past = inflect_verb(participle, "VBD")
    if not past:
        return None
    # a finished time opening the sentence: "Yesterday I have seen" -> "saw" (not "have been working")
    opening = [w.lower() for w in words[:n - 1]]
    finished = opening == ["yesterday"] or len(opening) == 2 and opening[0] == "last" \
        and opening[1] in read_words("time_words")
    if finished and (participle != "been" or past == "went"):
        return Finding(ws[n][0], ws[n + 1][1], "grammar", "PERFECT_PAST_TIME",
                       f"'{words[0]}' is a finished time: '{past}'.", (past,), 0.85)
    for k in range(n + 2, min(len(ws), n + 7)):
        if sent.text[ws[k - 1][1]:ws[k][0]] != " ":
            return None                                      # the clause ends first
        word = words[k].lower()
        if word in OPEN_TIME:
            return None                                      # "since last year", "for the last year"
        year = YEAR.match(sent.text, ws[k][1]) if word == "in" else None          # "in 2019"
        if word in ("yesterday", "ago") or year \
                or word == "last" and words[k - 1].lower() not in ("the", "this", "past") \
                and _next_word(sent, words, ws, k).lower() in read_words("time_words"):   # not "the last week"
            when = f"in{year.group()}" if year else words[k]
            return Finding(ws[n][0], ws[n + 1][1], "grammar", "PERFECT_PAST_TIME",
                           f"'{when}' is a finished time: '{past}'.", (past,), 0.85)
    return None


def _be_since(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I am living here since 2015" -> "have been living": from a point in time up to now is the present
    perfect.  Only a subject pronoun, "am/is/are" and up to five words, then "since" and a year or a time
    word (lang/en/time_words.txt: "since March", "since this morning") or a time of life ("since I was a
    child").  Not across a clause's opener ("I am sure that since 2010 prices rose") or a rank ("He is the first
    person since 1990 to win")."""
    when = _next_word(sent, words, ws, n).lower()
    if not (YEAR.match(sent.text, ws[n][1]) or when in read_words("time_words") or when in ("yesterday", "last")
            or when == "this" and _next_word(sent, words, ws, n + 1).lower() in read_words("time_words")
            or LIFE_TIME.match(sent.text, ws[n][1])):
        return None
    for k in range(n - 1, max(-1, n - 7), -1):
        if sent.text[ws[k][1]:ws[k + 1][0]] != " ":
            return None
        if k and words[k - 1].lower() in SUBJECTS and sent.text[ws[k - 1][1]:ws[k][0]] == " " \
                and (found := _have_or_did_since(sent, words, ws, k, n)):
            return found
        if words[k].lower() in SINCE_BREAKS or _ranks(words[k].lower()):
            return None                         # "He is the first person since 1990 to win": "since" ranks
        be = words[k].lower().replace("’", "'")
        if be in PERFECT_OF_CONTRACTED:             # "I'm living here since 2010" -> "I've been"
            rep = match_case(words[k], PERFECT_OF_CONTRACTED[be])
            return Finding(*ws[k], "grammar", "SINCE_PERFECT", f"With 'since' + a point in time: '{rep}'.", (rep,),
                           0.85)
        if be in PERFECT_OF_BE:
            # "it" only in a progressive ("It is raining since morning"): "It is true since ..." gives a reason
            subject = SUBJECTS_IT if verb_tags(words[k + 1].lower()) == {"VBG"} else SUBJECTS
            if k == 0 or words[k - 1].lower() not in subject or sent.text[ws[k - 1][1]:ws[k][0]] != " ":
                return None
            rep = match_case(words[k], PERFECT_OF_BE[be])
            return Finding(*ws[k], "grammar", "SINCE_PERFECT", f"With 'since' + a point in time: '{rep}'.", (rep,),
                           0.85)
        if k and words[k - 1].lower() in SUBJECTS and sent.text[ws[k - 1][1]:ws[k][0]] == " ":
            return _present_since(sent, words, ws, k, n)
    return None


def _yesterday_night(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I saw him yesterday night" -> "last night" (but "yesterday evening" and "yesterday morning" are
    English)."""
    if _next_word(sent, words, ws, n).lower() != "night":
        return None
    rep = match_case(words[n], "last") + " " + words[n + 1]
    return Finding(ws[n][0], ws[n + 1][1], "word_choice", "LAST_NIGHT", f"Did you mean '{rep}'?", (rep,), 0.85)


def _than_that(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She is taller that me" -> "than": a comparative and "that" before an object pronoun, which no clause
    opens ("It is better that I go", "more likely that her sister comes" stay), or before a short noun phrase
    with no verb that ends the sentence ("more interesting that the film."; not after "it": "It is better that
    the children stay")."""
    if n < 1 or sent.text[ws[n - 1][1]:ws[n][0]] != " " \
            or not (is_comparative(words[n - 1]) or n >= 2 and words[n - 2].lower() in ("more", "less")
                    and adjective_lemmas(words[n - 1])):
        return None
    nxt = _next_word(sent, words, ws, n).lower()
    if nxt in ("me", "him", "us", "them") or nxt == "her" and not _next_word(sent, words, ws, n + 1)[:1].isalpha():
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


def _year_after_number(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I was born in 1990 year" -> "in 1990": a year's number needs no "year" after it (not "in 2010
    year-on-year", "in 1990 year's end")."""
    number = YEAR_NUMBER.fullmatch(sent.text[ws[n][1]:ws[n + 1][0]]) if n + 1 < len(ws) else None
    if not number or words[n + 1].lower() != "year" or sent.text[ws[n + 1][1]:ws[n + 1][1] + 1] in ("-", "'", "’"):
        return None
    return Finding(ws[n + 1][0] - 1, ws[n + 1][1], "grammar", "YEAR_AFTER_NUMBER",
                   f"'{number.group(1)}' is the year already.", ("",), 0.85)


def _there_are_mass(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"There are a lot of noise" -> "There is": "a lot of" and a noun English does not count take a singular
    verb (a countable singular, "There are a lot of student", is the noun's slip, not the verb's; nor a noun
    that modifies the next: "There are a lot of traffic lights")."""
    low = [w.lower() for w in words[n + 1:n + 5]]
    quantity = next((q for q in QUANTITIES_OF if tuple(low[:len(q)]) == q), None)
    if n < 1 or words[n - 1].lower() != "there" or quantity is None or len(low) <= len(quantity) \
            or low[len(quantity)] not in uncountable_nouns() | MASS_NOUNS \
            or not words[n + 1 + len(quantity)].islower() \
            or _modifies_next(sent, words, ws, n + 1 + len(quantity)) \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(n - 1, n + 1 + len(quantity))):
        return None
    rep = match_case(words[n], "is" if words[n].lower() == "are" else "was")
    return Finding(*ws[n], "grammar", "AGREEMENT", f"'{words[n + 1 + len(quantity)]}' is not counted: '{rep}'.",
                   (rep,), 0.85)


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


def _point_of_view(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"In my point of view, ..." -> "From my point of view": a phrase that opens its clause and ends at a comma
    ("invested in their point of view" stays)."""
    if n + 4 >= len(ws) or [w.lower() for w in words[n + 2:n + 5]] != ["point", "of", "view"] \
            or words[n + 1].lower() not in POSSESSIVES or sent.text[ws[n + 4][1]:].lstrip()[:1] != "," \
            or n and not sent.text[ws[n - 1][1]:ws[n][0]].strip() \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(n, n + 4)):
        return None
    rep = match_case(words[n], "from")
    return Finding(*ws[n], "word_choice", "POINT_OF_VIEW", f"'{rep} ... point of view' or 'in my view'.", (rep,),
                   0.85)


def _feeling_of_thing(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The film was very bored" -> "boring": a thing that causes a feeling is "-ing"; the "-ed" form is for
    the person who has it.  Only nouns for events and works (EVENT_NOUNS): as the subject of "be", with the
    feeling ending the clause or "so ... that" ("The novel is interested in how memory works" is English), or
    after it ("a very interested lecture")."""
    k = n - 1 if n and words[n - 1].lower() in INTENSIFIERS else n
    after = _next_word(sent, words, ws, n).lower()
    spaced = k >= 1 and all(sent.text[ws[i][1]:ws[i + 1][0]] == " " for i in range(k - 1, n))
    # not "a confused speech" (muddled) or "a tired story" (worn out): only forms with no sense for a thing
    before_event = spaced and words[k - 1].lower() in DETERMINERS and after in EVENT_NOUNS \
        and words[n].lower() in ("bored", "interested", "excited", "amazed")
    if not before_event and (
            k < 2 or not (sent.text[ws[n][1]:].lstrip()[:1] in ("", ".", "!", ",", ";")
                          or after == "that" and words[n - 1].lower() == "so")
            or words[k - 1].lower() not in ("is", "was", "are", "were") or words[k - 2].lower() not in EVENT_NOUNS
            or not spaced or sent.text[ws[k - 2][1]:ws[k - 1][0]] != " "):
        return None
    rep = match_case(words[n], FEELINGS_CAUSED[words[n].lower()])
    return Finding(*ws[n], "word_choice", "FEELING_ED", f"For what causes the feeling: '{rep}'.", (rep,), 0.85)


def _be_concern(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"People are more concern about privacy" -> "concerned", "People are worry about" -> "worried": after a
    person as the subject of "be", and before "about / with / for / over" ("There is more concern about" is the
    noun)."""
    k = n - 1 if n and words[n - 1].lower() in ("more", "very", "so", "really", "also", "not", "less", "most") else n
    if k < 2 or words[k - 1].lower() not in BE_TENSE or words[k - 2].lower() not in SUBJECTS | PEOPLE_PLURALS \
            or _next_word(sent, words, ws, n).lower() not in ("about", "with", "for", "over") \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(k - 2, n)):
        return None
    rep = match_case(words[n], inflect_verb(words[n], "VBN"))
    return Finding(*ws[n], "grammar", "BE_WITH_VERB", f"Did you mean '{rep}'?", (rep,), 0.85)


def _in_nowadays(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The weather is hot in nowadays." -> "nowadays": an adverb, with no preposition; only where it ends its
    clause or opens the sentence with a comma ("found in nowadays Vlaardingen" means present-day)."""
    if not n or words[n - 1].lower() != "in" or sent.text[ws[n - 1][1]:ws[n][0]] != " " \
            or sent.text[ws[n][1]:].lstrip()[:1] not in ("", ".", "!", "?", ",", ";"):
        return None
    rep = match_case(words[n - 1], words[n].lower())      # "In nowadays," -> "Nowadays,"
    return Finding(ws[n - 1][0], ws[n][1], "grammar", "EXTRA_PREPOSITION", "'nowadays' needs no 'in'.", (rep,), 0.85)


def _be_lack(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Many people are lack of exercise" -> "lack": "lack" is the verb here.  Only after a person as the
    subject of "be" ("The problem is lack of funding" is the noun)."""
    if n < 2 or _next_word(sent, words, ws, n).lower() != "of" or words[n - 1].lower() not in BE_TENSE \
            or words[n - 2].lower() not in SUBJECTS | PEOPLE_PLURALS \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (n - 2, n - 1)):
        return None
    tag = BE_TENSE[words[n - 1].lower()]
    form = inflect_verb("lack", "VBZ" if tag == "VBZ" else "VBD" if tag == "VBD" else "VBP")
    rep = match_case(words[n - 1], form)
    return Finding(ws[n - 1][0], ws[n + 1][1], "grammar", "BE_WITH_VERB", f"Did you mean '{rep}'?", (rep,), 0.85)


def _on_the_other_hand(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"In the other hand, ..." -> "On the other hand": the fixed phrase opens its sentence with a comma ("a
    sword in the other hand" is a hand)."""
    if n or len(ws) < 5 or [w.lower() for w in words[1:4]] != ["the", "other", "hand"] \
            or sent.text[ws[3][1]:].lstrip()[:1] != ",":
        return None
    return Finding(*ws[0], "grammar", "WRONG_PREPOSITION", "'On the other hand'.", (match_case(words[0], "on"),),
                   0.85)


def _for_an_example(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"For an example, we can ..." -> "For example,": the fixed phrase opens its sentence with a comma ("For an
    example of this, see ..." and "see the manual for an example" name one)."""
    if n or len(ws) < 4 or words[1].lower() not in ("a", "an") or words[2].lower() != "example" \
            or sent.text[ws[2][1]:].lstrip()[:1] != "," or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (0, 1)):
        return None
    return Finding(ws[1][0], ws[2][1], "grammar", "EXTRA_ARTICLE", "The phrase is 'For example'.", ("example",),
                   0.92)                              # above A_AN's "a" -> "an" in "For a example,"


def _capable_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She is capable to do it" -> "capable of doing": "capable" takes "of" and an -ing form."""
    verb = _next_word(sent, words, ws, n + 1)
    if _next_word(sent, words, ws, n).lower() != "to" or not verb.islower() or "VB" not in verb_tags(verb):
        return None
    ing = inflect_verb(verb, "VBG")
    if not ing:
        return None
    return Finding(ws[n + 1][0], ws[n + 2][1], "grammar", "WRONG_PREPOSITION", f"'capable of {ing}'.",
                   (f"of {ing}",), 0.85)


def _attention_on(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"We should pay more attention on this" -> "to": one pays attention to something ("focus attention on" and
    "pay him attention on his marriage", on the occasion of it, stay)."""
    k = n - 1 if n and words[n - 1].lower() in ATTENTION_DEGREES else n
    if not k or words[k - 1].lower() not in PAY or _next_word(sent, words, ws, n).lower() != "on" \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(k - 1, n)):
        return None
    return Finding(*ws[n + 1], "grammar", "WRONG_PREPOSITION", "One pays attention 'to' something.",
                   (match_case(words[n + 1], "to"),), 0.85)


def _do_make(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He did a mistake" -> "made", "She makes her homework" -> "does": English makes mistakes and does
    homework.  Only with a determiner after the verb and at most two words before the noun ("do not mistake me
    for someone else" is the verb "mistake"), and no verb after it ("Why do these mistakes occur?")."""
    low = words[n].lower()
    noun, other = ("mistake", MAKE_OF_DO) if low in MAKE_OF_DO else ("homework", DO_OF_MAKE)
    if _next_word(sent, words, ws, n).lower() not in DETERMINERS | {"many", "several", "few", "no", "any"}:
        return None                             # not "made homework easier"
    for m in range(n + 1, min(len(ws), n + 4)):
        if not _next_word(sent, words, ws, m - 1) or not words[m].islower():
            return None
        if words[m].rstrip("s") == noun:
            if "VB" in verb_tags(_next_word(sent, words, ws, m)):
                return None                     # "do" asks a question: "Do these mistakes occur?"
            rep = match_case(words[n], other[low])
            return Finding(*ws[n], "word_choice", "MAKE_DO", f"'{rep} {'a ' * (noun == 'mistake')}{noun}'.",
                           (rep,), 0.85)
    return None


def _go_to_activity(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I am going to shopping" -> "going shopping": "go" takes an activity's -ing form with no "to" ("go to
    swimming lessons" keeps it: the activity must end its phrase)."""
    if words[n].lower() != "to" or not n or words[n - 1].lower() not in GO \
            or _next_word(sent, words, ws, n).lower() not in ACTIVITIES or not _next_word(sent, words, ws, n - 1) \
            or sent.text[ws[n + 1][1]:].lstrip()[:1] not in ("", ".", "!", "?", ",", ";") \
            and _next_word(sent, words, ws, n + 1).lower() not in AFTER_HOME:
        return None
    return Finding(*ws[n], "grammar", "GO_HOME", f"'{words[n - 1]} {words[n + 1]}' needs no 'to'.", ("",), 0.85)


def _to_dont(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He told me to don't worry" -> "not to worry": an infinitive is negated by "not" before "to"."""
    if not n or words[n - 1].lower() != "to" or words[n].lower().replace("’", "'") != "don't" \
            or sent.text[ws[n - 1][1]:ws[n][0]] != " ":
        return None
    return Finding(ws[n - 1][0], ws[n][1], "grammar", "VERB_FORM", "'not to' + the verb.",
                   (match_case(words[n - 1], "not to"),), 0.85)


def _years_old(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He has 20 years old" -> "is": an age is what one is, not what one has; "I have 25 years." -> "I am 25
    years old" where the number of years ends the sentence after "I", "he" or "she" (not "We have 25 years to
    pay", "It has 20 years of history")."""
    bare = BARE_AGE.match(sent.text, ws[n][1])
    if bare and n == 1 and words[0].lower() in ("i", "he", "she") and words[n].lower() in HAVE_BE \
            and 0 < int(bare.group(1)) < 120:
        have = words[n].lower()
        be = {"have": "am"}.get(have, HAVE_BE[have]) if words[0].lower() == "i" else HAVE_BE[have]
        rep = f"{be} {bare.group(1)} years old"
        return Finding(ws[n][0], ws[n][0] + len(words[n]) + len(bare.group(0).rstrip(" .!?")), "grammar", "AGE_BE",
                       f"For an age: '{words[0]} {rep}'.", (rep,), 0.8)
    age = AGE.match(sent.text, ws[n][1])
    if not n or words[n - 1].lower() not in SUBJECTS | {"it"} or not age \
            or not (age.group(1).isdigit() or age.group(1) in COUNTS):
        return None                             # not "I have two years old twins"
    rep = match_case(words[n], HAVE_BE[words[n].lower()] if words[n - 1].lower() != "i" else
                     "am" if words[n].lower() == "have" else "was")
    return Finding(*ws[n], "grammar", "AGE_BE", f"For an age: '{words[n - 1]} {rep} ... years old'.", (rep,), 0.85)


def _good_in(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She is good in English" -> "good at": a skill or school subject takes "at" ("good in bed", "good in the
    long run" are other senses, so only SUBJECTS_OF_STUDY)."""
    if _next_word(sent, words, ws, n).lower() != "in" or _next_word(sent, words, ws, n + 1).lower() \
            not in SUBJECTS_OF_STUDY:
        return None
    return Finding(*ws[n + 1], "grammar", "WRONG_PREPOSITION", "Good 'at' a subject.",
                   (match_case(words[n + 1], "at"),), 0.85)


def _speak_well(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She speaks very well English" -> "speaks English very well": the object comes before the adverb."""
    k = n + 2 if _next_word(sent, words, ws, n).lower() in ("very", "really") else n + 1
    if k >= len(ws) or words[k].lower() != "well" or not _next_word(sent, words, ws, k - 1) \
            or not (language := _next_word(sent, words, ws, k)).istitle() \
            or sent.text[ws[k + 1][1]:].lstrip()[:1] not in ("", ".", "!", "?", ",", ";"):
        return None
    adverb = sent.text[ws[n + 1][0]:ws[k][1]]
    return Finding(ws[n + 1][0], ws[k + 1][1], "grammar", "WORD_ORDER", f"The object first: '{language} {adverb}'.",
                   (f"{language} {adverb}",), 0.85)


def _want_that(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I want that you come" -> "want you to come": "want" takes an object and "to", not a "that" clause.  Not
    inside quotation marks, where a sentence is cited word for word ("lit. 'I want that I write'")."""
    if _next_word(sent, words, ws, n).lower() != "that" or n + 3 >= len(ws) \
            or (subject := _next_word(sent, words, ws, n + 1).lower()) not in SUBJECTS \
            or not (verb := _next_word(sent, words, ws, n + 2)).islower() or not base_verb(verb) \
            or "VB" not in verb_tags(verb) or _quoted(sent.text, ws[n][0]):
        return None
    pronoun = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them", "you": "you"}[subject]
    rep = f"{pronoun} to {verb}"
    return Finding(ws[n + 1][0], ws[n + 3][1], "grammar", "WANT_THAT", f"'{words[n]} {rep}'.", (rep,), 0.85)


def _prefer_than(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I prefer tea than coffee" -> "to coffee", "prefer to walk than drive" -> "rather than": "prefer" compares
    with "to".  Only "than" within four words of "prefer" in one clause, with no comparative between them
    ("prefer more than less", "preferred rather than", "a quieter life than")."""
    for k in range(n - 1, max(-1, n - 6), -1):
        if sent.text[ws[k][1]:ws[k + 1][0]] != " ":
            return None
        low = words[k].lower()
        if low in COMPARED or low.endswith("er") and adjective_lemmas(low) - {low}:
            return None
        if low in PREFER:
            if "rather" in (w.lower() for w in words[max(0, k - 4):k]):
                return None                     # "would rather have a stranger preferred than a friend"
            rep = "rather than" if words[k + 1].lower() == "to" else "to"
            return Finding(*ws[n], "grammar", "PREFER_TO", f"After '{words[k]}': '{rep}'.", (rep,), 0.85)
    return None


def _stative_progressive(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"They are knowing the answer" -> "They know": verbs of knowing and having name a state, not an action,
    and take no progressive.  Only after a subject pronoun and a plain "be" ("the problem is knowing where to
    look" is a gerund); not "understanding" (also an adjective), "wanting" or "loving" (spoken English uses
    them)."""
    if n < 2 or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (n - 2, n - 1)) \
            or words[n - 2].lower() not in SUBJECTS_IT or not words[n].islower():
        return None
    tag = BE_TENSE.get(words[n - 1].lower())
    form = inflect_verb(words[n], tag) if tag else None
    if not form:
        return None
    rep = match_case(words[n - 1], form)
    return Finding(ws[n - 1][0], ws[n][1], "grammar", "STATIVE_PROGRESSIVE",
                   f"'{form}' names a state: '{words[n - 2]} {rep}'.", (rep,), 0.85)


def _feeling(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I am boring in this class" -> "bored", "We're very exciting about" -> "excited", "I feel very boring":
    "I" or "we" and a feeling, then its preposition (not "I'm boring." alone: a speaker may call themself that),
    or after "feel" or "get", which name the feeling itself."""
    k = n - 1 if n and words[n - 1].lower() in INTENSIFIERS else n
    be = words[k - 1].lower().replace("’", "'") if k else ""
    subject = words[k - 2].lower() if k > 1 else ""
    after = _next_word(sent, words, ws, n).lower()
    stated = (be in ("i'm", "we're") or be in ("am", "are", "was", "were") and subject in ("i", "we")) \
        and after in FEELING_PREPOSITIONS
    # not "I feel boring people are the worst"
    felt = subject in ("i", "we") and be in FEEL and (
        after in FEELING_PREPOSITIONS | FEELING_ENDS or sent.text[ws[n][1]:].lstrip()[:1] in ("", ".", "!", ",", ";"))
    if not (stated or felt):
        return None
    rep = match_case(words[n], FEELINGS[words[n].lower()])
    return Finding(*ws[n], "word_choice", "FEELING_ED", f"For how you feel: '{rep}'.", (rep,), 0.85)


def _many_uncountable(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"many information" -> "much information", "How many money" -> "much": a noun English does not count.
    "many evidences" -> "much evidence": an "-s" form that is also a verb, which after "many" cannot be."""
    noun = _next_word(sent, words, ws, n)
    if noun in VERB_LIKE_PLURALS and words[n].lower() == "many":
        rep = f"{match_case(words[n], 'much')} {VERB_LIKE_PLURALS[noun]}"
        return Finding(ws[n][0], ws[n + 1][1], "grammar", "UNCOUNTABLE_NOUN", f"Did you mean '{rep}'?", (rep,),
                       0.85)
    if noun.lower() not in uncountable_nouns() | MASS_NOUNS or noun.lower() == "news" or not noun.islower() \
            or noun not in uncountable_nouns() and "VBP" in verb_tags(noun) \
            and (n == 0 or words[n - 1].lower() not in ("how", "too", "so")):
        return None                        # "Many work in the fields": "many" people, and their verb
    rest = sent.text[ws[n + 1][1]:]
    if not (rest[:1] in ("", *".,;:!?)") or rest[:1] == " " and _next_word(sent, words, ws, n + 1).lower() in CLOSERS
            or n and words[n - 1].lower() == "how" and _next_word(sent, words, ws, n + 1).lower() in AUXILIARIES):
        return None                        # "many software developers", "many hardware and software aspects"
    rep = match_case(words[n], "much")
    return Finding(*ws[n], "grammar", "MUCH_MANY", f"'{noun}' is not counted: '{rep}'.", (rep,), 0.85)


def _bare_role(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I am student." -> "I am a student": a singular countable noun that ends the clause after an opening
    "I am" / "He is" needs an article.  Not titles of one ("He is president"), adjectives ("I am vegetarian"),
    -ing or past forms ("I am doing"), nor the past, where biographies name roles bare ("he was consul")."""
    from lemminflect import getInflection

    noun = _next_word(sent, words, ws, n)
    if n != 1 or words[0].lower() not in ("i", "he", "she") \
            or sent.text[ws[0][1]:ws[1][0]] != " " or not noun.islower() or noun_tags(noun) != {"NN"} \
            or parts_of_speech(noun) & {"ADJ", "ADV", "PRON"} or verb_tags(noun) - {"VB", "VBP"} \
            or noun in read_words("unique_roles") or noun in uncountable_nouns() or noun in INDEFINITE | {"anything"}:
        return None
    rest = sent.text[ws[n + 1][1]:].lstrip(" ")
    plural = getInflection(noun, tag="NNS")
    if rest[:1] not in ("", *".,!?;") or not plural or plural[0] == noun:
        return None
    article = "an" if noun[0] in "aeio" else "a"
    gap = ws[n + 1][0]
    return Finding(gap, gap, "missing_word", "MISSING_WORD", f"A word may be missing here: '{article}'?", (article,),
                   0.85)


def _passed(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He past the test" -> "passed", "She past away" -> "passed away": right after its subject "past" can
    only be the verb (the adjective, noun and preposition need one: "He walked past the door")."""
    nxt = _next_word(sent, words, ws, n).lower()
    if not n or words[n - 1].lower() not in SUBJECTS or sent.text[ws[n - 1][1]:ws[n][0]] != " " \
            or nxt not in DETERMINERS and nxt != "away":
        return None
    rep = match_case(words[n], "passed")
    return Finding(*ws[n], "word_choice", "PAST_PASSED", f"The verb is '{rep}'.", (rep,), 0.85)


def _your_thing(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Thank you for you help." -> "your": "for you" before a singular noun that ends the phrase; not "for you
    guys", "for you alone", "for you, mom"."""
    noun = _next_word(sent, words, ws, n)
    if not n or words[n - 1].lower() != "for" or sent.text[ws[n - 1][1]:ws[n][0]] != " " or not noun.islower() \
            or "NN" not in noun_tags(noun) or parts_of_speech(noun) & {"ADV", "ADJ"} or noun in VOCATIVES:
        return None
    rest = sent.text[ws[n + 1][1]:]
    if not (rest[:1] in ("", ".", "!", "?", ",", ";") or rest.startswith(" and ")):
        return None
    rep = match_case(words[n], "your")
    return Finding(*ws[n], "word_choice", "YOU_YOUR", f"Did you mean '{rep}'?", (rep,), 0.85)


def _go_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I went the store" -> "went to the store": "go" before a determiner and a place
    (lang/en/destinations.txt); not "went the distance", "go the extra mile".  "I will go to home." -> "go
    home", "go to abroad" -> "go abroad" (not "go to home page", "moved to upstairs rooms": the place must end the
    phrase)."""
    det, place = _next_word(sent, words, ws, n), _next_word(sent, words, ws, n + 1)
    if det.lower() == "to" and place.lower() in ADVERB_PLACES and n + 2 < len(ws):
        rest = sent.text[ws[n + 2][1]:]
        if rest[:1] in ("", *".,;:!?)") or _next_word(sent, words, ws, n + 2).lower() in AFTER_HOME:
            return Finding(*ws[n + 1], "grammar", "GO_HOME", f"'{place.capitalize()}' needs no 'to' here.", ("",),
                           0.85)
    if det.lower() not in DETERMINERS or place.lower() not in read_words("destinations"):
        return None
    gap = ws[n + 1][0]
    return Finding(gap, gap, "missing_word", "MISSING_WORD", "A word may be missing here: 'to'?", ("to",), 0.85)


def _preposition(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"It depends of the weather" -> "on", "I arrived to the airport" -> "at": not "depends of course on", and
    "to" only before a determiner or a name ("arrived to find", "arrives to bluntly report", "arrived to some
    extent", "arrived to a warm welcome" stay)."""
    written, after = _next_word(sent, words, ws, n), _next_word(sent, words, ws, n + 1)
    rights = _wrong_prepositions().get((words[n].lower(), written.lower()))
    # a name after it is a place or person, unless the whole phrase is in title case ("But Were Afraid to Ask")
    place = after.lower() in DETERMINERS - {"that", "some", "any"} or after.istitle() and words[n].islower()
    if not rights or after.lower() == "course" or written.lower() == "to" and not place:
        return None
    if {w.lower() for w in words[n + 2:n + 6]} & (RECEPTIONS | DEGREES):
        return None                                # "arrived to a standing ovation", "scared to the bone"
    reps = tuple(match_case(written, r) for r in rights)
    return Finding(*ws[n + 1], "grammar", "WRONG_PREPOSITION", f"'{words[n]}' takes '{reps[0]}'.", reps, 0.85)


def _resumed_subject(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"My father he is a doctor" -> "My father is": a pronoun that repeats the noun phrase opening the
    sentence.  The phrase is a determiner and one or two nouns of the pronoun's number, no time ("The following
    year he married"); a verb follows and no other verb after it, so that no clause without "that" hides there
    ("The man he met was tall", "The day he was born, it rained")."""
    if n not in (2, 3) or n + 1 == len(ws) or words[0].lower() not in OPENING_DETERMINERS \
            or sent.text[:ws[0][0]].strip() or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(n + 1)):
        return None
    nouns, pronoun, verb = words[1:n], words[n], _next_word(sent, words, ws, n).lower()
    number = "NNS" if pronoun == "they" else "NN"
    finite = {"VBZ", "VBD"} if number == "NN" else {"VBP", "VBD"}
    if not (verb in FINITE_AFTER_SUBJECT or verb_tags(verb) & finite) or noun_tags(nouns[-1]) != {number} \
            or any(not w.islower() or "NN" not in noun_tags(w) for w in nouns[:-1]) \
            or any(w in read_words("time_words") or w in ("day", "first", "next", "last") for w in nouns) \
            or any(c in sent.text[ws[n + 1][1]:] for c in ",;:(") \
            or any(w.lower() in FINITE_AFTER_SUBJECT or verb_tags(w) & {"VBZ", "VBD"} for w in words[n + 2:]):
        return None
    return Finding(ws[n - 1][1], ws[n][1], "grammar", "RESUMED_SUBJECT",
                   f"'{' '.join(words[:n])}' is already the subject: no '{pronoun}'.", ("",), 0.8)


def _everyday(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Everyday I walk to school", "tourists come everyday." -> "every day": the adjective stands before its noun
    ("everyday life") or as a predicate ("futuristic and everyday", "the everyday and the sacred")."""
    rest, nxt = sent.text[ws[n][1]:], _next_word(sent, words, ws, n).lower()
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


def _elder_like(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He is elder than me" -> "older" ("elder" takes no "than"); "similar like mine" -> "similar to"."""
    nxt = _next_word(sent, words, ws, n).lower()
    if words[n].lower() == "elder" and nxt == "than":
        rep = match_case(words[n], "older")
        return Finding(*ws[n], "grammar", "ELDER_THAN", f"With 'than', write '{rep}'.", (rep,), 0.85)
    if words[n].lower() == "similar" and nxt == "like":
        return Finding(*ws[n + 1], "grammar", "SIMILAR_TO", "'Similar' takes 'to'.", ("to",), 0.85)
    return None


def _keyed(*pairs: tuple[tuple[str, ...], object]) -> dict[str, tuple]:
    """word -> the rules that start at it, in order; the first that finds something speaks for the word."""
    out: dict[str, list] = {}
    for keys, rule in pairs:
        for key in keys:
            out.setdefault(key, []).append(rule)
    return {key: tuple(rules) for key, rules in out.items()}


WORD_RULES = _keyed(
    (("less",), _less_fewer), (("every", "each", "one", "a", "an", "another"), _every_noun), (("for",), _for_ago),
    (("past",), _passed), (("you",), _your_thing), (("its",), _it_is), (("they're",), _their_noun),
    (("who's",), _whose), (("your",), _you_are), (("were",), _we_are), (("this",), _these_nouns),
    (("all",), _possessive_all), (("more", "most"), _more_short_adjective), (("very",), _very_than),
    (("very",), _very_verb), (tuple(SOUND_ALIKE), _sound_alike), (("irregardless",), _irregardless),
    (("could",), _could_care_less), (("play", "plays", "played", "playing"), _play_the_sport),
    (("many",), _many_uncountable), (("since",), _be_since), (("since",), _for_since), (("than",), _prefer_than),
    (("than",), _as_than), (("yesterday",), _yesterday_night), (("concern", "worry"), _be_concern),
    (("in",), _point_of_view), (("in",), _on_the_other_hand), (("for",), _for_an_example),
    (("nowadays",), _in_nowadays), (("lack",), _be_lack), (("capable",), _capable_to),
    (("attention",), _attention_on), (("good",), _good_in), (tuple(SPEAK), _speak_well), (tuple(WANT), _want_that),
    (("to",), _go_to_activity), (("to",), _to_much), (("can",), _can_not), (tuple(RELATIONS), _friend_of_me),
    (("unique",), _very_unique), (("worth",), _worth_to), (("in",), _clock_time), (("by", "to"), _by_the_train),
    (("first", "second", "third"), _first_time), (("enjoy", "enjoyed"), _enjoy_object),
    (tuple(TAKE_OF_MAKE), _make_photo), (tuple(COUNTS), _counted_apostrophe), (("o",), _o_clock),
    (tuple(TREND_VERBS), _be_trend), (("as", "to", "in"), _fixed_opener), (("forward",), _look_forward),
    (("don't",), _to_dont), (tuple(MAKE_OF_DO) + tuple(DO_OF_MAKE), _do_make), (tuple(HAVE_BE), _years_old),
    (tuple(FEELINGS_CAUSED), _feeling_of_thing), (tuple(MANNER_ADVERBS), _action_good),
    (("hardly", "barely", "scarcely"), _hardly), (tuple(FEELINGS), _feeling), (("am", "is"), _bare_role),
    (("nothing", "nobody", "nowhere"), _not_nothing), (("never",), _not_never), (tuple(MARRY), _married_with),
    (tuple(ENTER), _enter_into), (tuple(WORK), _work_like), (tuple(INDEFINITE), _indefinite_with_phrase),
    (("so",), _so_a), (("quite",), _quite_quiet), (tuple(GROUP_ADJECTIVES), _the_rich), (("best", "worst"), _a_best),
    (("peoples",), _many_peoples), (tuple(TELL), _tell_to), (tuple(SAY_TELL), _said_me), (tuple(WISH), _wish_can),
    (("have", "has"), _perfect_with_past_time), (tuple(EXPLAIN), _explain_to), (tuple(MAKE_LET), _make_to),
    (tuple(LEND), _borrow_lend), (tuple(GO), _go_to), (tuple(SUGGEST), _suggest_that),
    (tuple(STATIVE_ING), _stative_progressive), (tuple(WAIT), _wait_for), (("he", "she", "they"), _resumed_subject),
    (("are", "were"), _there_are_mass), (("everyday",), _everyday), (("that",), _than_that),
    (("what",), _what_relative), (("in",), _year_after_number), (("in", "at"), _in_weekday),
    (("on", "in", "at"), _on_next_week), (("until", "till"), _until_deadline), (("elder", "similar"), _elder_like),
    (("now", "in"), _split_adverb), (tuple(before for before, _ in _wrong_prepositions()), _preposition))

"""Prepositions at one word: "depends of", "wait you", "married with", "meet at Monday", "in 3 pm", "until Friday",
"good in English", "I went the store", "a friend of me"."""
from __future__ import annotations

import re

from assistant.checks.base import Finding, Sent, match_case
from assistant.checks.forms import MODALS, inflect_verb, noun_tags, verb_tags
from assistant.checks.usage.words import (ACTIVITIES, ADVERB_PLACES, AFTER_HOME, ATTENTION_DEGREES, BE_FORMS, CARDINALS,
                                          CLOCK_TIME, COUNTS, DAY_PARTS, DEADLINE_VERBS, DEGREES, DETERMINERS, DO,
                                          DURATIONS, FOR_VERBS, GO, HAVE, ING_AFTER, JOBS, MEET_VERBS, NEGATIONS,
                                          NOUN_ONLY_DETERMINERS, NO_WORDS, OBJECTS, OBJECT_TO_POSSESSIVE,
                                          PARTICLE_VERBS, PARTNERS, PAY, POSSESSIVES, RECEPTIONS, ROOMS, STAY,
                                          SUBJECTS_OF_STUDY, TIME_ADVERBS, WAITED_FOR, WEEKDAYS, next_word, phrase_ends,
                                          wrong_prepositions)
from assistant.lang import read_words
from assistant.text.noun_phrases import parts_of_speech


def _for_ago(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have lived here for five years ago" -> no "for": "ago" names a point in time, "for" a length."""
    if words[n].lower() != "for" or next_word(sent, words, ws, n + 2).lower() != "ago" \
            or words[n + 1].lower() not in COUNTS | {"a", "few", "several", "many"} \
            or next_word(sent, words, ws, n + 1).lower().rstrip("s") + "s" not in DURATIONS:
        return None
    return Finding(*ws[n], "grammar", "FOR_AGO", "'ago' names a point in time: no 'for'.", ("",), 0.85)


def _wait_for(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I will wait you here" -> "wait for you": "wait" takes its person with "for" (not "wait tables", "wait
    your turn", "wait them out")."""
    pronoun = next_word(sent, words, ws, n)
    if pronoun.lower() not in WAITED_FOR or next_word(sent, words, ws, n + 1).lower() in ("out", "on"):
        return None
    rep = f"{words[n]} for {pronoun}"
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "WAIT_FOR", f"Did you mean '{rep}'?", (rep,), 0.85)


def _married_with(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He married with his girlfriend" -> "married his girlfriend", "is married with a doctor" -> "to": one
    marries someone, or is married to them.  Only before a determiner and a word for a person, maybe after one
    adjective ("married with two children", "married with a child" are families)."""
    det = next_word(sent, words, ws, n + 1).lower()
    if next_word(sent, words, ws, n).lower() != "with" or det not in POSSESSIVES | {"a", "an", "the"}:
        return None
    person = next_word(sent, words, ws, n + 2).lower()
    if person not in PARTNERS:
        person = next_word(sent, words, ws, n + 3).lower() if "ADJ" in parts_of_speech(person) else ""
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
    det, place = next_word(sent, words, ws, n + 1).lower(), next_word(sent, words, ws, n + 2)
    if next_word(sent, words, ws, n).lower() not in ("into", "in") \
            or det not in POSSESSIVES | {"the", "a", "an", "this"} \
            or place not in ROOMS or n and words[n - 1].lower() in BE_FORMS \
            or "NOUN" in parts_of_speech(next_word(sent, words, ws, n + 3).lower()):
        return None                          # "the Church of Scotland", "the school curriculum", "be entered into"
    return Finding(*ws[n + 1], "grammar", "EXTRA_PREPOSITION",
                   f"'{words[n]}' needs no '{words[n + 1]}' before a place.", ("",), 0.85)


def _work_like(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"My brother works like a teacher" -> "as a teacher": a job is named with "as"; "like" compares ("works
    like a charm", "worked like a dog")."""
    like, article, job, after = (next_word(sent, words, ws, k) for k in range(n, n + 4))
    if like.lower() != "like" or article.lower() not in ("a", "an") or job not in JOBS or after.lower() in MODALS | DO:
        return None                                # "works like a teacher would": a comparison
    return Finding(*ws[n + 1], "word_choice", "WORK_AS", "A job is named with 'as'.", ("as",), 0.85)


def _look_forward(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I am looking forward the weekend" -> "forward to": "look forward" takes "to" before what is awaited
    (not "moved forward the date", where "forward" is an adverb of another verb)."""
    nxt = next_word(sent, words, ws, n).lower()
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


def _on_next_week(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The meeting is on next Monday" -> "next Monday", "in last year" -> "last year": "next" and "last"
    make the time an adverb, with no preposition (not "on last night's show", where it is a possessor, nor "came
    in last night", where "in" belongs to the verb)."""
    when, time = next_word(sent, words, ws, n).lower(), next_word(sent, words, ws, n + 1).lower()
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
    when = next_word(sent, words, ws, n).lower()
    if verb is None or when.rstrip("s") not in WEEKDAYS and when not in ("tomorrow", "tonight", "noon", "midnight") \
            or any(w in NEGATIONS | NO_WORDS or w.endswith("n't") for w in clause) or not words[n].islower():
        return None
    return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", "For a deadline: 'by'.", ("by",), 0.85)


def _clock_time(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"We have a meeting in 3 pm" -> "at 3 pm": a time of day takes "at"; "We stayed in home" -> "at home"."""
    if CLOCK_TIME.match(sent.text, ws[n][1]) \
            or next_word(sent, words, ws, n).lower() == "home" and phrase_ends(sent, words, ws, n + 1) \
            and n and words[n - 1].lower() in STAY:
        return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", "Use 'at'.", (match_case(words[n], "at"),), 0.85)
    return None


def _friend_of_me(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He is a good friend of me" -> "of mine": after "of", a person's relation takes the possessive pronoun."""
    pronoun = next_word(sent, words, ws, n + 1).lower()
    if next_word(sent, words, ws, n).lower() != "of" or pronoun not in OBJECT_TO_POSSESSIVE \
            or not phrase_ends(sent, words, ws, n + 2) or "a" not in (w.lower() for w in words[max(0, n - 3):n]):
        return None
    rep = OBJECT_TO_POSSESSIVE[pronoun]
    return Finding(*ws[n + 2], "grammar", "PRONOUN_CASE", f"Did you mean '{rep}'?", (rep,), 0.85)


def _in_weekday(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I will meet you in Monday morning" -> "on": a day takes "on".  Only where the day (and its part) ends
    the phrase, so that "in Sunday School", "in Saturday morning cartoons" and "in Monday's paper" stay.  "We
    will meet at Monday" too, but not after a verb that takes "at" for its object ("looked at Monday as the
    start of the week")."""
    day = next_word(sent, words, ws, n).lower()
    if day.rstrip("s") not in WEEKDAYS or sent.text[ws[n][1]:ws[n + 1][0]] != " " \
            or words[n].lower() == "at" and (n == 0 or words[n - 1].lower() not in MEET_VERBS):
        return None
    k = n + 1 + (next_word(sent, words, ws, n + 1).lower() in DAY_PARTS)
    if sent.text[ws[k][1]:ws[k][1] + 1] in ("'", "\u2019", "-") or not phrase_ends(sent, words, ws, k) \
            or next_word(sent, words, ws, k).lower() in ("and", "or"):
        return None
    return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", "A day takes 'on'.", (match_case(words[n], "on"),), 0.85)


MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_YEAR = re.compile(rf" {MONTH} \d{{4}}\b(?![,.]?\d| ?[-\u2013])")       # "on March 2003" (no day)
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
DAY_MONTH = re.compile(rf" (?:{DAY} {MONTH}\b"                                     # "in 7 May 1999", "in May 7"
                       rf"|{MONTH} {DAY}\b(?![\d:\u2013-]|\.\d| (?:BCE?|AD|CE|B\.C|A\.D)\b))")   # not "in March 45 BC"


def _date_preposition(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"released on March 2003" -> "in", "ousted in 7 May 1999" -> "on": a month takes "in", a day "on" (not
    a range: "in May 7-9", "on March 2003-04")."""
    word = words[n].lower()
    if word == "on" and MONTH_YEAR.match(sent.text, ws[n][1]):
        return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", "A month takes 'in'.", (match_case(words[n], "in"),),
                       0.85)
    if word == "in" and DAY_MONTH.match(sent.text, ws[n][1]):
        return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", "A date takes 'on'.", (match_case(words[n], "on"),),
                       0.85)
    return None


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


def _in_nowadays(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The weather is hot in nowadays." -> "nowadays": an adverb, with no preposition; only where it ends its
    clause or opens the sentence with a comma ("found in nowadays Vlaardingen" means present-day)."""
    if not n or words[n - 1].lower() != "in" or sent.text[ws[n - 1][1]:ws[n][0]] != " " \
            or sent.text[ws[n][1]:].lstrip()[:1] not in ("", ".", "!", "?", ",", ";"):
        return None
    rep = match_case(words[n - 1], words[n].lower())      # "In nowadays," -> "Nowadays,"
    return Finding(ws[n - 1][0], ws[n][1], "grammar", "EXTRA_PREPOSITION", "'nowadays' needs no 'in'.", (rep,), 0.85)


def _on_the_other_hand(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"In the other hand, ..." -> "On the other hand": the fixed phrase opens its sentence with a comma ("a
    sword in the other hand" is a hand)."""
    if n or len(ws) < 5 or [w.lower() for w in words[1:4]] != ["the", "other", "hand"] \
            or sent.text[ws[3][1]:].lstrip()[:1] != ",":
        return None
    return Finding(*ws[0], "grammar", "WRONG_PREPOSITION", "'On the other hand'.", (match_case(words[0], "on"),),
                   0.85)


def _to_for_ing(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She is capable to do it" -> "capable of doing", "He insisted to pay" -> "insisted on paying", "She
    succeeded to pass" -> "succeeded in passing", "I have difficulty to understand" -> "difficulty understanding":
    these take a preposition (or nothing) and an -ing form, not "to".  After "succeed", a word that may be a noun
    only before its object ("succeeded to power in 1990", "to the throne" inherit; "succeeded [her] to become
    queen"); "difficulty" only after "have" ("the difficulties to overcome", "a matter of some difficulty to
    find" stay)."""
    verb, after = next_word(sent, words, ws, n + 1), next_word(sent, words, ws, n + 2).lower()
    prep = ING_AFTER[words[n].lower()]
    if next_word(sent, words, ws, n).lower() != "to" or not verb.islower() or "VB" not in verb_tags(verb) \
            or prep == "in" and (verb == "become" or noun_tags(verb) and after not in DETERMINERS | OBJECTS) \
            or not prep and (n == 0 or words[n - 1].lower() not in HAVE):
        return None
    ing = inflect_verb(verb, "VBG")
    if not ing:
        return None
    rep = f"{prep} {ing}".lstrip()
    return Finding(ws[n + 1][0], ws[n + 2][1], "grammar", "WRONG_PREPOSITION", f"'{words[n]} {rep}'.", (rep,), 0.85)


def _attention_on(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"We should pay more attention on this" -> "to": one pays attention to something ("focus attention on" and
    "pay him attention on his marriage", on the occasion of it, stay)."""
    k = n - 1 if n and words[n - 1].lower() in ATTENTION_DEGREES else n
    if not k or words[k - 1].lower() not in PAY or next_word(sent, words, ws, n).lower() != "on" \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(k - 1, n)):
        return None
    return Finding(*ws[n + 1], "grammar", "WRONG_PREPOSITION", "One pays attention 'to' something.",
                   (match_case(words[n + 1], "to"),), 0.85)


def _go_to_activity(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I am going to shopping" -> "going shopping": "go" takes an activity's -ing form with no "to" ("go to
    swimming lessons" keeps it: the activity must end its phrase)."""
    if words[n].lower() != "to" or not n or words[n - 1].lower() not in GO \
            or next_word(sent, words, ws, n).lower() not in ACTIVITIES or not next_word(sent, words, ws, n - 1) \
            or sent.text[ws[n + 1][1]:].lstrip()[:1] not in ("", ".", "!", "?", ",", ";") \
            and next_word(sent, words, ws, n + 1).lower() not in AFTER_HOME:
        return None
    return Finding(*ws[n], "grammar", "GO_HOME", f"'{words[n - 1]} {words[n + 1]}' needs no 'to'.", ("",), 0.85)


def _good_in(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She is good in English" -> "good at": a skill or school subject takes "at" ("good in bed", "good in the
    long run" are other senses, so only SUBJECTS_OF_STUDY)."""
    if next_word(sent, words, ws, n).lower() != "in" or next_word(sent, words, ws, n + 1).lower() \
            not in SUBJECTS_OF_STUDY:
        return None
    return Finding(*ws[n + 1], "grammar", "WRONG_PREPOSITION", "Good 'at' a subject.",
                   (match_case(words[n + 1], "at"),), 0.85)


def _go_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I went the store" -> "went to the store": "go" before a determiner and a place
    (lang/en/destinations.txt); not "went the distance", "go the extra mile".  "I will go to home." -> "go
    home", "go to abroad" -> "go abroad" (not "go to home page", "moved to upstairs rooms": the place must end the
    phrase); after "come" and "arrive" too ("arrive to home").  "go to there", "come to here" -> "go there", "come
    here"."""
    det, place = next_word(sent, words, ws, n), next_word(sent, words, ws, n + 1)
    follow = next_word(sent, words, ws, n + 2).lower()
    if det.lower() == "to" and place.lower() in ("here", "there") \
            and not (noun_tags(follow) and follow not in AFTER_HOME | TIME_ADVERBS):   # "came to there conclusion"
        return Finding(*ws[n + 1], "grammar", "GO_HOME", f"'{place.capitalize()}' needs no 'to'.", ("",), 0.85)
    if det.lower() == "to" and place.lower() in ADVERB_PLACES and n + 2 < len(ws):
        rest = sent.text[ws[n + 2][1]:]
        if rest[:1] in ("", *".,;:!?)") or next_word(sent, words, ws, n + 2).lower() in AFTER_HOME:
            return Finding(*ws[n + 1], "grammar", "GO_HOME", f"'{place.capitalize()}' needs no 'to' here.", ("",),
                           0.85)
    if words[n].lower() not in GO or det.lower() not in DETERMINERS or place.lower() not in read_words("destinations"):
        return None
    gap = ws[n + 1][0]
    return Finding(gap, gap, "missing_word", "MISSING_WORD", "A word may be missing here: 'to'?", ("to",), 0.85)


def _preposition(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"It depends of the weather" -> "on", "I arrived to the airport" -> "at": not "depends of course on", and
    "to" only before a determiner or a name ("arrived to find", "arrives to bluntly report", "arrived to some
    extent", "arrived to a warm welcome" stay)."""
    written, after = next_word(sent, words, ws, n), next_word(sent, words, ws, n + 1)
    rights = wrong_prepositions().get((words[n].lower(), written.lower()))
    # a name after it is a place or person, unless the whole phrase is in title case ("But Were Afraid to Ask")
    place = after.lower() in DETERMINERS - {"that", "some", "any"} or after.istitle() and words[n].islower()
    if not rights or after.lower() == "course" or written.lower() == "to" and not place:
        return None
    if {w.lower() for w in words[n + 2:n + 6]} & (RECEPTIONS | DEGREES):
        return None                                # "arrived to a standing ovation", "scared to the bone"
    reps = tuple(match_case(written, r) for r in rights)
    return Finding(*ws[n + 1], "grammar", "WRONG_PREPOSITION", f"'{words[n]}' takes '{reps[0]}'.", reps, 0.85)



def _during_duration(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I slept during two hours" -> "for two hours": "during" names the period something happens in, "for" how
    long it lasts.  Only where the length ends its phrase ("during two years of war", "during two years in
    prison, he wrote" name a period)."""
    length = re.match(r" (\d+|[a-z]+) ([a-z]+)(?=(\s*(?:[.,;:!?]|$)| (?:and|but|so|then)\b))", sent.text[ws[n][1]:])
    if not length or length.group(2) not in DURATIONS \
            or not (length.group(1).isdigit() or length.group(1) in CARDINALS):
        return None
    rep = match_case(words[n], "for")
    return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", f"For how long something lasts: '{rep}'.", (rep,), 0.85)


def _by_my_own(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I did it by my own." -> "on my own": alone is "on one's own" or "by oneself" ("by my own hand", "by his
    own admission" stay: only where "own" ends the phrase, and not after a participle: "deserved by his own")."""
    owner = next_word(sent, words, ws, n)
    if owner.lower() not in POSSESSIVES or next_word(sent, words, ws, n + 1).lower() != "own" \
            or n and verb_tags(words[n - 1]) & {"VBN", "VBD"} \
            or sent.text[ws[n + 2][1]:].lstrip()[:1] not in ("", *".,;:!?"):
        return None
    rep = match_case(words[n], "on")
    return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", f"Alone: '{rep} {owner} own'.", (rep,), 0.85)


def _at_the_first_time(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I saw the sea at the first time" -> "for the first time" (not "at the first time of asking")."""
    if [w.lower() for w in words[n + 1:n + 4]] != ["the", "first", "time"] \
            or any(sent.text[ws[m][1]:ws[m + 1][0]] != " " for m in range(n, n + 3)) \
            or next_word(sent, words, ws, n + 3).lower() in ("of", "that", "when"):
        return None
    rep = match_case(words[n], "for")
    return Finding(*ws[n], "grammar", "WRONG_PREPOSITION", f"The phrase is '{rep} the first time'.", (rep,), 0.85)


def _since_long_time(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I haven't seen him since long time" -> "for a long time": "since" needs a point in time, a length takes
    "for"."""
    m = re.match(r" (?:a )?long time\b(?! ago)", sent.text[ws[n][1]:], re.I)
    if not m:
        return None
    rep = match_case(words[n], "for a long time")
    return Finding(ws[n][0], ws[n][1] + m.end(), "grammar", "WRONG_PREPOSITION", f"For a length of time: '{rep}'.",
                   (rep,), 0.85)


"""Verb patterns and tense at one word: "explain me", "made me to laugh", "I have visited Paris last year", "I am
living here since 2015", "did a mistake", "They are knowing", "I am boring"."""
from __future__ import annotations

from assistant.checks.base import Finding, Sent, match_case
from assistant.checks.forms import MODALS, adjective_lemmas, base_verb, inflect_verb, noun_tags, only_verb, verb_tags
from assistant.checks.usage.words import (AGE, ASSIST, ATTENDED, AUXILIARIES, BARE_AGE, BE_FORMS, BE_TENSE, BODY_STATES,
                                          BORN_IN_YEAR, COMPARED, COUNTS, DETERMINERS, DONE_OBJECTS, DO_OF_MAKE,
                                          EVENT_NOUNS, EXPLAINED_TO, EXPLAINED_WHAT, FEEL, FEELINGS, FEELINGS_CAUSED,
                                          FEELING_ENDS, FEELING_PREPOSITIONS, FINITE_AFTER_SUBJECT, FUTURE_TIME,
                                          HAVE_BE, INTENSIFIERS, LANGUAGES, LEARN_TEACH, LEND, LIES, LIFE_TIME,
                                          LIKE_VERBS, LOSE, LYING_PLACES, MADE_TO_NOUNS, MAKE_OF_DO, OBJECTS,
                                          OBJECT_TO_SUBJECT, OPENING_DETERMINERS, OPEN_TIME, PEOPLE_PLURALS,
                                          PERFECT_OF_BE, PERFECT_OF_CONTRACTED, PHOTOS, PLAIN_VERBS_ALSO_NOUNS,
                                          POSSESSIVES, PREFER, REFLEXIVE_OF, RIDES, ROB, SAY_FOR_TELL, SAY_TELL, SEE_TV,
                                          SINCE_BREAKS, STOLEN, SUBJECTS, SUBJECTS_IT, TAKE_OF_MAKE, TALK_SPEAK,
                                          TREND_ADVERBS, YEAR, have_or_did_since, next_word, opens_question,
                                          phrase_ends, present_since, quoted, ranks, to_verb)
from assistant.lang import read_words


def _explain_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Could you explain me the rules?" -> "explain to me": "explain" and "describe" take what is explained as
    their object and the listener after "to"; "explain them well", "describe him as" stay."""
    who = next_word(sent, words, ws, n)
    if who not in EXPLAINED_TO or next_word(sent, words, ws, n + 1).lower() not in EXPLAINED_WHAT:
        return None
    return Finding(*ws[n + 1], "grammar", "EXPLAIN_TO", f"'{words[n]}' takes its listener after 'to': 'to {who}'.",
                   (f"to {who}",), 0.85)


def _make_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He made me to laugh" -> "made me laugh", "let people to share" -> "let people share": "make" and "let"
    take a bare verb after their object (the passive keeps "to": "was made to wait"); not "made them to order /
    to measure"."""
    if next_word(sent, words, ws, n).lower() not in OBJECTS | PEOPLE_PLURALS \
            or not to_verb(sent, words, ws, n + 1) or words[n + 3].lower() in MADE_TO_NOUNS:
        return None
    return Finding(*ws[n + 2], "grammar", "MAKE_TO", f"After '{words[n]} {words[n + 1]}', no 'to'.", ("",), 0.85)


def _suggest_that(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He suggested me to go" -> "suggested that I go": "suggest" takes a clause, not an object and "to"
    ("recommended him to his friend" is another verb)."""
    who = next_word(sent, words, ws, n).lower()
    subject = OBJECT_TO_SUBJECT.get(who, "you" if who == "you" else None)
    if subject is None or not to_verb(sent, words, ws, n + 1):
        return None
    rep = f"that {subject}"
    return Finding(ws[n + 1][0], ws[n + 2][1], "grammar", "SUGGEST_THAT", f"'{words[n]}' takes a clause: '{rep}'.",
                   (rep,), 0.85)


def _borrow_lend(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Can you borrow me your pen?" -> "lend": one borrows from someone and lends to them, so "borrow" does
    not take the person and the thing (not after "her": "borrow her car")."""
    who, what = next_word(sent, words, ws, n), next_word(sent, words, ws, n + 1)
    if who.lower() not in EXPLAINED_TO or what.lower() not in DETERMINERS:
        return None
    rep = match_case(words[n], LEND[words[n].lower()])
    return Finding(*ws[n], "word_choice", "BORROW_LEND", f"Someone lends you a thing: '{rep}'.", (rep,), 0.85)


def _very_verb(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I very like this song" -> "really like": "very" grades adjectives and adverbs, not verbs ("I very much
    like it" stays)."""
    if n == 0 or words[n - 1].lower() not in SUBJECTS or next_word(sent, words, ws, n).lower() not in LIKE_VERBS:
        return None
    return Finding(*ws[n], "grammar", "VERY_VERB", "'very' does not grade a verb: 'really'.",
                   (match_case(words[n], "really"),), 0.85)


def _be_trend(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The number of old people is increase every year" -> "is increasing": after "be", a verb of change
    before how often or how fast it happens is its "-ing" form ("The result is increase in prices" stays)."""
    if n == 0 or words[n - 1].lower() not in ("is", "are", "was", "were") or not words[n].islower() \
            or next_word(sent, words, ws, n).lower() not in TREND_ADVERBS:
        return None
    ing = inflect_verb(words[n], "VBG")
    return Finding(*ws[n], "grammar", "VERB_FORM", f"Did you mean '{ing}'?", (ing,), 0.85) if ing else None


def _first_time(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"This is the first time I visit London" -> "I have visited": "the first time" counts up to now, so the
    present perfect.  Only as the sentence's opening ("It was the first time I saw" is the writer's past, and "his
    retort is the first time he says aloud" tells a plot), and not "the first time we know of"."""
    if n != 3 or [w.lower() for w in words[:3]] not in (["this", "is", "the"], ["it", "is", "the"]) \
            or next_word(sent, words, ws, n).lower() != "time":
        return None
    k = n + 2 + (next_word(sent, words, ws, n + 1).lower() == "that")
    subject, verb = next_word(sent, words, ws, k - 1).lower(), next_word(sent, words, ws, k)
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
    nxt = next_word(sent, words, ws, n).lower()
    if not (nxt in ("a", "very", "so") and next_word(sent, words, ws, n + 1).lower() in ("lot", "much")
            or not nxt and sent.text[ws[n][1]:].lstrip()[:1] in (".", "!")):
        return None
    rep = f"{words[n]} {REFLEXIVE_OF[subject]}"
    return Finding(*ws[n], "grammar", "ENJOY_OBJECT", f"'{words[n]}' needs an object: '{rep}'.", (rep,), 0.85)


def _make_photo(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She made a photo of the sunset" -> "took": a photo is taken (a picture may be made: drawn)."""
    det = next_word(sent, words, ws, n).lower()
    noun = next_word(sent, words, ws, n + 1).lower() if det in ("a", "the", "some", "many", "few") else det
    if noun not in PHOTOS:
        return None
    rep = match_case(words[n], TAKE_OF_MAKE[words[n].lower()])
    return Finding(*ws[n], "word_choice", "MAKE_DO", f"A photo is taken: '{rep}'.", (rep,), 0.85)


def _worth_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"It's worth to visit the old town" -> "worth visiting": the adjective "worth" takes an "-ing" form (not
    "her net worth to be", a noun)."""
    verb = next_word(sent, words, ws, n + 1)
    if n == 0 or words[n - 1].lower().replace("’", "'") not in BE_FORMS | {"it's", "not", "isn't", "wasn't"} \
            or next_word(sent, words, ws, n).lower() != "to" or not verb.islower() or not base_verb(verb) \
            or "than" in (w.lower() for w in words[max(0, n - 5):n]):
        return None                     # "more than his life was worth to offer": the value of a life
    ing = inflect_verb(verb, "VBG")
    if not ing:
        return None
    return Finding(ws[n + 1][0], ws[n + 2][1], "grammar", "GERUND", f"After 'worth': '{ing}'.", (ing,), 0.85)


def _tell_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She told to me a story" / "Tell to him the truth" / "I told to the receptionist" -> no "to", after its
    subject or opening an imperative; not a passive ("It was told to me", "stories told to him by").  "She told
    that she was tired" -> "said": "tell" needs its listener before a "that" clause (not "told that story",
    "nor are they told that they")."""
    if n and words[n - 1].lower() in SUBJECTS and words[n].lower() in SAY_FOR_TELL \
            and (n < 2 or words[n - 2].lower() not in BE_FORMS) and next_word(sent, words, ws, n).lower() == "that" \
            and next_word(sent, words, ws, n + 1).lower() in SUBJECTS_IT:
        rep = match_case(words[n], SAY_FOR_TELL[words[n].lower()])
        return Finding(*ws[n], "word_choice", "SAY_TELL", f"Without a listener, use '{rep}'.", (rep,), 0.85)
    listener = next_word(sent, words, ws, n + 1).lower()
    if next_word(sent, words, ws, n).lower() != "to" or listener not in OBJECTS | POSSESSIVES | {"the"} \
            or n and words[n - 1].lower() not in SUBJECTS | MODALS | {"to", "not", "never", "also", "please"}:
        return None                        # "stories told to him by", "as told to him": a passive
    return Finding(*ws[n + 1], "grammar", "TELL_TO", f"'{words[n]}' takes its listener without 'to'.", ("",), 0.85)


def _said_me(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He said me that" -> "told me", "She said me the truth" -> "told": "say" names its listener only with
    "to"."""
    listener, after = next_word(sent, words, ws, n).lower(), next_word(sent, words, ws, n + 1).lower()
    if listener not in ("me", "him", "us", "them") or not (after in ("that", "to") or after in SUBJECTS_IT
                                                           or after in DETERMINERS):
        return None
    rep = match_case(words[n], SAY_TELL[words[n].lower()])
    return Finding(*ws[n], "word_choice", "SAY_TELL", f"With a listener, use '{rep}'.", (rep,), 0.85)


def _wish_can(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I wish I can fly" -> "could": a wish is about what is not so, in the past form.  "I wish I would have
    more time" / "would have known" -> "had", where the wish is about oneself ("I wish you would have told me"
    is a complaint, and "I wish he would come" a wish about what he does)."""
    subject, modal = next_word(sent, words, ws, n).lower(), next_word(sent, words, ws, n + 1)
    if subject not in SUBJECTS_IT or "if" in (w.lower() for w in words[max(0, n - 3):n]):
        return None                        # "If students wish they can": "wish" as "want"
    if modal.lower() == "would" and next_word(sent, words, ws, n + 2).lower() == "have" and subject in ("i", "we"):
        rep = match_case(modal, "had")
        return Finding(ws[n + 2][0], ws[n + 3][1], "grammar", "WISH_COULD", f"After 'wish': '{rep}'.", (rep,), 0.85)
    if modal.lower() not in ("can", "will"):
        return None
    rep = match_case(modal, {"can": "could", "will": "would"}[modal.lower()])
    return Finding(*ws[n + 2], "grammar", "WISH_COULD", f"After 'wish': '{rep}'.", (rep,), 0.85)


def _perfect_with_past_time(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have visited Paris last year" -> "visited": a finished time ("last year", "yesterday", "ago", "in
    2019") takes the past, not the present perfect.  After a subject pronoun only (not "would have", "must
    have")."""
    if not n or words[n - 1].lower() not in SUBJECTS or sent.text[ws[n - 1][1]:ws[n][0]] != " " \
            or n > 1 and words[n - 2].lower() in MODALS:
        return None                                          # "Could she have believed it a week ago?"
    participle = next_word(sent, words, ws, n)
    if participle == "been":                                 # "I have been to London last summer" -> "went"
        past = "went" if next_word(sent, words, ws, n + 1).lower() == "to" else \
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
                and next_word(sent, words, ws, k).lower() in read_words("time_words"):   # not "the last week"
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
    when = next_word(sent, words, ws, n).lower()
    if not (YEAR.match(sent.text, ws[n][1]) or when in read_words("time_words") or when in ("yesterday", "last")
            or when == "this" and next_word(sent, words, ws, n + 1).lower() in read_words("time_words")
            or LIFE_TIME.match(sent.text, ws[n][1])):
        return None
    for k in range(n - 1, max(-1, n - 7), -1):
        if sent.text[ws[k][1]:ws[k + 1][0]] != " ":
            return None
        if k and words[k - 1].lower() in SUBJECTS and sent.text[ws[k - 1][1]:ws[k][0]] == " " \
                and (found := have_or_did_since(sent, words, ws, k, n)):
            return found
        if words[k].lower() in SINCE_BREAKS or ranks(words[k].lower()):
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
            return present_since(sent, words, ws, k, n)
    return None


def _feeling_of_thing(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The film was very bored" -> "boring": a thing that causes a feeling is "-ing"; the "-ed" form is for
    the person who has it.  Only nouns for events and works (EVENT_NOUNS): as the subject of "be", with the
    feeling ending the clause or "so ... that" ("The novel is interested in how memory works" is English), or
    after it ("a very interested lecture")."""
    k = n - 1 if n and words[n - 1].lower() in INTENSIFIERS else n
    after = next_word(sent, words, ws, n).lower()
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
            or next_word(sent, words, ws, n).lower() not in ("about", "with", "for", "over") \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(k - 2, n)):
        return None
    rep = match_case(words[n], inflect_verb(words[n], "VBN"))
    return Finding(*ws[n], "grammar", "BE_WITH_VERB", f"Did you mean '{rep}'?", (rep,), 0.85)


def _be_lack(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Many people are lack of exercise" -> "lack": "lack" is the verb here.  Only after a person as the
    subject of "be" ("The problem is lack of funding" is the noun)."""
    if n < 2 or next_word(sent, words, ws, n).lower() != "of" or words[n - 1].lower() not in BE_TENSE \
            or words[n - 2].lower() not in SUBJECTS | PEOPLE_PLURALS \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (n - 2, n - 1)):
        return None
    tag = BE_TENSE[words[n - 1].lower()]
    form = inflect_verb("lack", "VBZ" if tag == "VBZ" else "VBD" if tag == "VBD" else "VBP")
    rep = match_case(words[n - 1], form)
    return Finding(ws[n - 1][0], ws[n + 1][1], "grammar", "BE_WITH_VERB", f"Did you mean '{rep}'?", (rep,), 0.85)


def _do_make(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He did a mistake" -> "made", "She makes her homework" -> "does": English makes mistakes and does
    homework.  Only with a determiner after the verb and at most two words before the noun ("do not mistake me
    for someone else" is the verb "mistake"), and no verb after it ("Why do these mistakes occur?")."""
    low = words[n].lower()
    noun, other = ("mistake", MAKE_OF_DO) if low in MAKE_OF_DO else ("homework", DO_OF_MAKE)
    if next_word(sent, words, ws, n).lower() not in DETERMINERS | {"many", "several", "few", "no", "any"}:
        return None                             # not "made homework easier"
    for m in range(n + 1, min(len(ws), n + 4)):
        if not next_word(sent, words, ws, m - 1) or not words[m].islower():
            return None
        if words[m].rstrip("s") == noun:
            if "VB" in verb_tags(next_word(sent, words, ws, m)):
                return None                     # "do" asks a question: "Do these mistakes occur?"
            rep = match_case(words[n], other[low])
            return Finding(*ws[n], "word_choice", "MAKE_DO", f"'{rep} {'a ' * (noun == 'mistake')}{noun}'.",
                           (rep,), 0.85)
    return None


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


def _speak_well(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She speaks very well English" -> "speaks English very well": the object comes before the adverb."""
    k = n + 2 if next_word(sent, words, ws, n).lower() in ("very", "really") else n + 1
    if k >= len(ws) or words[k].lower() != "well" or not next_word(sent, words, ws, k - 1) \
            or not (language := next_word(sent, words, ws, k)).istitle() \
            or sent.text[ws[k + 1][1]:].lstrip()[:1] not in ("", ".", "!", "?", ",", ";"):
        return None
    adverb = sent.text[ws[n + 1][0]:ws[k][1]]
    return Finding(ws[n + 1][0], ws[k + 1][1], "grammar", "WORD_ORDER", f"The object first: '{language} {adverb}'.",
                   (f"{language} {adverb}",), 0.85)


def _want_that(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I want that you come" -> "want you to come": "want" takes an object and "to", not a "that" clause.  Not
    inside quotation marks, where a sentence is cited word for word ("lit. 'I want that I write'")."""
    if next_word(sent, words, ws, n).lower() != "that" or n + 3 >= len(ws) \
            or (subject := next_word(sent, words, ws, n + 1).lower()) not in SUBJECTS \
            or not (verb := next_word(sent, words, ws, n + 2)).islower() or not base_verb(verb) \
            or "VB" not in verb_tags(verb) or quoted(sent.text, ws[n][0]):
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
    after = next_word(sent, words, ws, n).lower()
    stated = (be in ("i'm", "we're") or be in ("am", "are", "was", "were") and subject in ("i", "we")) \
        and after in FEELING_PREPOSITIONS
    # not "I feel boring people are the worst"
    felt = subject in ("i", "we") and be in FEEL and (
        after in FEELING_PREPOSITIONS | FEELING_ENDS or sent.text[ws[n][1]:].lstrip()[:1] in ("", ".", "!", ",", ";"))
    if not (stated or felt):
        return None
    rep = match_case(words[n], FEELINGS[words[n].lower()])
    return Finding(*ws[n], "word_choice", "FEELING_ED", f"For how you feel: '{rep}'.", (rep,), 0.85)


def _passed(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He past the test" -> "passed", "She past away" -> "passed away": right after its subject "past" can
    only be the verb (the adjective, noun and preposition need one: "He walked past the door")."""
    nxt = next_word(sent, words, ws, n).lower()
    if not n or words[n - 1].lower() not in SUBJECTS or sent.text[ws[n - 1][1]:ws[n][0]] != " " \
            or nxt not in DETERMINERS and nxt != "away":
        return None
    rep = match_case(words[n], "passed")
    return Finding(*ws[n], "word_choice", "PAST_PASSED", f"The verb is '{rep}'.", (rep,), 0.85)


def _resumed_subject(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"My father he is a doctor" -> "My father is": a pronoun that repeats the noun phrase opening the
    sentence.  The phrase is a determiner and one or two nouns of the pronoun's number, no time ("The following
    year he married"); a verb follows and no other verb after it, so that no clause without "that" hides there
    ("The man he met was tall", "The day he was born, it rained")."""
    if n not in (2, 3) or n + 1 == len(ws) or words[0].lower() not in OPENING_DETERMINERS \
            or sent.text[:ws[0][0]].strip() or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(n + 1)):
        return None
    nouns, pronoun, verb = words[1:n], words[n], next_word(sent, words, ws, n).lower()
    number = "NNS" if pronoun == "they" else "NN"
    finite_tags = {"VBZ", "VBD"} if number == "NN" else {"VBP", "VBD"}
    if not (verb in FINITE_AFTER_SUBJECT or verb_tags(verb) & finite_tags) or noun_tags(nouns[-1]) != {number} \
            or any(not w.islower() or "NN" not in noun_tags(w) for w in nouns[:-1]) \
            or any(w in read_words("time_words") or w in ("day", "first", "next", "last") for w in nouns) \
            or any(c in sent.text[ws[n + 1][1]:] for c in ",;:(") \
            or any(w.lower() in FINITE_AFTER_SUBJECT or verb_tags(w) & {"VBZ", "VBD"} for w in words[n + 2:]):
        return None
    return Finding(ws[n - 1][1], ws[n][1], "grammar", "RESUMED_SUBJECT",
                   f"'{' '.join(words[:n])}' is already the subject: no '{pronoun}'.", ("",), 0.8)


def _say_a_lie(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He said a lie" -> "told a lie": one tells lies (and the truth).  Only where the lie ends its phrase or
    goes on with "to" ("She said a lie is worse" reports a claim)."""
    first, second = next_word(sent, words, ws, n).lower(), next_word(sent, words, ws, n + 1).lower()
    lie = n + 2 if first in ("a", "many", "some", "no") and second in LIES else n + 1 if first in LIES else None
    if lie is None or not (sent.text[ws[lie][1]:].lstrip()[:1] in ("", *".,;:!?")
                           or next_word(sent, words, ws, lie).lower() in ("to", "and", "again", "about")):
        return None
    rep = match_case(words[n], SAY_TELL[words[n].lower()])
    return Finding(*ws[n], "word_choice", "SAY_TELL", f"One tells a lie: '{rep}'.", (rep,), 0.85)


def _lose_ride(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"We will lose the bus" -> "miss the bus": one misses a bus, train or flight one did not catch ("lost the
    train of thought" stays)."""
    det, ride = next_word(sent, words, ws, n).lower(), next_word(sent, words, ws, n + 1).lower()
    if det not in POSSESSIVES | {"the"} or ride not in RIDES \
            or not phrase_ends(sent, words, ws, n + 2) or next_word(sent, words, ws, n + 2).lower() == "of":
        return None
    rep = match_case(words[n], LOSE[words[n].lower()])
    return Finding(*ws[n], "word_choice", "MISS_LOSE", f"A bus or train one does not catch is missed: '{rep}'.",
                   (rep,), 0.85)


def _learn_teach(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"My father learned me how to swim" -> "taught me": the one who passes on a skill teaches; "learn" takes
    no person as its object.  Only before "me" or "us" ("learning him by heart" may mean his poems)."""
    if next_word(sent, words, ws, n).lower() not in ("me", "us") or next_word(sent, words, ws, n + 1).lower() == "by":
        return None
    rep = match_case(words[n], LEARN_TEACH[words[n].lower()])
    return Finding(*ws[n], "word_choice", "LEARN_TEACH", f"For passing on a skill: '{rep}'.", (rep,), 0.85)


def _lets_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Let's to go" -> "Let's go": "let's" takes the verb itself."""
    if words[n].lower().replace("’", "'") != "let's" or not to_verb(sent, words, ws, n):
        return None
    return Finding(ws[n][1], ws[n + 1][1], "grammar", "EXTRA_TO", "After 'let's', no 'to'.", ("",), 0.85)


def _how_about(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"How about go to the beach?" -> "going": after "how about" and "what about" a verb takes "-ing" (a word
    that may be a noun only from a short list of verbs, and with more words after it: "What about work?")."""
    verb = next_word(sent, words, ws, n)
    if n == 0 or words[n - 1].lower() not in ("how", "what") or not verb.islower() \
            or not (only_verb(verb) or verb in PLAIN_VERBS_ALSO_NOUNS and next_word(sent, words, ws, n + 1)) \
            or verb_tags(verb) & {"VBD", "VBN", "VBZ", "VBG"} or "VB" not in verb_tags(verb):
        return None
    ing = inflect_verb(verb, "VBG")
    if not ing:
        return None
    return Finding(*ws[n + 1], "grammar", "GERUND", f"After '{words[n - 1].lower()} about': '{ing}'.", (ing,), 0.85)


def _do_modal(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Do you can help me?" -> "Can you help me?": a modal makes its own question; "do" does not stand with it.
    Only where "do" opens the question, first or after a question word."""
    subject, modal = next_word(sent, words, ws, n), next_word(sent, words, ws, n + 1)
    if subject.lower() not in SUBJECTS_IT or modal.lower() not in MODALS or not modal.islower() \
            or not opens_question(sent, words, ws, n):
        return None                                 # not "if they do they will", "the way to do it would be"
    rep = f"{match_case(words[n], modal)} {subject if subject == 'I' else subject.lower()}"
    return Finding(ws[n][0], ws[n + 2][1], "grammar", "DO_MODAL", f"A modal asks by itself: '{rep}'.", (rep,), 0.85)


def _need_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I need go to the bank" -> "need to go": as a main verb after its subject, "need" takes "to" (the modal
    "need" lives in "You need not go", "Need I say more?")."""
    verb = next_word(sent, words, ws, n)
    if n == 0 or words[n - 1].lower() not in SUBJECTS or not verb.islower() or verb_tags(verb) != {"VB", "VBP"} \
            or not (only_verb(verb) or verb in PLAIN_VERBS_ALSO_NOUNS and next_word(sent, words, ws, n + 1)) \
            or verb == "please" or sent.text[ws[n + 1][1]:ws[n + 1][1] + 1] not in ("", *" .,;:!?"):
        return None                                 # not "the things you need please tell us", "you need log2(n)"
    gap = ws[n + 1][0]
    return Finding(gap, gap, "missing_word", "MISSING_WORD", f"'{words[n]}' takes 'to' before a verb.", ("to",), 0.85)


def _remember_ing(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Please remember calling me tomorrow" -> "remember to call": for something still to do, "remember" and
    "forget" take "to"; with "-ing" they look back ("I remember calling her yesterday")."""
    ing = next_word(sent, words, ws, n)
    if not ing.endswith("ing") or not only_verb(ing) or "VBG" not in verb_tags(ing) \
            or not FUTURE_TIME & {w.lower() for w in words[n + 2:n + 8]}:
        return None
    verb = inflect_verb(ing, "VB")
    if not verb:
        return None
    rep = f"to {verb}"
    return Finding(*ws[n + 1], "grammar", "GERUND", f"For something still to do: '{rep}'.", (rep,), 0.85)


def _done_did(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He done his homework" -> "did": the participle needs "have"; right after a subject, before its object,
    the past is meant ("I'm done", "the work he done" is left to the model)."""
    if n == 0 or words[n - 1].lower() not in SUBJECTS or words[n] != "done" \
            or next_word(sent, words, ws, n).lower() not in DONE_OBJECTS \
            or n > 1 and words[n - 2].lower() in AUXILIARIES:
        return None
    return Finding(*ws[n], "grammar", "VERB_FORM", "Did you mean 'did'?", ("did",), 0.85)


def _laying_lying(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The book was laying on the table" -> "lying": to lie (rest) is "lying"; "laying" puts something down and
    takes an object ("was laying the foundations", "laying down the law" and "laying on a feast", to provide
    one, stay)."""
    nxt, after = next_word(sent, words, ws, n).lower(), next_word(sent, words, ws, n + 1).lower()
    if n == 0 or words[n - 1].lower() not in BE_FORMS or nxt not in LYING_PLACES \
            or nxt == "down" and after not in ("", "on", "in", "for") or nxt == "on" and after in ("a", "an"):
        return None
    rep = match_case(words[n], "lying")
    return Finding(*ws[n], "word_choice", "CONFUSED_WORD", f"Did you mean '{rep}' (resting)?", (rep,), 0.85)


def _use_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"We use to live in Paris" -> "used to", "He is use to hard work" -> "used to": the past habit and "be used
    to" are spelt with "-d" ("did you use to", "what we use to cut wood", "(the rules) they use to generate"
    stay: after "do" or inside a clause)."""
    if n == 0 or next_word(sent, words, ws, n).lower() != "to":
        return None
    before = words[n - 1].lower()
    be_used = before in BE_FORMS and n > 1 and words[n - 2].lower() in SUBJECTS_IT      # "He is use to hard work"
    habit = before in SUBJECTS and (n == 1 or sent.text[ws[n - 2][1]:ws[n - 1][0]].strip() in (",", ";", ":")) \
        and to_verb(sent, words, ws, n)                                               # "We use to live"
    if not (be_used or habit):
        return None
    return Finding(*ws[n], "grammar", "USED_TO", "Did you mean 'used to'?", ("used",), 0.85)


def _false_friend_verb(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """Verbs other languages pair differently: "I assisted to the conference" -> "attended" (to be present),
    "Someone robbed my wallet" -> "stole" (one robs a person or a place), "I saw TV" -> "watched", "Can you talk
    English?" -> "speak"."""
    low, nxt = words[n].lower(), next_word(sent, words, ws, n)
    after = next_word(sent, words, ws, n + 1).lower()
    if not words[n].islower():
        return None                                 # "Must See TV"
    if low in ASSIST and nxt.lower() == "to" and after in DETERMINERS \
            and ATTENDED & {w.lower() for w in words[n + 3:n + 5]} and words[n - 1].lower() not in BE_FORMS:
        rep, rule = ASSIST[low], "ATTEND"           # not "was assisted to his feet", "to the locker room"
    elif low in ROB and nxt.lower() in POSSESSIVES and after in STOLEN:
        rep, rule = ROB[low], "STEAL_ROB"
    elif low in SEE_TV and nxt == "TV":
        rep, rule = SEE_TV[low], "WATCH_TV"
    elif low in TALK_SPEAK and nxt.lower() in LANGUAGES and nxt.istitle() and phrase_ends(sent, words, ws, n + 1):
        rep, rule = TALK_SPEAK[low], "SPEAK_LANGUAGE"
    else:
        return None
    rep = match_case(words[n], rep)
    return Finding(*ws[n], "word_choice", rule, f"Did you mean '{rep}'?", (rep,), 0.85)


def _have_hungry(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have hungry" -> "I am hungry": a state of the body is something one is, not has.  Only after a subject
    pronoun, before the adjective that ends its phrase ("I have hungry children" has an object)."""
    state = next_word(sent, words, ws, n).lower()
    if n == 0 or words[n - 1].lower() not in SUBJECTS or state not in BODY_STATES \
            or not phrase_ends(sent, words, ws, n + 1):
        return None
    subject = words[n - 1].lower()
    rep = match_case(words[n], "am" if subject == "i" else "is" if words[n].lower() == "has" else "are")
    return Finding(*ws[n], "grammar", "HAVE_BE", f"For a state: '{words[n - 1]} {rep} {state}'.", (rep,), 0.85)


def _am_born(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I'm born in 1995" -> "I was born", "She is born in 1990" -> "was": a birth in a past year is told in the
    past ("A child is born in..." without a year stays)."""
    subject, _, contracted = words[n].lower().replace("’", "'").partition("'")
    if contracted and subject in ("i", "he", "she"):
        rep = f"{words[n][:len(subject)]} was"        # "I'm" -> "I was"
    elif not contracted and n and words[n - 1].lower() in SUBJECTS_IT:
        rep = match_case(words[n], "was")
    else:
        return None
    if not BORN_IN_YEAR.match(sent.text, ws[n][1]):
        return None
    return Finding(*ws[n], "grammar", "VERB_TENSE", f"A birth in a past year: '{rep} born'.", (rep,), 0.85)

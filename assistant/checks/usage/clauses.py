"""Rules that read a whole sentence or clause: coordinated subjects ("Me and him went"), "Although ...,
but", "If I would have known", "There is many reasons", time clauses with "will", questions and embedded
questions."""
from __future__ import annotations

from assistant.checks.base import GROUPS_IN_SENSE, Finding, Sent, match_case
from assistant.checks.forms import MODALS, base_verb, inflect_verb, noun_tags, only_adjective, only_noun, verb_tags
from assistant.checks.usage.words import (AUXILIARIES, CARDINALS, COUNTS, DETERMINERS, EMBEDDING, HOW_DEGREES,
                                          IF_STATES, INTENSIFIERS, KNOW_ASK, OBJECTS, OBJECT_TO_SUBJECT, PEOPLE_PLURALS,
                                          PERSONAL_PRONOUNS, PLURAL_VERB, POSSESSIVES, QUANTITIES_OF,
                                          SINGULAR_SUBJECT_DETERMINERS, SINGULAR_VERB, SUBJECTS, SUBJECTS_IT,
                                          THERE_QUANTIFIERS, TIME_CLAUSE, WH_WORDS, finite, next_word, opening_words,
                                          plural_subject, present_for_will, quoted, uncountable_nouns)
from assistant.lang import read_words
from assistant.text.noun_phrases import parts_of_speech


def _coordinated_subject(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"Me and him went" -> "He and I went", "My friend and me went" -> "... and I went": object pronouns
    joined as the subject that opens a sentence."""
    if len(ws) >= 5 and words[2].lower() == "and" and words[0].lower() in POSSESSIVES \
            and words[3].lower() in OBJECT_TO_SUBJECT and not sent.skipped(ws[0][0], ws[4][1]) \
            and all(sent.text[ws[n][1]:ws[n + 1][0]] == " " for n in range(4)) and finite(words[4]):
        rep = OBJECT_TO_SUBJECT[words[3].lower()]
        return [Finding(*ws[3], "grammar", "PRONOUN_CASE", f"Use the subject form: '{rep}'.", (rep,), 0.85)]
    if len(ws) >= 5 and words[1].lower() == "and" and words[0].lower() in OBJECT_TO_SUBJECT \
            and words[2].lower() in POSSESSIVES and words[3].islower() and noun_tags(words[3]) \
            and not sent.skipped(ws[0][0], ws[4][1]) \
            and all(sent.text[ws[n][1]:ws[n + 1][0]] == " " for n in range(4)) \
            and finite(words[4]):
        # "Me and my friend went" -> "My friend and I went" (politeness puts "I" last); "Him and his brother own"
        subject = OBJECT_TO_SUBJECT[words[0].lower()]
        rep = (f"{match_case(words[0], words[2].lower())} {words[3]} and I" if subject == "I" else
               f"{match_case(words[0], subject)} and {words[2]} {words[3]}")
        return [Finding(ws[0][0], ws[3][1], "grammar", "PRONOUN_CASE", f"Use the subject form: '{rep}'.", (rep,), 0.85)]
    if len(ws) < 4 or sent.skipped(ws[0][0], ws[3][1]):
        return []
    first, conj, second, verb = words[:4]
    if conj.lower() != "and" or any(sent.text[ws[n][1]:ws[n + 1][0]] != " " for n in range(3)):
        return []
    if not finite(verb):
        return []
    if first.lower() not in OBJECT_TO_SUBJECT and second.lower() not in OBJECT_TO_SUBJECT:
        return []
    if not all(w.lower() in PERSONAL_PRONOUNS or w.istitle() for w in (first, second)):
        return []                              # "Me and my friends": only pronouns and names are rewritten
    parts = [OBJECT_TO_SUBJECT.get(w.lower(), "I" if w.lower() == "i" else w) for w in (first, second)]
    if parts[0] == "I":
        parts.reverse()                        # politeness puts "I" last
    rep = " and ".join(parts)
    rep = rep[0].upper() + rep[1:] if first[0].isupper() else rep
    return [Finding(ws[0][0], ws[2][1], "grammar", "PRONOUN_CASE", f"Use the subject form: '{rep}'.", (rep,), 0.85)]


def _although_but(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"Although it rained, but we went" -> no "but", "Because I was tired, so I slept" -> no "so": the opening
    clause already says how the two are linked.  "so" only before a subject ("so many people": a quantity)."""
    opener = " ".join(w.lower() for w in words[:2])
    first = words[0].lower() if words else ""
    conj = "but" if first in ("although", "though") or opener == "even though" else "so" if first == "because" else None
    if conj is None:
        return []
    for n in range(2, len(ws)):
        between = sent.text[ws[n - 1][1]:ws[n][0]]
        if between.strip():                    # the first clause ends at its first mark: a comma, then "but"
            if between.strip() != "," or words[n].lower() != conj or sent.skipped(*ws[n]) \
                    or conj == "so" and (n + 1 >= len(ws) or words[n + 1].lower() not in SUBJECTS_IT | DETERMINERS):
                return []
            rule = "ALTHOUGH_BUT" if conj == "but" else "BECAUSE_SO"
            return [Finding(*ws[n], "grammar", rule, f"'{words[0]}' already links the clauses: no '{conj}'.",
                            ("",), 0.85)]
    return []


def _there_be_plural(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"There is many reasons" -> "There are": the noun after the verb is its subject, and a counting word
    makes it plural.  "There is a lot of cars" too, but not "there's lots of" or "there's a lot of", which
    usage lets pass."""
    low = [w.lower().replace("’", "'") for w in words]
    out = []
    for k in range(len(ws) - 2):
        if low[k] == "there's":
            at, fix = k, words[k][:5] + " are"
        elif low[k] == "there" and next_word(sent, words, ws, k) and low[k + 1] in PLURAL_VERB:
            at, fix = k + 1, match_case(words[k + 1], PLURAL_VERB[low[k + 1]])
        else:
            continue
        count, noun = next_word(sent, words, ws, at).lower(), next_word(sent, words, ws, at + 1)
        if count in ("so", "too") and noun.lower() == "many":            # "There was so many people"
            count, noun = "many", next_word(sent, words, ws, at + 2)
        amount = next((len(q) for q in QUANTITIES_OF if tuple(low[at + 1:at + 1 + len(q)]) == q), 0)
        if amount and low[k] == "there" and all(next_word(sent, words, ws, j) for j in range(at, at + amount)):
            count, noun = "many", next_word(sent, words, ws, at + amount)
        fix = fix.replace("'", "’") if "’" in words[at] else fix     # the writer's apostrophe
        if count in COUNTS and noun.islower() and (noun_tags(noun) == {"NNS"} or noun in PEOPLE_PLURALS) \
                and not sent.skipped(*ws[at]):
            out.append(Finding(*ws[at], "grammar", "AGREEMENT", f"'{noun}' is plural: did you mean '{fix}'?", (fix,),
                               0.85))
    return out


def _if_would_have(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"If I would have known" -> "If I had known": the past conditional's "if" clause takes "had".  Not "If
    you would like" (a polite wish): only states, IF_STATES, and "be" only of a person ("If it would be
    helpful, I would ..." and "If he would be so good as to" are polite)."""
    low = [w.lower().replace("’", "'") for w in words]
    for k in range(len(ws) - 3):
        if low[k] != "if" or low[k + 1] not in SUBJECTS_IT \
                or k and sent.text[ws[k - 1][1]:ws[k][0]].strip() != ",":
            continue                           # a clause-opening "if", not "I wonder if he would have liked it"
        if low[k + 2] == "would've":
            end, participle = k + 2, k + 3
        elif low[k + 2] == "would" and low[k + 3] == "have" and k + 4 < len(ws):
            end, participle = k + 3, k + 4
        elif low[k + 2] == "would" and low[k + 3] in IF_STATES and "would" in low[k + 4:] \
                and not (low[k + 3] == "be" and (low[k + 1] not in SUBJECTS or low[k + 4:k + 5] == ["so"])) \
                and not sent.skipped(ws[k + 2][0], ws[k + 3][1]):
            # "If I would know, I would tell you" -> "If I knew": a state the main clause's "would" rests on
            past = "were" if low[k + 3] == "be" else inflect_verb(words[k + 3], "VBD")
            return [Finding(ws[k + 2][0], ws[k + 3][1], "grammar", "IF_WOULD_HAVE",
                            f"After 'if', the unreal present takes the past: '{past}'.", (past,), 0.85)]
        else:
            continue
        if inflect_verb(words[participle], "VBN") == low[participle] \
                and not sent.skipped(ws[k + 2][0], ws[participle][1]):
            return [Finding(ws[k + 2][0], ws[end][1], "grammar", "IF_WOULD_HAVE",
                            "After 'if', the past conditional takes 'had'.", ("had",), 0.85)]
    return []


def _when_will(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"When I will arrive, I will call you" -> "When I arrive": a clause of time about the future takes the
    present.  Only an opening time clause whose main clause, after a comma, has "will" (not "When will you
    arrive?"); a condition too ("If I will have time, I will call you" -> "If I have"), but not "If you will
    follow me", where "will" is a wish."""
    low = [w.lower().replace("’", "'") for w in words]
    k = 3 if low[:3] == ["as", "soon", "as"] else \
        1 if low and (low[0] in TIME_CLAUSE or low[0] == "if" and low[1:2] != ["you"]) else 0
    if not k or len(ws) < k + 4 or low[k] not in SUBJECTS_IT or low[k + 1] != "will" \
            or not words[k + 2].islower() or not base_verb(words[k + 2]) or sent.skipped(ws[k + 1][0], ws[k + 2][1]):
        return []
    comma = sent.text.find(",", ws[k + 2][1])
    if comma < 0 or not any(w == "will" and ws[m][0] > comma for m, w in enumerate(low)):
        return []
    return [present_for_will(ws, low, k, "A condition" if low[0] == "if" else "A clause of time")]


def _will_when_will(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"I will call you when (as soon as) I will arrive" -> "when I arrive": the same for a time clause after its main
    clause, whose "will" comes first.  Not a question inside the sentence ("Let me know when you will arrive",
    "We'll see when it will happen"), a clause about a noun ("The day will come when you will regret it", "at
    the moment when"), one after a comma ("between 2043 and 2050, when they will require"), or a quotation."""
    low = [w.lower().replace("’", "'") for w in words]
    for k in range(2, len(ws) - 3):
        if low[k] not in TIME_CLAUSE and low[k - 2:k + 1] != ["as", "soon", "as"] \
                or low[k + 1] not in SUBJECTS_IT or low[k + 2] != "will" \
                or not words[k + 3].islower() or not base_verb(words[k + 3]) or sent.skipped(ws[k][0], ws[k + 3][1]):
            continue
        main = next((m for m in range(k - 1, -1, -1) if low[m] in ("will", "i'll", "you'll", "we'll", "they'll",
                                                                    "he'll", "she'll")), None)
        if main is None or any(w in KNOW_ASK | EMBEDDING for w in low[main:k]) \
                or only_noun(low[k - 1]) and low[k - 1] not in OBJECTS | SUBJECTS_IT \
                or sent.text[ws[k - 1][1]:ws[k][0]] != " " or quoted(sent.text, ws[k][0]):
            return []       # "the moment when you will", "The day will come when", "by 2050, when they will"
        return [present_for_will(ws, low, k + 1)]
    return []


def _wh_question(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"Where you are going?" -> "Where are you going?": a direct question puts its auxiliary before the
    subject, and one with a plain verb needs "do" ("Where you live?" -> "Where do you live?", "What he wants?"
    -> "What does he want?", "Where you went?" -> "Where did you go?"; not a question word that opens the
    subject: "What you see is what you get?").  Only a short question of one clause (no comma or quotation mark)
    that opens with the question word; not "When", which also opens clauses of time ("When you are asked "Why
    ...?"")."""
    text = sent.text.rstrip()
    # the question word may take a noun or a degree first: "What time it is?", "How long you stay?"
    first, second = (words[0].lower(), words[1]) if len(words) > 2 else ("", "")
    h = 2 if first in ("what", "which") and second.islower() and "NOUN" in parts_of_speech(second) \
        and second not in AUXILIARIES | MODALS | SUBJECTS_IT or first == "how" and second.lower() in HOW_DEGREES else 1
    if len(words) < h + 2 or len(words) > 10 or not text.endswith("?") or any(c in text for c in ",;:\"“”'‘") \
            or words[0].lower() not in WH_WORDS or words[h].lower() not in SUBJECTS_IT \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(h + 1)) \
            or sent.skipped(ws[0][0], ws[h + 1][1]):
        return []
    subject, verb = words[h], words[h + 1]
    if verb.lower() in AUXILIARIES - {"let", "make", "made", "help", "be", "been", "being"} \
            and (len(words) >= h + 3 and subject.lower() != "it" or h == 2):
        rep = f"{verb} {subject}"
    elif verb.islower() and verb not in AUXILIARIES and verb not in MODALS and (tags := verb_tags(verb)) \
            and (base := inflect_verb(verb, "VB")) and not any(w.lower() in AUXILIARIES for w in words[h + 2:]):
        third = subject.lower() in ("he", "she", "it")
        do = "did" if "VBD" in tags and not tags & {"VB", "VBP", "VBZ"} else "does" if third and "VBZ" in tags \
            else "do" if not third and tags & {"VB", "VBP"} else None
        if do is None:
            return []
        rep = f"{do} {subject} {base}"
    else:
        return []
    opening = " ".join(words[:h])
    return [Finding(ws[h][0], ws[h + 1][1], "grammar", "QUESTION_ORDER", f"In a question: '{opening} {rep}'.", (rep,),
                    0.85)]


def _embedded_question(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"Do you know where is the station?" -> "where the station is", "He asked me where was I going" -> "where
    I was going": a question inside a sentence keeps statement order.  Only after a verb of knowing or asking,
    with "where / when / why / how", or "what / who" before a possessive ("I don't know what is his name";
    elsewhere either may be the subject: "I know what is wrong", "who is the best"), and only a short subject
    that ends the sentence."""
    from assistant.text.morphology import getInflection

    low = [w.lower() for w in words]
    for k in range(1, len(words) - 2):
        if low[k] not in ("where", "when", "why", "how", "what", "who") \
                or not (low[k - 1] in KNOW_ASK or k > 1 and low[k - 2] in KNOW_ASK and low[k - 1] in OBJECTS):
            continue
        if low[k] == "what" and low[k + 1] == "time":
            k += 1                          # "Can you tell me what time is it?" -> "what time it is"
        if low[k + 1] in ("do", "does", "did") and k + 4 <= len(words) <= k + 5 and low[k + 2] in SUBJECTS_IT \
                and (len(words) == k + 4 or low[-1] in OBJECTS | {"it", "this", "that"}) \
                and low[k + 3] in getInflection(low[k + 3], "VB") \
                and sent.text[ws[-1][1]:].strip() in ("", ".", "?") and not sent.skipped(ws[k][0], ws[-1][1]):
            # "He asked me where do I live" -> "where I live", "Tell me how did you do it" -> "how you did it"
            tag = {"do": "VBP", "does": "VBZ", "did": "VBD"}[low[k + 1]]
            verb = next(iter(getInflection(low[k + 3], tag)), "")
            if verb:
                rep = " ".join([words[k + 2], verb, *words[k + 4:]])
                return [Finding(ws[k + 1][0], ws[-1][1], "grammar", "QUESTION_ORDER",
                                f"Inside a sentence: '{words[k]} {rep}'.", (rep,), 0.85)]
        if low[k + 1] not in ("is", "are", "was", "were"):
            continue
        rest, tail = words[k + 2:], sent.text[ws[-1][1]:].strip()
        if any(c not in ".?!" for c in tail) or not rest or len(rest) > 3 or sent.skipped(ws[k][0], ws[-1][1]) \
                or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(k + 1, len(ws) - 1)):
            return []
        if low[k] in ("what", "who") and rest[0].lower() not in POSSESSIVES:
            return []                       # "I know what is wrong", "who is the best": either may be the subject
        if rest[0].lower() in SUBJECTS_IT and (len(rest) == 1 or len(rest) == 2 and (
                rest[1].endswith("ing") or "ADJ" in parts_of_speech(rest[1].lower()))):   # "when are you free"
            rep = " ".join([rest[0], words[k + 1], *rest[1:]])          # "where was I going" -> "where I was going"
        elif rest[0].lower() in DETERMINERS | POSSESSIVES and len(rest) >= 2:
            rep = " ".join([*rest, words[k + 1]])                       # "where is the station" -> "the station is"
        else:
            return []
        return [Finding(ws[k + 1][0], ws[-1][1], "grammar", "QUESTION_ORDER",
                        f"Inside a sentence: '{words[k]} {rep}'.", (rep,), 0.85)]
    return []


def _opening_subject(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"The results was good" -> "were", "My sister have two kids" -> "has": a sentence that opens with a
    determiner and a noun that is only ever plural (or only ever singular, uncountable ones too: "The news
    are"), then a verb of the other number.  Only at the start, where the noun is surely the subject ("The list
    of results was" is not); nouns of either number ("series"), group and part nouns ("My family are", "The team
    have", "The rest are"), "-ing" nouns ("The following are") and names stay."""
    if len(ws) >= 2 and not sent.skipped(ws[0][0], ws[1][1]) and sent.text[ws[0][1]:ws[1][0]] == " ":
        noun, verb = words[0], words[1]
        if noun[:1].isupper() and noun[1:].islower() and PLURAL_VERB.get(verb.lower()) \
                and noun.lower() in PEOPLE_PLURALS:
            rep = match_case(verb, PLURAL_VERB[verb.lower()])      # "People is friendly" -> "are"
            return [Finding(*ws[1], "grammar", "AGREEMENT", f"'{noun}' is plural: did you mean '{rep}'?", (rep,),
                            0.85)]
    opening = opening_words(sent)
    if opening is None:
        return []
    det, noun, verb = opening
    tags, verb_key = noun_tags(noun), verb.lower().replace("’", "'")
    if plural_subject(det, noun) and verb_key in PLURAL_VERB:
        number, rep = "plural", PLURAL_VERB[verb_key]
    elif (tags == {"NN"} or noun in uncountable_nouns()) and det.lower() in SINGULAR_SUBJECT_DETERMINERS \
            and verb_key in SINGULAR_VERB \
            and noun not in read_words("collective_nouns") and noun not in read_words("partitive_nouns") \
            and noun not in GROUPS_IN_SENSE and "VBG" not in verb_tags(noun):
        number, rep = "singular", SINGULAR_VERB[verb_key]
    else:
        return []
    rep = match_case(verb, rep)
    return [Finding(*ws[2], "grammar", "AGREEMENT", f"'{noun}' is {number}: did you mean '{rep}'?", (rep,), 0.85,
                    claims=(ws[1][0], ws[2][1]))]   # not also "books" -> "book": one fix per disagreement


def _missing_subject(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"Is very important to study." -> "It is very important", "Are many people in the room." -> "There are
    many people": English needs a subject where some languages leave it out.  Only a statement (it ends with a
    full stop, not a question mark) that opens with the verb: "It" before an adjective and "to" or "that",
    "There" before a plural quantity."""
    if len(ws) < 4 or ws[0][0] > 1 or not sent.text.rstrip().endswith((".", "!")) or sent.skipped(ws[0][0], ws[2][1]) \
            or any(sent.text[ws[n][1]:ws[n + 1][0]] != " " for n in range(3)):
        return []
    verb, low = words[0], [w.lower() for w in words[:4]]
    if verb in ("Is", "Was"):
        k = 2 if low[1] in INTENSIFIERS else 1
        if only_adjective(words[k]) and low[k + 1] in ("to", "that"):
            rep = f"It {low[0]}"
            return [Finding(*ws[0], "grammar", "MISSING_SUBJECT", f"The sentence needs its subject: '{rep}'.",
                            (rep,), 0.85)]
    elif verb in ("Are", "Were") and (low[1] in THERE_QUANTIFIERS or low[1] in CARDINALS) \
            and "NNS" in noun_tags(low[2]):
        rep = f"There {low[0]}"
        return [Finding(*ws[0], "grammar", "MISSING_SUBJECT", f"The sentence needs its subject: '{rep}'.", (rep,),
                        0.85)]
    return []


"""Fixed patterns of English usage where a rule beats the small model: pronoun case ("Me and him went",
"between you and I"), verb forms after a pronoun, "have" or "do" ("I seen", "has went", "Does she likes"),
"be" before a plain verb ("I am agree"), subjects and their verbs ("Everyone have", "The results was", "My
sister have", "One of the students have", "There is many reasons"), "must to go", "much cars", "less friends",
"Who's book", "I think your right", "enjoy to read", "Although ..., but", "look forward to hear", "Its important
to", "They're house is", "made me to laugh", "borrow me your pen", "He past the test", "for you help", "I went
the store", "It depends of", "He suggested me to go", "this problems", "I can't hardly wait", "I don't know
nothing", "She told to me", "He said me that", "I wish I can", "more smart than", "My all friends", "I have
visited Paris last year", "I am living here since 2015", "People is", "I am boring in this class", "many
information", "I am student.", "go to home", "is becomes", "afraid of being tracking", "fears to lost her",
"start investigate", "without share their", "A lot of people has", "The number of cars are", "worst than",
"The most of people", "the man which helped", "The police is", "I like very much football", "Where you
are going?", "What time it is?", "They are knowing", "I prefer tea than coffee", "yesterday night", "She sings
very good", "She works here since 2010", "In my point of view,", "The film was very bored", "are lack of", "capable
to do", "did a mistake", "going to shopping", "He has 20 years old" and "He wants that I help him".

Each rule reads only word forms (lemminflect, the thesaurus' parts of speech), so each is exact about what
it flags; the patterns are kept narrow because a false alarm costs more than a miss.
"""
from __future__ import annotations

import re
from functools import cache

from assistant.checks.base import Finding, Sent, match_case
from assistant.checks.forms import (MODALS, adjective_lemmas, base_verb, comparative_of_superlative,
                                    each_is_pronoun, inflect_verb, is_comparative, noun_or_base_verb, noun_tags,
                                    one_form_spelled_two_ways, only_adjective, only_noun, only_verb, verb_tags)
from assistant.lang import read_list, read_words
from assistant.text import noun_phrases
from assistant.text.noun_phrases import parts_of_speech

FAMILY = "usage"
OBJECT_TO_SUBJECT = {"me": "I", "him": "he", "her": "she", "us": "we", "them": "they"}
PERSONAL_PRONOUNS = frozenset(OBJECT_TO_SUBJECT) | {"i", "you", "he", "she", "we", "they"}
SUBJECTS = frozenset("i you he she we they".split())
SUBJECTS_IT = SUBJECTS | {"it"}        # "it" too, where nothing else could make it an object
POSSESSIVES = frozenset("my his her our their your".split())
# words before a pronoun that make it an object or a question's subject ("Have you seen", "Did they go")
AUXILIARIES = frozenset("have has had do does did am is are was were be been being will would can could shall "
                        "should may might must let make made help".split())
HAVE = frozenset("have has had having i've you've we've they've".split())
PREPOSITIONS = frozenset("between for to with from about like of by at on among against toward towards behind "
                         "beside near without".split())
BE_TENSE = {"am": "VBP", "are": "VBP", "is": "VBZ", "was": "VBD", "were": "VBD"}
# the form a verb that has no passive takes in place of "be" + participle ("was happened" -> VBD)
BE_PAST = {**BE_TENSE, "be": "VB", "been": "VBN"}
OBJECT_OR_DETERMINER = frozenset("me him her us them it the a an his my your their our its this these those all "
                                 "some".split())
# an -ing form after them: "without sharing", "by implanting"; not "for", "about", "with" ..., which may end a
# clause whose verb follows ("The things you look out for include")
VERB_PREPOSITIONS = frozenset("without by after before upon despite besides while".split())
BEFORE_BEING = VERB_PREPOSITIONS | frozenset("of for about from in on is are was were am not".split())   # "of being tracked"
HOW_DEGREES = frozenset("much many long often far old big".split())      # "How long you stay?"
WH_WORDS = frozenset("what where why how who which".split())      # "Where you are going?"
# verbs (and nouns) an embedded question follows: "Do you know where is", "no idea where is", "asked me where was"
KNOW_ASK = frozenset("know knows knew wonder wonders wondered remember understand idea sure tell tells told ask asks "
                     "asked show explain".split())
LIKE_VERBS = frozenset("like likes liked love loves loved enjoy enjoys enjoyed hate hates hated appreciate "
                       "appreciated".split())    # "I like very much football"
GET_BECOME = frozenset("get gets got getting become becomes became becoming grow grows grew growing".split())
# words that open a clause, so that the subject starts after them (not "but": "All but one of these are")
SUBJECT_OPENERS = frozenset("that because when if since while although though where whether so".split())
OF_PRONOUNS = frozenset("them us you these those".split())             # "Each of them have"
PLURAL_QUANTIFIERS = frozenset(("a lot", "lots", "many", "most", "some", "all", "both", "plenty", "several", "few",
                                "a few", "a number", "a couple"))     # "A lot of people has"
CLAUSE_BEFORE_BE = frozenset("than there what whatever who whoever how as".split())   # "than we are decides"
# verbs whose next verb is an -ing form or "to" + verb, never the plain verb: "start investigate"
CATENATIVE = frozenset("start starts started starting begin begins began begun beginning stop stops stopped stopping "
                       "finish finishes finished finishing keep keeps kept keeping enjoy enjoys enjoyed enjoying "
                       "avoid avoids avoided avoiding".split())
HAVE_ADVERBS = frozenset("never ever always already just not also".split())   # "has never being" -> "been"
BE_NOT_DO = {"am": "do", "are": "do", "is": "does", "isn't": "doesn't", "aren't": "don't"}   # "I am not agree"
INDEFINITE = frozenset("everyone everybody someone somebody anyone anybody nobody everything something "
                       "nothing".split())
SINGULAR_VERB = {"have": "has", "are": "is", "were": "was", "do": "does", "don't": "doesn't", "aren't": "isn't",
                 "weren't": "wasn't", "haven't": "hasn't"}
SINGULAR_SUBJECT_DETERMINERS = frozenset("the this that my your his her our their its a an every each".split())
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PLURAL_DETERMINERS = frozenset("the these those my your his her our their its some many all both several few "
                               "most".split())
PERSON_BE = frozenset("i'm you're we're they're he's she's".split())
CONTRACTED_BE = {"m": "VBP", "re": "VBP", "s": "VBZ"}
WAIT = frozenset("wait waits waited waiting".split())
WAITED_FOR = frozenset("me you him us them".split())     # not "her": "wait her turn"
ALL_WE_CAN = frozenset("all what everything anything whatever as best".split())
BEFORE_QUIET = frozenset("keep keeps kept keeping stay stays stayed staying remain remains remained very so too"
                         .split())
BE_FORMS = frozenset("am is are was were be been being get gets got".split())   # "is recommended to"
DO = frozenset("do does did don't doesn't didn't".split())
NOT_DO = frozenset("don't doesn't didn't".split())
ONE_OF = frozenset("each one neither either".split())
COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                   "hundred many several".split())
DURATIONS = frozenset("seconds minutes hours days weeks months years decades centuries ages".split())
# "no less", "much less" (let alone), "more or less", "the less people know, the better" (an adverb)
NOT_FEWER = frozenset("no much or the".split())
# "your" read as "you are": before these words, when nothing follows them in the clause ("I think your right.")
YOU_ARE_WORDS = frozenset("right wrong welcome correct sure kidding joking mistaken".split())
YOU_ARE_AFTER = frozenset("think thought guess believe know knew said say hope maybe".split())
# verbs that take "to" + a bare verb: "I want to going" -> "go" (not "look forward to going", "used to going")
TO_INFINITIVE = frozenset("want wants wanted wanting need needs needed able unable try tries tried trying decide "
                          "decides decided plan plans planned hope hopes hoped like likes liked love loves loved "
                          "how".split())                             # and "learn how to swimming"
EXPLAIN = frozenset("explain explains explained explaining describe describes described describing".split())
EXPLAINED_TO = frozenset("me him us them".split())      # not "her": "explain her reasons" is a possessive
# what is explained, after the listener; not "when", "where", "if": "describe them when asked", "where possible"
EXPLAINED_WHAT = frozenset("the a an this that these those my your his her our their its how what why who which "
                           "whether".split())
FINITE_AFTER_SUBJECT = frozenset("is was are were has have had will would can could should must may might does did "
                                 "isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't can't couldn't "
                                 "doesn't didn't".split())
VOCATIVES = frozenset("mom mum dad sir madam man dear honey darling buddy mate friend kid son baby boss".split())
NEGATED_MODALS = frozenset("can't cannot couldn't won't wouldn't shouldn't mustn't".split())
RECEPTIONS = frozenset("welcome applause fanfare cheers ovation reception acclaim".split())
DEGREES = frozenset("point bone core extent degree".split())     # "frightened to the point of tears"
SUGGEST = frozenset("suggest suggests suggested suggesting".split())
GO = frozenset("go goes went going gone".split())
# closed-class words that may follow a verb but not an adjective or a noun modifier ("have discuss this",
# "My friend say that"; not "had complete autonomy", "the language card and"); particles too for "have"
CLOSES_VERB = (noun_phrases.FUNCTION_WORDS | noun_phrases.DETERMINERS) - frozenset(("and", "or", "of"))
VERB_FOLLOWERS = CLOSES_VERB | frozenset("up down out off back away".split())
TIME_CLAUSE = frozenset("when after before until once whenever".split())   # openers of a clause of time
MAKE_LET = frozenset("make makes made making let lets letting".split())
OBJECTS = frozenset("me you him her us them".split())
MADE_TO_NOUNS = frozenset("order measure scale size".split())      # "made them to order"
LEND = {"borrow": "lend", "borrows": "lends", "borrowed": "lent", "borrowing": "lending"}
DETERMINERS = frozenset("a an the this that these those my your his her our their some any".split())
NEGATED_HARDLY = {"can't": "can", "cannot": "can", "couldn't": "could"}
HARD_WORK = frozenset("work works worked working try tries tried trying study studies studied studying train trains "
                      "trained training practice practices practiced practicing".split())
TIME_AFTER_HARD = frozenset("every all each for to on in and but".split())   # not "any", "ever", "at all"
NEGATIONS = NOT_DO | NEGATED_MODALS
TELL = frozenset("tell tells told telling".split())
SAY_TELL = {"say": "tell", "says": "tells", "said": "told"}
SAY_FOR_TELL = {"tell": "say", "tells": "says", "told": "said"}
PERFECT_ADVERBS = frozenset("ever never already just".split())   # "I have ever saw"
WISH = frozenset("wish wishes wished".split())
# short adjectives that compare only with "-er": "more big than" is a slip, "more strict than" is not
ER_ONLY = frozenset("big small tall short long old young fast slow cheap strong weak hot cold high low large smart "
                    "rich poor thick thin deep dark easy busy heavy nice warm cool wide quick near great new hard "
                    "happy lazy funny dirty angry tiny soft loud bright sad early late".split())
LINKING = frozenset("is was are were be been become became becomes get gets got getting seems seemed looks looked "
                    "feels felt".split())
OPEN_TIME = frozenset("since for until till ever before during over".split())
YEAR = re.compile(r" (?:19|20)\d\d\b")
LIFE_TIME = re.compile(r" (?:I|he|she|we|they|you) (?:was|were) (?:born|young|little"        # "since I was a child"
                       r"|an? (?:child|kid|baby|teenager|boy|girl)|children|kids|babies|teenagers|boys|girls"
                       r"|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: years? old)?"
                       r"(?=\s*(?:[.,;!?]|$)))\b")          # an age: "since she was five."
SHORT_TIME = re.compile(r" \w+(?: \w+)?\s*(?:[.!,;]|$)")      # "since 2010.", "since last year,"
FEELINGS = {"boring": "bored", "exciting": "excited", "interesting": "interested", "tiring": "tired",
            "confusing": "confused", "frightening": "frightened", "surprising": "surprised", "annoying": "annoyed",
            "disappointing": "disappointed", "embarrassing": "embarrassed", "exhausting": "exhausted",
            "worrying": "worried", "terrifying": "terrified", "satisfying": "satisfied", "amazing": "amazed"}
CLOSERS = frozenset("to for about on in from at with that is was are were".split())   # end a bare noun's phrase
# verbs that describe their subject rather than an action: "It looks good", "you did good" (spoken)
LINKING_VERBS = frozenset("be look feel taste smell sound seem appear become get stay remain keep turn grow prove go "
                          "do have make come".split())
PREFER = frozenset("prefer prefers preferred preferring".split())
COMPARED = frozenset("rather more less other better worse else".split())     # "prefer more than less"
STATIVE_ING = frozenset("knowing owning belonging preferring consisting containing possessing".split())
FEELINGS_CAUSED = {ed: ing for ing, ed in FEELINGS.items()}     # "The film was very bored" -> "boring"
# works and events, never groups of people ("The class was bored" is the students)
EVENT_NOUNS = frozenset("film movie book lesson lecture game story trip show match speech program programme novel "
                        "concert course".split())
# simple pasts that are also a rarer verb's base: after "do" they are the past ("Did you saw" -> "see"), not
# "to saw", "to found" (neither after "do" + subject in the corpus shards)
PAST_BEFORE_BASE = frozenset(("saw", "found"))
# plural forms that also name one thing: "on a premises", "a barracks", "a steel works"
ONE_AS_MANY = frozenset("premises barracks headquarters crossroads gallows works kudos whereabouts".split())
ADVERB_PLACES = frozenset("home abroad overseas upstairs downstairs".split())     # "go home", "go abroad"
TIME_ADVERBS = frozenset("yesterday today tomorrow tonight".split())     # nouns that end a phrase, not modify
# words before "one" that make it no determiner of the next noun: "the one", "twenty one years", "the other one
# protons", "one on one situations"
ONE_AFTER = noun_phrases.DETERMINERS | COUNTS | frozenset("sixty seventy eighty ninety thousand other on".split())
MAKE_OF_DO = {"do": "make", "does": "makes", "did": "made", "doing": "making", "done": "made"}
DO_OF_MAKE = {"make": "do", "makes": "does", "made": "did", "making": "doing"}
ACTIVITIES = frozenset("shopping swimming fishing hiking camping skiing dancing jogging sightseeing running sailing "
                       "bowling skating surfing".split())
HAVE_BE = {"have": "are", "has": "is", "had": "was"}
AGE = re.compile(r" (\d+|[a-z]+) years old\s*(?:[.!?,;]|$)")
BARE_AGE = re.compile(r" (\d+) years\s*(?:[.!]|$)")
SUBJECTS_OF_STUDY = frozenset("english math maths mathematics science sports sport history languages physics "
                               "chemistry biology geography music art french spanish german".split())
SPEAK = frozenset("speak speaks spoke speaking".split())
WANT = frozenset("want wants wanted".split())
AFTER_ACTION = frozenset("here there in on at with near next alone nearby abroad downstairs upstairs for".split())
# verbs that take a question as their object: "We'll see when it will happen", "I'll decide after he will call"
EMBEDDING = frozenset("see decide check find guess predict say announce wonder sure clear certain unclear depends "
                      "depend come comes".split())
RANKS = frozenset("first second third last only best worst most least next".split())
PAY = frozenset("pay pays paid paying".split())
ATTENTION_DEGREES = frozenset("more much close special little no enough particular careful extra less greater full "
                              "great".split())          # "pay more attention on" -> "to"
FEEL = frozenset("feel felt get got".split())        # "I feel boring" -> "bored"
FEELING_ENDS = frozenset("when because and but now today sometimes too".split())
FEELING_PREPOSITIONS = frozenset("in about with of by at during".split())
INTENSIFIERS = frozenset("very so really too quite extremely".split())
PERFECT_OF_BE = {"am": "have been", "is": "has been", "are": "have been"}
# a clause or verb group of its own between the verb and "since": "sure that since 2010", "I think it has improved
# since"
SINCE_BREAKS = SUBJECT_OPENERS | {"and", "but", "which", "who"} | (AUXILIARIES | SUBJECTS_IT) - set(PERFECT_OF_BE)
PERFECT_OF_CONTRACTED = {"i'm": "I've been", "you're": "you've been", "we're": "we've been", "they're": "they've been"}
AFTER_HOME = frozenset("now today tonight early late after at by and with yesterday tomorrow soon before next last "
                        "this every for in to on".split())
# plurals that open a sentence as its subject; any other capitalised plural may be a name ("Brooks was born")
PEOPLE_PLURALS = frozenset("people children men women students parents teachers kids".split())
# a noun phrase after one of these may not be the antecedent of "who" or "that" right after it: "vowels in a word
# which do", "undergraduates throughout the college who are", "a username and a password which give"
ANTECEDENT_BREAKS = frozenset("of in on at to for from by with about as into onto over under than near around through "
                              "across after before during without within behind between among against along beside "
                              "beyond despite except inside outside since until upon via per like unlike toward "
                              "towards throughout below above including and or nor".split())
PERSON_NOUNS = PEOPLE_PLURALS | frozenset("man woman person persons boy boys girl girls friend friends teacher "
                                          "student doctor doctors guy guys kid parent".split())   # "the man which"
# things no one personifies: "a book who was written" -> "that"
THING_NOUNS = frozenset("book books car cars phone phones computer computers movie movies film films song songs letter "
                        "letters table tables chair chairs bag bags box boxes bottle bottles house houses road roads "
                        "machine machines picture pictures photo photos bike bikes bus buses train trains shirt shirts "
                        "dress dresses shoe shoes key keys door doors window windows watch camera cameras".split())
ASK_TELL = frozenset("ask asks asked tell tells told show shows showed teach teaches taught remind reminded".split())
GROUP_ADJECTIVES = frozenset("rich poor elderly unemployed homeless wealthy".split())   # "The rich are"
BEST_NOUNS = frozenset("way ways thing things place places time choice option solution idea method".split())
FOR_VERBS = frozenset("wait waiting waited look looking looked ask asking asked search searching searched hope hoping "
                      "hoped pay paying paid care caring cared long longing longed pray praying prayed".split())
MEET_VERBS = frozenset("meet see start begin leave come arrive open close finish end happen".split())  # "meet at"
SPORTS = frozenset("football soccer basketball tennis baseball volleyball golf cricket hockey rugby chess badminton "
                   "handball softball".split())
IF_STATES = frozenset("know have be understand own remember".split())   # "If I would know, I would"
SOUND_ALIKE = {"desert": "dessert", "stationary": "stationery", "complement": "compliment", "principle": "principal",
               "peak": "peek"}
EAT_VERBS = frozenset("for eat ate eating have had having order ordered serve served skip skipped".split())
PRAISE_WORDS = frozenset("nice lovely sweet kind pay paid pays paying such".split())
SCHOOLS = frozenset("school college university academy".split())
TAKE_A_LOOK = frozenset("take took taking takes have had get got".split())
PARTICLE_VERBS = frozenset("come came comes coming get got gets getting go went goes going move moved moves check "
                           "checked log logged sign signed turn turned hand handed call called drop dropped fill "
                           "filled hold held carry carried put puts take took".split())      # "came in last night"
TREND_VERBS = frozenset("increase decrease grow rise fall drop change improve decline".split())
TREND_ADVERBS = frozenset("every each rapidly quickly gradually steadily dramatically significantly slowly fast "
                          "sharply day year".split())          # "is increase every year"
OPENER_FIXES = {("as", "the", "result"): "as a result", ("to", "summary"): "in summary",
                ("in", "summarize"): "in summary", ("in", "conclude"): "in conclusion"}
CLAUSE_JOINERS = frozenset("and but so".split())                # "..., and as the result, ..."
REFLEXIVE_OF = {"i": "myself", "we": "ourselves", "they": "themselves", "he": "himself", "she": "herself",
                "you": "yourself"}
PHOTOS = frozenset("photo photos photograph photographs selfie selfies".split())
TAKE_OF_MAKE = {"make": "take", "makes": "takes", "made": "took", "making": "taking"}
TRAVEL = frozenset("travel travels travelled traveled travelling traveling come comes came coming".split())
TRANSPORT = frozenset("train bus car plane taxi bike bicycle boat ship subway metro tram coach ferry air".split())
STAY = frozenset("stay stays stayed staying remain remained be am is are was were been".split())
OBJECT_TO_POSSESSIVE = {"me": "mine", "you": "yours", "him": "his", "her": "hers", "us": "ours", "them": "theirs"}
RELATIONS = frozenset("friend friends colleague colleagues cousin cousins neighbour neighbours neighbor neighbors "
                      "classmate classmates relative relatives".split())
NO_WORDS = frozenset("not never no nobody nothing".split())
DEADLINE_VERBS = frozenset("send sent submit submitted finish finished complete completed deliver delivered return "
                           "returned pay paid hand handed".split())       # done once: "by Friday", not "until"
MIND_VERBS = frozenset("think believe say feel want like love know hate agree disagree don't do can't cannot".split())
QUANTIFIERS = frozenset("most many some all few several both none".split())     # "most of the people who lives"
PLURAL_VERB = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
               "hasn't": "haven't", "doesn't": "don't"}


def _finite(word: str) -> bool:
    return word.lower() in MODALS or bool(verb_tags(word) & FINITE_TAGS)


def _coordinated_subject(sent: Sent, words: list[str], ws) -> list[Finding]:
    """"Me and him went" -> "He and I went", "My friend and me went" -> "... and I went": object pronouns
    joined as the subject that opens a sentence."""
    if len(ws) >= 5 and words[2].lower() == "and" and words[0].lower() in POSSESSIVES \
            and words[3].lower() in OBJECT_TO_SUBJECT and not sent.skipped(ws[0][0], ws[4][1]) \
            and all(sent.text[ws[n][1]:ws[n + 1][0]] == " " for n in range(4)) and _finite(words[4]):
        rep = OBJECT_TO_SUBJECT[words[3].lower()]
        return [Finding(*ws[3], "grammar", "PRONOUN_CASE", f"Use the subject form: '{rep}'.", (rep,), 0.85)]
    if len(ws) >= 5 and words[1].lower() == "and" and words[0].lower() in OBJECT_TO_SUBJECT \
            and words[2].lower() in POSSESSIVES and words[3].islower() and noun_tags(words[3]) \
            and not sent.skipped(ws[0][0], ws[4][1]) and all(sent.text[ws[n][1]:ws[n + 1][0]] == " " for n in range(4)) \
            and _finite(words[4]):
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
    if not _finite(verb):
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
        elif low[k] == "there" and _next_word(sent, words, ws, k) and low[k + 1] in PLURAL_VERB:
            at, fix = k + 1, match_case(words[k + 1], PLURAL_VERB[low[k + 1]])
        else:
            continue
        count, noun = _next_word(sent, words, ws, at).lower(), _next_word(sent, words, ws, at + 1)
        if count in ("so", "too") and noun.lower() == "many":            # "There was so many people"
            count, noun = "many", _next_word(sent, words, ws, at + 2)
        amount = next((len(q) for q in QUANTITIES_OF if tuple(low[at + 1:at + 1 + len(q)]) == q), 0)
        if amount and low[k] == "there" and all(_next_word(sent, words, ws, j) for j in range(at, at + amount)):
            count, noun = "many", _next_word(sent, words, ws, at + amount)
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
    return [_present_for_will(ws, low, k, "A condition" if low[0] == "if" else "A clause of time")]


def _present_for_will(ws, low: list[str], k: int, clause: str = "A clause of time") -> Finding:
    """The present tense for "will" + verb after the subject at k ("when I will arrive" -> "arrive")."""
    subject, verb = low[k], low[k + 2]
    rep = {"i": "am", "he": "is", "she": "is", "it": "is"}.get(subject, "are") if verb == "be" else \
        inflect_verb(verb, "VBZ") if subject in ("he", "she", "it") else verb
    return Finding(ws[k + 1][0], ws[k + 2][1], "grammar", "WHEN_WILL",
                   f"{clause} about the future takes the present tense.", (rep,), 0.85)


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
                or sent.text[ws[k - 1][1]:ws[k][0]] != " " or _quoted(sent.text, ws[k][0]):
            return []       # "the moment when you will", "The day will come when", "by 2050, when they will"
        return [_present_for_will(ws, low, k + 1)]
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
    from lemminflect import getInflection

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


@cache
def uncountable_nouns() -> frozenset[str]:
    """Nouns English does not count ("information", "news"): singular subjects though "news" ends in "s"."""
    return read_words("uncountable") | {"news"}


def opening_words(sent: Sent) -> tuple[str, str, str] | None:
    """The sentence's first three words when they open it as prose ("The results was"): single spaces, nothing
    skipped, a lowercase second word (not a name)."""
    ws = sent.words
    if len(ws) < 3 or sent.skipped(ws[0][0], ws[2][1]) or any(sent.text[ws[n][1]:ws[n + 1][0]] != " "
                                                               for n in range(2)):
        return None
    det, noun, verb = (sent.text[s:e] for s, e in ws[:3])
    return (det, noun, verb) if noun.islower() else None


def plural_subject(det: str, noun: str) -> bool:
    """A determiner and a noun that is only ever plural: "The children", "My friends".  Not an uncountable
    noun given a plural ("The informations is"): the noun is the slip, and the rules fix it."""
    return det.lower() in PLURAL_DETERMINERS and noun_tags(noun) == {"NNS"} \
        and noun.lower()[:-1] not in read_words("uncountable")


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
            and "VBG" not in verb_tags(noun):
        number, rep = "singular", SINGULAR_VERB[verb_key]
    else:
        return []
    rep = match_case(verb, rep)
    return [Finding(*ws[2], "grammar", "AGREEMENT", f"'{noun}' is {number}: did you mean '{rep}'?", (rep,), 0.85,
                    claims=(ws[1][0], ws[2][1]))]   # not also "books" -> "book": one fix per disagreement


def direct(ctx, sent: Sent) -> list[Finding]:
    text = sent.text
    ws = sent.words
    words = [text[s:e] for s, e in ws]
    out = (_coordinated_subject(sent, words, ws) + _opening_subject(sent, words, ws)
           + _although_but(sent, words, ws) + _if_would_have(sent, words, ws) + _there_be_plural(sent, words, ws)
           + _when_will(sent, words, ws) + _will_when_will(sent, words, ws) + _wh_question(sent, words, ws)
           + _embedded_question(sent, words, ws))
    for n, word in enumerate(words):                 # rules keyed by their word, sentence-initial too
        rules = WORD_RULES.get(word.lower().replace("’", "'"), ())
        found = next((f for rule in rules if (f := rule(sent, words, ws, n)) is not None), None) \
            if rules and not sent.skipped(*ws[n]) else None
        if found is not None:
            out.append(found)
    for n in range(1, len(ws)):
        (s, e), word, prev = ws[n], words[n], words[n - 1]
        low, before = word.lower(), prev.lower().replace("’", "'")
        if text[ws[n - 1][1]:s] != " " or sent.skipped(ws[n - 1][0], e):
            continue
        before2 = words[n - 2].lower() if n > 1 else ""
        after = text[e:].lstrip()[:1]
        if low == "i" and before == "and" and n > 2 and after in ("", *".,;:!?)") \
                and (before2 in PREPOSITIONS or words[n - 3].lower() in PREPOSITIONS):
            # "between you and I", "to John and I." (not "for you and I think")
            out.append(Finding(s, e, "grammar", "PRONOUN_CASE", "After a preposition: 'me'.", ("me",), 0.85))
        elif before in SUBJECTS and before2 not in AUXILIARIES and word.islower() and only_verb(word) \
                and verb_tags(word) == {"VBN"} and low != "been":
            past = inflect_verb(word, "VBD")           # "I seen him" -> "I saw him"
            if past:
                out.append(Finding(s, e, "grammar", "VERB_FORM", f"Did you mean '{past}'?", (past,), 0.85))
        elif (before in HAVE or before in PERFECT_ADVERBS and before2 in HAVE) and low not in ("got", "was", "were") \
                and low not in MODALS and word.islower() \
                and (only_verb(word) and (verb_tags(word) == {"VBD"} or low == "be" or "VB" in verb_tags(word)
                                          <= {"VB", "VBP"} and _closes_verb(sent, words, ws, n))
                     or before in PERFECT_ADVERBS and "VBD" in verb_tags(word) and "VBN" not in verb_tags(word)):
            # "She has went" -> "gone", "I have ever saw" -> "seen" (after "ever", "saw" is no noun), "We have
            # discuss this" -> "discussed", "has be done" -> "been"; not
            # "have got", nor "the version he had was missing"; a base form only before a word that ends its
            # phrase ("had complete autonomy", "have write access"), and one that may be a noun is the model's
            participle = inflect_verb(word, "VBN")
            # lemminflect lists no participle for some regular verbs and makes "traveled" for "travelled": the
            # same form in the other spelling is no fix ("She has travelled to Spain")
            if participle and participle != low and not one_form_spelled_two_ways(low, participle):
                out.append(Finding(s, e, "grammar", "VERB_FORM", f"Did you mean '{participle}'?", (participle,), 0.85))
        elif before in INDEFINITE and low in SINGULAR_VERB and before2 not in AUXILIARIES and before2 != "else":
            rep = match_case(word, SINGULAR_VERB[low])   # "Everyone have a car" -> "has"
            out.append(Finding(s, e, "grammar", "AGREEMENT", f"Did you mean '{rep}'?", (rep,), 0.85))
        elif before == "to" and before2 == "forward" and n > 2 and words[n - 3].lower() in (
                "look", "looks", "looked", "looking") and word.islower() and "VB" in verb_tags(word):
            ing = inflect_verb(word, "VBG")            # "I look forward to hear from you" -> "hearing"
            if ing:
                out.append(Finding(s, e, "grammar", "VERB_FORM", f"Did you mean '{ing}'?", (ing,), 0.85))
        elif (found := _modal_to(sent, words, ws, n) or _much_many(sent, words, ws, n)
               or _gerund(sent, words, ws, n) or _to_ing(sent, words, ws, n) or _used_to(sent, words, ws, n)
               or _since_duration(sent, words, ws, n) or _be_past(ctx, sent, words, ws, n)
               or _have_being(sent, words, ws, n) or _being_ing(ctx, sent, words, ws, n)
               or _bare_after_catenative(ctx, sent, words, ws, n)
               or _bare_after_preposition(ctx, sent, words, ws, n) or _quantified_subject(sent, words, ws, n)
               or _superlative_than(sent, words, ws, n) or _most_of(sent, words, ws, n)
               or _which_person(sent, words, ws, n) or _plural_group(sent, words, ws, n)
               or _very_much_before_object(sent, words, ws, n) or _noun_for_verb(sent, words, ws, n)
               or _human_being(sent, words, ws, n)) is not None:
            out.append(found)
        elif before == "maybe" and low == "be":
            rep = match_case(prev, "may")              # "they maybe be doing" -> "may be doing"
            out.append(Finding(ws[n - 1][0], e, "grammar", "MAYBE_MAY", f"Did you mean '{rep} {word}'?",
                               (f"{rep} {word}",), 0.85))
        elif before in BE_TENSE or before in PERSON_BE:
            out.extend(_be_with_verb(ctx, sent, ws, words, n))
        elif before == "be" and before2 in MODALS and word.islower() and _plain_verb(ctx, word) \
                and text[ws[n - 2][1]:ws[n - 1][0]] == " ":
            # "It will be continue to grow" -> "will continue": a modal takes the verb itself; with no object
            # after it, it was meant passive ("fish may be utilize more" -> "be utilized"), which a verb with no
            # object does not have ("It may be exist")
            passive = inflect_verb(word, "VBN") if low not in read_words("intransitive_verbs") else None
            if passive and _next_word(sent, words, ws, n).lower() not in OBJECT_OR_DETERMINER | {"to"}:
                out.append(Finding(s, e, "grammar", "BE_WITH_VERB", f"Did you mean 'be {passive}'?", (passive,), 0.85))
            else:
                out.append(Finding(ws[n - 1][0], e, "grammar", "BE_WITH_VERB", f"Did you mean '{word}'?",
                                   (word,) + ((f"be {passive}",) if passive else ()), 0.85))
        elif before in BE_NOT_DO or before == "not" and n > 1 and words[n - 2].lower() in BE_NOT_DO \
                and text[ws[n - 2][1]:ws[n - 1][0]] == " ":
            out.extend(_be_not_verb(ctx, sent, ws, words, n))
        elif before in NOT_DO and low == "used" and _next_word(sent, words, ws, n).lower() == "to":
            # "I didn't used to smoke" -> "use to": one fix, not also "don't [be] used to"
            out.append(Finding(s, e, "grammar", "VERB_FORM", "After 'do', use 'use'.", (match_case(word, "use"),),
                               0.85, claims=(ws[n - 1][0], e)))
        elif word.islower() and (before in NOT_DO or before in SUBJECTS_IT and before2 in DO
                                 and text[ws[n - 2][1]:ws[n - 1][0]] == " "
                                 and _opens_question(sent, words, ws, n - 2)):
            # after "do" + subject, or after a negated "do": not "did wonders", "does dishes" ("do" as a main verb),
            # nor "In all that he did he was ruled", "to do and do it is known" (no question)
            out.extend(_do_with_inflected_verb(s, e, word))
        elif n >= 4 and words[n - 4].lower() in ONE_OF and words[n - 3].lower() == "of" \
                and before2 in PLURAL_DETERMINERS and noun_tags(prev) == {"NNS"} and low in SINGULAR_VERB \
                and all(text[ws[k][1]:ws[k + 1][0]] == " " for k in range(n - 4, n)):
            rep = match_case(word, SINGULAR_VERB[low])   # "One of the students have" -> "has"
            out.append(Finding(s, e, "grammar", "AGREEMENT", f"'{words[n - 4]} of ...' is singular: did you mean "
                               f"'{rep}'?", (rep,), 0.85))
    return out


def _opens_question(sent: Sent, words: list[str], ws, k: int) -> bool:
    """words[k] can open a question: the sentence's or a clause's first word, or after a question word."""
    return k == 0 or words[k - 1].lower() in WH_WORDS | {"when"} or bool(sent.text[ws[k - 1][1]:ws[k][0]].strip())


def _closes_verb(sent: Sent, words: list[str], ws, n: int) -> bool:
    """words[n] is followed by what may follow a verb but not an adjective or a noun modifier: punctuation or
    the end, a function word, a determiner or a particle ("have discuss this", "had happen,", "have refer to"),
    not "-" or a content word ("had complete autonomy", "have write access")."""
    rest = sent.text[ws[n][1]:]
    if not rest.strip() or rest[:1] in ".,;:!?)":
        return True
    return rest[:1] == " " and _next_word(sent, words, ws, n).lower() in VERB_FOLLOWERS


def _next_word(sent: Sent, words: list[str], ws, n: int) -> str:
    """The word after words[n] when a single space separates them and it is prose, else ""."""
    ok = n + 1 < len(ws) and sent.text[ws[n][1]:ws[n + 1][0]] == " " and not sent.skipped(*ws[n + 1])
    return words[n + 1] if ok else ""


MODAL_ADVERBS = frozenset("not never also still really just only always even easily actually simply".split())


def _modal_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He must to go" -> "He must go", "She can't to swim" -> "can't swim", "People can easily to share" ->
    "can easily share"; not "the will to live", "do all we can to help"."""
    if words[n].lower() != "to":
        return None
    m = n - 2 if n > 2 and words[n - 1].lower() in MODAL_ADVERBS else n - 1
    modal, nxt = words[m], _next_word(sent, words, ws, n)
    if modal.replace("’", "'") not in MODALS | NEGATED_MODALS or m < 1 \
            or words[m - 1].lower() not in SUBJECTS_IT | PEOPLE_PLURALS \
            or (m > 1 and words[m - 2].lower() in ALL_WE_CAN) \
            or not nxt or not base_verb(nxt) or "VB" not in verb_tags(nxt):
        return None
    return Finding(*ws[n], "grammar", "MODAL_TO", f"After '{modal}', no 'to'.", ("",), 0.85)


def _much_many(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"too much cars" -> "too many cars": "much" before a noun that is only ever plural."""
    nxt = _next_word(sent, words, ws, n)
    if words[n].lower() != "much" or words[n - 1].lower() in ("pretty", "very") or not nxt.islower() \
            or noun_tags(nxt) != {"NNS"} or nxt in AUXILIARIES:
        return None                                # "pretty much makes sense", "How much does it cost" (a doe)
    rep = match_case(words[n], "many")
    # it competes with a number fix of the noun: "too much times" is "too many times" or "too much time"
    return Finding(*ws[n], "grammar", "MUCH_MANY", f"'{nxt}' can be counted: '{rep}'.", (rep,), 0.85,
                   covers=(ws[n][0], ws[n + 1][1]))


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


def _to_verb(sent: Sent, words: list[str], ws, n: int) -> bool:
    """words[n] goes on with "to" and a verb's base form: "welcome to join", "made me to laugh"."""
    verb = _next_word(sent, words, ws, n + 1)
    return _next_word(sent, words, ws, n).lower() == "to" and verb.islower() and base_verb(verb) \
        and "VB" in verb_tags(verb)


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


MARRY = frozenset("marry marries married marrying".split())
PARTNERS = frozenset("girlfriend boyfriend fiance fiancee fiancé fiancée partner sweetheart man woman girl boy guy "
                     "lady gentleman foreigner doctor teacher nurse soldier lawyer widow widower".split())


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


ENTER = frozenset("enter enters entered entering".split())
ROOMS = frozenset("room house building classroom office hall kitchen shop store restaurant class bedroom bathroom "
                  "car bus train garden school hospital hotel library museum theatre theater cinema apartment flat "
                  "church stadium station".split())


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


WORK = frozenset("work works worked working".split())
JOBS = frozenset("teacher doctor nurse engineer waiter waitress cook chef driver lawyer secretary cashier translator "
                 "programmer designer accountant volunteer receptionist journalist photographer guide tutor cleaner "
                 "mechanic pilot farmer salesman saleswoman assistant".split())


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
    rest = sent.text[ws[n][1]:].split()
    if n < 2 or words[n - 1].lower() != "for" or sent.text[ws[n - 1][1]:ws[n][0]] != " " or not rest \
            or words[n - 2].lower() in FOR_VERBS:
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
    """"Irregardless" -> "Regardless"; "I could care less" -> "couldn't care less" (the idiom says how little
    one cares)."""
    if words[n].lower() == "irregardless":
        rep = match_case(words[n], "regardless")
        return Finding(*ws[n], "word_choice", "NONSTANDARD_WORD", f"Use '{rep}'.", (rep,), 0.85)
    if words[n].lower() == "could" and _next_word(sent, words, ws, n).lower() == "care" \
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
    for phrase, fix in OPENER_FIXES.items():
        k = n + len(phrase) - 1
        if k < len(ws) and tuple(w.lower() for w in words[n:k + 1]) == phrase \
                and sent.text[ws[k][1]:ws[k][1] + 1] == "," and (n == 0 or words[n - 1].lower() in CLAUSE_JOINERS):
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
    rest = sent.text[ws[n][1]:]
    if re.match(r" \d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)\b", rest, re.I) \
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


def _phrase_ends(sent: Sent, words: list[str], ws, n: int) -> bool:
    """The n-th word ends its noun phrase: punctuation or a function word follows ("the most tall boy in")."""
    after = sent.text[ws[n][1]:].lstrip()[:1] if n < len(ws) else ""
    return after in ("", *".,;:!?)") or _next_word(sent, words, ws, n).lower() in noun_phrases.FUNCTION_WORDS


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


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
DAY_PARTS = frozenset("morning afternoon evening night".split())


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


def _time_ends_clause(sent: Sent, ws, n: int) -> bool:
    """The time after "since" at n is short and ends its clause, or is a time of life: not a reason ("since
    2010 was a bad year")."""
    return bool(SHORT_TIME.match(sent.text, ws[n][1]) or LIFE_TIME.match(sent.text, ws[n][1]))


def _ranks(word: str) -> bool:
    """A superlative or ordinal, which "since" may measure ("the best since 2010", "the only player since")."""
    return word in RANKS or word.endswith("est") and bool(adjective_lemmas(word) - {word})


def _have_or_did_since(sent: Sent, words: list[str], ws, k: int, n: int) -> Finding | None:
    """"I have a headache since yesterday" -> "have had", "I didn't see him since Monday" -> "haven't seen": the
    same present perfect for "have" and its object, and for a past negated with "didn't"; the time ends the
    clause, as for the present."""
    low = words[k].lower().replace("’", "'")
    if k + 1 >= n or not _time_ends_clause(sent, ws, n):
        return None
    third = words[k - 1].lower() in ("he", "she")
    if low in ("have", "has") and words[k + 1].lower() in DETERMINERS | {"no"}:
        rep = f"{low} had"
        return Finding(*ws[k], "grammar", "SINCE_PERFECT", f"With 'since' + a point in time: '{rep}'.", (rep,), 0.85)
    verb = words[k + 1]
    if low != "didn't" or not verb.islower() or not base_verb(verb) or not (participle := inflect_verb(verb, "VBN")):
        return None
    rep = ("hasn't " if third else "haven't ") + participle
    return Finding(ws[k][0], ws[k + 1][1], "grammar", "SINCE_PERFECT", f"With 'since' + a point in time: '{rep}'.",
                   (rep,), 0.85, claims=(ws[k][0], ws[n][1]))     # "since" is right once the verb is


def _present_since(sent: Sent, words: list[str], ws, k: int, n: int) -> Finding | None:
    """"She works here since 2010" -> "has worked": the present tense of an action verb after a subject pronoun,
    with "since" and its time (at most two words) ending the clause; a longer clause after "since" may be a
    reason ("I think so since 2010 was a bad year")."""
    verb = words[k]
    tags = verb_tags(verb)
    if not verb.islower() or not tags & {"VBZ", "VBP"} or "VBD" in tags or verb in AUXILIARIES or verb in MODALS \
            or not _time_ends_clause(sent, ws, n):
        return None
    participle = inflect_verb(verb, "VBN")
    if not participle:
        return None
    rep = ("has " if "VBZ" in tags and words[k - 1].lower() in ("he", "she") else "have ") + participle
    return Finding(*ws[k], "grammar", "SINCE_PERFECT", f"With 'since' + a point in time: '{rep}'.", (rep,), 0.85)


def _yesterday_night(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I saw him yesterday night" -> "last night" (but "yesterday evening" and "yesterday morning" are
    English)."""
    if _next_word(sent, words, ws, n).lower() != "night":
        return None
    rep = match_case(words[n], "last") + " " + words[n + 1]
    return Finding(ws[n][0], ws[n + 1][1], "word_choice", "LAST_NIGHT", f"Did you mean '{rep}'?", (rep,), 0.85)


# mass nouns left out of lang/en/uncountable.txt because their "s" form has a sense of its own ("moneys", "works")
MASS_NOUNS = frozenset("noise traffic money water food work rain snow damage violence rice milk bread sugar music "
                       "electricity".split())
VERB_LIKE_PLURALS = {"evidences": "evidence", "researches": "research"}   # left out of lang/en/uncountable.txt
QUANTITIES_OF = (("a", "lot", "of"), ("lots", "of"), ("plenty", "of"))


def _modifies_next(sent: Sent, words: list[str], ws, n: int) -> bool:
    """The next word is a noun that words[n] may modify ("traffic lights"), not an adverb ("noise outside")."""
    pos = parts_of_speech(_next_word(sent, words, ws, n).lower())
    return "NOUN" in pos and "ADV" not in pos


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


YEAR_NUMBER = re.compile(r" (\d{4}) ")


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


SKILL_VERBS = frozenset("speak play sing cook write draw dance drive swim read".split())
# verbs whose object's complement is an adjective, the object gone before them: "as they think proper"
JUDGING_VERBS = frozenset("think deem consider find judge believe call hold render see".split())
# adjectives whose adverb ends in "-ly" and that English does not use as adverbs themselves (not "slow", "loud",
# "quick", "clear", "easy": "drive slow", "take it easy")
MANNER_ADVERBS = {"good": "well", "bad": "badly", "fluent": "fluently", "careful": "carefully",
                  "careless": "carelessly", "perfect": "perfectly", "beautiful": "beautifully",
                  "terrible": "terribly", "horrible": "horribly", "correct": "correctly", "proper": "properly"}


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


def _quoted(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation: one opened before it, or one whose next mark after it closes
    (the segmenter may have left the opening mark with the sentence before: '(lit. "|I want that I write",')."""
    before, after = text[:pos], text[pos:]
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return True
    mark = re.search(r'["“”]', after)
    return mark is not None and (mark.group() == "”" or mark.group() == '"' and not after[mark.start() - 1].isspace())


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


@cache
def _wrong_prepositions() -> dict[tuple[str, str], tuple[str, ...]]:
    """(word, preposition written after it) -> the preposition(s) it takes (lang/en/wrong_prepositions.txt)."""
    return {(before, written): tuple(right.split(",")) for written, right, *befores in
            (line.split() for line in read_list("wrong_prepositions")) for before in befores}


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


OPENING_DETERMINERS = frozenset("my our your his her their the".split())


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


NOW_A_DAYS = re.compile(r"[Nn]ow[- ]+a[- ]*days\b|(?P<bare>[Nn]ow[- ]+days\b)|(?P<deed>[Ii]n deed)(?= ?,)")


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
    (("very",), _very_verb), (tuple(SOUND_ALIKE), _sound_alike), (("irregardless", "could"), _irregardless),
    (("play", "plays", "played", "playing"), _play_the_sport), (("many",), _many_uncountable),
    (("since",), _be_since), (("since",), _for_since), (("than",), _prefer_than), (("than",), _as_than),
    (("yesterday",), _yesterday_night), (("concern", "worry"), _be_concern), (("in",), _point_of_view),
    (("in",), _on_the_other_hand), (("for",), _for_an_example), (("nowadays",), _in_nowadays), (("lack",), _be_lack),
    (("capable",), _capable_to), (("attention",), _attention_on), (("good",), _good_in), (tuple(SPEAK), _speak_well),
    (tuple(WANT), _want_that), (("to",), _go_to_activity), (("to",), _to_much), (("can",), _can_not),
    (tuple(RELATIONS), _friend_of_me), (("unique",), _very_unique), (("worth",), _worth_to), (("in",), _clock_time),
    (("by", "to"), _by_the_train), (("first", "second", "third"), _first_time), (("enjoy", "enjoyed"), _enjoy_object),
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
    (("in",), _year_after_number), (("in", "at"), _in_weekday), (("on", "in", "at"), _on_next_week),
    (("until", "till"), _until_deadline), (("elder", "similar"), _elder_like), (("now", "in"), _split_adverb),
    (tuple(before for before, _ in _wrong_prepositions()), _preposition))


def _gerund(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She enjoys to read" -> "enjoys reading" (lang/en/gerund_verbs.txt).  A past form or a form that is
    also a noun only right after its subject: "We avoided to talk", not "(is widely) considered to be" or
    "a common practice to"."""
    from lemminflect import getLemma

    if words[n].lower() != "to":
        return None
    verb, nxt = words[n - 1], _next_word(sent, words, ws, n)
    if not verb.islower() or not nxt or nxt.lower() == "be" \
            or not any(lemma in read_words("gerund_verbs") for lemma in getLemma(verb, upos="VERB")):
        return None
    subject = n > 1 and words[n - 2].lower() in SUBJECTS
    if not subject and (verb_tags(verb) <= {"VBD", "VBN"} or noun_tags(verb)
                        or n > 1 and words[n - 2].lower() in BE_FORMS):
        return None
    ing = inflect_verb(nxt, "VBG") if base_verb(nxt) and "VB" in verb_tags(nxt) else None
    if not ing:
        return None
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "GERUND", f"'{verb}' takes an -ing form: '{ing}'.", (ing,), 0.85)


def _to_ing(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I want to going home" -> "go", "We need to worried" -> "worry": after "want to", "need to", "able
    to"... the bare verb.  "Hope", "plan", "need"... only as verbs, after a subject, an auxiliary or "to"
    ("brought hope to starving people").  After any other "to", a form that is only a past or participle
    wants the bare verb where it takes an object ("whose owner fears to lost her" -> "lose"; not "to lost
    souls", "compared to used cars", "adhere to stipulated that")."""
    if words[n].lower() != "to":
        return None
    nxt, verb = _next_word(sent, words, ws, n), words[n - 1].lower()
    tags = verb_tags(nxt)
    past = bool(tags) and tags <= {"VBD", "VBN"} and not noun_tags(nxt)
    if not nxt.islower() or nxt in MODALS | {"used"}:
        return None
    if verb in TO_INFINITIVE:
        if not (tags == {"VBG"} or past) \
                or verb != "how" and noun_tags(verb) \
                and (n < 2 or words[n - 2].lower() not in SUBJECTS | AUXILIARIES | {"to", "not"}) \
                or verb == "like" and n > 1 and words[n - 2].lower() in BE_FORMS:     # "It is like to swimming"
            return None
    elif not past or nxt in ("been", "was", "were") \
            or _next_word(sent, words, ws, n + 1).lower() not in OBJECT_OR_DETERMINER:
        return None
    base = inflect_verb(nxt, "VB")
    if not base or base == nxt:
        return None
    return Finding(*ws[n + 1], "grammar", "VERB_FORM", f"After 'to', use '{base}'.", (base,), 0.85)


def _be_past(ctx, sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"It was happened" -> "It happened", "They are existed" -> "exist", "has been appeared" -> "has appeared":
    a verb that takes no object (lang/en/intransitive_verbs.txt) has no passive, so "be" goes and the verb
    takes its tense.  "The bag was took" -> "taken": a strong verb's simple past is no participle (not where
    lemminflect lists one "-ed" form as the past and another as the participle, which writers use either way:
    "was burnt" / "burned", "is spelled" / "spelt", "was got" / "gotten")."""
    be, word = words[n - 1], words[n]
    if be not in BE_PAST or not word.islower():
        return None
    low = word.lower()
    tags = verb_tags(low)
    if not tags or not tags <= {"VBD", "VBN"} or not only_verb(low):
        return None
    lemma = inflect_verb(low, "VB")
    if lemma in ("be", *MODALS) or _next_word(sent, words, ws, n).lower() == "upon" \
            or _adjective_sense(ctx, low):
        return None                                 # "was happened upon"; "I was broke", "The suit is bespoke"
    participle = inflect_verb(low, "VBN")
    strong_past = tags == {"VBD"} and participle not in (None, low, "gotten") \
        and not low.endswith("ed") and not participle.endswith("ed")                     # "took", "went"
    # "she is gone", "the hour is come": an old perfect, so "go", "come" and "become" only in a simple past
    # "suffer" has a passive ("heavy losses were suffered"), but not before "from" ("are suffered from")
    intransitive = lemma in read_words("intransitive_verbs") or lemma == "suffer" \
        and _next_word(sent, words, ws, n).lower() == "from"
    if intransitive and (strong_past or lemma not in ("go", "come", "become")):
        tag = "VBD" if strong_past and be in BE_TENSE else BE_PAST[be]
        form = low if tag == "VBD" and strong_past else inflect_verb(low, tag)
        if not form:
            return None
        return Finding(ws[n - 1][0], ws[n][1], "grammar", "BE_WITH_VERB",
                       f"'{lemma}' has no passive: did you mean '{form}'?", (form,), 0.85)
    if not strong_past:
        return None
    return Finding(*ws[n], "grammar", "VERB_FORM", f"Did you mean '{participle}'?", (participle,), 0.85)


def _have_being(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She has never being there" -> "been": after "have" (and an adverb), "being" is a slip for "been"."""
    if words[n].lower() != "being":
        return None
    k = n - 2 if words[n - 1].lower() in HAVE_ADVERBS and n > 1 else n - 1
    if words[k].lower().replace("’", "'") not in HAVE or k < n - 1 and sent.text[ws[k][1]:ws[k + 1][0]] != " ":
        return None
    return Finding(*ws[n], "grammar", "VERB_FORM", "After 'have': 'been'.", (match_case(words[n], "been"),), 0.85)


def _being_ing(ctx, sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"afraid of being tracking" -> "tracked": "being" after a preposition or "be" and before an -ing form is a
    passive (not "a human being living", "the exception being seeking to ..."), unless the -ing word is also an
    adjective ("being interesting"), or a noun or an object follows it ("being working class", "themes being
    glorifying the military")."""
    if words[n - 1].lower() != "being" or n < 2 or words[n - 2].lower() not in BEFORE_BEING:
        return None
    word = words[n]
    nxt = _next_word(sent, words, ws, n).lower()
    if not word.islower() or verb_tags(word) != {"VBG"} or "ADJ" in parts_of_speech(word) \
            or _adjective_sense(ctx, word) \
            or nxt and (nxt in OBJECT_OR_DETERMINER or noun_tags(nxt) or "NOUN" in parts_of_speech(nxt)):
        return None
    participle = inflect_verb(word, "VBN")
    if not participle or participle == word:
        return None
    return Finding(*ws[n], "grammar", "VERB_FORM", f"After 'being': '{participle}'.", (participle,), 0.85)


def _bare_after_catenative(ctx, sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The detective will start investigate" -> "start investigating": start, begin, stop, finish, keep,
    enjoy, avoid ... take an -ing form (or "to"), never a plain verb that is nothing else ("start work", "keep
    track" are nouns; "enjoy complete freedom": an adjective, and a noun follows).  Only the verb itself,
    after a subject, an auxiliary or "to", not a noun ("a fresh start")."""
    verb, word = words[n - 1].lower(), words[n]
    if verb not in CATENATIVE:
        return None
    nxt = _next_word(sent, words, ws, n).lower()
    if not word.islower() or verb_tags(word) != {"VB", "VBP"} or not only_verb(word) \
            or _adjective_sense(ctx, word) \
            or nxt and (noun_tags(nxt) or "NOUN" in parts_of_speech(nxt)) or n < 2 \
            or words[n - 2].lower() not in SUBJECTS | AUXILIARIES | {"to", "not"}:
        return None
    ing = inflect_verb(word, "VBG")
    if not ing:
        return None
    return Finding(*ws[n], "grammar", "GERUND", f"After '{words[n - 1]}', use '{ing}'.", (ing,), 0.85)


NOUN_PREPOSITIONS = frozenset("from of in about for on with against into through".split())
RELATIVES = frozenset("that which who whom whose what where".split())


def _after_noun(words: list[str], k: int) -> bool:
    """A preposition at k that follows a noun or an object pronoun ("the feasibility of establish a station",
    "prevent him from explode the bomb"), so that it cannot end a clause whose own verb comes next ("the
    things we talked about include", "the cylinders he was made from have"), nor a relative clause's ("groupings
    that UCL is a member of include")."""
    if k < 1 or words[k].lower() not in NOUN_PREPOSITIONS \
            or any(w.lower() in RELATIVES for w in words[max(0, k - 6):k]):
        return False
    before = words[k - 1]
    return before.lower() in OBJECTS | {"it"} or before.islower() and only_noun(before)


TO_OR_MODAL = MODALS | frozenset("to cannot can't couldn't won't wouldn't shouldn't mustn't don't doesn't didn't "
                                  "not never".split())


@cache
def _noun_verb_pairs() -> tuple[dict[str, str], dict[str, str]]:
    """(noun -> verb, verb -> noun) from lang/en/noun_verb_pairs.txt."""
    pairs = [line.split() for line in read_list("noun_verb_pairs")]
    return {noun: verb for noun, verb in pairs}, {verb: noun for noun, verb in pairs}


# determiners that are never a pronoun ("Some believe in", "Let her explain."): a noun must follow
NOUN_ONLY_DETERMINERS = frozenset("a an the my your his our their its".split())
VERB_SUBJECTS = frozenset("please i you we they".split())     # "Please advice me", "Can you advice me?"


def _noun_for_verb(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I don't want to loss my job" -> "lose", "They may advice you" -> "advise": after "to", a modal, "do
    not", "please" or a subject pronoun, and before an object, a noun cannot stand ("due to loss of", "adherence
    to belief that" stay); after "to", only before a pronoun or a possessive ("gave in to grief the moment she
    heard" stays).  The other way round,
    "the discover of the food" -> "discovery", "took a deep breathe before" -> "breath": after a determiner
    (and an adjective), where the noun phrase ends, a verb cannot stand."""
    verbs, nouns = _noun_verb_pairs()
    if words[n] not in verbs and words[n] not in nouns or n == 0 or sent.text[ws[n - 1][1]:ws[n][0]] != " ":
        return None
    before = words[n - 1].lower().replace("’", "'")
    nxt = _next_word(sent, words, ws, n)
    negated = before == "not" and n > 1 and words[n - 2].lower() in DO     # "we did not success"; "don't" is a modal's
    if words[n] in verbs and (before in TO_OR_MODAL or negated) \
            and nxt in (OBJECTS | POSSESSIVES | {"its"} if before == "to" else OBJECT_OR_DETERMINER - {"that"}) \
            or words[n] in verbs and before in VERB_SUBJECTS and nxt in OBJECTS - {"her"}:
        verb = verbs[words[n]]
        return Finding(*ws[n], "grammar", "WORD_FORM", f"'{words[n]}' is a noun; the verb is '{verb}'.", (verb,), 0.85)
    # after an adjective, not "the": "the young develop", "the two arrive" are nouns made of adjectives
    determined = before in DETERMINERS | {"its"} and nxt == "of" or before in NOUN_ONLY_DETERMINERS or n > 1 \
        and words[n - 2].lower() in NOUN_ONLY_DETERMINERS - {"the"} and before.islower() \
        and "ADJ" in parts_of_speech(before) and not parts_of_speech(before) & {"NOUN", "VERB"} \
        and before not in QUANTIFIERS                                          # "only a few occur"
    rest = sent.text[ws[n][1]:]
    ends = nxt.lower() in ANTECEDENT_BREAKS or not rest.strip() \
        or rest[:1] in tuple(".,;:!?") and not rest[1:2].isalnum()             # not "the compete.com cable"
    if words[n] in nouns and determined and ends:
        noun = nouns[words[n]]
        return Finding(*ws[n], "grammar", "WORD_FORM", f"'{words[n]}' is a verb; the noun is '{noun}'.", (noun,), 0.85)
    return None


PHRASE_PREPOSITIONS = NOUN_PREPOSITIONS | frozenset("by to as among between without".split())


def _human_being(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"an achievement of human being" -> "human beings": a countable noun with no determiner, after a
    preposition ("a human being", "every human being", "of the human being" stay)."""
    if words[n] != "being" or n < 2 or words[n - 1] != "human" or words[n - 2].lower() not in PHRASE_PREPOSITIONS \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (n - 2, n - 1)) \
            or sent.text[ws[n][1]:ws[n][1] + 1] in ("'", "’", "-"):
        return None
    return Finding(*ws[n], "grammar", "AGREEMENT", "Did you mean 'human beings'?", ("beings",), 0.85)


def _bare_after_preposition(ctx, sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"without share their place" -> "sharing", "by simply implant a tag" -> "implanting": after a preposition
    a verb is an -ing form.  Only a plain verb that is nothing else, before its object (a pronoun or a
    determiner), so that no noun or adjective reading is left; not after "than", "but", "except" ("rather than
    go", "nothing to do but wait"), "to", nor prepositions that end clauses ("the things we talked about
    include") unless a noun comes before them ("the feasibility of establish a station")."""
    k = n - 2 if n > 1 and words[n - 1].lower() in ("simply", "just", "only", "also", "not") else n - 1
    word = words[n]
    if words[k].lower() not in VERB_PREPOSITIONS and not _after_noun(words, k) \
            or k < n - 1 and sent.text[ws[k][1]:ws[k + 1][0]] != " " or word in AUXILIARIES \
            or not word.islower() or verb_tags(word) != {"VB", "VBP"} or not only_verb(word) \
            or any(sense.pos != "v" for sense in ctx.model.thesaurus.get(word, ())) \
            or _next_word(sent, words, ws, n).lower() not in OBJECT_OR_DETERMINER:
        return None
    ing = inflect_verb(word, "VBG")
    if not ing:
        return None
    return Finding(*ws[n], "grammar", "GERUND", f"After '{words[k]}', use '{ing}'.", (ing,), 0.85)


def _quantified_subject(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """The verb right after a quantified subject whose number the quantifier settles: "A lot of people has" ->
    "have", "Many of the students was" -> "were" (a noun that is only ever plural), "Many of them is" ->
    "are", "Each of them have" -> "has" (not "neither of them were", which usage allows), "The number of cars
    are" -> "is", "The number of elderly people are" -> "is" (but "A number of cars are").  Only where the
    quantifier opens the subject: not "the fuel in some of the assemblies is"."""
    low = words[n].lower().replace("’", "'")
    if n < 3 or low not in PLURAL_VERB and low not in SINGULAR_VERB:
        return None
    lows = [w.lower() for w in words[:n]]
    noun = lows[n - 1]
    # "of" right before the noun, or with a determiner between; after "the number of" any one modifier ("The
    # number of elderly people are")
    k = n - 2 if lows[n - 2] == "of" else n - 3 if lows[n - 3] == "of" and (
        lows[n - 2] in PLURAL_DETERMINERS or lows[max(0, n - 5):n - 3] == ["the", "number"]) else 0
    if k < 1 or not words[n - 1].islower() or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(k - 1, n)):
        return None
    head1, head2 = lows[k - 1], " ".join(lows[max(0, k - 2):k])
    q = k - 2 if head2 in ("a lot", "a few", "a number", "a couple", "the number") else k - 1   # the subject's start
    if q > 0 and lows[q - 1] not in SUBJECT_OPENERS and sent.text[ws[q - 1][1]:ws[q][0]].strip() != ",":
        return None                                # in a longer phrase: "the fuel in some of the assemblies is"
    plural_noun = noun in PEOPLE_PLURALS or noun_tags(noun) == {"NNS"} and noun[:-1] not in uncountable_nouns()
    if low in SINGULAR_VERB and (head1 in ("each", "one") and k == n - 2 and noun in OF_PRONOUNS
                                 or head2 == "the number" and plural_noun):
        rep = match_case(words[n], SINGULAR_VERB[low])
    elif low in PLURAL_VERB and (head1 in PLURAL_QUANTIFIERS or head2 in PLURAL_QUANTIFIERS) \
            and (plural_noun or k == n - 2 and noun in OF_PRONOUNS):
        rep = match_case(words[n], PLURAL_VERB[low])
    else:
        return None
    number = "singular" if low in SINGULAR_VERB else "plural"
    return Finding(*ws[n], "grammar", "AGREEMENT", f"The subject is {number}: did you mean '{rep}'?", (rep,), 0.85)


def _superlative_than(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"worst than before" -> "worse than", "the biggest than" -> "bigger": "than" follows a comparative; and
    "getting worst" -> "worse" (after get / become / grow, where no noun follows: not "become best friends")."""
    word = words[n]
    if not word.islower() or word != "worst" and not sent.text.startswith(" than", ws[n][1]):
        return None
    nxt = _next_word(sent, words, ws, n).lower()
    if nxt == "than":
        comparative = comparative_of_superlative(word)
    elif word == "worst" and words[n - 1].lower() in GET_BECOME and not noun_tags(nxt) \
            and "NOUN" not in parts_of_speech(nxt):
        comparative = "worse"
    else:
        return None
    if not comparative:
        return None
    return Finding(*ws[n], "grammar", "COMPARATIVE", f"Did you mean '{comparative}'?", (comparative,), 0.85)


def _most_of(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"(The) most of people agree" -> "Most people": "most of" takes a determiner or a pronoun ("most of the
    people", "most of them"); before a bare plural, "of" goes.  Not "make the most of opportunities"."""
    nxt = _next_word(sent, words, ws, n)
    if words[n].lower() != "of" or words[n - 1].lower() != "most" or not nxt.islower() \
            or not (nxt in PEOPLE_PLURALS or noun_tags(nxt) == {"NNS"}) or nxt[:-1] in uncountable_nouns() \
            or sent.text[ws[n + 1][1]:].lstrip()[:1].isdigit():
        return None                                # "most of chapters 6 and 7": a name
    k = n - 2 if n > 1 and words[n - 2].lower() == "the" else n - 1
    if k == n - 2 and k and words[k - 1].lower() in MAKE_LET:
        return None
    rep = match_case(words[k], "most")
    return Finding(ws[k][0], ws[n][1], "grammar", "MOST_OF", f"Before a bare plural: '{rep} {nxt}'.", (rep,), 0.85)


def _which_person(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"the man which helped me" -> "who": "which" is for things; after a determiner and a noun for people, as
    the subject of its verb.  Not where the noun ends a phrase after a preposition or "and", whose "which" may
    be about an earlier noun ("conditions among our people which seem", "liberties of England and her people
    which had been taken"), nor "a people which has" (a nation).  The other way, "a book who was written" ->
    "that", after a noun for a thing no one would personify.  "The person which I told you about" -> "who" too,
    unless a question follows a listener ("ask the teacher which you should take")."""
    nxt, low = _next_word(sent, words, ws, n), words[n].lower()
    nouns = {"which": PERSON_NOUNS, "who": THING_NOUNS}.get(low)
    if nouns is None or n < 2 or words[n - 1].lower() not in nouns or not words[n - 1].islower() \
            or words[n - 2].lower() not in DETERMINERS | QUANTIFIERS \
            or n > 2 and words[n - 3].lower() in ANTECEDENT_BREAKS \
            or words[n - 1] == "people" and words[n - 2].lower() in ("a", "an", "that", "this", "every", "each") \
            or not (nxt.islower() and (nxt in MODALS or verb_tags(nxt) & FINITE_TAGS)
                    and not (noun_tags(nxt) and _next_word(sent, words, ws, n + 1).lower() not in AFTER_ACTION)
                    or low == "which" and nxt.lower() in SUBJECTS and words[n - 3].lower() not in ASK_TELL):
        return None         # "lives here", "works at" are the verb; "the person which I met", not "ask the boy which"
    if low == "who":
        return Finding(*ws[n], "grammar", "WHO_WHICH", "For things: 'that' or 'which'.",
                       (match_case(words[n], "that"), match_case(words[n], "which")), 0.85)
    rep = match_case(words[n], "who")
    return Finding(*ws[n], "grammar", "WHO_WHICH", f"For people: '{rep}'.", (rep,), 0.85)


def _plural_group(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The police is coming" -> "are": "police" and "cattle" take a plural verb in every variety of English
    (unlike "family" or "team", which British English lets take either); not where "the police" ends a phrase
    ("The first call to the police was made")."""
    low = words[n].lower().replace("’", "'")
    if low not in PLURAL_VERB or n < 2 or words[n - 1] not in ("police", "cattle") or words[n - 2].lower() != "the" \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (n - 2, n - 1)) \
            or n > 2 and words[n - 3].lower() in ANTECEDENT_BREAKS:
        return None                                # "The first call to the police was made"
    rep = match_case(words[n], PLURAL_VERB[low])
    return Finding(*ws[n], "grammar", "AGREEMENT", f"'{words[n - 1]}' is plural: did you mean '{rep}'?", (rep,), 0.85)


def _very_much_before_object(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I like very much football" -> "I like football very much": "very much" follows the object of "like",
    "love", "enjoy" ... (before "to" it is right: "wanted very much to go").  Only an object of one to three
    words that ends the clause."""
    if words[n].lower() != "much" or n < 2 or words[n - 1].lower() != "very" or words[n - 2].lower() not in LIKE_VERBS:
        return None
    end = n + 1
    while end < len(ws) and end <= n + 3 and sent.text[ws[end - 1][1]:ws[end][0]] == " " \
            and words[end].lower() not in ("to", "that", "and", "but", "because", "when", "if"):
        end += 1
        if sent.text[ws[end - 1][1]:].lstrip()[:1] in ("", *".,;:!?"):
            obj = sent.text[ws[n + 1][0]:ws[end - 1][1]]
            rep = f"{obj} {sent.text[ws[n - 1][0]:ws[n][1]]}"
            return Finding(ws[n - 1][0], ws[end - 1][1], "grammar", "WORD_ORDER", f"Did you mean '{rep}'?", (rep,), 0.85)
    return None


def _used_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I'm used to work late" -> "working": "be used to" (accustomed) takes an -ing form.  Only for a person
    ("it is used to cut metal", "they were used to protect the wearer" are purposes)."""
    if words[n].lower() != "to" or n < 2 or words[n - 1].lower() != "used":
        return None
    k = n - 2 - (words[n - 2].lower() in ("not", "never", "so", "really", "quite") and n > 2)   # "I am not used to"
    be = words[k].lower().replace("’", "'")
    if be not in PERSON_BE and not (be in BE_FORMS and k > 0 and words[k - 1].lower() in SUBJECTS):
        return None
    if (be if be in PERSON_BE else words[k - 1].lower()).startswith("they"):
        return None                                # things too: "They were used to protect the wearer"
    nxt = _next_word(sent, words, ws, n)
    ing = inflect_verb(nxt, "VBG") if nxt.islower() and base_verb(nxt) and "VB" in verb_tags(nxt) else None
    if not ing or nxt == "be":
        return None
    return Finding(ws[n + 1][0], ws[n + 1][1], "grammar", "GERUND", f"After 'used to', use '{ing}'.", (ing,), 0.85)


def _since_duration(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have lived here since five years" -> "for": "since" names a starting point, "for" a length.
    Not "since five years ago"."""
    if words[n - 1].lower() != "since":
        return None
    count, unit = words[n].lower(), _next_word(sent, words, ws, n).lower()
    if count not in COUNTS or unit not in DURATIONS \
            or _next_word(sent, words, ws, n + 1).lower() == "ago":
        return None
    rep = match_case(words[n - 1], "for")
    return Finding(*ws[n - 1], "grammar", "SINCE_FOR", f"For a length of time: '{rep}'.", (rep,), 0.85)


def _do_with_inflected_verb(s: int, e: int, verb: str) -> list[Finding]:
    """"Does she likes" / "He didn't went" -> the base form: after "do" the verb carries no tense."""
    tags = verb_tags(verb)
    if verb in PAST_BEFORE_BASE:
        tags = frozenset({"VBD"})
    if not tags & {"VBZ", "VBD"} or tags & {"VB", "VBP", "VBN"} or adjective_lemmas(verb):
        return []                                  # "did you put", "don't used to"? (VBN), "don't worried"
    base = inflect_verb(verb, "VB")
    if not base or base == verb.lower():
        return []
    return [Finding(s, e, "grammar", "VERB_FORM", f"After 'do', use '{base}'.", (base,), 0.85)]


def _adjective_sense(ctx, word: str) -> bool:
    """WordNet has the word as an adjective ("broke", "interesting", "complete"), which lemminflect may not."""
    return any(sense.pos in ("a", "s") for sense in ctx.model.thesaurus.get(word, ()))


def _plain_verb(ctx, verb: str) -> bool:
    """A plain verb that is nothing else: no noun, adjective or participle reads the same, for lemminflect or
    WordNet ("agree", "exist"; not "need", "come", "become", "complete")."""
    # WordNet reads "discuss" as the plural of "discus": its noun senses of a word in "-ss" are another word's
    return verb.islower() and only_verb(verb) and verb_tags(verb) == {"VB", "VBP"} \
        and all(sense.pos == "v" or sense.pos == "n" and verb.endswith("ss")
                for sense in ctx.model.thesaurus.get(verb, ()))


def _be_not_verb(ctx, sent: Sent, ws, words: list[str], n: int) -> list[Finding]:
    """"I am not agree" -> "I do not agree", "It isn't exist" -> "doesn't": a negated present "be" before a
    plain verb is a negated "do".  Not before "to" or "by", where a participle was meant ("are not allow to"),
    not in the past ("was not allow": "allowed" or "did not allow"?), nor before "have" or "do", which may
    follow an elided verb ("Those that are not have half-lives")."""
    k = n - 1 if words[n - 1].lower().replace("’", "'") in BE_NOT_DO else n - 2
    if not _plain_verb(ctx, words[n]) or words[n] in ("have", "do") \
            or _next_word(sent, words, ws, n).lower() in ("to", "by") \
            or k and words[k - 1].lower() in ("do", "does", "did", "done"):
        return []
    rep = match_case(words[k], BE_NOT_DO[words[k].lower().replace("’", "'")])
    return [Finding(*ws[k], "grammar", "BE_WITH_VERB", f"Did you mean '{rep}'?", (rep,), 0.85)]


def _be_with_verb(ctx, sent: Sent, ws, words: list[str], n: int) -> list[Finding]:
    """"I am agree" -> "I agree", "It is depend on" -> "It depends on", "I'm agree" -> "I agree", "it is becomes"
    -> "it becomes": "be" before a plain verb that is nothing else (no noun, adjective or participle reads the
    same, for lemminflect or WordNet), or before its "-s" form."""
    be, verb = words[n - 1], words[n]
    if n > 1 and words[n - 2].lower() in ("do", "does", "did", "done"):
        return []                                  # "All you need to do is ask"
    if sent.text[ws[n][1]:ws[n][1] + 1] == "-":
        return []                                  # "you're drown-ed"
    if verb.islower() and verb_tags(verb) == {"VBZ"} and only_verb(verb) \
            and all(sense.pos == "v" for sense in ctx.model.thesaurus.get(verb, ())):     # "It is thanks to"
        # "The burden is becomes heavier"; not where "be" ends a clause of its own ("than we are decides",
        # "whatever evil there is exists"), nor "is has", nor after a plural "be" ("the legislation were
        # reconstructs of laws": a noun)
        verb = inflect_verb(verb, "VB") or ""
        if verb in ("be", "have", "do") or be.lower() not in ("is", "was") \
                or CLAUSE_BEFORE_BE & {w.lower() for w in words[max(0, n - 4):n - 1]}:
            return []
    elif not _plain_verb(ctx, verb):
        return []                                  # "is need", "are come", "was become"
    subject, _, contracted = be.replace("’", "'").partition("'")
    tag = CONTRACTED_BE[contracted.lower()] if contracted else BE_TENSE[be.lower()]
    form = verb if tag == "VBP" else inflect_verb(verb, tag)
    if not form:
        return []
    rep = f"{subject} {form}" if contracted else match_case(be, form)
    return [Finding(ws[n - 1][0], ws[n][1], "grammar", "BE_WITH_VERB", f"Did you mean '{rep}'?", (rep,), 0.85)]

"""The usage rules' word sets and the small helpers they share ("the word after this one", "does the
phrase end here"); other families read some of the sets too (agreement, missing, rules)."""
from __future__ import annotations

import re
from functools import cache

from assistant.checks.base import Finding, Sent
from assistant.checks.forms import (MODALS, adjective_lemmas, base_verb, inflect_verb, noun_tags, only_noun, only_verb,
                                    verb_tags)
from assistant.lang import read_list, read_words
from assistant.text import noun_phrases
from assistant.text.noun_phrases import parts_of_speech


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
# "of being tracked"
BEFORE_BEING = VERB_PREPOSITIONS | frozenset("of for about from in on is are was were am not".split())
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
FUTURE_TIME = frozenset("tomorrow tonight next later soon".split())          # "remember calling me tomorrow"
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
BE_CONTRACTED = PERSON_BE | {"it's", "that's"}    # before a plain verb: "It's depend on" ("it's" is not a person)
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
CARDINALS = frozenset("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                      "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety".split())
LYING_PLACES = frozenset("on in there around about under near beside next down".split())   # "was laying on the bed"
DONE_OBJECTS = frozenset("his her my our their your the a an it that this nothing everything something".split())
ASSIST = {"assist": "attend", "assists": "attends", "assisted": "attended", "assisting": "attending"}
ROB = {"rob": "steal", "robs": "steals", "robbed": "stole", "robbing": "stealing"}
STOLEN = frozenset("wallet purse phone bag bike bicycle car money watch passport laptop handbag jewels".split())
SEE_TV = {"see": "watch", "sees": "watches", "saw": "watched", "seeing": "watching"}
TALK_SPEAK = {"talk": "speak", "talks": "speaks", "talked": "spoke", "talking": "speaking"}
LANGUAGES = frozenset("english french spanish german chinese japanese italian russian arabic portuguese korean "
                      "dutch greek turkish hindi".split())
BODY_STATES = frozenset("hungry thirsty sleepy tired afraid scared".split())     # "I have hungry" -> "I am"
BORN_IN_YEAR = re.compile(r" born in (?:19|20)\d\d\b")                   # "I'm born in 1995"
ATTENDED = frozenset("conference meeting class classes lecture lectures concert ceremony wedding party course seminar "
                     "event festival carnival carnevale workshop lesson lessons funeral mass service school "
                     "university".split())                  # "assisted to the conference" -> "attended"
# "the more beautiful city (that) I have ever seen": an adjective, a noun, a subject and "have ever"
EVER_SEEN = re.compile(r" [a-z]+ [a-z]+ (?:that |which |who )?(?:I|you|we|they|he|she|I've|we've|you've|they've) "
                       r"(?:have |has |had |'ve )?ever\b")
FALL = frozenset("fall falls fell falling fallen".split())
THERE_QUANTIFIERS = frozenset("many several some few lots".split())   # "Are many people in the room."
AGE_UNITS = {"years": "year", "months": "month", "weeks": "week", "days": "day"}    # "a ten-year-old boy"
ROUND_PLURALS = {"hundreds": "hundred", "thousands": "thousand", "millions": "million", "billions": "billion",
                 "dozens": "dozen"}                                                  # "three thousands people"
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
COME = frozenset("come comes came coming".split())
ARRIVE = frozenset("arrive arrives arrived arriving".split())
ING_AFTER = {"capable": "of", "insist": "on", "insists": "on", "insisted": "on", "insisting": "on", "succeed": "in",
             "succeeds": "in", "succeeded": "in", "succeeding": "in", "difficulty": ""}
PLAIN_VERBS_ALSO_NOUNS = frozenset("go come see get take make have do meet eat".split())   # "How about go"
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
LIES = frozenset("lie lies".split())                    # "He said a lie" -> "told"
LOSE = {"lose": "miss", "loses": "misses", "lost": "missed", "losing": "missing"}
RIDES = frozenset("bus train flight plane ferry boat tram coach".split())   # what one catches or misses
LEARN_TEACH = {"learn": "teach", "learns": "teaches", "learned": "taught", "learnt": "taught", "learning": "teaching"}
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
               "peak": "peek", "breath": "breathe", "here": "hear"}
HEAR_AFTER = frozenset("sorry glad happy nice pleased sad surprised relieved shocked delighted interested love like "
                       "want wait hope expect".split())       # "sorry to hear", not "come to here"
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
                ("in", "summarize"): "in summary", ("in", "conclude"): "in conclusion",
                ("on", "my", "opinion"): "in my opinion", ("according", "to", "my", "opinion"): "in my opinion",
                ("in", "another", "word"): "in other words", ("in", "other", "word"): "in other words",
                ("last", "but", "not", "the", "least"): "last but not least",
                ("in", "the", "contrary"): "on the contrary",
                ("on", "the", "contrast"): "in contrast", ("beside", "that"): "besides that",
                ("as", "a", "conclusion"): "in conclusion"}
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


def finite(word: str) -> bool:
    return word.lower() in MODALS or bool(verb_tags(word) & FINITE_TAGS)


def present_for_will(ws, low: list[str], k: int, clause: str = "A clause of time") -> Finding:
    """The present tense for "will" + verb after the subject at k ("when I will arrive" -> "arrive")."""
    subject, verb = low[k], low[k + 2]
    rep = {"i": "am", "he": "is", "she": "is", "it": "is"}.get(subject, "are") if verb == "be" else \
        inflect_verb(verb, "VBZ") if subject in ("he", "she", "it") else verb
    return Finding(ws[k + 1][0], ws[k + 2][1], "grammar", "WHEN_WILL",
                   f"{clause} about the future takes the present tense.", (rep,), 0.85)


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


def opens_question(sent: Sent, words: list[str], ws, k: int) -> bool:
    """words[k] can open a question: the sentence's or a clause's first word, or after a question word."""
    return k == 0 or words[k - 1].lower() in WH_WORDS | {"when"} or bool(sent.text[ws[k - 1][1]:ws[k][0]].strip())


def closes_verb(sent: Sent, words: list[str], ws, n: int) -> bool:
    """words[n] is followed by what may follow a verb but not an adjective or a noun modifier: punctuation or
    the end, a function word, a determiner or a particle ("have discuss this", "had happen,", "have refer to"),
    not "-" or a content word ("had complete autonomy", "have write access")."""
    rest = sent.text[ws[n][1]:]
    if not rest.strip() or rest[:1] in ".,;:!?)":
        return True
    return rest[:1] == " " and next_word(sent, words, ws, n).lower() in VERB_FOLLOWERS


def next_word(sent: Sent, words: list[str], ws, n: int) -> str:
    """The word after words[n] when a single space separates them and it is prose, else ""."""
    ok = n + 1 < len(ws) and sent.text[ws[n][1]:ws[n + 1][0]] == " " and not sent.skipped(*ws[n + 1])
    return words[n + 1] if ok else ""


MODAL_ADVERBS = frozenset("not never also still really just only always even easily actually simply".split())


def to_verb(sent: Sent, words: list[str], ws, n: int) -> bool:
    """words[n] goes on with "to" and a verb's base form: "welcome to join", "made me to laugh"."""
    verb = next_word(sent, words, ws, n + 1)
    return next_word(sent, words, ws, n).lower() == "to" and verb.islower() and base_verb(verb) \
        and "VB" in verb_tags(verb)


MARRY = frozenset("marry marries married marrying".split())
PARTNERS = frozenset("girlfriend boyfriend fiance fiancee fiancé fiancée partner sweetheart man woman girl boy guy "
                     "lady gentleman foreigner doctor teacher nurse soldier lawyer widow widower".split())


ENTER = frozenset("enter enters entered entering".split())
ROOMS = frozenset("room house building classroom office hall kitchen shop store restaurant class bedroom bathroom "
                  "car bus train garden school hospital hotel library museum theatre theater cinema apartment flat "
                  "church stadium station".split())


WORK = frozenset("work works worked working".split())
JOBS = frozenset("teacher doctor nurse engineer waiter waitress cook chef driver lawyer secretary cashier translator "
                 "programmer designer accountant volunteer receptionist journalist photographer guide tutor cleaner "
                 "mechanic pilot farmer salesman saleswoman assistant".split())


def phrase_ends(sent: Sent, words: list[str], ws, n: int) -> bool:
    """The n-th word ends its noun phrase: punctuation or a function word follows ("the most tall boy in")."""
    after = sent.text[ws[n][1]:].lstrip()[:1] if n < len(ws) else ""
    return after in ("", *".,;:!?)") or next_word(sent, words, ws, n).lower() in noun_phrases.FUNCTION_WORDS


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
DAY_PARTS = frozenset("morning afternoon evening night".split())


def _time_ends_clause(sent: Sent, ws, n: int) -> bool:
    """The time after "since" at n is short and ends its clause, or is a time of life: not a reason ("since
    2010 was a bad year")."""
    return bool(SHORT_TIME.match(sent.text, ws[n][1]) or LIFE_TIME.match(sent.text, ws[n][1]))


def ranks(word: str) -> bool:
    """A superlative or ordinal, which "since" may measure ("the best since 2010", "the only player since")."""
    return word in RANKS or word.endswith("est") and bool(adjective_lemmas(word) - {word})


def have_or_did_since(sent: Sent, words: list[str], ws, k: int, n: int) -> Finding | None:
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


def present_since(sent: Sent, words: list[str], ws, k: int, n: int) -> Finding | None:
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


# mass nouns left out of lang/en/uncountable.txt because their "s" form has a sense of its own ("moneys", "works")
MASS_NOUNS = frozenset("noise traffic money water food work rain snow damage violence rice milk bread sugar music "
                       "electricity".split())
VERB_LIKE_PLURALS = {"evidences": "evidence", "researches": "research"}   # left out of lang/en/uncountable.txt
QUANTITIES_OF = (("a", "lot", "of"), ("lots", "of"), ("plenty", "of"))


def modifies_next(sent: Sent, words: list[str], ws, n: int) -> bool:
    """The next word is a noun that words[n] may modify ("traffic lights"), not an adverb ("noise outside")."""
    pos = parts_of_speech(next_word(sent, words, ws, n).lower())
    return "NOUN" in pos and "ADV" not in pos


YEAR_NUMBER = re.compile(r" (\d{4}) ")
CLOCK_TIME = re.compile(r" \d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)\b", re.I)   # "in 3 pm"


SKILL_VERBS = frozenset("speak play sing cook write draw dance drive swim read".split())
# verbs whose object's complement is an adjective, the object gone before them: "as they think proper"
JUDGING_VERBS = frozenset("think deem consider find judge believe call hold render see".split())
# adjectives whose adverb ends in "-ly" and that English does not use as adverbs themselves (not "slow", "loud",
# "quick", "clear", "easy": "drive slow", "take it easy")
MANNER_ADVERBS = {"good": "well", "bad": "badly", "fluent": "fluently", "careful": "carefully",
                  "careless": "carelessly", "perfect": "perfectly", "beautiful": "beautifully",
                  "terrible": "terribly", "horrible": "horribly", "correct": "correctly", "proper": "properly"}


def quoted(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation: one opened before it, or one whose next mark after it closes
    (the segmenter may have left the opening mark with the sentence before: '(lit. "|I want that I write",')."""
    before, after = text[:pos], text[pos:]
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return True
    mark = re.search(r'["“”]', after)
    return mark is not None and (mark.group() == "”" or mark.group() == '"' and not after[mark.start() - 1].isspace())


@cache
def wrong_prepositions() -> dict[tuple[str, str], tuple[str, ...]]:
    """(word, preposition written after it) -> the preposition(s) it takes (lang/en/wrong_prepositions.txt)."""
    return {(before, written): tuple(right.split(",")) for written, right, *befores in
            (line.split() for line in read_list("wrong_prepositions")) for before in befores}


OPENING_DETERMINERS = frozenset("my our your his her their the".split())


NOW_A_DAYS = re.compile(r"[Nn]ow[- ]+a[- ]*days\b|(?P<bare>[Nn]ow[- ]+days\b)|(?P<deed>[Ii]n deed)(?= ?,)")


NOUN_PREPOSITIONS = frozenset("from of in about for on with against into through".split())
RELATIVES = frozenset("that which who whom whose what where".split())


def after_noun(words: list[str], k: int) -> bool:
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
def noun_verb_pairs() -> tuple[dict[str, str], dict[str, str]]:
    """(noun -> verb, verb -> noun) from lang/en/noun_verb_pairs.txt."""
    pairs = [line.split() for line in read_list("noun_verb_pairs")]
    return {noun: verb for noun, verb in pairs}, {verb: noun for noun, verb in pairs}


# determiners that are never a pronoun ("Some believe in", "Let her explain."): a noun must follow
NOUN_ONLY_DETERMINERS = frozenset("a an the my your his our their its".split())
VERB_SUBJECTS = frozenset("please i you we they".split())     # "Please advice me", "Can you advice me?"


PHRASE_PREPOSITIONS = NOUN_PREPOSITIONS | frozenset("by to as among between without".split())


def adjective_sense(ctx, word: str) -> bool:
    """WordNet has the word as an adjective ("broke", "interesting", "complete"), which lemminflect may not."""
    return any(sense.pos in ("a", "s") for sense in ctx.model.thesaurus.get(word, ()))


def plain_verb(ctx, verb: str) -> bool:
    """A plain verb that is nothing else: no noun, adjective or participle reads the same, for lemminflect or
    WordNet ("agree", "exist"; not "need", "come", "become", "complete")."""
    # WordNet reads "discuss" as the plural of "discus": its noun senses of a word in "-ss" are another word's
    return verb.islower() and only_verb(verb) and verb_tags(verb) == {"VB", "VBP"} \
        and all(sense.pos == "v" or sense.pos == "n" and verb.endswith("ss")
                for sense in ctx.model.thesaurus.get(verb, ()))

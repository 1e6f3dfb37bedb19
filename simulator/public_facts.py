"""Questions a public profile or the organisation's own website already answers, by meaning.

A question asks a public fact when it asks for a fact, not a view or a story, and what it
names is what one profile fact states. So each question sentence of a turn is read in three
steps:

1. Is it a fact question? It asks (a question mark, a question opening, or a tag: "...,
   right?", "..., isn't it?") and asks for no judgement or experience ("was it worth it",
   "what was it like", "how did you get in", "why"), about the persona or the organisation,
   not people in general ("how many stores does a partner usually look after?").
2. What does it ask for? Its words as concepts (simulator.fact_words): "who funds you guys"
   asks "fund"; "where did you go to school" asks "education". Some wordings ask a value:
   "when/what year" a year, "how long" a duration, "how many/how big" a count, "what does
   X make/sell/do" what the organisation does; a number in a confirmation asks the same
   ("five years or so?").
3. Which fact states it? One whose concepts cover every word the question names (one
   stray word is allowed among three or more, unless the scenario's questions about the
   work use it: "route planning software for hauliers?" but not "...do all week?") and
   which holds the value asked for.

The organisation's basics (what it does, its size, where it is based, when it was founded)
are on its website whatever the profile says, so they count even without a fact. Works on
normalised text (simulator.words.normalise).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from simulator.fact_words import acronyms, concept, fact_words, spell_out, staff_as_roles
from simulator.phrases import SENTENCE_BREAK, rx
from simulator.questions import CONFIRMING_TAG, HEDGED_ALTERNATIVE, asks_question
from simulator.words import normalise

ORG_NOUNS = (r"(?:company|organi[sz]ation|org|firm|bank|employer|business|agency|institution|"
             r"institute)")

# A confirmation asked as a statement: "You joined in 2019, right?", "...isn't it?"; a bare
# "yes" or "no" tag too, once a question mark says it is one.
_TAG = re.compile(rf"{CONFIRMING_TAG.pattern}|(?:,\s*|\s)(?:yes|no|true|yeah|aye|eh)\s*\?$|"
                  r",\s*i (?:think|believe)\s*[?.!]*$|"
                  # ...with the fact said again after it: "..., right, like the big one?"
                  r",\s*(?:right|correct),\s*(?:like|i mean|as in|so)\b[^?.!]*[?.!]*$|"
                  # ...or more of it: "a nonpartisan think tank, isn't it, funded mainly by...?"
                  r",\s*(?:is|was|are|were|does|do|did|has|have) not (?:it|that|they|he|she|you),"
                  r"\s*\w+ed\b[^?.!]*\?$")
# Where the asker says they read it: "I saw that...", "I think I read you were...".
_SOURCE = re.compile(r"^(?:(?:so|and|oh|okay|ok|now) )*(?:i (?:think |believe )?(?:i )?(?:saw|read|"
                     r"noticed|heard|see|gather|understand)(?: (?:online|somewhere|on \w+))?"
                     r"(?: that)? )")
# What one believed of them, to be checked: "I thought you were in the Army eight years,
# true?" (a check, unlike a source named: it is not said back as known).
_BELIEF = re.compile(r"^(?:(?:so|and|oh|okay|ok|now) )*i (?:thought|think|believe|was told)"
                     r"(?: that)? (?=you\b|your\b)")
# A fact said back as a statement, to be confirmed: "and before Crewbook you were at
# TripNest", "so you did your PhD at Strathclyde" (the caller asks this only of a turn that
# asks nothing else).
_SAID_BACK = re.compile(
    r"^(?:(?:and|so|oh|okay|ok|right|now) )*(?:before [\w' -]+?,? )?(?:you|your \w+|org)"
    r"(?: (?:also|originally|first|both|actually))? (?:were|was|did|went|studied|joined|started|"
    r"founded|wrote|led|worked|spent|have been|had been|are|is|got|hold|held|moved|left|taught|"
    r"served|used to|have|has|came|ran|managed|became|trained|qualified)\b")
# A subject or a verb of its own: without one a sentence is a fragment of the one before.
_HAS_A_CLAUSE = re.compile(r"\b(?:i|you|he|she|it|we|they|what|when|where|which|who|whom|whose|"
                           r"how|why|is|are|was|were|am|do|does|did|have|has|had|can|could|"
                           r"would|will|should|may|might|must|there|that|this)\b")
# Alternatives offered in one question: "..., or is it investor-owned?"
_OFFERS_ALTERNATIVES = re.compile(r"\bor\b")
# Where a second question is joined to the first: "..., and how did you use it?"
_JOINED_AT = re.compile(r",\s*(?=and (?:what|which|who|whom|where|when|how|is|are|was|were|do|"
                        r"does|did|has|have|had)\b)")
# A clause that opens with "when" and its subject sets the scene for the question after it
# ("when you're pricing a term product, ..."); "when did you qualify, and ...?" asks.
_SETS_THE_SCENE = re.compile(r"^(?:(?:so|and|but|okay|ok),? )?(?:when|whenever|while|once|if) "
                             r"(?:you|i|we|they|he|she|it|the|a|an|my|your|someone|people)\b")
_IT_FIRST = re.compile(r"^(?:(?:so|and|but|okay|ok) )?(?:is|was) it\b")
_CLAUSE = re.compile(r"\s*[,:;]\s*|\s+(?=or\b)")
# A clause that is a question by itself: a question word before its verb ("who actually
# uses X", "or what does X sell"), or a verb before its subject ("is X a nonprofit", "has
# it grown"); "when you joined" is not one.
_ASKS_ON_ITS_OWN = re.compile(
    r"^(?:(?:so|and|but|or|then|also|okay|ok) )*(?:(?:what|which|who|whom|where|when|how "
    r"(?:long|many|much|big|old)) (?:[\w']+ )?(?:is|are|was|were|do|does|did|has|have|had|"
    r"buys?|uses?|makes?|sells?|funds?|owns?|runs?)\b|(?:is|are|was|were|does|do|did|has|have|"
    r"had) (?!an?\b)[\w'-]+\b)")
# Asking for a view, a feeling, advice or a story, which no profile states.
# What something is worth, asked as the last word of its clause ("what's the extension
# worth, roughly?"), asks a value; "worth it", "worth chasing", "worth more" judge.
_WORTH_A_VALUE = (r"worth\s*(?:(?:roughly|approximately|about|now|today|these days|in total|all told|"
                  r"in the end)\s*)?(?:[,?.!]|$)")
_JUDGING = rx(
    # A likeness asked: "Is it like that with your reports?"
    r"\b(?:is|was|are|were) (?:it|that|they|things) (?:just )?(?:like that|the same|similar|any "
    r"different) (?:with|for|at|in|over)\b",
    rf"\b(?:think(?! tanks?\b)|thought|thoughts|feel|felt|feeling|opinion|views?|take on|(?!{_WORTH_A_VALUE})"
    r"worth|recommend\w*|"
    r"suggest\w*|advi[cs]e|regret\w*|wish|prefer\w*|enjoy\w*|lov(?:e|ed|ing)|hat(?:e|ed|ing)|"
    r"miss(?:ed|ing)?|surpris\w*|reali[sz]\w*|decid\w*|learn\w*|struggl\w*|hard(?:est|er)?|"
    r"eas(?:y|ier|iest)|difficult\w*|tough\w*|challeng\w*|best|worst|better|worse|favou?rite|"
    r"important|matter\w*|help\w*|useful|chang(?:e|ed|es|ing)|affect\w*|shap(?:e|ed|es|ing)|"
    r"prepar\w*|compar\w*|differ\w*|should|need|needs|needed|must|ought|why|how come|"
    r"expect\w*|proud|nervous|stress(?:ful|ed|ing)|good(?! while)|bad|great|ideal|successful|"
    r"(?:make|makes|made|making) sense|"
    # What the work consists of: "pricing term life, what does that actually involve?"
    r"involves?|involved|entails?|entailed|consists? of|boils? down to)\b",
    # "Does working retail count for anything?" asks what it is worth to them.
    r"\bcounts? (?:for|towards?) (?:anything|something|much|a lot|more|less|nothing)\b",
    r"\blook(?:s|ed|ing)? (?:like|for|at)\b", r"\btoo (?!\?)\w+",
    # How the move felt, not when it was: "Was that a big jump?"
    r"\b(?:big|huge|major|small|scary|risky|brave) (?:jump|move|step|change|switch|leap|shift|"
    r"transition|adjustment)\b",
    # What made the difference: "what moved the needle?", "what tipped it?"
    r"\bmov(?:e|ed|es|ing) the needle\b", r"\btip(?:ped|s)? (?:it|the (?:balance|scales))\b",
    # Weighing what counted: "between your MBA and the MHA, which one did more for you?"
    r"\b(?:did|does|do|done) (?:the )?(?:more|most|less|least)\b",
    r"\bwhat (?:is|was|are|were) (?:[\w-]+ ){0,5}like\b", r"\b(?:do|did|would) you (?:\w+ )?like\b",
    # ...asked inside a statement: "I wanted to hear what it is really like at a startup".
    r"\bwhat (?:[\w-]+ ){1,3}(?:is|was|are|were) (?:[\w-]+ ){0,3}like\b",
    # "How did you get in?" asks how they went about it: a story, not a fact.
    r"\bhow (?:do|did|does|would|could|can|will) (?!long\b|many\b|much\b|big\b|large\b|old\b)",
    # ...and so does "how you made the jump", asked inside a statement ("that's how you got
    # your start, right?" says it back).
    r"(?<!\bis )(?<!\bwas )\bhow (?:you|she|he|they)\b",
    r"\bwhen did you (?:first )?know\b", r"\bmade you\b", r"\bhave to\b",
    # How it went for them, in either order: "How was it for you at first?", "How it was
    # for you in the beginning?"
    r"\bhow (?:(?:is|was) (?:it|that|this)|(?:it|that|this) (?:is|was|has been)|has (?:it|that) "
    r"been) (?:\w+ ){0,3}?for (?:you|her|him|them)\b",
    # Who is around them at work, or who their work is for: a profile names neither ("Who do
    # you actually work with on a night?", "When you put out a report, who actually reads it?")
    r"\bwho (?:do|does|did) (?:you|she|he|they) (?:\w+ ){0,2}?(?:work|deal|talk) (?:with|alongside|to)\b",
    r"\bwho (?:\w+ )?(?:reads|listens to|watches|sees) (?:it|them|that|those|these|your)\b",
    # A prediction: a profile says what is and was ("is it going to hold up?").
    r"\b(?:going to|gonna)\b",
    r"\b(?:see|saw|seen|view|treat|think of) (?:you|me|him|her|them|people) as\b",
    r"\b(?:do|should|can|could|would|will) i\b",
    # What they would like: "so, where do you want to start?"
    r"\b(?:do|did|would) you (?:\w+ )?(?:want|wanna)\b",
    # Hypotheticals: "would you do the MBA again?", "if you were starting now..."
    r"\bwould you (?!mind\b|remind\b|happen\b)", r"\bif you (?:were|could|had)\b",
    # ...and what they will do, which no profile has done yet (whisper hears "would" as
    # "will": "what will you study first for the SHRM-CP?")
    r"\b(?:what|which|how|where) will you (?!be\b)\w+",
)
# Doubting my own memory after a confirmation names nothing: "..., weren't you, or have I
# got that wrong?", "...in 2019, if I remember right?".
_DOUBT = re.compile(r",?\s*(?:or )?(?:have i got (?:that|it|this) (?:wrong|right|mixed up|muddled)|"
                    r"am i (?:wrong|right|misremembering|mixing (?:that|it|this|things) up)|"
                    r"did i get (?:that|it|this) (?:wrong|right)|(?:if|unless) i am (?:wrong|"
                    r"mistaken|misremembering)|if i (?:remember|recall) (?:right|rightly|correctly)|"
                    # "...if I understood correctly from your profile?"
                    r"if i (?:understood|understand|read|saw|got) (?:that |it |this )?(?:right|"
                    r"rightly|correctly)(?: (?:from|on|in) (?:your|the) [\w -]+?)?|"
                    # "UConn, mathematics, if my notes are right?"
                    r"if my (?:notes|research|memory|homework) (?:is|are|serves?|was|were) "
                    r"(?:me )?(?:right|correct|accurate|well)|"
                    # "You came to it from physics, if LinkedIn's right."
                    r"if (?:linkedin|google|your (?:profile|bio|page|website)|the (?:website|bio|"
                    r"profile)) (?:is |was )?(?:right|correct|accurate))"
                    r"\s*(?=[?.!]*$)")
_LEAD_UP = re.compile(r",\s*(?:but|so|and)\s+")
# What leads up to a question read out from a list: "the first thing I wrote down was,
# when did you...", "number one, how is X funded?".
# "Just to tick one thing off my list: how many...?" leads in with a colon.
LEAD_IN = re.compile(r"^(?:.*?\b(?:was|is|(?:(?:number|question) (?:one|two|three|four|five|\d)|"
                     r"first|next|last one)(?: on (?:my|the) (?:list|sheet|notes|page))?)\s*[,:]|"
                     # any lead-in ending in a colon: "If I may begin with your own formation:
                     # at which institution did you...?"
                     r"[^?:]*:)\s+"
                     r"(?=(?:(?:at|in|from|with|for|on|by|to) )?(?:how|what|"
                     r"when|where|who|which|do|does|did|is|are|was|were|can|could|have|has)\b)")
# An aside that only orders the questions: "before I forget, ...".
ASIDES = (r"before i forget|while i (?:remember|think of it)|"
          # "before we dive in", "before I get started": when in the meeting, not in a career
          r"before (?:we|i) (?:dive|dig|jump|get|go|start|begin|kick)(?: (?:in|into (?:it|this|things)"
          r"|started|going|off))?(?=,)")
# Hedges that name nothing: "these days", "right now", "first off".
_HEDGES = re.compile(r"\b(?:these days|nowadays|at the moment|right now|at present|so far|to date|"
                     r"today|currently|first off|first of all|firstly|out of curiosity|by the way|"
                     r"quick question|quick one|in the end|in total|all told|at this point|"
                     r"at this stage|by now|nearly|almost|roughly|approximately|"
                     # Asking to be reminded of what one could know: "remind me, how long...",
                     # "level-set me, how many years...", "first, credentials, what letters..."
                     r"remind me|level[- ]?set me|fill me in|catch me up|bring me up to speed|"
                     # ...or to get the scale right: "just to level-set on scale, how many...",
                     # "how many beds are we talking?"
                     r"(?:just )?to (?:level[- ]?set|calibrate|baseline)(?: (?:on|around) (?:the )?"
                     r"(?:scale|size|numbers|basics))?|(?<=\w )(?:are|is) we talking(?: about)?|"
                     r"^first(?=,)|for what it is worth|"
                     # Catching oneself before asking: "wait, your doctorate, was that in...?"
                     r"^(?:oh )?(?:wait|hang on|hold on|sorry)(?=,)|"
                     r"i am guessing|i would guess|i guess|i assume|i imagine|at the minute|"
                     # An aside of belief between commas: "you taught in Aurora, i believe, ..."
                     r"(?<=, )i (?:believe|think)(?=,)|"
                     rf"{ASIDES}|"
                     # where a fact holds, not what it is: "the trauma center for this side of
                     # town, aren't you?"
                     r"(?:for|on|in|around|across) (?:this|that|our|the) (?:side|part|end|corner) "
                     r"of (?:town|the city|the county|the state))\b")
# Calling them something ("..., sir?", "boss, when did...") addresses them and names nothing.
_ADDRESS = re.compile(r"(?:^|,\s*)(?:sir|ma'?am|madam|mate|pal|buddy|boss|chief|doc|dude)\b"
                      r"(?=\s*(?:[,?.!]|$))")
# "Bed-wise", "size-wise": in terms of beds, of size.
_IN_TERMS_OF = re.compile(r"-wise\b")
# "How much (money) is this project?" asks what it is worth, as "what is it worth?" does
# ("how much money do you raise?" asks funding, "how much is the work?" nothing one thing).
# So does "what's the ticket (price tag) on that job?", the trade's word for a contract's value.
_HOW_MUCH_IS = re.compile(r"\b(?:how much (?:money )?(?:is|was|would be) (?=(?:this|that|your|the|"
                          r"their|its) )|what (?:is|was) the (?:ticket|price tag|price|contract "
                          r"value|value) (?:on|of|for) )"
                          r"(?P<thing>(?:[\w'-]+ ){0,3}?[\w'-]+)"
                          # ...with a guess at it after: "..., forty-odd million?"
                          r"(?=\W*$|,? (?:[\w'-]+ ){0,3}?(?:million|billion|thousand|grand)\W*$)")
# About people in general, not this persona or organisation.
_GENERAL = re.compile(r"\b(?:most|typical|typically|usual|usually|generally|normally|often|"
                      r"average|someone|somebody|anyone|anybody|everyone|everybody|other|others|"
                      r"another|else)\b|\b(?:how|what|where|when|whether) to\b"
                      # "Is an MBA the way in?": something in general, not theirs.
                      r"|^(?:(?:and|so|but) )?(?:is|are|was|were|does|do|can|could|will|would) "
                      r"(?:there )?(?:an?|any|some)\b"
                      # "Is the fellowship really the main way in?": a route for anyone.
                      r"|\bthe (?:main|usual|normal|standard|common|only|best|easiest|fastest|"
                      r"typical) (?:way|route|path|door|entry point|pipeline)s? (?:in|into)\b")
# About the user: "I want to know how to start" (unless it asks about them too).
_ME = re.compile(r"\b(?:i|me|my|mine)\b")
_YOU = re.compile(r"\b(?:you|your|yours)\b")
# (Where a path goes or leads asks what comes next, not where anything is: "and where does it
# go from here?")
_WHERE = re.compile(r"\bwhere\b(?! (?:does|do|did|can|could|will|would|might) (?:it|that|this|they|"
                    r"you|one|people|someone) (?:usually |typically |normally )?(?:go|lead|head|take|"
                    r"end up)\b)"
                    # ...asked inside a statement: "I'm just curious where it goes."
                    r"(?! (?:it|that|this|things|people) (?:usually |typically |normally )?(?:goes|go|"
                    r"leads|lead|heads|takes you|ends up|end up)\b)")
# (What something is worth or its budget is asked: "what's the budget on the extension?")
_DEFINITION = re.compile(rf"^(?:\w+ )?what (?:is|are|does) (?!.*\b{_WORTH_A_VALUE})"
                         r"(?!(?:the |an? )?(?:\w+ )?budget (?:on|for|of)\b)(?:an? |the )?"
                         r"[\w -]+?(?: mean)?(?:,[\w ,-]*)?\W*$")
_WH = re.compile(r"\b(?:what|when|where|which|who|whom|whose|how)\b")
# "When" asks a year as the question's own word, not as a conjunction after another one
# ("what do you look at when you are hiring?").
_ASKS_YEAR = re.compile(r"^(?:(?!\b(?:what|how|which|who|whom|where|why)\b).)*\bwhen\b|"
                        r"\b(?:what year|since when|how long ago|how old)\b")
# How long, said as a guess: "you've been over there a good while?", "you were at the
# Evening Post a long time before this?". It asks a duration and names nothing.
_A_WHILE = re.compile(r"\b(?:for )?a (?:good |long |fair )?(?:while|time)\b")
_ASKS_DURATION = re.compile(r"\bhow (?:long|many years)\b|"
                            r"\b(?:been|worked|working) (?:\w+ ){0,3}?(?:for ages|forever)\b|"
                            rf"{_A_WHILE.pattern}")
# "Is Columbus your only warehouse?" asks how many there are.
_ASKS_COUNT = re.compile(r"\b(?:how (?:many|much|big|large)|what size|size of|number of|headcount|"
                         rf"(?:your|their|its|the) only|cost|costs|costing)\b|\b{_WORTH_A_VALUE}|"
                         # A budget's size: "what's the budget on this extension?"
                         r"\bwhat(?:'s| is| was| would be) the (?:\w+ )?budget\b|"
                         r"\bbudget (?:on|for|of) (?:the|this|that|your|its)\b")
# A count for each one of something, a workload: "how many patients would one nurse have?",
# "how many clients per adviser?"; or a share of their time: "how much of your job is
# that?". Only a fact stating one answers it.
_ASKS_A_RATIO = re.compile(r"\bhow much of (?:your|the|a|their) (?:job|time|week|day|work|role)\b|"
                           r"\b(?:per|each)\b(?! (?:year|month|week|day|night|shift|hour|annum|"
                           r"season)s?\b)|\bratio\b|\b(?:one|a single|an average|the average|a "
                           r"typical|the typical) [\w-]+(?: [\w-]+)? (?:would |will |does |do |can |"
                           r"might )?(?:have|has|get|gets|take|takes|handle|handles|see|sees|look "
                           r"after|looks after|cover|covers|carry|carries|manage|manages|support|"
                           r"supports|serve|serves|oversee|oversees|work with|works with)\b")
_STATES_A_RATIO = re.compile(r"\b(?:per|each|ratio|to one|for every)\b|\d+\s*:\s*\d+")
# What the organisation does: "what does X make?", "what kind of bank is X?", "who buys X?"
_ACTIVITY = rx(
    r"\b(?:does|do) (?:[\w']+ ){1,6}?(?:make|sell|build|offer|provide|produce|focus on|"
    r"speciali[sz]e in|cover|research|deal (?:in|with)|work on)\b",
    # Asked as a cleft: "what is it Lumenfield makes?", "what was it that they sold?"
    r"\bwhat (?:is|was) it (?:that )?(?:[\w']+ ){1,6}?(?:makes|sells|builds|offers|provides|"
    r"produces|does|made|sold|built|offered|provided|produced|did)\b",
    r"\bwhat (?:kind|sort|type) of\b", r"\bwhat\b.*\b(?:industry|sector|line of business)\b",
    r"\bwho (?:\w+ )?(?:buys|uses|are (?:[\w']+ ){0,3}(?:customers|clients|users))\b",
    # Its product or line of business: "what's X's flagship product?", "X's core business?"
    r"\bwhat (?:is|are|was) (?:[\w']+ ){0,3}?(?:products?|services?|business|offerings?)\b",
)
# "What does your team do?" asks about the work, "what does X do?" about the organisation.
_WHAT_DO = re.compile(r"\bwhat (?:exactly |actually |really )?(?:does|do) (?:[\w']+ ){1,6}?do\b")
_ACTIVITY_WORDS = frozenset(fact_words("make sell build offer provide produce focus specialize "
                                       "cover research deal customer industry sector kind sort "
                                       "type line business product service project issue",
                                       frozenset()))
# A fact saying what the organisation is or does: "X is a...", "X makes...", within its
# first few words (its name may be long).
_SAYS_WHAT_IT_DOES = re.compile(
    r"^(?:\S+\s+){1,5}?(?:is an?|is the|makes|does|runs|sells|builds|provides|offers|operates|"
    r"processes|delivers|researches|serves|designs|develops|manufactures|supplies|produces)\b")
# Referring to the organisation without its name.
_ORG_NOUN = re.compile(
    r"\b(?:the|your|this) (?:own )?(?:hospital|clinic|shop|store|network|chain|institute|practice|firm|"
    r"company|bank|agency|business|organi[sz]ation|think tank|employer|outfit)\b|"
    # Where they sit as they speak: "you started this place in oh-nine, that right?"
    r"\bthis place\b")
# "You" of many ("you guys", "youse", "you lot") is the organisation.
_YOU_GUYS = re.compile(r"\b(?:you guys|you all|y'all|youse|yous|you lot|yinz|you folks)\b")
# ...and so is "over there" ("what's the headcount over there these days?").
_ORG_REFERENCE = re.compile(rf"{_YOU_GUYS.pattern}|\b(?:it|they|over there)\b|{_ORG_NOUN.pattern}")
# A fact said back names what it is about: a bare "it" in a statement is whatever came before
# ("I keep a tally on a sticky note. It's up to about four hundred now.").
_ORG_NAMED_BACK = re.compile(rf"{_YOU_GUYS.pattern}|{_ORG_NOUN.pattern}")
# "Is that product work?" asks about what was just said, unless it names them or theirs.
_OF_WHAT_WAS_SAID = re.compile(r"^(?:(?:so|and|but|i suppose|i guess|my question is),? )*(?:is|was|"
                               r"would|does|did) (?:that|this)\b")
# "Before starting his own shop": the shop is the organisation the persona runs.
_OWN_FIRM = re.compile(r"\b(?:his|her|their) own (?:shop|firm|company|business|practice|agency|"
                       r"studio|consultancy)\b")
# A number that is part of a name counts nothing: "one of the Big Four", "a Fortune 500".
_A_NAME_WITH_A_NUMBER = re.compile(r"\b(?:big|top) (?:two|three|four|five|six|ten|\d+)\b|"
                                   r"\bfortune \d+\b")
# What a question is set against names nothing it asks: "how many are engineers, as opposed
# to sales and compliance and so on?"; nor does when, said as the move they made after it:
# "what was your doctorate in, before you ended up doing forecasting?" (only "before").
_AS_OPPOSED = re.compile(r",?\s*\b(?:as opposed to|rather than|versus|vs)\b[^?]*|,?\s*\b(?:and so on|"
                         r"and so forth|and all that|etcetera|etc)\b")
_BEFORE_YOUR_MOVE = re.compile(r"\bbefore you (?:ended up|got into|moved into|went into|switched "
                               r"to|became|started)\b[^,?]*")
# A question of what, how or why about the thing confirmed, named by pointing: "what from
# that deployment...?" (not "was that in HCI?" nor "when's that meant to finish?", which
# ask more of the fact).
_WHAT_HOW_WHY = re.compile(r"^(?:(?:so|and|but|okay|ok|oh),? )*(?!how (?:long|old)\b|how many "
                           r"(?:years|months)\b|(?:what|which) (?:year|month|date)\b)"
                           r"(?:what|how|why|which)\b")
_POINTS_TO_IT = re.compile(rf"{_WHAT_HOW_WHY.pattern}.*\b(?:that|"
                           r"this|those|these) (?!(?:is|was|are|were|one|for|in|at|on|to|with|of|"
                           r"from|and|or|because|when|meant|going|been|still|ever|really|"
                           r"actually|you|i|we|they|he|she|it)\b)[a-z]{3,}")
# ...or what the fact said, named again: "What from the store helps you now?"
_THE_THING = re.compile(r"\bthe ([a-z]{3,})\b")
_WORD = re.compile(r"[a-z]{3,}")
_POINTING = re.compile(r"\b(?:that|this|it|those|these|there)\b")
_BEFORE_THIS = re.compile(r"\bbefore (?:this|that|then|now)\b")
_OWNER = re.compile(r"\b(?:owner|co-?founder|founder|proprietor)\b")
_GROUPS = frozenset({"team", "department", "unit", "group", "crew", "squad", "office"})
# "First" ending a clause orders what I would do ("what would you have me do first?"), and
# names nothing a profile says ("a digital-first bank").
_FIRST_IN_ORDER = re.compile(r"(?<=\s)first(?=\s*(?:[?.!,]|$))")
# Words that name no fact: light verbs, hedges, and units of time (a number with them asks a
# duration).
_NAMES_NOTHING = frozenset(fact_words(
    "what when where who whom whose which how long many much old ago do does did have has had "
    "get go come be become became practice practise make give put run operate cover support "
    "handle oversee manage managing work worked works working job jobs role roles position "
    "true check remind again now still exactly roughly around approximately total official "
    "exact full fully officially properly already formal latest recent newest counting "
    "including there here anywhere everywhere originally also too "
    "mostly mainly whole year years month months decade decades sorry basic question back "
    "worth cost budget ballpark main core flagship primary side sides seat chair odd ish "
    # "held the role", "I understand you were...", "in which discipline?" (of a degree)
    "hold understand gather discipline subject",
    frozenset()))
# A course one took is one did: "the certificate you took, in which year...?" (not "does the
# hospital take interns?", "how long does it take?").
_YOU_TOOK = re.compile(r"\byou (?:took|have taken|had taken)\b|(?<=\bdid )you take\b")
_BASED = concept("based")
_MOVING = frozenset(fact_words("start joining come coming move moving leave leaving you",
                               frozenset()))
_FINISHING = frozenset(fact_words("finish finished complete completed", frozenset()))
_TIME_UNITS = frozenset(fact_words("year years month months decade decades", frozenset()))
# A stray word tolerated among this many covered ones.
_STRAY_AMONG = 3


@dataclass(frozen=True)
class _Fact:
    text: str
    words: frozenset[str]
    year: bool
    duration: bool
    count: bool
    activity: bool
    """Says what the organisation is or does."""
    before: str | None
    numbers: frozenset[str]
    about_persona: bool
    ratio: bool = False
    """States a number for each one of something ("two patients per nurse")."""
    own_firm: bool = False
    """Names the organisation the persona runs as "his own shop": the organisation."""


@dataclass(frozen=True)
class _Question:
    words: list[str]
    """What it names, as concepts, beyond the value it asks."""
    kinds: frozenset[str]
    """Values it asks for: year, duration, count, activity."""
    about_org: bool
    names_org: bool
    """Names the organisation (or "the company"), not just "it" or "they"."""
    about_you: bool
    where: bool
    before: str | None
    numbers: frozenset[str]
    """The values it checks ("since 2019?"), to choose between facts that both fit."""
    points: bool = False
    """Names what it asks of by pointing ("what's the ticket on that job?")."""


# What I add after a question, about me: "I think a colleague said...", "I read somewhere".
_MY_REMARK = re.compile(r"(?:(?:but|and|so) )?(?:(?:i|we) (?:think|thought|believe|heard|read|saw|"
                        r"remember|guess|was told|am told|understand)\b|i (?:was not|am not|"
                        r"could not|cannot|can not) (?:sure|certain|remember|recall)\b|"
                        r"i (?:forget|forgot)\b)")


# A question asked as one's curiosity: "I've been curious what your doctorate was in", "I'd
# love to hear where you did your degree", "I suppose I've been wondering how many...".
_ASKED_INDIRECTLY = re.compile(
    r"^(?:(?:and|so|right|okay|ok|well)\W+)*(?:i (?:suppose|guess)\W+)?(?:i am also |i also )?"
    r"i (?:would|have been|was|am|had)? ?(?:also |always |just |really |quite |been )*"
    r"(?:love|like|be (?:curious|interested|keen)|curious|wondering|interested|keen|wondered)"
    r"(?: to (?:hear|know|ask|learn|find out))?(?: about)?\s+"
    r"(?=(?:what|where|which|when|who|how|whether|if)\b)")
_WHETHER = re.compile(r"^(?:whether|if)\s+")
# A remark after it about one's own knowing: "..., I couldn't quite tell from the name".
_MY_AFTERTHOUGHT = re.compile(r",\s*(?:i (?:could not|cannot|can not|did not|do not)|i (?:thought|"
                              r"think) i)\b[^,]*$")


def _asked_outright(s: str) -> str:
    """`s` as the question it asks, when it asks as one's curiosity ("I was curious whether
    it was KTH you studied at" asks "it was KTH you studied at?")."""
    indirect = _ASKED_INDIRECTLY.match(s)
    if indirect is None:
        return s
    asked = _MY_AFTERTHOUGHT.sub("", _WHETHER.sub("", s[indirect.end():]).rstrip(" .!?"))
    return asked + "?"


def _up_to_the_question(s: str) -> str:
    """A question whose mark the recognizer made a comma ends at that comma: "which firm
    were you at before Tessellate, I think a colleague said Barlow something" asks its
    clause, and the remark after it ("I think...") judges nothing."""
    clauses = s.split(", ")
    for i, clause in enumerate(clauses[:-1]):
        if _ASKS_ON_ITS_OWN.match(clause) and all(_MY_REMARK.match(c) for c in clauses[i + 1:]):
            return ", ".join(clauses[: i + 1])
    return s


def joined_questions(sentence: str) -> list[str]:
    """A question sentence split where a second question is joined by "and": "What was
    your degree in, and how did you use it?" asks two."""
    if not sentence.rstrip().endswith("?"):
        return [sentence]
    parts = _JOINED_AT.split(sentence)
    return [p.rstrip(" ,") + "?" for p in parts[:-1]] + [parts[-1]]


_SAYS_WHEN = re.compile(r"(?:(?:so|and|but|okay|ok) )?(?:when|whenever|if|while|as|once|before|"
                        r"after|since|because|for|in|on|at|with)\b")
# ...or one that turns round on what came before it, its full stop heard as a comma: "I saw
# something about rents climbing near the new stations, was that study the one you led?"
_WH_AFTER_ASIDE = re.compile(r"(?:what|when|where|which|who|how (?:long|many|much|big|old))\b|"
                             r"(?:is|are|was|were|did|does|do|has|have) (?:that|it|this|you)\b")
_POINTS_BACK = re.compile(r"\b(?:that|it)\s*\?\s*$|"
                          # "St Teilo's. What's the ticket on that job?"
                          r"\bthat (?:job|project|contract|build|scheme|site|one)\b")
# ...unless the sentence says it first: "Before Crewbook, I understand you worked as an
# engineer; at which company was that?"
_SAYS_IT_FIRST = re.compile(r"\byou (?:were|was|worked|did|had|spent|started|joined|studied|went|"
                            r"used to)\b[^;,?]*[;,][^;,]*\?\s*$")
# (with what it asks about named first: "Your week, how does it look?")
_WH_QUESTION = re.compile(r"^(?:(?:so|and|but|okay|ok|first off|first),? )*(?:(?:your|the|a) "
                          r"(?:[\w-]+ ){0,2}?[\w-]+, )?(?:what|how|which|why)\b"
                          r".*\?$")
# A guess at how much of the answer is one thing: "Is it mostly the app?". (Unlike
# intents._GUESS_AT_IT, which tells whether a turn asks beyond a fact it checked, this only
# follows a question that asked none.)
# Also of where their time goes, in either order: "You are more with the managers or more
# with the employees?"
_GUESS_HOW_MUCH = re.compile(r"^(?:(?:so|and|or|oh|like),? )*(?:(?:is|was|are|were) (?:it|that|they|"
                             r"you)|(?:it|that|they) (?:is|was|are|were)|you (?:are|were)) "
                             r"(?:mostly|mainly|largely|primarily|basically|mostly just|all|just|"
                             r"more)\b")


# Saying one does not know what the field is, before guessing at it aloud: "Everyone says
# supply chain. Nobody says what that means. Is it a warehouse? Is it an office?"
_NOT_KNOWING_WHAT = re.compile(r"\b(?:nobody|no one|i (?:do not|did not|never)|i have no idea|not sure)"
                               r"(?: \w+){0,3}? what (?:that|it|this|they|the job|the work) "
                               r"(?:means?|meant|is|are|was|involves?|looks like)\b")


_OR_ELSE = re.compile(r"^or (?:else )?(?:can|could|do|does|did|is|are|was|were|would|should|will|"
                      r"have|has|must|might|neither|both|none|either)\b")
AN_EXAMPLE = re.compile(r"^(?:(?:um|uh|oh|so|and),? )*(?:like|say|such as|for example|for instance|"
                         r"e\.g\.)\b")
# A guess at what people in general do, after asking it: "how do people from outside usually
# get in the door here? Is it supervisor first?" ("it" is the way in, not their own path).
_A_GUESS = re.compile(r"^(?:(?:so|and|or|oh|like),? )*(?:is|was|are|were) (?:it|that|they)\b")
# Asking for their story: "And how did you get into it?", "Why did you leave teaching?"
_THEIR_STORY = re.compile(r"^(?:(?:so|and|but|huh|oh|okay|ok|wow),? )*(?:how|why) (?:did|do|does|"
                          r"have|has|were|was) you\b")


# Asking what lay behind what they did: "What actually made you go for it?", "Why did you
# leave?", "How come?"
_WHY_IT = re.compile(r"^(?:(?:so|and|but|okay|ok|oh|wow),? )*(?:what (?:\w+ )?(?:made|got|pushed|"
                     r"drove|led|brought|prompted) you|why (?:did|do|have|had|were|was|would) you|"
                     r"how come|what was (?:the (?:reason|thinking|trigger)|behind)|how did you "
                     r"(?:decide|know|make (?:the|that) (?:call|decision|choice)))\b")


def without_follow_ups(text: str) -> str:
    """`text` without the sentences that only follow a question the profile cannot answer: a
    guess at what people generally do ("...usually get in the door here? Is it supervisor
    first?") or an example of their story or view asked for ("How did you get into it?
    Like, what were you doing before?", "What's the hardest part for you? Like what do
    people not tell you?"). What those ask is the question before them."""
    kept, before = [], ""
    for sentence in SENTENCE_BREAK.split(text):
        s = normalise(sentence)
        if before.endswith("?") and (_GENERAL.search(before) and _A_GUESS.match(s)
                                     or (_THEIR_STORY.match(before) or _JUDGING.search(before))
                                     and AN_EXAMPLE.match(s)):
            continue
        kept.append(sentence)
        before = s
    return " ".join(kept)


# A fragment saying in what capacity the question before is asked: "How much code do you
# still write? As a principal?" (not whether they are one).
_IN_THE_ROLE = re.compile(r"^(?:(?:um|uh|so|and|i mean),? )*as (?:a|an|the)\b")


def _sentences(text: str) -> list[str]:
    """The normalised sentences of `text` that could ask a fact. A fragment ("Maybe a
    certificate?", "The scheduling thing?") finishes the question before it, so it asks
    no fact when that one asks for a view or advice ("What should I study? Maybe a
    certificate?")."""
    out: list[str] = []
    before = fragment = ""
    for sentence in SENTENCE_BREAK.split(spell_out(text)):
        s = normalise(sentence)
        has_a_clause = bool(_HAS_A_CLAUSE.search(s))
        # A terse speaker's question in two fragments ("Pay drop going in-house. Big?") is
        # one question: the second asks of what the first named.
        if fragment and s.endswith("?") and not has_a_clause:
            out[-1] = f"{fragment.rstrip(' .!')}, {s}"
            fragment = ""
            continue
        fragment = ""
        # An alternative asked as a sentence of its own ("Do I need a master's? Or can you
        # start out of college?", as whisper punctuates it) is one question with the first.
        # (Not after a fact checked with a tag: "You trained with Local 3, right? Or was it
        # another local?" checks the fact, then guesses again.)
        if out and out[-1].endswith("?") and _OR_ELSE.match(s) and not _TAG.search(out[-1]):
            out[-1] = f"{out[-1][:-1]}, {s}"
            before = out[-1]
            continue
        # An example given for it ("How long does a report take? Like the one on rents?")
        # finishes it too: the report named is what the question asks of, not a fact asked.
        if not (before and not has_a_clause
                and (_asks_a_view(before) or AN_EXAMPLE.match(s) or _IN_THE_ROLE.match(s))):
            out.append(s)
            # (Only a fragment kept as out[-1] may be joined to the question after it.)
            fragment = s if not s.endswith("?") and not has_a_clause else ""
        # (A view asked in fragments too: "Union, or the other kind? Open shop?")
        if has_a_clause or s.endswith("?") and _asks_a_view(s):
            before = s
    return out


def _asks_a_view(s: str) -> bool:
    return bool(_JUDGING.search(s) or _GENERAL.search(s))


def _before(words: list[str]) -> str | None:
    """What "before" is before ("before Brightpath": the organisation), so that "what did you
    do before research?" is not answered by "before Brightpath, she was a researcher"."""
    if "previous" not in words:
        return None
    after = words[words.index("previous") + 1:]
    # A count is never what something was before ("before this, twelve years?").
    return next((w for w in after if w not in _NAMES_NOTHING and w not in _MOVING
                 and w != "#n"), None)


def _numbers(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\d+", text.replace(",", "")))


class PublicFacts:
    """The public facts of one scenario, and which of them a question asks."""

    def __init__(self, facts: Iterable[str], organisation: str, org_words: frozenset[str],
                 persona_words: frozenset[str], work_texts: Iterable[str] = (),
                 role: str = "") -> None:
        self._org_words = org_words
        self._persona_words = persona_words
        # A fact naming the persona's role answers "what is your title?".
        self._role = frozenset(fact_words(role, org_words))
        self._owns = _OWNER.search(role.lower()) is not None
        # Words the scenario's own questions about the work use: a question naming one of
        # them beyond what a fact states asks about the work ("...do all week?").
        self._work_words = frozenset(w for t in work_texts for w in fact_words(t, org_words))
        self._organisation = organisation
        self._facts = [self._fact(f) for f in facts]
        self._org_activity = frozenset(w for f in self._facts if f.activity for w in f.words)

    def _fact(self, text: str) -> _Fact:
        words = self._owners_shop(fact_words(staff_as_roles(text), self._org_words)
                                  + acronyms(text))
        # The role as a fact writes it: all its words, or all but one ("product manager for
        # payments" is the Senior Product Manager, Payments).
        missing = len(self._role - set(words))
        if missing < len(self._role) and missing <= (len(self._role) > 1):
            words.append(concept("title"))
        year = "#year" in words
        # Each number with the word after it: "three years" is a duration, and a number of
        # years is no count ("three years as a researcher" says nothing of how many
        # researchers there are).
        after_numbers = [b for a, b in zip(words, [*words[1:], ""], strict=True) if a == "#n"]
        units = any(b in _TIME_UNITS for b in after_numbers)
        counts = any(b not in _TIME_UNITS for b in after_numbers)
        activity = bool(words) and words[0] == "org" and bool(_SAYS_WHAT_IT_DOES.match(
            normalise(text)))
        return _Fact(text, frozenset(words), year, year or units, counts, activity,
                     _before(words), _numbers(text), bool(self._persona_words & set(words)),
                     _STATES_A_RATIO.search(text.lower()) is not None,
                     _OWN_FIRM.search(text) is not None)

    def asked(self, text: str, said_back: bool = False) -> str | None:
        """The public fact (or the organisation basic) a turn asks for, or None;
        `said_back` when a turn that asks nothing may still confirm one as a statement."""
        before = ""
        guessing = False  # the sentence before guessed at the field
        sentences = _sentences(text)
        for n, sentence in enumerate(sentences):
            # A fact confirmed only to ask what lay behind it shows the homework done: "You
            # left the Post in 2019, right? What made you go for it?"
            if n + 1 < len(sentences) and _TAG.search(sentence) and (
                    _WHY_IT.match(sentences[n + 1])
                    or self._built_on(sentence, sentences[n + 1:n + 3])):
                before = sentence.rstrip(" .!")
                continue
            # A guess at the answer to the question before, which asked no fact: "What does
            # content strategy mean day to day? Is it mostly the app?"; or at what the work
            # is, asked alone: "Is it mostly talking to people?" (a profile says no shares).
            # So is any guess after a question about the field, not about them: "What does
            # content design actually mean day to day? Is it editing, or something else?"
            # (...or after saying one does not know what it is; one guess may follow another.)
            if ((not before or _WH_QUESTION.match(before)) and _GUESS_HOW_MUCH.match(sentence)
                    or (_WH_QUESTION.match(before) and not _YOU.search(before)
                        or _NOT_KNOWING_WHAT.search(before) or guessing)
                    and _A_GUESS.match(sentence)):
                before, guessing = sentence.rstrip(" .!"), _A_GUESS.match(sentence) is not None
                continue
            guessing = False
            # "That" asks about what the sentence before said: "So you're a Fellow of the
            # Society of Actuaries. What year did you finish that?"
            pointing = before if _POINTS_BACK.search(sentence) and not _SAYS_IT_FIRST.search(
                sentence) else ""
            for question in self._questions(f"{pointing} {sentence}".strip(), said_back):
                answer = self._answer(question)
                if answer is not None:
                    return answer
            before = sentence.rstrip(" .!")
        return None

    def _built_on(self, confirmed: str, after: list[str]) -> bool:
        """The next question (after a remark of one's own, at most) points back to the fact
        just confirmed, or names again what it said, and asks what no fact says: "You were
        in Kuwait once, I gather. I was at Arifjan myself. What from that deployment do you
        still use here?", "You were in the stores before, I think. What from the store
        helps you now?"."""
        question = next((s for s in after if s.endswith("?")), None)
        if question is None:
            return False
        said = {concept(w) for w in _WORD.findall(confirmed)}
        named_again = _WHAT_HOW_WHY.match(question) is not None and any(
            concept(w) in said for w in _THE_THING.findall(question))
        return (bool(_POINTS_TO_IT.search(question)) or named_again) and not any(
            self._answer(q) for q in self._questions(question))

    def could_ask(self, text: str, said_back: bool = False) -> bool:
        """Whether some sentence of `text` has the shape of a fact question (the gate for
        matching the profile's own phrasings of its questions)."""
        return any(self._questions(s, said_back) for s in _sentences(text))

    def org_basic(self, text: str) -> str | None:
        """A label when `text` asks what the organisation does, how big it is, where it is
        based or when it was founded, and nothing more."""
        for sentence in _sentences(text):
            for question in self._questions(sentence):
                label = self._basic(question)
                if label is not None:
                    return label
        return None

    def _questions(self, sentence: str, said_back: bool = False) -> list[_Question]:
        """The sentence read as one question; when it offers alternatives ("is X a
        nonprofit, or is it investor-owned?"), each of its clauses that asks on its own
        too, since one alternative may be a fact while the other is only a guess."""
        whole = self._read(sentence, said_back)
        questions = [whole] if whole is not None else []
        # An aside before the question names nothing it asks: "First, and this is just so I
        # have it straight in my head, how long have you been at Brightpath now?"
        last = sentence.rsplit(",", 1)[-1].strip()
        # (A clause saying when is no aside: "When you synthesize a study, what tools...?")
        if (last != sentence.strip() and sentence.endswith("?") and _WH_AFTER_ASIDE.match(last)
                and _ASKS_ON_ITS_OWN.match(last) and not _JUDGING.search(sentence)
                and not _SAYS_WHEN.match(sentence)):
            tail = self._read(last)
            if tail is not None:
                questions.append(tail)
        # The alternatives of a question asking a view are answers to it: "did the certificate
        # matter, or was it the CPA that got you in?"; two questions joined by "and" are two
        # ("what was your doctorate in, and how did you frame it...?").
        alternatives = _OFFERS_ALTERNATIVES.search(sentence) and not _JUDGING.search(sentence)
        if not (sentence.endswith("?") and (alternatives or _JOINED_AT.search(sentence))):
            return questions
        # "It" in a later clause is what an earlier one named ("is the pay jump real, or is
        # it about even?"): the organisation only if the sentence names it.
        names_org = "org" in fact_words(sentence, self._org_words) or bool(
            _ORG_NOUN.search(sentence))
        clauses = _CLAUSE.split(sentence)
        for i, clause in enumerate(clauses):
            if i == 0 and len(clauses) > 1 and _SETS_THE_SCENE.match(clause):
                continue  # "When you're pricing a term product, how much ...?" asks no "when"
            if _ASKS_ON_ITS_OWN.match(clause) and clause.strip() != sentence.strip():
                question = self._read(clause.rstrip(" ?") + "?", clause=True)
                # "It" opening the first clause of a question about them is theirs, what the
                # sentence before named: "And the letters after your name. Is it FSA now, or
                # are you still on the associate track?"
                if (question is not None and i == 0 and not names_org and whole is not None
                        and whole.about_you and _IT_FIRST.match(clause)):
                    question = replace(question, about_org=False, about_you=True)
                # A clause asks a fact of someone (itself, or the sentence it is part of:
                # "your doctorate, was that in physics or in maths?"), or a when or how
                # many: "is getting hired into support" (of "... support or ops ...?") asks
                # neither.
                if question is not None and (names_org or not question.about_org) and (
                        question.about_org or question.about_you or question.kinds
                        or whole is not None and (whole.about_org or whole.about_you)):
                    questions.append(question)
        return questions

    # --- reading a question --------------------------------------------------------------

    def _read(self, s: str, said_back: bool = False, clause: bool = False) -> _Question | None:
        """`clause`: one clause of a sentence that offers alternatives; "that" in it may be
        what the sentence named first ("your doctorate, was that in physics or maths?")."""
        s = _asked_outright(s)
        doubted = _DOUBT.search(s) is not None
        sourced = _SOURCE.match(s) is not None
        for lead in (HEDGED_ALTERNATIVE, _BELIEF, _SOURCE, _DOUBT, LEAD_IN):
            s = lead.sub("", s)
        tagged = _TAG.search(s)
        # Said back with where one read it ("I saw on LinkedIn you have a PhD.") shows the
        # research done; only a doubt about it ("..., if I read that right") asks.
        if not (s.endswith("?") or tagged or asks_question(s, frozenset(s.split()))
                or said_back and (doubted or not sourced)
                and _SAID_BACK.search(_ORG_NAMED_BACK.sub("org", s))):
            return None
        if tagged:
            # A tag confirms the clause it hangs on, not what led up to it: "I'm from
            # Conneaut, so it's a drive, but X is the trauma center, right?"
            s = _LEAD_UP.split(s[:tagged.start()])[-1]
        elif not s.endswith("?"):
            # Asked without a question mark, a question asks its own clause; what leads up to
            # it is known already: "You made that exact move, so I wanted to hear how it went."
            last = _LEAD_UP.split(s)[-1]
            asks_last = last != s and asks_question(last, frozenset(last.split()))
            s = last if asks_last else _up_to_the_question(s)
        else:
            # "..., were you at the city, I think I read that?": the remark judges nothing.
            s = _up_to_the_question(s)
        if _JUDGING.search(s) or _GENERAL.search(s):
            return None
        s = _HEDGES.sub(" ", _IN_TERMS_OF.sub("", _ADDRESS.sub("", _AS_OPPOSED.sub("", s))))
        s = _BEFORE_YOUR_MOVE.sub("", s)
        s = _HOW_MUCH_IS.sub(r"what is \g<thing> worth", s)
        asks_duration = bool(_ASKS_DURATION.search(s))
        # "A long time" asks how long and names nothing; "before this" is their last job.
        s = _BEFORE_THIS.sub(" previously ", _A_WHILE.sub(" ", _YOU_TOOK.sub("you did", s)))
        s = _A_NAME_WITH_A_NUMBER.sub(" ", _FIRST_IN_ORDER.sub(" ", s))
        words = [w for w in self._owners_shop(fact_words(_ORG_REFERENCE.sub(" org ", s),
                                                         self._org_words))
                 if w not in self._persona_words]
        kinds = set()
        if _ASKS_YEAR.search(s):
            kinds.add("year")
        if asks_duration:
            kinds.add("duration")
        elif _ASKS_COUNT.search(s) or "size" in words:
            kinds.add("count")
            if _ASKS_A_RATIO.search(s):
                kinds.add("ratio")
        for w, after in zip(words, [*words[1:], ""], strict=False):
            if w == "#year":
                kinds.add("year")
            elif w == "#n":
                kinds.add("duration" if after in _TIME_UNITS else "count")
        about_org = "org" in words or bool(_ORG_REFERENCE.search(s))
        about_you = bool(_YOU.search(_YOU_GUYS.sub(" ", s)))
        if not (about_org or about_you) and (self._about_the_field(s, words)
                                             or not (kinds or clause)
                                             and _OF_WHAT_WAS_SAID.match(s)):
            return None
        what_do = bool(_WHAT_DO.search(s))
        if what_do and not about_org:
            return None  # "what does your team do?" asks about the work
        activity = what_do or about_org and bool(_ACTIVITY.search(s))
        named = [w for w in words if not w.startswith("#") and w not in _NAMES_NOTHING
                 and w not in ("org", "size")]
        if activity:
            kinds.add("activity")
            named = [w for w in named if w not in _ACTIVITY_WORDS]
        if "count" in kinds and _GROUPS & set(named):
            # "How many people are on your team?" counts the team: people are its unit.
            named = [w for w in named if w != "staff"]
            # An owner's team or crew is the whole firm: "how big's your crew?" asks its
            # headcount, as "how many people work for you?" does.
            if self._owns and about_you and set(named) <= _GROUPS:
                named = ["staff"]
        if named == ["staff"] and not kinds & {"count", "year"}:
            # Facts state their staff as a number: "what do people not tell you about the
            # job?" asks none.
            named = []
        names_org = "org" in fact_words(s, self._org_words)
        return _Question(named, frozenset(kinds), about_org, names_org, about_you,
                         bool(_WHERE.search(s)), _before(words), _numbers(s),
                         bool(_POINTING.search(s)))

    def _owners_shop(self, words: list[str]) -> list[str]:
        """An owner's own shop is the organisation: "when did you hang out your own
        shingle?" asks when Kowalski Electric was founded."""
        if not (self._owns and "own" in words and "store" in words):
            return words
        return [w for w in words if w not in ("own", "store")] + ["org"]

    def _about_the_field(self, s: str, words: list[str]) -> bool:
        """About the asker ("I want to know how to start"), or a wh-question about the
        field: what something is, or naming only words the scenario's work questions use
        ("what is content design?", not "when will the hospital extension finish?")."""
        return bool(_ME.search(s) or _DEFINITION.search(s)) or bool(_WH.search(s)) and all(
            w in self._work_words for w in words if not w.startswith("#"))

    # --- answering it --------------------------------------------------------------------

    def _answer(self, q: _Question) -> str | None:
        best, best_rank = None, (-1, -1, False)
        for fact in self._facts:
            if not self._holds(fact, q.kinds):
                continue
            stray = [w for w in q.words if w not in fact.words and not self._implied(w, q, fact)
                     or w == "previous" and q.before and fact.before and q.before != fact.before
                     and not (fact.own_firm and q.before == "org")]
            covered = sum(1 for w in q.words if w in fact.words and w not in stray)
            if stray and not self._tolerated(stray, covered, q.names_org or q.about_you
                                             and covered > 1):
                continue
            # Of the facts that fit, the one naming the most, holding the values checked,
            # about the persona when the question is ("you joined in 2019?").
            rank = (covered, len(q.numbers & fact.numbers), fact.about_persona == q.about_you)
            # (A value asked of nothing named, pointed at or anyone, "Big?", asks no fact.)
            if (covered or q.kinds and (q.about_org or q.about_you or q.points)) \
                    and rank > best_rank:
                best, best_rank = fact.text, rank
        return best or self._basic(q)

    @staticmethod
    def _implied(word: str, q: _Question, fact: _Fact) -> bool:
        """"Before this" needs no word in a fact about the persona somewhere other than the
        organisation: "you were at the Evening Post before this?"; nor does starting out in
        what a fact about them says they did: "you started out as a store manager?"; nor
        being based where a fact about the organisation places it: "is Crewbook based in
        Austin?" of "Crewbook was founded in 2019 in Austin"."""
        if word == _BASED and q.about_org and "org" in fact.words:
            return True
        if not (q.about_you and fact.about_persona):
            return False
        if word == "previous":
            # A fact naming the organisation says what came before with "after": "joined in
            # 2017, after four years at the City" answers "were you at the city before this?"
            return q.before in (None, "org") and ("org" not in fact.words or "after" in fact.words)
        # Finishing a qualification is having it: "you're a fellow. What year did you finish?"
        if word in _FINISHING:
            return bool(fact.words & {concept("credential"), concept("education"), "fellow"})
        return word in _MOVING

    def _tolerated(self, stray: list[str], covered: int, doing_its_work: bool) -> bool:
        """One stray word: among three or more covered ones, unless the scenario's work
        questions use it; or naming what the organisation does, of it ("who pays for
        Keystone's research?") or of the persona doing it with two words of the fact ("so
        you are building the St Teilo's hospital now?")."""
        if len(stray) > 1 or not covered:
            return False
        if stray[0] in self._org_activity and doing_its_work:
            return True
        return covered >= _STRAY_AMONG and stray[0] not in self._work_words

    @staticmethod
    def _holds(fact: _Fact, kinds: frozenset[str]) -> bool:
        return all(getattr(fact, kind) for kind in kinds)

    def _basic(self, q: _Question) -> str | None:
        if not q.about_org:
            return None
        named = set(q.words)
        org = self._organisation
        if "activity" in q.kinds and not named:
            return f"what {org} does"
        if "count" in q.kinds and named <= {"staff", "customer", "store"}:
            return f"how big {org} is"
        if named == {"base"} or not named and q.where:
            return f"where {org} is based"
        if "year" in q.kinds and named <= {"start", "public"} and named and not q.about_you:
            return f"when {org} was founded"
        return None

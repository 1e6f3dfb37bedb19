"""Whether a turn leaves work for the user's or the persona's life outside it.

A tangent is a turn whose subject, once courtesies are set aside (greetings, thanks,
apologies, good wishes, "I'll just grab water"), is outside work and careers: sport, the
weather at length, holidays, family, pets, food, shows, politics, hobbies. The evidence is
positive: words of those subjects outnumbering words of the work, or someone of one's own
life brought in ("my sister's wedding", "his name is Biscuit"). A remark that merely uses
words the scenario does not know ("who signs off on the copy?") is no tangent unless it goes
on at length without touching work, and introducing oneself (one's job, studies, years in)
is one's career however little the scenario knows of it. News from home ("my daughter's just
started at uni") and gossip about others' private lives are tangents even when a word of the
work slips in. Asking how they go about things, or about what is around the meeting, is
about their work whatever the words ("how do you handle the Christmas rush?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.matching import QUESTION_WORDS, TopicIndex, stem, tokens
from simulator.phrases import SENTENCE_BREAK, rx, word_set
from simulator.questions import asks_question
from simulator.small_talk import (
    ABOUT_OWN_PEOPLE,
    APOLOGY,
    CAREER_GAP,
    COMMUTING,
    DIGRESSION,
    FIGURES_OF_SPEECH,
    GOSSIP,
    HOME_WORK,
    HOW_WE_MET,
    LEISURE,
    NEITHER,
    NOT_ITS_SUBJECT,
    PERSONAL_LIFE,
    leisure_dominates,
)

# A remark this related to the field is about work.
TANGENT_BELOW = 0.2
# An off-work remark needs this many content words to be a tangent (a question one fewer:
# "did you see the match on Sunday?"); fewer is small talk in passing.
TANGENT_MIN_WORDS = 3
# Drifting into everyday subjects is a tangent at this many content words, when their words
# outnumber the work's this many times over ("do ER nurses end up working holidays like
# Thanksgiving?" asks about the work).
DRIFT_MIN_WORDS = 4
LIFE_OVER_WORK = 2
# A remark of this many content words with no subject word at all, and hardly a word of the
# work, goes on without touching work ("is that a split keyboard? what switches...").
LONG_REMARK_WORDS = 6
WORK_SHARE_OF_LONG_REMARK = 1 / 6
# A remark naming this many things from the scenario's setting ("the spools of wire behind
# you") is about where we are, not a change of subject.
SETTING_MIN_WORDS = 2

# Asking how they go about something, or about their own things, is asking about their
# work whatever the words ("How do you handle the Christmas rush?", "does the weather delay
# your deliveries?"); how they feel about the game is not.
_HOW_THEY_WORK = rx(
    r"\bhow (?:do|did|would|does|should) you (?:usually |normally |typically |actually |even |"
    r"all )?(?!like\b|feel\b|think\b)\w+",
    r"\bwhat do you do (?:when|if|about|with)\b",
    # Something they made: "the blog post you wrote", "that report you mentioned".
    r"\b(?:the|that|this) (?:[\w-]+ ){1,3}(?:you|you have) (?:wrote|written|published|gave|given|"
    r"built|made|mentioned|led|ran|presented|shared|recommended|designed|worked on)\b",
    # ...or took on as a business: "the new refrigerated trailers you have taken on".
    r"\b(?:the|that|this|those|these) (?:[\w-]+ ){1,4}(?:you|you have|you just|you have just) "
    r"(?:taken on|took on|added|launched|introduced|rolled out|acquired|brought in|invested in|"
    r"opened|set up)\b",
    r"\bhow (?:does|do|did) (?:your|the) (?:team|company|org|department|unit|shop|office|site|"
    r"firm)\b",
    r"\b(?:do|does|did) you (?:ever |usually |often )?(?:get|have|see|deal with|handle) (?:a lot "
    r"of|lots of|many|much|any|more|fewer) \w+",
    # Whom or what their work takes in: "does weather like that change what comes through
    # the door?"
    r"\b(?:what|who|whoever|whatever|how many \w+) (?:comes?|came|walks?|walked) (?:in )?through "
    r"(?:the|your) (?:front )?doors?\b",
    # Their place, as seen on the way in: "I walked past the emergency entrance on my way in.
    # It seemed calmer than I had imagined."
    r"\b(?:walked|came|drove|went|passed) (?:past|by|through|in through) (?:the|your) "
    r"(?:[\w-]+ ){0,2}(?:entrance|lobby|reception|front desk|yard|loading dock|ward|department|"
    r"unit|site|shop floor)\b",
)
# When the work is done, asked about: "do researchers end up working holidays?", "do you work
# weekends?". The days named are life's words, the question the work's.
_WORKING_WHEN = re.compile(
    r"\b(?:do|does|did|will|would) (?:\w+ ){1,2}(?:(?:end up|usually|often|ever|sometimes|have to|"
    r"get to) ){0,2}"
    r"(?:work|working|on call|on shift) (?:on |over |through |during )?(?:the |most |many )?"
    r"(?:holidays|weekends|nights|evenings|christmas|thanksgiving|bank holidays|public holidays)\b")
# Their own things ("your deliveries", "your blog"), unless the rest is about life outside
# work ("your phone... I have a corgi too").
_THEIR_THINGS = re.compile(
    r"\byour (?:own )?(?!(?:weekend|holidays?|vacation|trip|family|kids|children|son|daughter|"
    r"wife|husband|partner|dog|cat|pets?|favou?rite|plans|way|day|morning|evening|place|house|"
    r"home|flat|apartment|garden)\b)[a-z]+")

# Asking what they did, watched or are doing: "did you catch...", "are you doing anything
# for...", "you watch football?"
_PASTIME = rx(
    r"\b(?:did|do|have|are|were) you (?:\w+ )?(?:catch|catching|see|seen|watch|watching|watched|"
    r"follow|following|play|playing|played|tried|hear about|been to|going|doing|hosting|get to|"
    # time away: "did you get away at all this summer?"
    r"get away|getting away|go away|going away)\b",
    r"^(?:\w+ )?(?:are )?you (?:watch|follow|play|catch|see|like|into)\b",
    r"\b(?:do|did) you (?:\w+ )?do (?:any|much|a lot of)\b",
    r"\bare you (?:a|an) [\w' ]+ (?:guy|gal|person|fan)\b",
)
# An event of sport, whatever its name: "the Old Firm game", "the Ryder Cup final".
# Their working day or week, asked after: what they are "doing" in it is the work.
_A_WORKING_DAY = re.compile(r"\b(?:normal|typical|usual|average|ordinary|regular) (?:work ?)?(?:day|"
                            r"week|shift)\b|\bday[- ]to[- ]day\b")
_SPORT_EVENT = re.compile(r"^\W*(?:the|that|last night's|sunday's|saturday's) (?:[\w'-]+ ){1,3}?"
                          r"(?:game|match|derby|final|race|fight|grand prix|playoffs?)\b"
                          r"(?! (?!at\b|on\b|in\b|last\b|this\b|over\b|against\b|yesterday\b)[a-z])")
# Where people go out for something ("where do the locals go for a proper pint?"): leisure
# when the something is.
_GOING_OUT_FOR = re.compile(r"\bwhere (?:do|does|would|should|can|did) (?:[\w'-]+ ){1,3}?(?:go|eat|drink|"
                            r"head) (?:for|to)\b")
_TAUGHT = re.compile(r"(?P<teach>\bi (?:tutor|teach|mentor|coach|have tutored|have taught|used to "
                     r"tutor|used to teach)) (?:kids|children|teens|teenagers|youngsters)\b")
_MEALS = frozenset(tokens("lunch dinner breakfast brunch supper drinks"))
# Asking after something of theirs under way: "how's the training going?", "how did the
# race go?"
_ASKING_AFTER = re.compile(
    r"\bhow (?:is|are|was|has|have|did) (?:the|your|it|that|things)(?: [\w'-]+){0,2}? (?:going|go|"
    r"gone|coming along|working out|treating you)\b")
# A clause of theirs: where a pastime of theirs would be named ("you're a golfer", "you're
# running the marathon next month").
_THEIR_CLAUSE = re.compile(r"\byou (?:are|were|have been|will be|play|run|do|coach|ride|race)\b"
                           r"[^.!?]*")

# A question framed by one's own prospects ("for someone my age, how do the nights...", "at
# my stage, is a master's worth it?") is one's career question, whatever the words.
_ONES_OWN_PROSPECTS = rx(
    r"\bfor (?:someone|somebody|a person|people|anyone|a career changer) (?:like me|my age|of my "
    r"age|at my (?:age|stage)|in my (?:position|shoes|situation)|with my (?:background|"
    r"experience|profile))\b",
    r"\b(?:at|for) my (?:age|stage)\b",
    # Whether something would count: "would an open-source contribution count for anything?"
    r"\b(?:count|matter|help|be worth \w+) (?:for )?(?:anything|much|at all|a lot)\b",
)

# A life story tied back to the work: "...which is partly why I care about how people learn
# tools", "my uncle got me curious about the trade".
_TIED_BACK = re.compile(
    r"\b(?:which|that|this|it) (?:is|was) (?:partly |part of |a big part of |really |exactly |"
    r"actually |probably |maybe |perhaps |likely |honestly )?(?:why|how|what got|what made|where)\b|"
    r"\b(?:got|get|gets|made|makes) me (?:into|interested|curious|thinking|started|wanting)\b|"
    r"\b(?:pushed|drew|pulled|led|brought|steered|nudged) me (?:toward|towards|to|into)\b|"
    r"\binspired me\b")
# One's life given as the reason for a question: "the reason I ask about nights is, well, I
# have two kids...", "I'm asking because my husband works shifts too". The story is the
# question's context, when the turn names the work.
_WHY_I_ASK = re.compile(r"\b(?:the reason|why) i (?:am )?ask(?:ed|ing)?\b|"
                        r"\bi (?:am )?ask(?:ing)? (?:\w+ ){0,2}?because\b")
# ...or someone of one's own life worried about what was just asked: "And the first year,
# is it dangerous? My wife worries a lot about this."
_THEIR_WORRY = re.compile(r"\b(?:my|our) (?:\w+ )?(?:wife|husband|partner|mom|mum|mother|dad|father|"
                          r"parents|family|kids|girlfriend|boyfriend|fiancee?)(?: \w+){0,2}? (?:worr(?:y|ies|"
                          r"ied)|is (?:worried|nervous|scared|afraid)|asks?|keeps asking)(?: \w+){0,3}? "
                          r"about (?:this|that|it)\b")
# Tied back to the very move the meeting is about: "...that's what pushed me toward this".
_THIS_MOVE = re.compile(r"^\W*(?:this|that|it|here)\b")
# A part of one's life given as a reason for the move, in a sentence naming the work: "the
# weekday schedule in HR is a big part of the pull".
_A_REASON = re.compile(r"\b(?:is|are|was|were) (?:a |the )?(?:big |large |huge |main |real |"
                       r"whole )?(?:part of )?(?:the |my )?(?:pull|draw|appeal|attraction|"
                       r"reason)\b")

# What the story is tied back to may be one's own career move, named bare or by what it
# leaves: "...why leaving feels like such a big deal", "...why quitting scares me", "...why
# leaving words behind would feel strange" ("leaving the city" names a place, not the work).
_CAREER_MOVE = re.compile(
    r"^\W*(?:\w+ ){0,2}?(?:leaving|quitting|switching|changing|moving on|getting out|starting over|"
    r"staying|walking away|giving up|the (?:move|switch|change|jump|leap))"
    r"(?P<object>(?: [\w'-]+){0,4}?)(?: (?:behind|for good|really|so|still|now|just))* "
    r"(?:feels?|felt|seems?|is|was|would|scares?|scared|terrifies|terrified|worries|"
    r"worried|makes|made|sounds|frightens|hurts)\b")

# ...or to a pastime liked for itself: "...why I love running", not "...why I love
# researching" (the work) nor "...running studies".
_LIKED = re.compile(r"^\W*(?:\w+ ){0,3}?(?:love|loved|enjoy|enjoyed|like|got into|took up|am into) "
                    r"(?P<activity>\w+ing)(?: (?:so much|a lot|now|today|still|again))*\W*$")
# Activities whose words some work also uses ("run" a study, "paint" a wall).
_PASTIMES = frozenset(tokens("running jogging swimming cycling baking cooking painting dancing "
                             "singing reading gaming drawing sailing rowing"))

_REMINDS_ME = re.compile(r"\b(?:reminds|reminded) me(?: of)?\b(?! (?:of )?(?:what|how|why|"
                         r"whether|when)\b)")

# "Growing up" is childhood, not career growth.
_GROWING_UP = re.compile(r"\b(?:grow|grew|growing|grown) up\b|\bwhen (?:i|we) (?:was|were) (?:little|"
                         r"a (?:kid|child|boy|girl|teenager)|kids|small|young|younger)\b")

_STUDIED = re.compile(r"\bi (?:did|read|took|studied) (?:[\w-]+ ){1,2}at (?:university|uni|college|"
                      r"school|grad school|degree level)\b")

# Where one lives, which a move may leave without leaving the work.
_PLACES = frozenset(tokens("city town village country countryside home house flat area "
                           "neighbourhood neighborhood region island coast abroad"))

# A sentence carrying on about whoever the one before was about: "She is the first...".
_CARRIED_ON = re.compile(r"^\W*(?:(?:and|so|but|then|now)\W+)?(?:she|he|they|we)\b")

# What someone of one's own life does for a living: "my mother is a staff nurse...".
_THEIR_JOB = re.compile(ABOUT_OWN_PEOPLE.pattern + r"(?: [\w-]+)? (?:is|was|has been|had been|"
                        r"used to be|works|worked|used to work|retired) (?:as |in |at |for |from )?")

_MONTH_OR_SEASON = (r"(?:january|february|march|april|may|june|july|august|september|october|"
                    r"november|december|spring|summer|fall|autumn|winter|the (?:spring|summer|"
                    r"fall|autumn|winter|new year))")
# People one knows through work.
_WORK_PEOPLE = (r"(?:boss|manager|supervisor|colleague|coworker|co-worker|mentor|sergeant|"
                r"commander|commanding officer|officer|oc|co|captain|lieutenant|major|producer|"
                r"editor|director|professor|lecturer|tutor|teacher|adviser|advisor|client|"
                r"customer|patient|student|classmate|foreman|employer|partner at|principal|"
                r"head of department|team lead|lead|(?:[\w-]+ )?chef)s?")

# Introducing oneself: one's job, studies, years in, when one leaves ("I'm a charge nurse on a
# cardiac unit", "I've been a public defender for eight years", "I'm in the first year of the
# MBA", "I get out in June"). That is the explorer's own career, in words the scenario need
# not know, so such a turn is no tangent by its length alone.
_OWN_BACKGROUND = rx(
    r"\bi (?:am|was|have been|had been|used to be|trained as|qualified as|started as|work as|"
    r"worked as) (?:a|an) (?!(?:bit|little|lot|big|huge|massive|total|real)\b)"
    # (not a follower of something: "I've been a Michigan fan my whole life")
    r"(?!(?:[\w'-]+ ){0,2}(?:fan|fans|supporter|nut|junkie|buff|lover|enthusiast|addict)\b)",
    r"\bi (?:work|worked|have worked|have been working|am working|used to work) (?:as|at|in|for)\b",
    # Tenure where one works: "I've been at the Courier for, gosh, fourteen years now".
    r"\bi (?:have been|was) (?:at|with) [^.?!]{1,40}?\bfor\b[^.?!]{0,20}?\b(?:years?|months?)\b",
    # Years spent at the work, however it is named: "I've spent two decades with my hands in
    # people's mouths".
    r"\bi (?:have|had) spent (?:\w+ ){1,2}?(?:years?|decades?) (?:as|in|at|with|doing|working|"
    r"on)\b",
    r"\b\w+ years? (?:in(?=\s*[,.;!?]|$)|on the job|of experience|in the (?:job|trade|field|"
    r"industry|role|army|navy|military|service|forces?))\b",
    r"\bi am (?:in|finishing|starting) (?:the |my )?(?:first|second|third|fourth|final|last) "
    r"(?:year|semester|term)\b",
    r"\bi (?:have )?(?:just |recently |only just )?(?:graduated|studied|majored|am studying|"
    r"am majoring|(?:finished|completed|got|am doing|"
    r"have been doing|am finishing) (?:my|a|the) (?:\w+ )?(?:\w+ )?(?:degree|diploma|course|"
    r"program|programme|mba|masters|phd|apprenticeship|training|certificate|practicum|"
    r"internship|placement|rotation))\b",
    r"\bi (?:did|took|have taken|am taking|signed up for|enrolled in) (?:a|an|the|some|my|"
    r"two|three) (?:[\w-]+ ){0,2}?(?:class|classes|course|courses|workshop|bootcamp|module)\b",
    # ...or will: "I'll start the SQL course in January".
    r"\bi (?:will|am going to|plan to|am planning to|hope to) (?:start|begin|take|do|finish|"
    r"enrol in|enroll in|sign up for) (?:a|an|the|my|some) (?:[\w-]+ ){0,2}?(?:class|classes|"
    r"course|courses|workshop|bootcamp|module|degree|diploma|certificate|apprenticeship)\b",
    # What one has made or organised at work: "I've built every dispatch board we've got".
    r"\bi (?:have |had )?(?:built|scheduled|automated|set up|rolled out) (?:\w+ ){0,4}?"
    r"(?:we|our|at work|for work)\b",
    r"\bi (?:run|manage|lead|supervise|oversee|coordinate) (?:the |our |a |my )?\w+",
    # Teaching someone is work of a kind, paid or not: "I tutor kids at the library".
    r"\bi (?:tutor|teach|mentor|have tutored|have taught|used to tutor|used to teach) (?:kids|"
    r"children|students|adults|teens|teenagers|people|english|maths?|reading|\w+ (?:at|in|for))\b",
    # ...and for years: "I've run a bank branch for eighteen years" (not "I ran a marathon").
    r"\bi (?:have|had|used to) (?:run|managed|manage|led|lead|supervised|supervise|overseen|"
    r"oversee|coordinated|coordinate) (?:the |our |a |my )?\w+",
    r"\bi am (?:a |an )?(?:[\w.'-]+,? ){0,3}?(?:student|graduate|grad|undergrad|intern|apprentice|"
    r"trainee|resident)\b",
    rf"\bi (?:get out|leave|retire|finish|graduate|separate) (?:\w+ ){{0,3}}?(?:in|next|this) "
    rf"{_MONTH_OR_SEASON}\b",
    # A service record in few words: "six years Navy", "retired as a lieutenant colonel".
    r"\b\w+ years?,? (?:in )?(?:the )?(?:army|navy|military|marines?|air force|forces|service|"
    r"corps|guard|police|fire service)\b",
    r"\bi (?:retired|served|came out|left|qualified)(?: \w+){0,3}? as (?:a|an)\b",
    # Judging one's own skills: "that's the part I'm good at", "my strength is...".
    # ...said short, the subject dropped: "Good with my hands."
    r"(?:\bi am |^\W*|[.!?;]\s+)(?:\w+ )?(?:good|great|strong|decent|comfortable|confident|"
    r"better|best|weaker|terrible|bad|handy) (?:at|with)\b",
    r"\bmy (?:biggest |main |real )?(?:strengths?|weakness(?:es)?) (?:is|are|was|were)\b",
    # The decision taken home: "I will discuss it with my wife tonight".
    r"\b(?:discuss|talk|run|think|go) (?:it|this|that|them)(?: (?:over|through|by))? with (?:my|"
    r"our) (?:wife|husband|partner|family|parents|spouse|fiancee?)\b",
    # Someone of one's working life: "my old sergeant", "my producer", "a former student of
    # mine".
    r"\b(?:my|our) (?:old |former |ex-|previous |first |then |last )?(?:line )?"
    rf"{_WORK_PEOPLE}\b",
    rf"\b(?:a|one) (?:former |old |previous )?{_WORK_PEOPLE} of (?:mine|ours)\b",
)


@dataclass(frozen=True)
class Drift:
    """Where a turn's subject went."""

    tangent: bool
    unrelated: bool
    """What is left after courtesies is not about the work (or nothing is left)."""
    their_work: bool
    own_story: bool = False
    """Tied back to the explorer's own work, background or move ("I've been in hotels for
    fifteen years", "part of it is personal: I've missed..., which is why..."): whatever its
    words, not a tangent a trained reader may add."""
    work_words: int = 0
    """Words of the scenario's field in what is left of it ("researcher", "usability")."""
    life_words: int = 0
    """Words (or signs) of life outside work in it ("marathon", "my wife and I")."""
    content_words: int = 0
    """Words left once courtesies and the moment's housekeeping are set aside."""
    working_when: bool = False
    """Asks when the work is done ("do researchers end up working holidays?"): about the work
    however many words of life it names."""
    announced: bool = False
    """A tangent said to be one ("totally random, but...") or gossip ("between you and
    me, two of the managers are seeing each other"): no trained reader overrules it."""
    said_off_subject: bool = False
    """Said to be off the subject ("random, but..."), whatever its words: a trained reader
    that hears a tangent in it may be believed even where words of the field outnumber
    those of life ("my cheer team has nationals, I'm so stressed")."""


class Tangents:
    """Reads turns for drift away from one scenario's work."""

    def __init__(self, index: TopicIndex, names: frozenset[str]) -> None:
        self.index = index
        self._names = names
        self._life = LEISURE - index.field_words  # the scenario's own words are work there
        # (Not the place their firm is named after: "the town of Caerleon takes its name...")
        self._names_their_org = re.compile(rf"(?<!town of )(?<!city of )(?<!village of )"
                                           rf"(?<!county of )\b(?:{index.org_pattern})\b")

    def read(self, t: str, rest: str, is_question: bool, aside: bool = False) -> Drift:
        """`t` is the normalised turn (without what it does for the meeting), `rest` what is
        left of it once courtesies are set aside; `aside` when the turn also does the
        meeting's business, so a word in passing ("my uncle said you'd give it to me
        straight") is no tangent."""
        if HOW_WE_MET.search(t):
            # Who sent one, and what they said of them, is the meeting's business.
            t, rest = _without_how_we_met(t, rest)
        tied = _TIED_BACK.search(t)
        tail = t[tied.end():] if tied else ""
        if tied and (self._career_move(tail) or _THIS_MOVE.match(tail) or self._names_work(tail)
                     and not self._pastime(tail)):
            return Drift(False, False, True, own_story=True)
        if self._gives_a_reason(t) or _WHY_I_ASK.search(t) and self._names_work(t):
            return Drift(False, False, True, own_story=True)
        worry = _THEIR_WORRY.search(t)
        if worry and "?" in t[:worry.start()]:
            return Drift(False, False, True, own_story=True)
        # What something of theirs reminded one of is the subject, not what reminded one:
        # "your route-planning work reminds me, I did the North Coast 500 in August..."
        t, rest = _after_segue(t), _after_segue(rest)
        t, rest = FIGURES_OF_SPEECH.sub(" ", t), FIGURES_OF_SPEECH.sub(" ", rest)
        # The train one takes in is a commute, whatever the field trains.
        t, rest = COMMUTING.sub(" commute ", t), COMMUTING.sub(" commute ", rest)
        t, rest = HOME_WORK.sub(" renovation ", t), HOME_WORK.sub(" renovation ", rest)
        # Those one teaches are learners, not one's own family: "I tutor kids at the library".
        t, rest = _TAUGHT.sub(r"\g<teach> learners", t), _TAUGHT.sub(r"\g<teach> learners", rest)
        t, rest = CAREER_GAP.sub(" career break ", t), CAREER_GAP.sub(" career break ", rest)
        rest = _GROWING_UP.sub(" childhood ", APOLOGY.sub(" ", rest))
        # The subject one read is one's studies, whatever it is called ("I did maths at
        # university", heard as "match").
        t, rest = _STUDIED.sub(" i studied at university ", t), _STUDIED.sub(" studies ", rest)
        # What a remark is said not to be about is not its subject: "nothing to do with
        # construction" names no work.
        words = [w for w in self.index.analyse(NOT_ITS_SUBJECT.sub(" ", rest))
                 if w not in QUESTION_WORDS and w not in self._names]
        # Words of life outside work, or as many signs of one's own life brought in ("my
        # wife and I just bought a...", "we just got back from... the kids").
        life = max(sum(1 for w in words if w in self._life), len(PERSONAL_LIFE.findall(t)))
        # Words of one's own life are life, whatever the field calls them ("my partner" to an
        # HR business partner, "we moved here" to a career move).
        personal = set(self.index.analyse(" ".join(m.group() for m in PERSONAL_LIFE.finditer(t))))
        work = sum(1 for w in words if w in self.index.field_words and w not in NEITHER
                   and w not in self._life and w not in personal)
        their_work = self._about_their_work(t, words, life, work)
        unrelated = not words or not their_work and self._unrelated(
            rest, words, life, work, bool(PERSONAL_LIFE.search(t)))
        chatter = len(words)
        short = TANGENT_MIN_WORDS - 1 if is_question else TANGENT_MIN_WORDS
        no_topic = self.index.best(rest)[0] is None
        background = bool(_OWN_BACKGROUND.search(t))
        # Said to be off the subject, and more about life than work: their office or things
        # in it ("this cafe has the same lamps as that show...") don't bring it back.
        off_subject = chatter >= short and bool(DIGRESSION.search(t))
        gossip = not their_work and chatter >= TANGENT_MIN_WORDS and no_topic and bool(
            GOSSIP.search(t))
        tangent = off_subject and life > work or not their_work and (
            # everyday subjects crowd out the work
            chatter >= DRIFT_MIN_WORDS and life >= 2 and life > LIFE_OVER_WORK * work
            or chatter >= short and self._asks_about_leisure(t)
            # an off-work remark with a word of life outside work in it (one's mother's
            # house where one practised the trade is one's background)
            or not aside and unrelated and chatter >= short and life > LIFE_OVER_WORK * work
            and (life >= 2 or not background)
            # news from home, or about others' private lives, on no topic of the work
            or chatter >= TANGENT_MIN_WORDS and no_topic and not aside
            and self._news_from_home(rest) and life > work
            or gossip
            # said to be off the subject, and not about the work: unrelated, or a long remark
            # in words that are hardly the work's ("random, but is that a nitro cold brew
            # tap? We've been begging our owner for one...", where product teams have owners)
            or off_subject and (unrelated or chatter >= LONG_REMARK_WORDS
                                and work <= chatter * WORK_SHARE_OF_LONG_REMARK)
            # a long remark that never touches work (introducing oneself is one's career, and
            # so is what leads up to a goal said in the same turn)
            or not aside and unrelated and chatter >= LONG_REMARK_WORDS
            and work <= chatter * WORK_SHARE_OF_LONG_REMARK and not background
        )
        announced = tangent and (off_subject and (life > work or unrelated) or gossip)
        return Drift(tangent, unrelated, their_work, own_story=background, work_words=work,
                     life_words=life, content_words=chatter,
                     working_when=bool(_WORKING_WHEN.search(t)), announced=announced,
                     said_off_subject=off_subject)

    def _gives_a_reason(self, t: str) -> bool:
        """Some sentence gives a part of life as a reason, after naming the work."""
        for sentence in SENTENCE_BREAK.split(t):
            reason = _A_REASON.search(sentence)
            if reason and self._names_work(sentence[:reason.start()]):
                return True
        return False

    def _news_from_home(self, rest: str) -> bool:
        """Most of its sentences are about someone of one's own life, named or carried on
        ("My daughter's just started at uni. The wife's been in bits all week.", "My daughter
        just graduated. She is the first in our family with a degree."); one of them working
        in the field is one's background ("my mother is a staff nurse, so I grew up with
        hospital stories"), not news."""
        sentences = [s for s in SENTENCE_BREAK.split(rest.strip()) if re.search(r"[a-z]", s)]
        about_them, before = 0, False
        for sentence in sentences:
            in_the_field = _THEIR_JOB.match(sentence)
            if in_the_field and self._names_work(
                    re.split(r"\b(?:so|and|but)\b", sentence[in_the_field.end():])[0]):
                return False
            before = bool(ABOUT_OWN_PEOPLE.match(sentence)
                          or before and _CARRIED_ON.match(sentence))
            about_them += before
        return 2 * about_them > len(sentences)

    def _career_move(self, text: str) -> bool:
        """One's own move, named bare or by what it leaves: the work, or one's own craft in
        words the scenario need not know, but not a place or life outside work."""
        move = _CAREER_MOVE.match(text)
        if move is None:
            return False
        left = self.index.analyse(move["object"])
        return self._names_work(move["object"]) or not any(
            w in self._life or w in _PLACES for w in left) and not PERSONAL_LIFE.search(text)

    @staticmethod
    def _pastime(text: str) -> bool:
        liked = _LIKED.match(text)
        return liked is not None and stem(liked["activity"]) in _PASTIMES | LEISURE

    def _names_work(self, text: str) -> bool:
        """Names the field or careers ("...why I care about how people learn tools"), not
        just a word its answers use ("...why I love pasta")."""
        return self.index.best(text)[0] is not None or any(
            w in self.index.field_words and w not in NEITHER for w in self.index.analyse(text))

    def _related(self, text: str) -> bool:
        core = _without_times(text)
        return self.index.best(core)[0] is not None or self.index.relatedness(core) >= TANGENT_BELOW

    def _unrelated(self, rest: str, words: list[str], life: int, work: int,
                   personal: bool) -> bool:
        if not work and life >= 2:
            return True
        # Someone of one's own life and no word of the work: words its answers happen to
        # use ("my roommate keeps leaving...") make no topic of it.
        if not work and personal and self.index.best(rest)[0] is None:
            return True
        return not self._related(rest)

    def _about_their_work(self, t: str, words: list[str], life: int, work: int) -> bool:
        """How they go about things, their own things, or what is around the meeting, unless
        it is mostly leisure ("how do you spend the holidays?")."""
        if leisure_dominates(words):
            return False
        # Their organisation (or its product) named, with nothing of life: "we run Crewbook
        # on all four trucks, and my guys fight the invoice screen" is feedback on their work.
        if not life and self._names_their_org.search(t):
            return True
        setting = sum(1 for w in words if w in self.index.setting_words)
        # Where we are, unless as much is said of leisure ("the climbing wall in your lobby...
        # I climb too, mostly bouldering").
        # How they go about things, unless the things are all leisure ("do you have any shows
        # you'd recommend? I binge this true-crime podcast...").
        if (_HOW_THEY_WORK.search(t) and not (life >= 2 and not work)
                or setting >= SETTING_MIN_WORDS and setting > life
                or _ONES_OWN_PROSPECTS.search(t) and asks_question(t, word_set(t))):
            return True
        return bool(_THEIR_THINGS.search(t)) and not (life >= 2 and life > work)

    def _asks_about_leisure(self, t: str) -> bool:
        """A question that is mostly about their holidays or the game, asks what they did,
        watch or tried ("did you catch the Panthers game?"), or asks after a pastime of theirs
        the turn has just named ("you're a golfer. Have you played the new course?")."""
        their_pastime = False
        for sentence in SENTENCE_BREAK.split(t):
            if not (sentence.endswith("?") or asks_question(sentence, word_set(sentence))):
                their_pastime = their_pastime or self._names_their_pastime(sentence)
                continue
            if _A_WORKING_DAY.search(sentence):
                continue  # "what does a normal week look like, like what are you doing at the desk?"
            pastime = _PASTIME.search(sentence)
            # Following up their pastime, in words the work may share ("the course", "the
            # training").
            if their_pastime and (pastime or _ASKING_AFTER.search(sentence)):
                return True
            words = self.index.tokens(sentence)
            if not any(self._work_word(w) for w in words) and leisure_dominates(words):
                return True
            # What they did or are into, judged by what it is, in words of leisure or words
            # the work does not use: "have you ever been to Lisbon?", "are you watching the
            # Six Nations?", "have you tried the scones here?"
            event = _SPORT_EVENT.match(sentence[pastime.end():]) if pastime else None
            if event and not any(self._work_word(w) for w in self.index.tokens(event.group())
                                 if w != "org"):
                return True  # (a firm in its name is no work: "the Old Firm game")
            going_out = _GOING_OUT_FOR.search(sentence)
            if going_out:
                wanted = self.index.tokens(sentence[going_out.end():])
                # (a meal out is leisure, though "lunch" alone names none: "the lunch rush")
                if any(w in self._life or w in _MEALS for w in wanted) and not any(
                        self._work_word(w) for w in wanted):
                    return True
            if pastime:
                # What follows the asking, else the asking itself ("are you a Buckeyes
                # guy?"), else the whole question ("what do you see most?").
                for what in (sentence[pastime.end():], pastime.group()):
                    named = [w for w in self.index.tokens(what) if w not in NEITHER]
                    if named:
                        break
                else:
                    what, named = sentence, words
                if not any(self._work_word(w) for w in named) and (
                        any(w in self._life for w in named) or not self._related(what)):
                    return True
        return False

    def _work_word(self, w: str) -> bool:
        return w in self.index.field_words and w not in NEITHER

    def _names_their_pastime(self, sentence: str) -> bool:
        """Says what they do for fun: a clause of theirs in words of leisure, none of work."""
        clause = _THEIR_CLAUSE.search(sentence)
        if clause is None:
            return False
        words = self.index.tokens(clause.group())
        return any(w in self._life for w in words) and not any(self._work_word(w) for w in words)


def _without_how_we_met(t: str, rest: str) -> tuple[str, str]:
    """`t` and `rest` (`t` with courtesies set aside, which may have taken the words that
    say how) without how the meeting came about (see `how_we_met`)."""
    about = how_we_met(SENTENCE_BREAK.split(t))
    return without_how_we_met(t, about), without_how_we_met(rest, about)


def without_how_we_met(t: str, about: list[bool] | None = None) -> str:
    """Normalised `t` without who sent one and what they said ("She just said it would be
    good for me to talk to someone with a real job"); `about`, read from a text with the
    same sentences, is used when given."""
    sentences = SENTENCE_BREAK.split(t)
    if about is None or len(about) != len(sentences):
        about = how_we_met(sentences)
    return " ".join(s for s, a in zip(sentences, about, strict=True) if not a)


def how_we_met(sentences: list[str]) -> list[bool]:
    """Which normalised sentences tell how the meeting came about: who sent one, what the
    go-between said after it ("...pointed me your way. She said you'd be blunt."), and who
    they are, said just before ("My roommate's mom works with you, I think? And she said I
    should come talk to you.")."""
    about: list[bool] = []
    for n, sentence in enumerate(sentences):
        met = bool(HOW_WE_MET.search(sentence))
        if met and n and not about[-1] and _CARRIED_ON.match(sentence) \
                and ABOUT_OWN_PEOPLE.search(sentences[n - 1]):
            about[-1] = True
        about.append(met or bool(n) and about[-1] and bool(_CARRIED_ON.match(sentence)))
    return about


def _after_segue(text: str) -> str:
    segue = _REMINDS_ME.search(text)
    return text[segue.end():] if segue else text


def _without_times(text: str) -> str:
    """`text` without words that say nothing of work or leisure: a topic found from "night",
    "week" or "watch" alone is no topic."""
    return " ".join(w for w in text.split() if stem(w.strip(",.!?;:")) not in NEITHER)

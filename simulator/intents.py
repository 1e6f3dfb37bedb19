"""What a user turn does: asks a question, asks for a job, thanks, states a goal, closes...

Recognised speech has unreliable punctuation and casing, so every check works on the
normalised text (see simulator.words.normalise) and none depends on a question mark.
Each reading looks for what a turn does rather than for stock phrasings (the modules it
uses say how: simulator.purpose, .referrals, .job_requests, .public_facts, .tangents);
topic and relatedness come from the scenario's own index. One turn may do several things
("Where are you based? And are you hiring?"), so job requests are set aside before the
other requests are looked for, and the meeting's business and courtesies before drift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.filler_questions import earnest_questions
from simulator.job_requests import JobRequests, with_disclaimers
from simulator.matching import (
    CAREER_WORDS,
    QUESTION_WORDS,
    TOPIC_MIN_SCORE,
    TopicIndex,
    cosine,
    normalise,
    tokens,
)
from simulator.my_move import OVERRIDES_BELOW, asks_about_my_move
from simulator.phrases import SENTENCE_BREAK, Rule, rx, word_set
from simulator.public_facts import (
    AN_EXAMPLE,
    ASIDES,
    LEAD_IN,
    joined_questions,
    without_follow_ups,
)
from simulator.purpose import states_goal
from simulator.questions import CONFIRMING_TAG, HEDGED_ALTERNATIVE, asks_question
from simulator.referrals import ASKING_LEAVE, PEOPLE, asks_for_referral, asks_for_resources
from simulator.scenario import Prep, Scenario
from simulator.small_talk import (
    ABOUT_THE_MEETING,
    ACKNOWLEDGE,
    GREETING,
    IN_THE_MOMENT,
    LOGISTICS,
    PLEASANTRY,
    WELL_WISHES,
)
from simulator.tangents import LONG_REMARK_WORDS, Tangents, how_we_met, without_how_we_met
from simulator.turn_model import TurnModel, masked, shipped_model

# Asking to be shown how something is done, for advice on it or for something to read: "I'd
# be grateful if you could walk me through how you storyboard a course", "I'd be grateful for
# any advice on a first portfolio" have a request's politeness and ask for no job.
_ASKS_TO_LEARN = re.compile(r"\b(?:walk|talk|take) me through\b|\bshow me how\b|"
                            # to watch the work to try it: "could I shadow someone? Even for a
                            # few hours, just to see if I can handle it?"
                            r"\b(?:shadow\w*|sit in)\b.{0,80}?\bto (?:see|get a (?:feel|sense|"
                            r"taste)|find out) (?:(?:if|whether) (?:i|it is|this is|that is|the "
                            r"work)\b|(?:what|how) (?:it|the work|the job|a shift) )|"
                            r"\b(?:any|some|your) (?:advice|tips|pointers|guidance) (?:on|about|"
                            r"for|with)\b|"
                            # something to read: "could you send me the article you mentioned?"
                            r"\b(?:send|share|forward|email|link|pass) me (?:the|that|this|your|a|"
                            r"an) (?:[\w-]+ ){0,2}?(?:article|book|paper|post|blog|podcast|"
                            r"newsletter|slides|deck|reading list|talk|video)s?\b|"
                            # how my applications in general will be read: "will the gap on
                            # my CV be a problem when I apply for research roles?"
                            r"\b(?:when|if|once|before|as) i (?:start |start to |begin )?"
                            r"(?:apply|applying) (?:for|to) (?!your\b|you\b)(?:[\w-]+ ){0,2}?"
                            r"(?:roles|jobs|positions|internships|openings|programs|programmes|"
                            r"schools)\b(?! (?:at|with|here|on your|in your|there)\b)")
# Whom else to ask puts the explorer in touch with someone, or asks them to be named: "who
# else is on your team?" asks who is there, and the trained reader may not call it a
# referral ask (retrained with the set O, it gave that 0.59).
_IN_TOUCH = re.compile(r"\b(?:i|me|my)\b|\b(?:talk|speak|chat|meet|reach|contact|connect|"
                       # a call to make, not a decision made ("who made the call?")
                       r"introduc|coffee|(?<!made the )(?<!make the )call|email|e-mail|message|"
                       r"ask|worth|recommend|suggest|"
                       r"point|send|pick|learn|hear|network)")
# What they look for in someone is what they hire on, whomever it names: "Tell me what you'd
# look for in an assistant project manager who came from estates."
_WHAT_THEY_LOOK_FOR = re.compile(r"\bwhat (?:do |would |did |does )?(?:you|your \w+|they) "
                                 r"(?:\w+ )?(?:look|looks|looked) for in\b")
# A question this related to the field (and not a tangent) is substantive.
RELATED_MIN = 0.15
# A question of one content word ("what does your team look like?") needs that word to be
# squarely about work.
SINGLE_WORD_RELATED = 0.5
# A statement this close to the prepared goal states the purpose; to a prepared question,
# asks it.
PREP_GOAL_MIN_SIMILARITY = 0.45
# What a goal names must be this related to the field (or name careers): "a bigger flat"
# shares a word with a field about size, not a subject.
GOAL_RELATED_MIN = 0.3
PREP_QUESTION_MIN_SIMILARITY = 0.6
_CACHE_SIZE = 512
_ASKED_AFTER_COLON = re.compile(r"(?i):\s+(?=(?:how|what|when|where|who|which|why|would|could|"
                                r"should|do|does|did|is|are|was|were|can|have|has)\b[^:]*\?)")


# --- what the turn does -------------------------------------------------------------------

_THANKS = Rule(
    "thank thanks thx cheers appreciated grateful appreciate obliged kind generous ta ty tysm owe",
    # Someone else's thanks are no thanks of mine: "nobody ever thanks you for it".
    r"(?<!\bnobody )(?<!\bno one )(?<!\bever )(?<!\bnever )(?<!\brarely )(?<!\bseldom )"
    r"(?<!\balways )(?<!\bhe )(?<!\bshe )(?<!\bwho )(?<!\bthey )(?<!\bpeople )"
    r"\bthank(?:s|[ -]you| u)\b(?! to (?!you\b|(?:meet|see|talk|speak|have|make|take|give|"
    r"spend|share|host|receive|sit|let)\b))(?! but no)(?! goodness)(?! god)(?! heavens)"
    r"(?![ -](?:notes?|emails?|cards?|letters?|messages?)\b)",
    r"\bthx\b",
    # Cheers said in a story is a toast, not thanks: "the best man shouted cheers".
    r"(?<!\bshouted )(?<!\bshouts )(?<!\byelled )(?<!\bsaid )(?<!\bsays )(?<!\bcried )"
    r"(?<!\bwent )(?<!\beveryone )(?<!\bwe all )\bcheers\b(?! to\b)",
    r"(?:^|[,.!]\s*)ta\b(?![- ]da)", r"\bmany thanks\b",
    # Typed thanks: "Ty, this was really helpful", "tysm!" ("Ty" alone, not a name in a greeting).
    r"(?:^|[,.!]\s*)ty\b(?=\s*(?:[,.!]|$|so much|for))", r"\btysm\b",
    r"\bmuch (?:appreciated|obliged)\b",
    # "I owe you a pint", "I owe you one" (not "I owe you an apology").
    r"\bi (?:really |definitely )?owe you (?:one|big|a (?:pint|coffee|beer|drink|lunch|dinner|round|"
    r"favou?r))\b",
    # "I'm grateful you made time", not the request "I'd be grateful if you could...".
    r"(?<!would be )(?<!would be very )(?<!would be really )(?<!would be so )\bgrateful\b"
    r"(?! if\b)"
    # ...nor gratitude to someone else: "grateful my firm has let me", "grateful to my boss".
    r"(?! (?:that )?(?:my|our) [\w-]+(?: [\w-]+)? (?:has|have|had|let|lets|allowed|gave)\b)"
    r"(?! to (?!you\b))",
    # ...not understanding something: "I appreciate you're in a regulated business, so..."
    r"(?<!would )(?<!would really )(?<!would greatly )\bappreciate (?:"
    r"it(?! (?:is|was|will|would|might|may|must|can|could|has|had)\b)|your|you(?! (?:are|were|"
    r"have|had|must|might|may|will|would|can|cannot|could|do|did|need|probably)\b)|"
    # ...nor "I appreciate that the market is tight", "I appreciate this is awkward", "I
    # appreciate it's a bit direct"
    r"(?:this|that)(?! (?:the|a|an|it|this|there|we|they|he|she|you|i|things|times|people|"
    r"everyone|everybody|not|some|most|many|is|was|might|may|must|will|would|could|can)\b)"
    r"(?! (?:[\w-]+ ){1,3}?(?:is|are|was|were|has|have|had|can|cannot|will|would|might|may|"
    r"must)\b)|"
    r"all|the time|everything)\b",
    r"\b(?:so|very|really|too) (?:kind|generous) of you\b", r"\bgenerous with your time\b",
)
# A thing lacked, in one word: "(fully) branchless", "completely paperless".
_LACKING = re.compile(r"\b(?:(?:is|are) )?(?:fully |completely |totally |entirely |100 percent )?"
                      r"(?P<thing>[A-Za-z]{4,})less\b")
_ASKS_OUTRIGHT = re.compile(r"^(?:\w+,? ){0,2}?(?:what|how|why|when|where|who|which|did|does|do|is|"
                            r"are|was|were|can|could|would|will|should|has|have)\b.*\?\s*$")
# A guess at the answer just asked for: "What did you study? Was it psychology too?", "... Or
# was it maths?" (not a view of it: "Is that common?").
_GUESS_AT_IT = re.compile(r"^(?:(?:so|and|or|oh),? )*(?:was|is|were|are) (?:it|that|they|those) "
                          r"(?:[\w'-]+ ){0,4}?(?:too|as well|also|then)\s*\?\s*$|"
                          r"^(?:or,? )+(?:was|is|were|are|did|do) (?:it|that|they|you)\b")
# A guess between alternatives at what was just checked: "Was that for the MBA or the
# health admin one?", "Were you in news or features?"
_A_CHOICE_GUESS = re.compile(r"^(?:(?:so|and|oh|okay|ok),? )*(?:was|is|were|are|did) (?:it|that|"
                             r"they|those|you)\b[^?]*\bor\b|"
                             # ...or at one detail of it, asked as a cleft: "Stockholm, I
                             # believe. Was it the Royal Institute where you read computing?"
                             r"^(?:(?:so|and|oh|okay|ok),? )*(?:was|is) it (?:[\w'-]+ ){1,6}?"
                             r"(?:where|that|when) you\b")
_OPENER = re.compile(r"^(?:(?:so|and|okay|ok|now),? )?(?:to (?:begin|start)(?: with)?|first(?:ly| of all"
                     rf"| off)?|just to (?:check|confirm|be sure)|quick (?:check|question)|{ASIDES})"
                     r"\W+")
# A tag the recognizer wrote as a sentence of its own: "No branches anywhere. Right." is
# "no branches anywhere, right?" (spoken, the tag's rise is all that made it a question).
_SPLIT_TAG = re.compile(r"(?i)(\w)[.!]\s+(right|correct|true|is that right|is that correct|"
                        r"is that true|yeah|"
                        # "I should let you go. Shouldn't I?"
                        r"(?:is|was|are|were|do|does|did|has|have|had|should|would|could|can|"
                        r"wo)n[\u2019']?t (?:it|you|that|she|he|they|there|this|i|we)|"
                        r"(?:have|did) i (?:got|get) that (?:right|correct))"
                        r"\s*[.?!]*\s*$")
# ...or where: "Where did you go to nursing school? Was it around here?"
_WHEN_OR_WHERE_WORDS = frozenset(tokens("happen happened start started begin began come came ago "
                                        "long exactly roughly year around here local locally "
                                        "nearby close town area somewhere"))
# A value guessed at, with nothing else named: "What, ten, twelve year?", "Like over a decade?"
_A_VALUE_WORDS = frozenset(tokens("one two three four five six seven eight nine ten eleven twelve "
                                  "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                  "twenty thirty forty fifty dozen few couple several year years "
                                  "month months decade decades odd over under least"))
# The fact checked said again: "So payments is your bread and butter, right? That's your patch?"
_SAID_AGAIN = re.compile(r"^(?:(?:so|and|oh|okay|ok),? )*(?:that is|those are|that was) (?:your|his|"
                         r"her|their|the) (?:[\w'-]+ ){0,2}?[\w'-]+\s*\?\s*$")
_NOT_THANKS = re.compile(r"\bno,? thank(?:s| you)\b|\bthanks but no thanks\b")

_CLOSING = rx(
    r"\b(?:we are|we have)(?: already| almost| nearly| just about| getting| running)? (?:at|"
    r"out of|over|past|close to|near|up against|short on|low on|coming up on|running out of|"
    r"almost out of) (?:the |our )?time\b",
    r"\bi will let you go\b", r"\blet you (?:go|get (?:back |on )?(?:to|with))\b",
    # "I won't keep you long" promises a short meeting as it starts; "I won't keep you
    # (any longer)" ends one.
    r"\bi (?:do not|do not want to) (?:want to )?keep you\b(?! long\b)",
    r"\bnot keep you\b(?! long\b)",
    r"\b(?:that is|those are|those were|that was) (?:all|it for|everything for|all of) my "
    r"questions\b",
    r"\b(?:i think )?that is (?:all|everything|it) (?:i had|from me|i have|for me)\b",
    r"\bthat is everything\s*(?:[,.!]|$)",
    # Saying goodbye, not telling of a goodbye: "I couldn't say goodbye to my team".
    r"(?<!\bsay )(?<!\bsaid )(?<!\bsaying )(?<!\bsays )\b(?:good)?bye\b"
    r"(?! to (?:my|the|our|his|her|their|all|that|this)\b)",
    r"\bsee (?:you|ya) (?:later|soon|around|next time|then)\b",
    r"\bsee ya\b", r"\btake care\b(?! of)", r"\buntil next time\b",
    # Wishing them a good day, not asking after one: "Did you have a good weekend?"
    r"(?<!\bdid you )(?<!\bdid you all )"
    r"\bhave a (?:great|good|nice|lovely|wonderful) (?:day|one|afternoon|evening|week|weekend|"
    r"rest of your day)\b",
    # "I should go" only at the end of a clause: "I should go to law school" is not leaving,
    # nor is leaving later: "just shout when I need to go".
    r"(?<!when )(?<!whenever )(?<!if )(?<!once )(?<!until )(?<!before )"
    r"\bi (?:should|need to|have to|got to|gotta) (?:probably )?(?:let you go|get going|"
    r"head (?:out|off)|go|run)\s*(?:[,.!;]|$|now\b)",
    r"\bgotta (?:run|go)\b",
    r"\b(?:let me|i will|i should|time to) wrap (?:it |things )?up\b",
    r"\bi will stop (?:there|here)\b", r"\brespect your time\b",
    r"\bi (?:will|can) see myself out\b", r"\btalk (?:to you )?soon\b",
)


_MUST_LEAVE = re.compile(r"\bi (?:will |would |am going to )?(?:have to|need to|must|got to|gotta) "
                         r"(?:go|run|dash|leave|hop off|jump off|get going|log off)\b")


@dataclass(frozen=True)
class Reading:
    """What one user turn does, as far as the meeting and the coaching care."""

    words: int
    is_question: bool
    substantive: bool
    """A thoughtful question about the person's work, path, field or advice."""
    topic: str | None
    topic_score: float
    asks_for_job: bool
    googleable: str | None
    """What public fact the question asks, when it asks one."""
    thanks: bool
    referral_ask: bool
    """Asks whom else to talk to (to learn, not to be hired)."""
    states_purpose: bool
    closing: bool
    tangent: bool
    small_talk: bool
    announced_tangent: bool = False
    """The rules' tangent is said to be one, or gossip: no trained reader overrules it."""
    off_work: bool = False
    """Not the explorer's own story ("part of it is personal: I've missed every game, which
    is why..."), a goodbye, the meeting's logistics ("sorry, my wifi has been patchy") or
    mostly words of the work: only then may the trained reader add a tangent the rules did
    not hear."""


# Checking whom one greets: "Hi, Lorraine?", "Ms. Castillo?", "Are you Lorraine?" (the name is
# checked by the caller).
_NAME_CHECK = re.compile(r"^\W*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)|oh|um|uh|sorry|"
                         r"excuse me)\W+)*(?:are you |is it |is this )?"
                         r"(?:(?:mr|mrs|ms|miss|dr|doctor|professor)\W+)?"
                         r"(?P<name>[\w'-]+(?: [\w'-]+)?)\W*\?\s*$")
# Who is meant, said after asking whom else to talk to.
_SAYS_WHOM = re.compile(r"^\W*(?:(?:maybe|perhaps|like|or|ideally|preferably|especially|even|say)\W+)*"
                        r"(?:an?|any|anybody|anyone|someone|somebody|people|folks|others?|"
                        r"one of|some(?:one)?|ones?)\b")


class TurnReader:
    """Reads user turns for one scenario; builds the scenario's index once."""

    def __init__(self, scenario: Scenario, prep: Prep | None = None,
                 index: TopicIndex | None = None, use_model: bool = True) -> None:
        """`use_model=False` reads with the rules alone (what the model is trained from)."""
        self.scenario = scenario
        self.prep = prep
        self.index = index or TopicIndex(scenario)
        self._cache: dict[str, Reading] = {}
        persona = scenario.persona
        self._job_requests = JobRequests(self.index.org_pattern)
        self._profile_words = frozenset(re.findall(
            r"[a-z]+", " ".join(f.fact for f in scenario.public_profile).lower()))
        self._before_here = re.compile(
            r",? before (?:you )?(?:joined |joining |coming to |came to |moving to |moved to |"
            rf"starting at |you started at )?(?:{self.index.org_pattern})\b")
        self._name_tokens = frozenset(self.index.tokens(persona.name))
        self._tangents = Tangents(self.index, self._name_tokens)
        self._story_topic = next((t.id for t in scenario.topics if t.invites_story), None)
        """Where a question about the explorer's own move goes (simulator.my_move)."""
        self._prepared = [self.index.vector(q) for q in (prep.questions if prep else [])]
        self._goal = self.index.vector(prep.goal) if prep and prep.goal else None
        self._model: TurnModel | None = shipped_model() if use_model else None

    def read(self, text: str) -> Reading:
        cached = self._cache.get(text)
        if cached is None:
            cached = self._read(text)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = cached
        return cached

    def _read(self, text: str) -> Reading:
        t = normalise(text)
        vocab = word_set(t)
        content = self._named(text)
        topic, topic_score = self.index.best(text)
        # A question read out after a lead-in ("Question four, the one I care most about:
        # what would you do...?") is about what it asks, not what led up to it.
        asked = _ASKED_AFTER_COLON.search(text)
        if asked:
            topic, topic_score = max((topic, topic_score), self.index.best(text[asked.end():]),
                                     key=lambda found: found[1])
        # So is a question with its context told around it ("How do you know if a course
        # worked? In school we have the tests, but with customers it is different."): the
        # context's words may name another topic better than the question's do.
        sentences = SENTENCE_BREAK.split(text)
        if len(sentences) > 1:
            for question in (s for s in sentences if s.rstrip().endswith("?")):
                topic, topic_score = max((topic, topic_score), self.index.best(question),
                                         key=lambda found: found[1])
        checked = self._without_name_checks(t)
        asks = asks_question(t, vocab) if checked == t else asks_question(checked,
                                                                           word_set(checked))
        is_question = asks or self._is_prepared_question(text)
        # One turn may do several things ("Where are you based? And are you hiring?"): what
        # asks for a job is set aside before the other requests are looked for.
        requests = with_disclaimers([normalise(s) for s in sentences])
        asking_job = [self._job_requests.asks(n, word_set(n)) for n in requests]
        # A favour asked and said to be for no job ("Could I send you my resume sometime? Not
        # for a job, I just want to know if it makes sense to an analyst") asks no question
        # about their work.
        favours_only = all(self._job_requests.declined(n, word_set(n))
                           for s, n in zip(sentences, requests, strict=True)
                           if s.rstrip().endswith("?"))
        # The trained reader adds what the rules' phrasings miss (simulator.turn_model), but
        # never overrules what they know a turn is not: a request declined in its own words,
        # people to learn from ("introduce me to someone on the design team"), or things to
        # learn from ("is there a course you'd start with?").
        model_says, model_doubts = self._model_reads(text)
        rules_job = any(asking_job) or self._job_requests.asks(t, vocab)
        other = " ".join(s for s, j in zip(sentences, asking_job, strict=True) if not j)
        if rules_job and not any(asking_job):
            other = ""  # the request runs across sentences: "You need a carpenter? I can work."
        chat, kept = self._small_talk_of(other)
        drift = self._tangents.read(chat, _set_aside_courtesies(chat), is_question,
                                    aside=kept < len(sentences))
        # Nor is a turn said to be off the subject ("a question of pure curiosity, and
        # nothing to do with construction...") a request the trained reader may add.
        # Nor is a turn whose only questions ask leave to ask ("would it be alright if I
        # asked one more thing?").
        job = rules_job or ("asks_for_job" in model_says
                            and not self._job_requests.declined(t, vocab)
                            and not ("?" in t and not earnest_questions(t))
                            and not asks_for_referral(t) and not _ASKS_TO_LEARN.search(t)
                            and not drift.said_off_subject)
        purpose = self._states_purpose(t, text)
        # A turn that asks nothing may still say a fact back to be confirmed ("and before
        # Crewbook you were at TripNest"); one that also asks builds on it ("..., how did
        # that shape you?"). A goal said with no question mark asks no fact, whatever it
        # says of one's own place ("I am an associate at a law firm here in Austin, and I am
        # trying to establish whether product is a realistic move, and how one would go
        # about it").
        # (Whom one means, after asking whom else to talk to, asks no fact of them: "Maybe
        # one of your apprentices, since they started kind of recently?")
        facts_asked = " ".join(_not_whom(SENTENCE_BREAK.split(other)))
        googleable = self._googleable(facts_asked, said_back=not is_question) if facts_asked \
            and not (purpose and is_question and "?" not in text) else None
        thanks = bool(_THANKS.search(t, vocab)) and not _NOT_THANKS.search(t)
        said_else = normalise(other)
        referral = asks_for_referral(said_else) or (
            "referral_ask" in model_says and not job and not asks_for_resources(said_else)
            and self._may_reach(said_else)
            and _WHAT_THEY_LOOK_FOR.search(said_else) is None)
        # A question about the explorer's own move is answered by asking for their story,
        # unless the turn has just told it ("I'm a nurse manager and want to move into
        # operations. I'd like your advice on how to get there.").
        if (self._story_topic and not purpose and topic_score < OVERRIDES_BELOW
                and asks_about_my_move(t, vocab)):
            topic, topic_score = self._story_topic, max(topic_score, TOPIC_MIN_SCORE)
        closing = bool(_CLOSING.search(t))
        logistics = bool(LOGISTICS.search(t))
        social = bool(GREETING.search(t, vocab) or PLEASANTRY.search(t) or WELL_WISHES.search(t))
        # Whom else to ask is the meeting's business. The trained reader hears tangents in
        # topics the rules have no words for, where something is left once courtesies are
        # set aside and the rules find in it nothing of the work, the explorer's own story
        # or a goodbye; and it doubts the rules' drift where it reads the explorer's
        # background ("the billable-hour target is why I'm looking"), unless the rules heard
        # the tangent announced or gossip.
        off_work = drift.content_words > 0 and not (
            drift.own_story or closing or logistics or WELL_WISHES.search(t)
            or drift.work_words > drift.life_words
            or drift.working_when or drift.their_work and not drift.life_words)
        # Why one has to leave, said briefly with the goodbye, is the goodbye's business: "Oh
        # no, she's climbing the bookshelf. I'm so sorry, I'll have to go. Bye!"
        leaving = (closing and _MUST_LEAVE.search(t) is not None
                   and drift.content_words < LONG_REMARK_WORDS)
        tangent = not referral and not leaving and (
            drift.tangent and ("tangent" not in model_doubts or drift.announced)
            or "tangent" in model_says and (off_work or drift.said_off_subject))
        small_talk = social and drift.unrelated and not tangent
        # (Their name, which their lines use, makes no question of a remark: "Hiya Lorraine,
        # I'm Sinead. God, it's roasting in here, isn't it.")
        relatedness = self.index.relatedness(text, self._name_tokens) if content else 0.0
        # A public fact checked and then built on ("your PhD was physics, wasn't it? Did that
        # make it easier to get in?") still asks a question of its own.
        builds_on = googleable is not None and self._asks_beyond_the_fact(other, googleable)
        substantive = (
            is_question and not (job or googleable and not builds_on or small_talk or logistics
                                 or favours_only and "?" in text
                                 or tangent or referral and not self._asks_beside(sentences))
            # "Does that make sense?", "sorry, what do you mean?": no question about the work
            and (not asks or bool(earnest_questions(t)))
            and bool(content)
            and (topic is not None or drift.their_work
                 or relatedness >= (RELATED_MIN if len(content) > 1 else SINGLE_WORD_RELATED))
        )
        return Reading(len(t.split()), is_question, substantive, topic, topic_score, job,
                       googleable, thanks, referral, purpose, closing, tangent, small_talk,
                       announced_tangent=drift.announced, off_work=off_work)

    def _without_name_checks(self, t: str) -> str:
        """Normalised `t` without the sentences that only check whom one is greeting ("Hi,
        Lorraine?", "Ms. Castillo?") or who sent one ("My roommate's mom works with you, I
        think? And she said I should come talk to you."): asking that is no question about
        the work."""
        kept = []
        sentences = SENTENCE_BREAK.split(t)
        for sentence, sent_by in zip(sentences, how_we_met(sentences), strict=True):
            check = _NAME_CHECK.match(sentence)
            if not (check and set(self.index.tokens(check["name"])) <= self._name_tokens
                    or sent_by):
                kept.append(sentence)
        return " ".join(kept)

    @staticmethod
    def _may_reach(said: str) -> bool:
        """Whether normalised `said` could ask whom else to talk to, as far as the trained
        reader may add one: someone put in touch, or named ("who else..."), outside asking
        leave to ask and outside who sent one ("She just said it would be good for me to
        talk to someone with a real job" reaches no one)."""
        rest = ASKING_LEAVE.sub(" ", without_how_we_met(said))
        return _IN_TOUCH.search(rest) is not None and PEOPLE.search(rest) is not None

    def _asks_beside(self, sentences: list[str]) -> bool:
        """Sentences other than those asking whom else to talk to ask about the work: "What
        keeps you up at night? And who else should I talk to?" asks a question too."""
        other = _not_whom(sentences)
        return 0 < len(other) < len(sentences) and self.read(" ".join(other)).substantive

    def _asks_beyond_the_fact(self, text: str, fact: str) -> bool:
        """Some sentence after the first, or a question joined to it ("..., and how did you
        use it?"), asks a real question (a question word or a verb first, not a guess like
        "Psychology, at some state school?") that is no public fact, nor a choice between
        what the fact says ("So you went to Duke, right? Was that for the MBA or the health
        admin one, or both?")."""
        parts = [p for s in SENTENCE_BREAK.split(text) for p in joined_questions(s)]
        # (An example is the question again: "..., how long was it? Like, how many years?")
        return any(_ASKS_OUTRIGHT.match(n) and not _GUESS_AT_IT.match(n)
                   and not AN_EXAMPLE.match(n) and not _SAID_AGAIN.match(n)
                   and self._googleable(p) is None and not self._only_when_or_where(p)
                   and not self._only_a_value(p)
                   and not self._picks_from_the_fact(p, fact)
                   and not self._names_only_the_fact(p, fact)
                   for p, n in ((p, normalise(p)) for p in parts[1:]))

    def _names_only_the_fact(self, text: str, fact: str) -> bool:
        """A question naming nothing but what the fact says asks more of it: "How long were
        you in the stores? Eleven years, was it? And which ones, Gastonia?" """
        named = set(self._named(text)) - {"one"}
        return named <= set(self.index.analyse(fact))

    def _picks_from_the_fact(self, text: str, fact: str) -> bool:
        if not _A_CHOICE_GUESS.match(normalise(text)):
            return False
        return bool(set(self._named(text)) & set(self.index.analyse(fact)))

    def _only_when_or_where(self, text: str) -> bool:
        """A question that names nothing but when or where the fact just checked came about
        ("And you're public now, aren't you? When did that happen?", "Where did you go to
        nursing school? Was it around here?") asks more of the same fact."""
        return all(w in _WHEN_OR_WHERE_WORDS for w in self._named(text))

    def _only_a_value(self, text: str) -> bool:
        """A question naming nothing but a number or a span guesses at the fact's value."""
        words = self._named(text)
        return bool(words) and all(w in _A_VALUE_WORDS for w in words)

    def _named(self, text: str) -> list[str]:
        """The content stems `text` names, question words aside."""
        return [w for w in self.index.analyse(text) if w not in QUESTION_WORDS]

    def _model_reads(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """(what the trained reader says of the turn, which rules' readings it doubts)."""
        if self._model is None:
            return frozenset(), frozenset()
        persona = self.scenario.persona
        return self._model.read(masked(text, persona.name, persona.organisation))

    def _small_talk_of(self, text: str) -> tuple[str, int]:
        """The sentences of `text` that do none of the meeting's business (asking whom else
        to talk to, a public fact, stating a goal), normalised: where a tangent would be;
        and how many there are."""
        kept = [n for n in (normalise(s) for s in SENTENCE_BREAK.split(text) if s.strip())
                if not (asks_for_referral(n) or states_goal(n, self._about_work)
                        or self.index.public_facts.asked(n))]
        return " ".join(kept), len(kept)

    def _googleable(self, text: str, said_back: bool = False) -> str | None:
        text = _SPLIT_TAG.sub(r"\1, \2?", self._lacking_said_plainly(without_follow_ups(text)))
        facts = self.index.public_facts
        if not facts.could_ask(text, said_back):
            return None
        # The profile's own phrasings, matched against the turn and against each of its
        # sentences: a guess after the question ("Which paper was it? The Herald?") is not
        # part of what is asked.
        sentences = [s for s in SENTENCE_BREAK.split(text) if s.strip()]
        for part in [text, *sentences] if len(sentences) > 1 else [text]:
            # A tag ("..., is that correct?") only asks to confirm, and an opener ("to begin
            # with, ...") only orders the questions: their words are not the fact.
            untagged = LEAD_IN.sub("", _OPENER.sub("", CONFIRMING_TAG.sub(
                "?", HEDGED_ALTERNATIVE.sub("", normalise(part)))))
            # Their organisation named only to say when ("which paper were you at before
            # Clydemark?") is "before this": its name is no word of the fact asked.
            untagged = self._before_here.sub(" before this", untagged)
            fact = self.index.profile_fact(untagged) if facts.could_ask(part, said_back) else None
            if fact is not None:
                return self.scenario.public_profile[fact].fact
        return facts.asked(text, said_back)

    def _lacking_said_plainly(self, text: str) -> str:
        """ "Brightpath is fully branchless" says what the profile says as "no branches":
        a word in -less becomes "has no" and the thing, where the profile names the thing
        ("countless" says nothing of counts a profile gives)."""
        def plainly(m: re.Match[str]) -> str:
            thing = m["thing"].lower()
            named = next((w for w in (thing, thing + "s", thing + "es")
                          if w in self._profile_words), None)
            return f"has no {named}" if named else m.group()
        return _LACKING.sub(plainly, text)

    def _states_purpose(self, t: str, text: str) -> bool:
        if states_goal(t, self._about_work):
            return True
        if self._goal and re.match(r"(?:i|my|so i|so my)\b", t):
            return cosine(self.index.vector(text), self._goal) >= PREP_GOAL_MIN_SIMILARITY
        return False

    def _about_work(self, text: str) -> bool:
        """The scenario's field, or careers in general."""
        return self.index.relatedness(text) >= GOAL_RELATED_MIN or any(
            w in CAREER_WORDS for w in tokens(text, normalised=True))

    def _is_prepared_question(self, text: str) -> bool:
        if not self._prepared:
            return False
        v = self.index.vector(text)
        return any(cosine(v, q) >= PREP_QUESTION_MIN_SIMILARITY for q in self._prepared)


def _not_whom(sentences: list[str]) -> list[str]:
    """`sentences` without those asking whom else to talk to, or saying whom they mean:
    "...? Maybe a flight nurse?", "...? Anybody who went civilian?"."""
    other, whom = [], False
    for sentence in sentences:
        said = normalise(sentence)
        whom = asks_for_referral(said) or whom and bool(_SAYS_WHOM.match(said))
        if sentence.strip() and not whom:
            other.append(sentence)
    return other


def _set_aside_courtesies(t: str) -> str:
    """What a turn says besides greetings, thanks, apologies, good wishes, goodbyes and the
    meeting's own business: what a tangent would be about."""
    for pattern in (GREETING.pattern, _THANKS.pattern, _CLOSING, WELL_WISHES, LOGISTICS,
                    ACKNOWLEDGE, ABOUT_THE_MEETING, IN_THE_MOMENT, PLEASANTRY):
        t = pattern.sub(" ", t)
    return t

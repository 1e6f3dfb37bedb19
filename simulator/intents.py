"""What a user turn does: asks a question, asks for a job, thanks, states a goal, closes...

Recognised speech has unreliable punctuation and casing, so every check works on the
normalised text (see simulator.words.normalise) and none depends on a question mark.
The patterns are the phrasings career guides warn about; topic and relatedness come from
the scenario's own index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.job_requests import JobRequests
from simulator.matching import (
    QUESTION_WORDS,
    TopicIndex,
    cosine,
    normalise,
    tokens,
)
from simulator.phrases import Rule, rx, word_set
from simulator.public_facts import PersonaFacts
from simulator.purpose import PURPOSE, VAGUE
from simulator.questions import asks_question
from simulator.referrals import REFERRAL
from simulator.scenario import Prep, Scenario
from simulator.small_talk import (
    ABOUT_THE_MEETING,
    ACKNOWLEDGE,
    GREETING,
    LEISURE,
    LOGISTICS,
    PLEASANTRY,
    WELL_WISHES,
    leisure_dominates,
)

# A question this related to the field (and not a tangent) is substantive...
RELATED_MIN = 0.15
# ...and a remark of a few words less related than this is a tangent: one field word
# among five or more others is an accident ("the line was insane"), not a topic.
TANGENT_BELOW = 0.2
# A remark needs at least this many content words before it can be called a tangent (a
# question one fewer: "did you see the match?").
TANGENT_MIN_WORDS = 3
# A remark naming this many things from the scenario's setting ("the spools of wire behind
# you") is about where we are, not a change of subject.
SETTING_MIN_WORDS = 2
# Drifting into everyday subjects (sport, weather, holidays) is a tangent at this many
# content words; fewer is small talk in passing ("Did you have a good Christmas?").
DRIFT_MIN_WORDS = 4
# A question of one content word ("what does your team look like?") needs that word to be
# squarely about work.
SINGLE_WORD_RELATED = 0.5
# A statement this close to the prepared goal states the purpose; to a prepared question,
# asks it.
PREP_GOAL_MIN_SIMILARITY = 0.45
PREP_QUESTION_MIN_SIMILARITY = 0.6
_CACHE_SIZE = 512


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# Asking what they think is never a look-up, even about a public fact ("Do you think a PhD is
# necessary?", "Looking back, was the MBA worth it?").
_OPINION = rx(
    r"\b(?:do|did|would) you (?:\w+ )?(?:think|feel|say|recommend|regret|advise)\b",
    r"\bin your (?:view|opinion|experience)\b", r"\blooking back\b", r"\bworth (?:it|the)\b",
    r"\bwhat do you (?:make|think) of\b",
)
# Asking how they go about something, or about their own things, is asking about their
# work whatever the words ("How do you handle the Christmas rush?", "does the weather delay
# your deliveries?"); how they feel about the game is not.
_ABOUT_THEIR_WORK = rx(
    r"\bhow (?:do|did|would|does|should) you (?:usually |normally |typically |actually |even |"
    r"all )?(?!like\b|feel\b|think\b)\w+",
    r"\bwhat do you do (?:when|if|about|with)\b",
    # Something they made: "the blog post you wrote", "that report you mentioned".
    r"\b(?:the|that|this) (?:[\w-]+ ){1,3}(?:you|you have) (?:wrote|written|published|gave|given|"
    r"built|made|mentioned|led|ran|presented|shared|recommended|designed|worked on)\b",
    r"\bhow (?:does|do|did) (?:your|the) (?:team|company|org|department|unit|shop|office|site|"
    r"firm)\b",
    r"\b(?:do|does|did) you (?:ever |usually |often )?(?:get|have|see|deal with|handle) (?:a lot "
    r"of|lots of|many|much|any|more|fewer) \w+",
    r"\byour (?:own )?(?!(?:weekend|holidays?|vacation|trip|family|kids|children|son|daughter|"
    r"wife|husband|partner|dog|cat|pets?|favou?rite|plans|way|day|morning|evening)\b)[a-z]+",
)

# --- what the turn does -------------------------------------------------------------------

_THANKS = Rule(
    "thank thanks thx cheers appreciated grateful appreciate obliged kind generous ta",
    r"\bthank(?:s|[ -]you| u)\b(?! to (?!you\b))(?! but no)(?! goodness)(?! god)(?! heavens)"
    r"(?![ -](?:notes?|emails?|cards?|letters?|messages?)\b)",
    r"\bthx\b", r"\bcheers\b(?! to\b)", r"(?:^|[,.!]\s*)ta\b(?![- ]da)", r"\bmany thanks\b",
    r"\bmuch (?:appreciated|obliged)\b",
    # "I'm grateful you made time", not the request "I'd be grateful if you could...".
    r"(?<!would be )(?<!would be very )(?<!would be really )(?<!would be so )\bgrateful\b"
    r"(?! if\b)",
    r"(?<!would )(?<!would really )(?<!would greatly )\bappreciate (?:it|your|you|this|that|"
    r"all|the time|everything)\b",
    r"\b(?:so|very|really|too) (?:kind|generous) of you\b", r"\bgenerous with your time\b",
)
_NOT_THANKS = re.compile(r"\bno,? thank(?:s| you)\b|\bthanks but no thanks\b")

_CLOSING = rx(
    r"\b(?:we are|we have)(?: already| almost| nearly| just about| getting| running)? (?:at|"
    r"out of|over|past|close to|near|up against|short on|low on|coming up on|running out of|"
    r"almost out of) (?:the |our )?time\b",
    r"\bi will let you go\b", r"\blet you (?:go|get (?:back |on )?(?:to|with))\b",
    r"\bi (?:do not|do not want to) (?:want to )?keep you\b", r"\bnot keep you\b",
    r"\b(?:that is|those are|those were|that was) (?:all|it for|everything for|all of) my "
    r"questions\b",
    r"\b(?:i think )?that is (?:all|everything|it) (?:i had|from me|i have|for me)\b",
    r"\bthat is everything\s*(?:[,.!]|$)",
    r"\b(?:good)?bye\b", r"\bsee (?:you|ya) (?:later|soon|around|next time|then)\b",
    r"\bsee ya\b", r"\btake care\b(?! of)", r"\buntil next time\b",
    r"\bhave a (?:great|good|nice|lovely|wonderful) (?:day|one|afternoon|evening|week|weekend|"
    r"rest of your day)\b",
    # "I should go" only at the end of a clause: "I should go to law school" is not leaving.
    r"\bi (?:should|need to|have to|got to|gotta) (?:probably )?(?:let you go|get going|"
    r"head (?:out|off)|go|run)\s*(?:[,.!;]|$|now\b)",
    r"\bgotta (?:run|go)\b",
    r"\b(?:let me|i will|i should|time to) wrap (?:it |things )?up\b",
    r"\bi will stop (?:there|here)\b", r"\brespect your time\b",
    r"\bi (?:will|can) see myself out\b", r"\btalk (?:to you )?soon\b",
)


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


class TurnReader:
    """Reads user turns for one scenario; builds the scenario's index once."""

    def __init__(self, scenario: Scenario, prep: Prep | None = None,
                 index: TopicIndex | None = None) -> None:
        self.scenario = scenario
        self.prep = prep
        self.index = index or TopicIndex(scenario)
        self._cache: dict[str, Reading] = {}
        persona = scenario.persona
        self._job_requests = JobRequests(self.index.org_pattern)
        self._persona_facts = PersonaFacts([f.fact for f in scenario.public_profile],
                                           self.index.org_pattern, persona.name.split()[0],
                                           persona.role, self.index.tokens)
        self._names = frozenset(self.index.tokens(persona.name))
        self._prepared = [self.index.vector(q) for q in (prep.questions if prep else [])]
        self._goal = self.index.vector(prep.goal) if prep and prep.goal else None

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
        content = [w for w in self.index.analyse(text) if w not in QUESTION_WORDS]
        topic, topic_score = self.index.best(text)
        is_question = asks_question(t, vocab) or self._is_prepared_question(text)
        job = self._job_requests.asks(t, vocab)
        googleable = self._googleable(text, t) if is_question and not job else None
        thanks = bool(_THANKS.search(t, vocab)) and not _NOT_THANKS.search(t)
        referral = bool(REFERRAL.search(t, vocab)) and not job
        purpose = self._states_purpose(t, text, vocab)
        closing = bool(_CLOSING.search(t))
        logistics = bool(LOGISTICS.search(t))
        social = bool(GREETING.search(t, vocab) or PLEASANTRY.search(t) or WELL_WISHES.search(t))
        their_work = self._about_their_work(t, content)
        unrelated, chatter = self._unrelated_rest(t, text, social, topic, content)
        unrelated = unrelated and not their_work
        drifting = chatter >= DRIFT_MIN_WORDS and self._drifts(t, content, topic)
        tangent = (
            not (thanks or purpose or closing or logistics or job or referral or googleable
                 or ACKNOWLEDGE.search(t) or ABOUT_THE_MEETING.search(t))
            and (drifting or unrelated and chatter >= (
                TANGENT_MIN_WORDS - 1 if is_question else TANGENT_MIN_WORDS))
        )
        small_talk = social and unrelated and not tangent
        relatedness = self.index.relatedness(text) if content else 0.0
        substantive = (
            is_question and not (job or googleable or referral or small_talk or logistics
                                 or tangent)
            and bool(content)
            and (topic is not None or their_work
                 or relatedness >= (RELATED_MIN if len(content) > 1 else SINGLE_WORD_RELATED))
        )
        return Reading(len(t.split()), is_question, substantive, topic, topic_score, job,
                       googleable, thanks, referral, purpose, closing, tangent, small_talk)

    def _unrelated_rest(self, t: str, text: str, social: bool, topic: str | None,
                        content: list[str]) -> tuple[bool, int]:
        """Set greetings and pleasantries aside: is what is left unrelated to the work, and
        how many content words does it have? ("Hey, did you see the game?" is a tangent.)"""
        if not social:
            rest, rest_topic = text, topic
            words = [w for w in content if w not in self._names]
        else:
            rest = WELL_WISHES.sub(" ", PLEASANTRY.sub(" ", GREETING.pattern.sub(" ", t)))
            words = [w for w in self.index.analyse(rest)
                     if w not in QUESTION_WORDS and w not in self._names]
            rest_topic = self.index.best(rest)[0] if words else None
        related = rest_topic is not None or (
            bool(words) and self.index.relatedness(rest) >= TANGENT_BELOW)
        return not related, len(words)

    def _about_their_work(self, t: str, content: list[str]) -> bool:
        """How they go about things, their own things, or what is around the meeting, unless
        it is mostly leisure ("how do you spend the holidays?")."""
        setting = sum(1 for w in content if w in self.index.setting_words)
        return (bool(_ABOUT_THEIR_WORK.search(t)) or setting >= SETTING_MIN_WORDS) \
            and not leisure_dominates(content)

    def _drifts(self, t: str, content: list[str], topic: str | None) -> bool:
        """Everyday subjects crowd out the work: more leisure words than work words in what
        was said, or a question that is mostly about their holidays or the game."""
        leisure = sum(1 for w in content if w in LEISURE)
        if leisure >= 2 and leisure > sum(1 for w in content if w in self.index.field_words):
            return True
        if topic is not None or not leisure:
            return False
        return any(
            (sentence.endswith("?") or asks_question(sentence, word_set(sentence)))
            and leisure_dominates(self.index.tokens(sentence))
            for sentence in _SENTENCE.split(t))

    def _googleable(self, text: str, t: str) -> str | None:
        if _OPINION.search(t):
            return None
        fact = self.index.profile_fact(text)
        if fact is not None:
            return self.scenario.public_profile[fact].fact
        return self._persona_facts.asked(t) or self.index.org_basic(text)

    def _states_purpose(self, t: str, text: str, vocab: frozenset[str]) -> bool:
        if not PURPOSE.triggers.isdisjoint(vocab):
            # "I'm thinking about Mexico" is not a goal for this meeting: the words the
            # phrase introduces (after it, or before "...would suit me") must be more than
            # vague words, and about work.
            for match in PURPOSE.pattern.finditer(t):
                rest = t[match.end():]
                if not tokens(rest, normalised=True):
                    rest = t[:match.start()]
                if any(w not in VAGUE for w in tokens(rest, normalised=True)) \
                        and self.index.relatedness(rest) >= RELATED_MIN:
                    return True
        if self._goal and re.match(r"(?:i|my|so i|so my)\b", t):
            return cosine(self.index.vector(text), self._goal) >= PREP_GOAL_MIN_SIMILARITY
        return False

    def _is_prepared_question(self, text: str) -> bool:
        if not self._prepared:
            return False
        v = self.index.vector(text)
        return any(cosine(v, q) >= PREP_QUESTION_MIN_SIMILARITY for q in self._prepared)

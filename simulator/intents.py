"""What a user turn does: asks a question, asks for a job, thanks, states a goal, closes...

Recognised speech has unreliable punctuation and casing, so every check works on the
normalised text (see simulator.matching.normalise) and none depends on a question mark.
The patterns are the phrasings career guides warn about; topic and relatedness come from
the scenario's own index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.matching import (
    QUESTION_WORDS,
    TopicIndex,
    cosine,
    normalise,
    org_name_pattern,
    tokens,
)
from simulator.scenario import Prep, Scenario

# A question this related to the field (and not a tangent) is substantive...
RELATED_MIN = 0.15
# ...and a remark of a few words less related than this is a tangent: one field word
# among five or more others is an accident ("the line was insane"), not a topic.
TANGENT_BELOW = 0.2
# A remark needs at least this many content words before it can be called a tangent (a
# question one fewer: "did you see the match?").
TANGENT_MIN_WORDS = 3
# A question of one content word ("what does your team look like?") needs that word to be
# squarely about work.
SINGLE_WORD_RELATED = 0.5
# A statement this close to the prepared goal states the purpose; to a prepared question,
# asks it.
PREP_GOAL_MIN_SIMILARITY = 0.45
PREP_QUESTION_MIN_SIMILARITY = 0.6
_CACHE_SIZE = 512


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


class _Rule:
    """A family of phrasings, tried only when one of its trigger words is in the turn: a set
    intersection costs far less than a dozen regexes over a long monologue. Every phrasing
    must contain at least one trigger word."""

    def __init__(self, triggers: str, *parts: str) -> None:
        self.triggers = frozenset(triggers.split())
        self.pattern = _rx(*parts)

    def search(self, t: str, words: frozenset[str]) -> re.Match[str] | None:
        return None if self.triggers.isdisjoint(words) else self.pattern.search(t)


_WORDS = re.compile(r"[a-z]+")


# --- questions ---------------------------------------------------------------------------

# Where a new clause may begin without punctuation ("thanks and what does...").
_CLAUSE_BREAK = re.compile(r"[,.;:!?]+\s*|\b(?:and|so|but|also|okay|ok|thanks|thank you|yeah|"
                           r"oh|wow)\b\s*")
# Words a spoken question may open with before the question proper ("great, what...").
_OPENERS = r"(?:(?:great|cool|right|well|now|then|sure|alright|all right|perfect|got it) )*"
_WH = r"(?:what|how|why|when|where|who|whom|which|whose)"
_SUBJECT = r"(?:i|you|we|they|he|she|it|that|this|people)\b"
_AUX = (r"(?:do|does|did|is|are|was|were|can|could|would|will|should|shall|have|has|had|may|"
        r"might|am)")
# A clause that opens like a question: "what...", "how come...", "do you...", "is there...".
_DIRECT_QUESTION = _rx(
    rf"{_OPENERS}{_WH}\b(?! {_SUBJECT})(?! a\b)(?! (?:great|cool|interesting|nice|lovely|funny|"
    r"fascinating|amazing|wonderful|exciting)\b)",
    rf"{_OPENERS}how come\b",
    rf"{_OPENERS}(?!have a (?:great|good|nice|lovely|wonderful) ){_AUX} (?:not )?"
    r"(?:you|your|i|it|there|that|the|they|we|he|she|this|a|an|any|people|someone|anyone|most|"
    r"many|some)\b",
)
# Questions asked as statements: "I was wondering...", "can you tell me...".
_EMBEDDED_QUESTION = _Rule(
    "wondering tell love like interested keen curious understand learn know hear mind walk "
    "advice tips thoughts suggestions take share explain describe give say recommend suggest "
    "help introduce connect pass put keep refer send forward talk look",
    r"\b(?:i was|i am|i have been|just) wondering\b", r"\bwondering (?:if|whether)\b",
    r"\b(?:can|could|would|will) you (?:please )?(?:tell|share|walk|talk|explain|describe|give|"
    r"say|recommend|suggest|help|introduce|connect|pass|put|keep|refer|send|forward|mind)\b",
    r"\btell me (?:about|more|how|what|why|when|where|who|a bit|a little|something)\b",
    r"\b(?:i would|i) (?:really )?(?:love|like) to (?:hear|know|learn|understand|ask)\b",
    r"\b(?:i would be|i am) (?:really )?(?:interested|keen|curious) (?:to|in) "
    r"(?:hear|know|learn|hearing|knowing|learning)\b",
    r"\bi am (?:really )?curious (?:about|what|how|why|if|whether|to)\b",
    rf"\b(?:want|wanted|hoped|hoping|trying) to (?:understand|learn|know|hear) {_WH}\b",
    r"\bdo you mind (?:sharing|telling|explaining|if)\b", r"\bwalk me through\b",
    # "What does X look like?" even when the recognizer loses the "what" ("Well, it does a
    # typical day look like for you").
    r"\b(?:does|do|did|would|will)\b(?: \w+){1,6} look like\b",
    r"\b(?:any|what is your|what are your) (?:advice|tips|thoughts|suggestions|take)\b",
)


def _asks_question(t: str, words: frozenset[str]) -> bool:
    if "?" in t or _EMBEDDED_QUESTION.search(t, words):
        return True
    return any(_DIRECT_QUESTION.match(clause) for clause in _CLAUSE_BREAK.split(t) if clause)


# --- what the turn does -------------------------------------------------------------------

_HIRING_PEOPLE = (r"(?:hiring managers?|recruiters?|recruiting team|talent (?:acquisition|team)|"
                  r"hr(?: team| department| person| people)?)")
_JOB_WORDS = r"(?:jobs?|roles?|positions?|openings?|internships?|vacanc(?:y|ies)|spots?|reqs?)"
# Handing something on to someone, in the tenses people use when asking.
_HAND_ON = (r"(?:pass|passed|passing|forward|forwarded|forwarding|send|sent|sending|share|"
            r"shared|give|gave|hand|handed|circulate|flag|put|email|emailed|emailing)")
_AN_OPENING = rf"(?:anything|something|an? (?:\w+ )?{_JOB_WORDS}|any {_JOB_WORDS})"
_OPENS_UP = r"(?:opens up|opens|comes up|becomes available|frees up)"


def _job_request_rules(organisation: str) -> list[_Rule]:
    """Asking, directly or not, to be hired, referred, or have a CV passed on."""
    org_ish = (rf"(?:(?:your|the|this) (?:team|group|department|company|organi[sz]ation|firm|"
               rf"bank|org)|{org_name_pattern(organisation)})")
    return [
        _Rule(  # Are you hiring? Is the team recruiting?
            "hiring recruiting taking",
            rf"(?<!when )(?<!while )\b(?:are|is) (?:you|{org_ish}|anyone|anybody|there anyone)"
            r"(?: guys)?(?: currently| still| by any chance| at all| right now)* (?:hiring|"
            r"recruiting|taking on)\b",
            rf"\b(?:if|whether) (?:you are|{org_ish} is|you guys are) (?:currently |still )?"
            r"(?:hiring|recruiting)\b",
            r"\bknow (?:anyone|anybody|any teams?|any companies|anywhere|of anyone) (?:who is "
            r"|that is |who are |that are )?(?:hiring|recruiting)\b",
        ),
        _Rule(  # Openings, vacancies, roles for me.
            "openings opening vacancy vacancies open jobs job roles role positions position "
            "internships internship interns spot spots reqs headcount place room chance",
            r"\b(?:any|are there|is there(?: an?)?|have|know of|aware of|hear of)(?: any)?"
            r"(?: job| current| open)? (?:openings?|vacanc(?:y|ies)|open (?:roles?|positions?|"
            r"reqs?|headcount|spots?))\b",
            rf"\b(?:any|are there(?: any)?|is there(?: an?| any)?) (?:\w+ ){{0,3}}(?:jobs?|roles?|"
            rf"positions?|internships?|openings?)(?: \w+){{0,3}} (?:on|in|at|with|within|for) "
            rf"{org_ish}\b",
            r"\b(?:do|does) (?:you|your team|the team|the company|your company)(?: guys)? "
            rf"(?:have|offer|take(?: on)?)(?: any)? (?:open )?(?:{_JOB_WORDS}|interns|"
            r"headcount)\b",
            rf"\b(?:is there|are there|would there be) (?:a |an |any )?(?:{_JOB_WORDS}|place|"
            r"room|chance) for (?:me|someone like me)\b",
        ),
        _Rule(  # Passing a CV on.
            "resume cv application",
            rf"\b{_HAND_ON}\b(?: \w+){{0,3}} (?:my|a copy of my) (?:resume|cv|application)\b",
            rf"\b{_HAND_ON} (?:you|along|over|on)(?: \w+){{0,2}} (?:my|a copy of my) "
            r"(?:resume|cv)\b",
        ),
        _Rule(  # Putting in a word, keeping me in mind, being a reference.
            "word vouch mind think reference opens comes becomes available frees",
            r"\bput in a (?:good )?word\b", r"\ba good word for me\b", r"\bvouch for me\b",
            r"\bkeep me in mind\b", r"\bthink of me (?:for|if|when)\b",
            r"\b(?:be|act as|serve as) (?:a|my) reference\b",
            rf"\blet me know if (?:anything|something|any|a|an) ?(?:{_JOB_WORDS})? ?(?:opens|"
            r"comes up|becomes available|is available)\b",
            # "If anything opens up on your team, could you let me know?"
            rf"\bif {_AN_OPENING} (?:ever )?{_OPENS_UP}\b(?:[ ,]+\w+){{0,8}}[ ,]+(?:let me know|"
            r"keep me in mind|think of me|tell me|reach out|ping me|get in touch|give me a "
            r"(?:shout|call|heads up))",
        ),
        _Rule(  # Referrals for a job, and introductions to whoever hires.
            "referral refer referring recommend recommending manager managers boss lead "
            "director recruiter "
            "recruiters recruiting talent hr",
            r"\b(?:give me|get me|be) (?:a|an|my) (?:referral|internal referral|employee "
            r"referral)\b",
            r"\brefer(?:ring)? me\b(?! to (?:someone|somebody|anyone|anybody|people|others|"
            r"a colleague|one of))",
            rf"\b(?:recommend|recommending) me (?:for|to) (?:the |a |an |that |this |any )?"
            rf"(?:\w+ )?(?:{_JOB_WORDS}|it|that one)\b",
            rf"\b(?:introduce|connect|put|get) me (?:\w+ ){{0,4}}(?:to|with) (?:your |the |a |an )?"
            rf"{_HIRING_PEOPLE}\b",
            # Handing my name or CV to whoever hires, or to their own boss.
            rf"\b{_HAND_ON} (?:it|my \w+|me)\b(?: \w+){{0,4}} (?:to|on to|along to|over to) "
            rf"(?:(?:your |the |a )?{_HIRING_PEOPLE}|your (?:manager|boss|team lead|director))\b",
        ),
        _Rule(  # Asking outright to be hired, interviewed or taken on.
            "consider interview hire hired apply join work get land find take bring foot",
            r"\b(?:consider|interview|hire) me\b", r"\bwould you (?:ever )?hire\b",
            r"\b(?:take|bring) me on\b",
            r"\bhelp me (?:\w+ ){0,2}(?:get|land|find) (?:my|a) (?:foot in the door|job|role|"
            r"position|interview|internship)\b",
            r"\b(?:get|getting) my foot in the door\b",
            r"\b(?:get|land|find) me (?:a|an) (?:job|role|position|interview|internship)\b",
            rf"\b(?:could|can|may|should) i (?:apply|interview) (?:for|with|at|to) (?:\w+ ){{0,4}}"
            rf"(?:you|your|{org_name_pattern(organisation)})\b",
            rf"\b(?:could|can|may) i (?:work for you|join {org_ish})\b",
            rf"\bi would (?:love|like) to (?:work for you|join {org_ish})\b",
            # "I'd love to apply for a job on your team" (not "apply for jobs in the field").
            rf"\bi (?:would (?:love|like)|want|hope|plan) to apply (?:for|to) (?:\w+ ){{0,3}}"
            rf"(?:on|at|with|in|to) (?:your \w+|{org_ish})\b",
            rf"\bhow (?:can|could|should|would|do) i (?:get|land|apply for|find)(?: a| an)? "
            rf"(?:{_JOB_WORDS}|hired|in) (?:at|on|with|in) {org_ish}\b",
        ),
    ]


_THANKS = _Rule(
    "thank thanks thx cheers appreciated grateful appreciate",
    r"\bthank(?:s| you| u)\b(?! to (?!you\b))(?! but no)(?! goodness)(?! god)(?! heavens)",
    r"\bthx\b", r"^cheers\b", r"\bmany thanks\b", r"\bmuch appreciated\b", r"\bgrateful\b",
    r"(?<!would )(?<!would really )(?<!would greatly )\bappreciate (?:it|your|you|this|that|"
    r"all|the time|everything)\b",
)
_NOT_THANKS = re.compile(r"\bno,? thank(?:s| you)\b|\bthanks but no thanks\b")

# Whom a user might ask to be pointed to.
_PEOPLE = (r"(?:anyone|anybody|someone|somebody|people|others|colleagues|contacts|folks|names|"
           r"other \w+s)")
_REFERRAL = _Rule(
    "else introduce connect put who people contacts names colleagues anyone someone somebody "
    "anybody others folks recommend suggest",
    r"\bwho else\b(?: \w+){0,8} (?:talk|speak|reach out|connect|meet|contact|chat|ask|recommend|"
    r"suggest|be (?:good|worth|helpful|useful))",
    # "one else": how a recognizer often hears a quick "anyone else".
    r"\b(?:anyone|anybody|someone|somebody|people|others|colleagues|one) else\b(?: \w+){0,8} "
    r"(?:recommend|suggest|talk|speak|reach out|connect|meet|contact|chat)",
    r"\b(?:introduce|connect|put) me (?:to|with|in touch with) (?:someone|somebody|anyone|anybody|"
    r"a colleague|a researcher|a designer|a few|a couple|one of your|other|people|others)\b",
    r"\bwho (?:would|do|should|could|might) (?:you )?(?:recommend|suggest|think)\b(?: \w+){0,6} "
    r"(?:talk|speak|reach|connect|contact|chat|meet)",
    r"\bwho (?:should|could|would|might) i (?:talk|speak|reach out|connect|chat|meet)\b",
    # "...you'd suggest I talk to", however the start of the question was said (or heard).
    r"\byou (?:would |might |could )?(?:recommend|suggest) (?:that )?i (?:talk|speak|reach out|"
    r"connect|chat|meet|contact)\b",
    r"\b(?:is there|are there) (?:anyone|someone|somebody|other people|others)(?: else)?"
    r"(?: \w+){0,10} (?:i|me) (?:should|could|might|to) (?:talk|speak|reach|connect|contact|"
    r"chat|meet)",
    r"\b(?:other )?(?:people|contacts|names) (?:(?:that|who) )?(?:you think )?(?:i|you would "
    r"recommend i) should (?:talk|speak|reach|meet|connect)",
    r"\bdo you know (?:anyone|someone|somebody|anybody)(?: else)?(?: \w+){0,6} (?:who|that|i) "
    r"(?:could|might|would|should|would be) (?:talk|speak|chat|help|be (?:willing|open|happy)|"
    r"i could|i should)",
    r"\bany (?:other )?(?:contacts|people|names|colleagues) (?:you|that you) (?:would|could|"
    r"might) (?:recommend|suggest|share|introduce)",
    # "Anyone else you'd point me towards?", "colleagues it would be worth my talking to"
    rf"\b{_PEOPLE}(?: else)?\b(?: \w+){{0,8}} (?:point|send|steer|direct) me (?:to|toward|"
    r"towards|in the direction)",
    rf"\b{_PEOPLE}(?: else)?\b(?: \w+){{0,8}} worth (?:my |me )?(?:talking|speaking|"
    r"reaching out|chatting|meeting|contacting)",
)

_PURPOSE = _Rule(
    "goal aim objective hope purpose exploring considering thinking looking weighing researching "
    "evaluating want wanted hoped hoping like love came here reached asked trying reason move "
    "moving transition transitioning switch switching get getting break breaking pivot pivoting "
    "career change changing careers keen wanting after",
    r"\bmy (?:main |primary |big |real |biggest )?(?:goal|aim|objective|hope|purpose)"
    r"(?: for (?:today|this \w+)| today| here)? (?:is|was) (?:to|that|really)",
    # "I'm exploring...", "I'm a pharmacy tech exploring nursing": the field must follow.
    r"\bi am (?:currently |really |seriously |also |now )?(?:(?:an?|the) (?:\w+ ){0,4})?"
    r"(?:exploring|considering|thinking about|looking into|looking at|weighing|researching|"
    r"evaluating) ",
    r"\bi (?:want|wanted|hope|hoped|was hoping|am hoping|would like|would love|came|am here|"
    r"reached out|asked to meet) (?:to|so i could|so that i can) (?:learn|understand|find out|"
    r"figure out|get a (?:sense|feel|better sense|better understanding|picture|clearer picture)|"
    r"explore|decide|get your (?:advice|perspective|take|view) on) ",
    r"\bi am trying to (?:decide|figure out|work out|understand|learn|get a sense|choose|"
    r"determine|make up my mind) ",
    # "I'm a logistics coordinator trying to decide...", "I'm an organiser hoping to learn..."
    r"\bi am (?:an?|the) (?:\w+ ){1,5}(?:trying|hoping|looking|wanting|keen|here) to "
    r"(?:decide|figure out|work out|understand|learn|get a sense|choose|determine|find out|"
    r"explore|move|switch|transition|retrain|get into|break into) ",
    r"\b(?:the )?reason (?:i|why i) (?:reached out|asked|wanted|am here|requested|emailed|"
    r"messaged|got in touch)\b",
    r"\bi\b(?: \w+){0,8} (?:move|moving|transition|transitioning|switch|switching|pivot|"
    r"pivoting|career change|change careers|changing careers) (?:into|to|from)\b"
    r"(?! (?:the )?next\b)",
    r"\bi\b(?: \w+){0,8} (?:get|getting|break|breaking) into\b",
    r"\bwhat i am hoping to (?:get|learn|understand|take away|figure out)\b",
    r"\bwhat i am (?:really |mainly |mostly )?(?:after|looking for|hoping for) (?:is|here|"
    r"today)\b",
)
# Words that leave a goal vague: "I just wanted to learn more about you".
_VAGUE = frozenset(tokens("more you things stuff chat talk bit general little everything anything "
                          "connect catch meet say hello brain pick"))

_CLOSING = _rx(
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

_GREETING = _Rule(
    "hi hello hey good morning afternoon evening how nice great lovely pleasure am",
    r"^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))\b)",
    r"\bhow (?:are|have) you(?: been| doing)?(?: today| lately| this morning)?\s*(?:[?.!,]|$)",
    r"\bhow is (?:it going|your (?:day|week|morning|afternoon)|everything)\b",
    r"\bhow was your (?:weekend|morning|day|week|holiday|trip|commute)\b",
    r"\b(?:nice|great|good|lovely|a pleasure) to (?:meet|see) you\b", r"\bpleasure to meet\b",
    r"\bi am (?:good|well|fine|great|doing well|doing good|doing great)\b",
)
# Weather and the office: small talk in passing, a tangent at length.
_PLEASANTRY = _rx(
    r"\b(?:weather|traffic|commute|parking|rain|raining|sunny)\b",
    r"\b(?:nice|lovely|beautiful|great) (?:office|place|view|building|space|spot)\b",
)


# Reacting to an answer ("that makes sense", "super helpful") is listening, not a tangent.
_ACKNOWLEDGE = _rx(
    r"\b(?:helpful|makes (?:a lot of |total |so much )?sense|good to know|fascinating|"
    r"insightful|useful|interesting|i see|got it|good point|great point|fair enough|"
    r"sounds (?:good|great|right|like)|good question)\b",
)

_LOGISTICS = _rx(
    r"\bcan you (?:hear|see) me\b", r"\bis (?:this|now) (?:still )?(?:a good time|okay|ok)\b",
    r"\bhow (?:long|much time) do (?:we|i) have\b",
    r"\b(?:should|shall|can|do you want me to) (?:we|i) (?:get started|start|begin|sit|close)\b",
    r"\b(?:can|may) i (?:record|take notes)\b", r"\bdo you mind if i (?:record|take notes)\b",
    r"\bwhere (?:should|can|do) i (?:sit|park|wait)\b",
    r"\bdid you get my (?:email|message|note)\b", r"\bis it (?:ok|okay|alright) if i\b",
    # Apologies and technical trouble: part of the meeting, not a tangent.
    r"^(?:(?:hi|hello|hey|oh)\W+)?(?:so )?sorry\b",
    r"\b(?:wifi|wi-fi|internet|connection|microphone|mic|camera|zoom|audio|video)\b",
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
        self._job_requests = _job_request_rules(scenario.persona.organisation)
        self._names = frozenset(self.index.tokens(scenario.persona.name))
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
        vocab = frozenset(_WORDS.findall(t))
        content = [w for w in self.index.analyse(text) if w not in QUESTION_WORDS]
        topic, topic_score = self.index.best(text)
        is_question = _asks_question(t, vocab) or self._is_prepared_question(text)
        job = any(rule.search(t, vocab) for rule in self._job_requests)
        googleable = self._googleable(text) if is_question and not job else None
        thanks = bool(_THANKS.search(t, vocab)) and not _NOT_THANKS.search(t)
        referral = bool(_REFERRAL.search(t, vocab)) and not job
        purpose = self._states_purpose(t, text, vocab)
        closing = bool(_CLOSING.search(t))
        logistics = bool(_LOGISTICS.search(t))
        social = bool(_GREETING.search(t, vocab) or _PLEASANTRY.search(t))
        unrelated, chatter = self._unrelated_rest(t, text, social, topic, content)
        tangent = (
            not (thanks or purpose or closing or logistics or job or referral or googleable
                 or _ACKNOWLEDGE.search(t))
            and unrelated
            and chatter >= (TANGENT_MIN_WORDS - 1 if is_question else TANGENT_MIN_WORDS)
        )
        small_talk = social and unrelated and not tangent
        relatedness = self.index.relatedness(text) if content else 0.0
        substantive = (
            is_question and not (job or googleable or referral or small_talk or logistics
                                 or tangent)
            and bool(content)
            and (topic is not None
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
            rest = _PLEASANTRY.sub(" ", _GREETING.pattern.sub(" ", t))
            words = [w for w in self.index.analyse(rest)
                     if w not in QUESTION_WORDS and w not in self._names]
            rest_topic = self.index.best(rest)[0] if words else None
        related = rest_topic is not None or (
            bool(words) and self.index.relatedness(rest) >= TANGENT_BELOW)
        return not related, len(words)

    def _googleable(self, text: str) -> str | None:
        fact = self.index.profile_fact(text)
        if fact is not None:
            return self.scenario.public_profile[fact].fact
        return self.index.org_basic(text)

    def _states_purpose(self, t: str, text: str, vocab: frozenset[str]) -> bool:
        match = _PURPOSE.search(t, vocab)
        if match:
            rest = t[match.end():]
            # "I'm thinking about Mexico" is not a goal for this meeting: what follows the
            # phrase must be more than vague words, and about work.
            if any(w not in _VAGUE for w in tokens(rest, normalised=True)) and (
                    self.index.relatedness(rest) >= RELATED_MIN
                    or self.index.relatedness(text) >= RELATED_MIN):
                return True
        if self._goal and re.match(r"(?:i|my|so i|so my)\b", t):
            return cosine(self.index.vector(text), self._goal) >= PREP_GOAL_MIN_SIMILARITY
        return False

    def _is_prepared_question(self, text: str) -> bool:
        if not self._prepared:
            return False
        v = self.index.vector(text)
        return any(cosine(v, q) >= PREP_QUESTION_MIN_SIMILARITY for q in self._prepared)

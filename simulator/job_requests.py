"""Asking, directly or not, to be hired, taken on, referred, or have a CV passed on.

An informational interview is for learning, so any move from "how do people get in?" to
"get me in" is a job request. The rules below are the shapes such requests take: asking
whether *they* need or take someone, asking to be kept in mind when something opens,
asking them to pass something of mine on or to vouch for me, and wanting in; offering my
work to them is simulator.job_offers. Each needs the request to point at the persona,
their team or their organisation (or at me):
"what do hiring managers look for?" and "how did you get hired?" ask about hiring, they
do not ask for it.
"""

from __future__ import annotations

import re

from simulator.job_offers import AT_HAND, IN_THE_FIELD, JOB_WORDS, WANTED, WORKER, JobOffers, org_ish
from simulator.phrases import Rule

__all__ = ["HIRING_PEOPLE", "JOB_WORDS", "JobRequests", "org_ish"]

# Whoever decides on hiring, by role; with HR, whoever handles it.
_HIRERS = (r"(?:hiring managers?|recruiters?|recruiting team|talent (?:acquisition|team)|"
           r"whoever (?:is )?(?:hiring|recruiting|does (?:the )?hiring))")
HIRING_PEOPLE = rf"(?:{_HIRERS}|hr(?: team| department| person| people)?)"
_TAKEN_ON = (r"(?:interns?|internships?|apprentices?|trainees?|volunteers?|students?|new grads?|"
             r"graduates?|placements?|helpers?|juniors?|temps?|contractors?|freelancers?|techs?)")
# The junior capacity someone is taken on in: "as interns", "as research assistants".
_AS_JUNIOR = rf"(?:{_TAKEN_ON}|assistants?|associates?|junior [\w-]+|entry[- ]level [\w-]+)"
# Someone a team might add: the words above, or a job title ("another analyst").
_PERSON = rf"(?:{_TAKEN_ON}|nurses?|associates?|\w+(?:er|or|ist|yst|ant|ian|ee|ect)s?)"
# Where a clause begins, for questions that drop their auxiliary.
_CLAUSE_START = r"(?:^|[.!?,;]\s*)(?:so |and |but |also |hey )?"
# Employers in general taking one on, asked about, is no request of them: "do I need trade
# school before anybody will take me on?"
_ANY_EMPLOYER_WILL = "".join(
    f"(?<!{who} {will} )" for who in ("anybody", "anyone", "somebody", "someone", "nobody",
                                     "employers", "companies", "they", "people")
    for will in ("will", "would", "could", "might", "can"))
# Wh-words before "do you..." make it a question about how they do it, not a request.
# A place for me in a field, named bare, asks about the field, not their team: "whether
# there's a place for someone like me in transit policy research" ("in your team", "in the
# ICU" and "in this field" name where they are, or are read by IN_THE_FIELD).
_IN_A_FIELD = (r"(?! in (?!(?:the|your|our|this|that|these|those|a|an|his|her|their)\b)"
               r"(?!(?:[\w-]+ )*(?:here|there|team|group|department|unit|office|company|firm|ward|lab|crew|"
               r"practice)\b)[a-z][\w-]*(?: (?!(?:at|with|on|for|here|there)\b)[\w-]+)*\s*"
               r"(?:[?.!;]|,(?! (?:at|with|on|in|here|there)\b)|$| and how\b))"
               # ...or a side of the work: "a place for someone like me on the policy side".
               r"(?! on the (?!other\b|same\b)(?:[\w-]+ ){1,2}side\b)")
_NOT_AFTER_WH = "".join(f"(?<!{w} )" for w in ("how", "what", "when", "why", "where", "who"))
# Handing something on to a third party, and sending something (which may be just to them).
_ONWARD = (r"(?:pass|passed|passing|forward|forwarded|forwarding|circulate|circulating|"
           r"put forward)")
_SEND = (r"(?:send|sent|sending|share|shared|sharing|give|gave|hand|handed|email|emailed|"
         r"emailing|flag|mention|mentioned|mentioning)")
_MY_THINGS = (r"(?:resume|cv|application|portfolio|name|details|profile|linkedin|"
              r"information|info|contact details)")
_THIRD_PARTY = (rf"(?:(?:your|the) (?:\w+ )?(?:manager|boss|team|recruiter|lead|director|"
                rf"colleagues?|department)|whoever|whomever|{HIRING_PEOPLE}|"
                r"(?:someone|somebody|anyone|anybody|people) (?:who|that|in|on))")
# ("a junior or associate PM spot", the kind of opening named in a few words)
_AN_OPENING = (rf"(?:(?:anything|something)(?: [\w-]+)?|an? (?:[\w-]+ ){{0,5}}?(?:spot|place|position|slot|"
               r"opening|vacancy)|"
               rf"an? (?:[\w-]+ ){{0,2}}{JOB_WORDS}|(?:any|some) (?:[\w-]+ )?{JOB_WORDS})")
_OPENS_UP = (r"(?:opens up|opens|open up|opened up|comes up|come up|came up|becomes available|"
             r"become available|frees up|free up|turns up|crops up|pops up|is available|arises)")
_ASK_OF_ME = (r"(?:let me know|keep me|keep my name|think of me|thought of me|tell me|ping me|"
              r"reach out to me|get in touch with me|give (?:me|us) a (?:shout|call|ring|bell|buzz|heads "
              r"up)|send me|"
              r"contact me|consider me|put me|remember me|drop me|loop me|send you my|pass (?:on|along) my|"
              r"i would (?:love|like|appreciate|be grateful|be keen|be interested)|"
              # whoever says it: "..., (I'd be) grateful to hear about it" (whisper: "I've been")
              r"(?:grateful|glad|happy|keen|delighted) to hear (?:about|of) (?:it|them|that))")
# My CV (or the rest of an application) handed to them, offered or asked for ("I could send
# you my resume", "would it be alright if I send you my CV?"): a CV goes to whoever might
# hire...
_CV_TO_THEM = re.compile(
    rf"\b(?:i (?:\w+ ){{0,3}}?(?:can|could|will|would|shall|may|might)|(?:can|could|may|shall|"
    rf"might) i|if i|let me|happy to|glad to|love to|like to)(?: \w+){{0,2}}? {_SEND} "
    r"(?:you |over |along |across )?(?:my|a copy of my|you a copy of my) (?:\w+ )?"
    r"(?:resume|cv|application|packet|cover letter)\b(?! to (?!you\b))")
# ...unless it is sent for their comments, which asks advice: "could I send you my resume
# for feedback?", "...so you could tell me what is missing?"
_FOR_COMMENTS = re.compile(
    r"\b(?:feedback|comments?|critique|look over|looking over|glance|review|thoughts|opinion|"
    r"tips|pointers|what is missing|improve|tear (?:it|apart)|mark (?:it )?up|"
    # "...just so you can tell me if the wording is landing", "honest eyes on it"
    r"eyes on|tell me (?:if|whether|what|how)|(?:the )?wording|how it reads|reads well|"
    # "...to see if my military words make sense for a civilian reader"
    r"makes? sense (?:to|for) (?:an?|the|any) (?:[\w-]+ )?(?:reader|outsider|civilian|recruiter|"
    r"layman|layperson|stranger|analyst|hiring manager|engineer|designer|researcher|manager))\b")

_CV_LOOKED_OVER = re.compile(r"\b(?:look|looking|glance|glancing|go|going|read|reading|run your eyes?|"
                             r"cast an eye|casting an eye) (?:over|at|through)? ?(?:my|a copy of my) "
                             r"(?:\w+ )?(?:resume|cv|cover letter|linkedin)\b")

# Some work of mine sent to them, which with a word of comments asks their feedback: "would
# it be okay if I send you one of my modules later, for your honest feedback?"
_WORK_TO_THEM = re.compile(
    rf"\b(?:(?:can|could|may|might|shall) i|if i|let me)(?: \w+){{0,2}}? {_SEND} "
    r"(?:you |over |along )?(?:(?:my|one of my|some of my|a few of my|a sample of my) |"
    # "...if I sent you a short writing sample sometime?"
    r"(?:an? |the )(?:[\w-]+ ){0,3}?(?:sample|draft|piece|write-?up|portfolio|project|module|"
    r"deck|report|essay|dashboard|case study|memo|brief)\b)")

# Saying I make no request: "I'm not asking you to...", "I'm not here looking for...".
# ...or that what I ask is not for one: "Not for any opening, I promise."
_NOT_ASKING = re.compile(r"\b(?:not|never)\b(?: \w+){0,2}? (?:ask|asking|asked|looking|expecting|"
                         r"requesting|angling|fishing|hinting)\b|\bnot (?:for|about|after) (?:an?|any|"
                         r"some)?\s*$")
# Said of the whole turn: "Not for a role, honestly.", "I'm not after a job here".
_NO_JOB_WANTED = re.compile(r"\bnot (?:for|about|after|asking for|looking for|angling for) "
                            r"(?:an?|any|the)? ?(?:job|role|position|opening|vacancy|internship|"
                            r"placement)s?\b")
_CLAUSE_BREAK = re.compile(r"[.!?;,]|\b(?:but|though|just)\b")


def with_disclaimers(sentences: list[str]) -> list[str]:
    """Normalised sentences, each with the next when that one only says what it asked was
    for no job ("Could I send you my resume sometime? Not for a job or anything.")."""
    return [f"{s} {after}" if _NO_JOB_WANTED.match(after) else s
            for s, after in zip(sentences, [*sentences[1:], ""], strict=True)]


class JobRequests:
    """Recognises job requests aimed at one persona's organisation."""

    def __init__(self, org_name: str) -> None:
        org = org_ish(org_name)
        you = rf"(?:you|{org})(?: guys| all)?"
        self._rules = [
            _they_are_hiring(org, you), _openings(org), _keep_me_in_mind(),
            _pass_my_things_on(), _vouch_or_refer(), _wanting_in(org),
            _asking_outright(org, org_name),
        ]
        self._offers = JobOffers(org_name)

    def asks(self, t: str, words: frozenset[str]) -> bool:
        """Whether normalised text `t` (with its word set) asks for a job."""
        if any(not _disclaimed(t, m.start()) for rule in self._rules
               for m in rule.finditer(t, words)) or self._offers.search(t, words):
            return True
        # ...and not said, after it, to be for no job: "Could I send you my resume sometime?
        # Not for a job or anything." (said before, "I'm not after a job, but could I send
        # you my CV?", it still asks).
        cv = _CV_TO_THEM.search(t)
        return cv is not None and not _FOR_COMMENTS.search(t) \
            and not _NO_JOB_WANTED.search(t, cv.end())


    def declined(self, t: str, words: frozenset[str]) -> bool:
        """The turn has a request's form and says why it is none ("I'm not asking you to take
        me on", "could I send you my CV for feedback?"): a reader that only weighs words
        must not overrule that."""
        if any(_disclaimed(t, m.start()) for rule in self._rules
               for m in rule.finditer(t, words)) or _NO_JOB_WANTED.search(t):
            return True
        # ...or it is someone else's offer of me, reported.
        if self._offers.reported(t, words):
            return True
        if (_CV_TO_THEM.search(t) or _WORK_TO_THEM.search(t)) is not None \
                and _FOR_COMMENTS.search(t) is not None:
            return True
        # Their eyes on my CV and their word on it: "would you look over my resume and tell
        # me what you'd change?"
        looked_at = _CV_LOOKED_OVER.search(t)
        return looked_at is not None and _FOR_COMMENTS.search(t[looked_at.end():]) is not None


def _disclaimed(t: str, at: int) -> bool:
    """The request starting at `at` is one I said I am not making: "I'm not asking you to take
    me on". Only the same clause counts: "I'm not asking for a job, but keep me in mind"
    still asks."""
    clause = _CLAUSE_BREAK.split(t[:at])[-1]
    return _NOT_ASKING.search(clause) is not None


def _they_are_hiring(org: str, you: str) -> Rule:
    """Are you hiring? Do you need a helper? Do you take interns?"""
    return Rule(
        "hiring recruiting taking looking need needs want use take takes bring brings hire accepts "
        "hires accept know room space place spot headcount budget consider considering "
        "employ employing bringing adding onboarding staffing",
        # Not what they look for ("when you hire, what are you looking for that somebody from
        # the floor might not have?"): that asks about hiring, not to be hired.
        rf"(?<!when )(?<!while ){_NOT_AFTER_WH}\b(?:are|is)(?: not)? (?:{you}|anyone|anybody|there anyone)"
        r"(?: currently| still| by any chance| at all| right now| ever)* (?:hiring|recruiting|"
        r"(?:taking on|looking for|bringing (?:on|in)|adding|onboarding) (?:any |some |more |new |"
        rf"extra |another |an? )*(?:[\w-]+ )?(?:{WANTED}|{_TAKEN_ON}|{WORKER}|hires))\b",
        # The auxiliary dropped, as people speak: "you guys taking on apprentices?", "you take
        # on apprentices?" (a statement is no question: "you take on interns through a scheme").
        rf"{_CLAUSE_START}{you}(?: ever| still| currently)* (?:hiring|recruiting|(?:(?:taking|take) on|"
        rf"looking for|bringing (?:on|in)|take|hire)(?: any| some| more| new| an?)*(?: [\w-]+)? "
        rf"(?:{_TAKEN_ON}|{WORKER}|hires))\b[^.!?]*\?",
        rf"\b(?:if|whether|chance) (?:you are|{org} is|you guys are) (?:currently |still )?(?:hiring|"
        r"recruiting|looking for (?:anyone|anybody|someone|somebody|people|help))\b",
        rf"\byou (?:would not |would |might |do not )?(?:happen to |ever |still )?(?:need|be needing|"
        rf"be looking for) (?:any |a |an |some |another |extra |one more )(?:\w+ )?{WANTED}\b",
        r"\bknow (?:anyone|anybody|any teams?|any companies|anywhere|of anyone) (?:who is "
        r"|that is |who are |that are )?(?:hiring|recruiting)\b",
        # "Do you need any extra hands?", "Could you use a helper?", "Any chance you need..."
        rf"{_NOT_AFTER_WH}\b(?:do|does|would|could|might|will|any chance) {you}(?: ever| still|"
        r" currently| by any chance)* (?:need|needs|want|use|could use) (?:any |a |an |some |"
        rf"another |more )?(?:extra )?(?:pair of )?{WANTED}\b(?! (?:with|who|that|from)\b)"
        rf"{IN_THE_FIELD}"
        r"(?!(?: \w+){0,4} to (?:have|know|be|do|learn|understand)\b)",
        # The auxiliary dropped, as people speak: "Need any help this summer?"
        rf"(?:^|[.!?,]\s*)(?:so |and |hey |also )?(?:need|could use) (?:any|some|an extra|extra|a) "
        rf"(?:extra )?(?:pair of )?{WANTED}\b",
        # "Do you have room for another analyst?", "Would your team hire someone like me?"
        rf"\b(?:room|space|a place|a spot|headcount|budget) for (?:(?:me|someone like me|somebody "
        rf"like me){_IN_A_FIELD}|(?:another|one more|an extra|a new|an?) (?:\w+ )?{_PERSON})\b",
        # "Does Lumenfield ever bring on career changers as interns?": people like me, taken
        # on in a junior capacity (not "did they bring you on as...", which asks about them).
        rf"{_NOT_AFTER_WH}\b(?:do|does|would|will|could) {you}(?: ever| still| currently| usually|"
        r" sometimes)? (?:take|bring|hire|employ)(?: on| in)?(?! (?:you|him|her|them)\b)"
        rf"(?: [\w-]+){{1,4}} as (?:an? )?(?:[\w-]+ ){{0,2}}{_AS_JUNIOR}\b",
        r"\b(?:hire|hiring|take on|taking on|consider|considering|bring on|employ|employing) "
        r"(?:someone|somebody|people|a person) (?:like me|with my (?:background|experience|"
        r"profile|skills))\b",
        # Asked at one remove: "do you know if the ED hires techs?", "...whether you take
        # on apprentices".
        rf"\b(?:if|whether) {you}(?: ever| still| currently| usually| sometimes)? (?:hires?|"
        rf"takes?|brings?|accepts?)(?: on| in)?(?: any| a| an| some)?(?: [\w-]+){{0,2}}? {_TAKEN_ON}\b",
        # "Does Keystone take summer interns?", "Do you ever bring on students?"
        rf"{_NOT_AFTER_WH}\b(?:do|does|would|will|could) {you}(?: ever| still| currently|"
        r" usually| sometimes)? (?:take|bring|hire|accept)(?: on)?(?: any| a| an| "
        rf"some)?(?: \w+){{0,2}} {_TAKEN_ON}\b"
        r"(?=\s*(?:[?.!,;]|$| (?:on|for|this|next|at|in|from|as|over|during|to|each|every|ever|"
        r"at all|or|anymore)\b))",
    )


def _openings(org: str) -> Rule:
    """Openings, vacancies, roles for me."""
    return Rule(
        "openings opening vacancy vacancies open jobs job roles role positions position going "
        "available offer "
        "internships internship interns spot spots reqs headcount place places room chance",
        r"\b(?:any|are there|is there(?: an?)?|have|know of|aware of|hear of)(?: any)?"
        r"(?: job| current| open)? (?:openings?|vacanc(?:y|ies)|open (?:roles?|positions?|"
        r"reqs?|headcount|spots?))\b",
        rf"\b(?:any|are there(?: any)?|is there(?: an?| any)?) (?:\w+ ){{0,4}}{JOB_WORDS}"
        rf"(?: \w+){{0,3}} (?:on|in|at|with|within|for) {org}\b",
        r"\b(?:do|does) (?:you|your team|the team|the company|your company)(?: guys)? "
        rf"(?:have|offer|take(?: on)?)(?: any)? (?:open )?(?:{JOB_WORDS}|interns|headcount)\b(?!')",
        # "Any freelance writing going at Clydemark?": work on offer there, for me.
        rf"\b(?:any|is there|are there)(?: any)? (?:[\w-]+ ){{0,2}}(?:work|gigs?|freelance|contracts?|"
        rf"contract work|shifts|hours|writing|projects?) (?:going|available|on offer|coming up|"
        rf"open)\b(?: \w+){{0,2}} (?:at|with|on|in|for) {org}",
        rf"\b(?:is there|are there|would there be) (?:a |an |any )?(?:{JOB_WORDS}|place|"
        rf"room|chance) for (?:me|someone like me)\b{_IN_A_FIELD}",
    )


def _keep_me_in_mind() -> Rule:
    """Keep me in mind; tell me if something opens up."""
    return Rule(
        "mind think thought thinking consider considered posted opens kept borne open opened comes come came "
        "keep kept keeping hold file record "
        "available frees free turns crops pops arises hear see across know spot notice there "
        "quits leaves retires moves walks drops short stuck",
        r"\b(?:keep|kept|keeping|bear|have|hold|put) (?:me|my name|my (?:cv|resume|details|profile|"
        r"application)) (?:in mind|on file|on record|in the (?:system|pile|database))\b",
        r"\b(?:think|thought|thinking) of me\b(?! as\b)", r"\bconsider me\b",
        r"\b(?:i|me)\b(?: \w+){0,4} be (?:considered|thought of)\b(?! as\b| too\b)",
        # Wishing to be kept in mind: "I'd love to be kept in mind", "I'd welcome the chance
        # to be considered" (not "considered too old", "kept in the loop").
        r"\b(?:love|like|welcome|appreciate|want|hope|glad|happy|grateful|keen|honou?red)"
        r"(?: (?:the|a|any) (?:chance|opportunity))? to be (?:considered|kept in mind|kept on file|"
        r"borne in mind|thought of)\b(?! as\b| too\b)",
        rf"\b(?:if|in case|when|whenever|should) {_AN_OPENING} (?:ever )?{_OPENS_UP}\b"
        rf"(?:[ ,]+\w+){{0,10}}?[ ,]+(?:{_ASK_OF_ME}|{AT_HAND})",
        # An opening there, and me ready for it: "if there is some opening in HR at your
        # distribution centers, I am ready to start tomorrow".
        rf"\b(?:if|in case|when|whenever|should) there (?:is|are|was|were|ever is|is ever|"
        rf"would be|happens to be) (?:ever )?{_AN_OPENING}\b(?:[ ,]+[\w'-]+){{0,14}}?[ ,]+"
        rf"(?:{_ASK_OF_ME}|{AT_HAND})",
        rf"\b(?:if|in case|when|whenever|should) you (?:ever )?(?:hear|see|come across|know|spot|"
        rf"notice) (?:of |about )?{_AN_OPENING}(?:[ ,]+\w+){{0,6}}?[ ,]+{_ASK_OF_ME}",
        rf"\b{_ASK_OF_ME}\b(?:[ ,]+\w+){{0,4}}?[ ,]+(?:if|in case|when|whenever|should) "
        rf"{_AN_OPENING} (?:ever )?{_OPENS_UP}\b",
        # Short of someone: "if you're ever short a bloke, give us a bell".
        rf"\b(?:if|in case|when|whenever|should) (?:you|you are|you guys are|you all are|they are|"
        rf"the team is) (?:ever )?(?:short|short-handed|stuck|down)(?: for| of| on)? (?:a |an |one )?"
        rf"(?:[\w-]+ )?(?:bloke|guy|person|hand|hands|pair of hands|body|bodies|worker|man|woman)\b"
        rf"(?:[ ,]+[\w'-]+){{0,8}}?[ ,.]+(?:{_ASK_OF_ME}|{AT_HAND})",
        # A place left by one of theirs: "Can I leave you my number anyway, in case one of
        # your guys quits?"
        rf"\b(?:{_ASK_OF_ME}|leave (?:you )?my (?:number|card|details|contact details))\b"
        r"(?:[ ,]+\w+){0,4}?[ ,]+(?:if|in case|when|whenever|should) (?:one of (?:your|the) "
        r"[\w-]+|someone|somebody|anyone|anybody) (?:ever )?(?:quits|leaves|retires|moves on|"
        r"walks out|drops out)\b",
    )


def _pass_my_things_on() -> Rule:
    """Passing my CV, portfolio or name on to someone who hires."""
    return Rule(
        "pass passed passing forward forwarded forwarding circulate circulating put send sent get "
        "bring slip "
        "sending share shared sharing give gave hand handed email emailed emailing flag "
        "mention mentioned mentioning look looked looking review reviewing consider considering",
        rf"\b{_ONWARD}\b(?: \w+){{0,3}} (?:my|a copy of my) (?:\w+ )?{_MY_THINGS}\b",
        # My things weighed for a role of theirs: "would your manager look at my portfolio for
        # the open role?" (not "for a junior role", which may ask what one needs).
        r"\b(?:look|looked|looking|review|reviewing|consider|considering)\b(?: (?:at|over|"
        rf"through))? my (?:\w+ )?{_MY_THINGS}\b(?: \w+){{0,3}}? for (?:the|that|this|your) "
        rf"(?:[\w-]+ ){{0,2}}?{JOB_WORDS}\b",
        # (Not advice on where to send it: "should I send my CV to recruiters?")
        rf"(?<!should i )(?<!do i )(?<!to )\b{_SEND}\b(?: \w+){{0,3}} (?:my|a copy of my) (?:\w+ )?"
        rf"{_MY_THINGS}\b(?: \w+){{0,2}}? "
        rf"(?:on|along|over|around|forward|to {_THIRD_PARTY})\b(?! to (?:you|look|review)\b)",
        r"\byou (?:\w+ )?(?:forward|forwarded|forwarding|circulate) (?:it|them|that|this)\b",
        rf"\byou (?:\w+ )?(?:{_ONWARD}|{_SEND}) (?:it|them|that|this) (?:on|along|over|around|"
        rf"to {_THIRD_PARTY})\b",
        # Handing my name or CV to whoever hires, or to their own boss.
        rf"(?<!should i )(?<!do i )(?<!to )\b(?:{_ONWARD}|{_SEND}) (?:it|my \w+|me)\b(?: \w+){{0,4}} "
        r"(?:to|on to|along to|over to) "
        rf"(?:(?:your |the |a )?{HIRING_PEOPLE}|your (?:manager|boss|team lead|director))\b",
        # "Could you get my resume in front of your manager?"
        rf"\b(?:get|put|bring|pass|slip)\b(?: \w+){{0,2}} my (?:\w+ )?{_MY_THINGS}\b(?: \w+){{0,2}}? "
        r"(?:in front of|on the desk of|to the attention of|under the nose of)\b",
    )


def _vouch_or_refer() -> Rule:
    """A good word, a reference, a job referral, an introduction to whoever hires."""
    return Rule(
        "word vouch reference referral refer referring recommend recommending introduce "
        "connect put get getting manager managers boss lead director recruiter recruiters "
        "recruiting talent hr application applied eye mention got gets say name support backing",
        r"\bput(?:ting)? in a (?:good )?word\b", r"\ba good word for me\b",
        # "...and say a good word to the recruiter?"
        r"\b(?:say|said|saying|drop|dropping|give|giving) a (?:good|kind) word (?:to|with)\b",
        # My name brought up where people are hired: "if my name happened to come up when
        # you're talking with the recruiter..."
        r"\bif\b(?=[^.!?]*\b(?:recruit\w*|hiring|openings?|vacanc\w+|roles?|positions?|jobs?|"
        r"interviews?)\b)[^.!?]{0,100}?\bmy name (?:\w+ ){0,3}?(?:come|came|comes|coming|pop|"
        r"popped|pops) up\b",
        # ...or mentioned to whoever hires: "I'd be grateful if my name got mentioned to
        # whoever does the hiring".
        rf"\b(?:if (?:\w+ ){{0,3}}?my name (?:\w+ ){{0,2}}?(?:got|gets|get|was|were|is)|(?:could|"
        rf"can|would|might) my name (?:\w+ ){{0,2}}?be) (?:mentioned|passed (?:on|along)|"
        rf"put forward|brought up|dropped) (?:to|with|in front of) (?:whoever (?:does|is doing|"
        rf"handles|runs|is in charge of) (?:the )?(?:hiring|recruiting)|(?:your |the |a )?"
        rf"{HIRING_PEOPLE}|your (?:manager|boss))\b",
        # Them vouching, not my lack of anyone who would: "I do not have anyone who would
        # vouch for me".
        r"(?:^|[.!?;]\s+)(?![^.!?;]*\b(?:not|nobody|no one|without|lack\w*)\b[^.!?;]*\bvouch for "
        r"me\b)[^.!?;]*\bvouch for me\b",
        r"\b(?:be|act as|serve as) (?:a|my) reference\b",
        r"\b(?:give me|get me|be) (?:a|an|my) (?:referral|internal referral|employee "
        r"referral)\b",
        r"\b(?:a|an|your) (?:\w+ )?referral for me\b", r"\b(?:put|submit|send) in a referral\b",
        rf"\breferral (?:for|to) (?:the|that|this|a|an|one of your) (?:\w+ ){{0,3}}{JOB_WORDS}\b",
        r"\brefer(?:ring)? me\b(?! to (?:someone|somebody|anyone|anybody|people|others|"
        r"a colleague|one of))",
        rf"\b(?:recommend|recommending) me (?:for|to) (?:the |a |an |that |this |any )?"
        rf"(?:\w+ )?(?:{JOB_WORDS}|it|that one)\b",
        # Putting me up for something of theirs: "recommend me for Harrowgate's student
        # program", "nominate me for the fellowship".
        r"\b(?:recommend|recommending|nominate|nominating|sponsor|sponsoring|endorse|endorsing) "
        r"me (?:for|to join|into)\b",
        rf"\b(?:introduce|connect|put|get|recommend|mention) me (?:\w+ ){{0,4}}(?:to|with) "
        rf"(?:your |the |a |an )?{HIRING_PEOPLE}\b",
        # Whoever hires named first: "Is there a recruiter you could introduce me to?" (not
        # "someone in HR", who may be the very people a future HR partner should meet).
        rf"\b{_HIRERS}\b(?:[\s,;'-]+\w+){{0,8}}?[\s,;'-]+(?:introduce|connect|put|refer|"
        r"recommend|mention) me\b",
        r"\b(?:check on|look at|look into|look out for|keep an eye on|chase|push|follow up on|"
        r"flag|fast-track) my application\b",
        # "could you tell the ER manager I'm applying?"
        r"\b(?:tell|let|remind|mention to) (?:the|your) (?:[\w-]+ ){0,2}(?:manager|boss|recruiter|"
        r"recruiters|lead|director|hr)(?: know)?,? (?:that )?i am (?:applying|going to apply|"
        r"putting in an application)\b",
        # Where my application stands, or a push for it: "I applied for the junior backend
        # role last week. Could you check where my application's at? Or nudge it along?"
        r"\b(?:could|can|would|will) you (?:\w+ ){0,2}(?:check|see|find out|look|ask)\b(?: \w+){0,2} "
        r"(?:where|how|what happened to|on) my application\b",
        r"\b(?:could|can|would|will) you (?:\w+ ){0,3}(?:the )?status of my application\b",
        r"\b(?:applied|application)\b[^?]{0,160}\?\s*(?:or,? )?(?:(?:could|can|would) you )?(?:maybe )?"
        r"(?:nudge|push|hurry|speed|move|bump) (?:it|that|my application|things) (?:along|up|"
        r"forward|through)\b",
        rf"\bkeep an eye out for (?:any )?(?:\w+ )?{JOB_WORDS}\b",
        # "Could you get me into the fellowship?", "get me in front of whoever hires"
        r"\byou (?:\w+ ){0,3}(?:get|getting) me (?:in\b(?! touch)|into\b|an? (?:interview|job|"
        r"role|position|internship|place|spot)\b|in front of\b)",
        # Someone getting me in the door, or anything said to ("...anything unpaid if it could
        # get me in the door"); asking whether a thing would ("could a portfolio get me in
        # the door?") asks about the field.
        r"\b(?:you|someone|somebody|anyone|anybody|who)\b(?: [\w']+){0,4}? (?:get|getting) me "
        r"(?:in the door|a foot in the door|in at|in with)\b",
        r"\b(?:get|got|gets|getting) me (?:in the door|a foot in the door|in at|in with)\b"
        r"(?![^.!?]*\?)",
        r"\bput (?:me|my name) (?:forward|up for|in for|down for)\b|\bput my name in\b",
        # Their support for my application: "Were I to apply, might I count on your support?"
        r"\b(?:support|back|endorse|champion)(?:ing)? my (?:application|candidacy|bid)\b",
        r"\b(?:apply|applied|applying|application|candidacy)\b[^.!?]{0,60}\b(?:count on|rely on|have|"
        r"get|ask for|hope for|expect) your (?:support|backing|endorsement|blessing)\b",
    )


def _wanting_in(org: str) -> Rule:
    """Wanting in: "I'd love to apply", "I could start next month", "a way in at X" (offers
    of work are simulator.job_offers)."""
    return Rule(
        "apply start door way route turn lead grow become get chance opportunity them take",
        r"\bi would (?:really |happily |gladly )?(?:love|like|be (?:happy|glad|keen|thrilled|"
        r"delighted)) to apply\b(?!(?: \w+){0,2} (?:to|for) (?:an? |some |a few |\w+s\b|school|"
        r"college|university|grad|law|nursing|med|business))",
        rf"\bi would (?:\w+ )?(?:jump at|leap at|grab|love|welcome) (?:the|any|a) (?:chance|"
        r"opportunity) to (?:work|intern|volunteer|help|get (?:some )?(?:[\w-]+ )?experience)"
        rf"(?: \w+){{0,3}} (?:for|at|with|on|in|alongside) (?:you\b|your\b|{org})",
        # Any work at all: "I'd take nights, weekends, whatever you've got."
        r"\bi would (?:\w+ )?take (?:[\w-]+,? ){0,4}?(?:whatever|anything) (?:you have|you have got|"
        r"you got|is going|is available|you can give me|you have going)\b",
        r"\bi (?:could|can) start (?:as|next|tomorrow|right away|immediately|whenever|on monday|"
        r"this|in (?:a|two|three|\w+) (?:weeks?|months?))\b",
        # Ready on a named day: "I'd start Monday", "I could start tomorrow, honestly".
        r"\bi (?:could|can|would|will)(?: \w+)? start (?:on )?(?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday|tomorrow|today|right away|right now|straight away)\b",
        r"\bi (?:would|could|will)(?: \w+){0,5} (?:just|anything) to get (?:in\b(?! touch)|"
        r"my foot in the door)",
        # A way in for me, or at their organisation: not "is an internship a good way in?"
        rf"\b(?:foot in the door|way in|route in)\b(?: for me)? (?:at|with|to|into) {org}",
        # (a field that "might be a way in for me" is where I am heading, not a request)
        r"\b(?<!be a )(?<!be the )(?<!be my )(?:foot in the door|way in|route in) for me\b",
        # Among those they take on: "if Keystone takes interns again, I'd like to be one of them".
        rf"\bif (?:you|{org})(?: \w+)? (?:takes?|hires?|brings? on|recruits?|is hiring|are hiring)"
        r"\b[^.!?]{0,100}?[.!?,]?\s*i would (?:\w+ )?(?:love|like|want|hope) to be (?:one of them|"
        r"among them)\b",
        r"\bif (?:it|that|this) (?:could|would|might|ever) (?:\w+ )?(?:turn|lead|grow|become)"
        rf"(?: into)? (?:a |an )?(?:\w+ )?(?:{JOB_WORDS}|offer)\b",
    )


def _asking_outright(org: str, org_name: str) -> Rule:
    """Asking outright to be hired, interviewed or taken on."""
    return Rule(
        "interview hire hired apply join work get getting land find take bring foot intern "
        "trial tryout experience secure",
        r"\b(?:interview|hire) me\b", r"\bwould you (?:ever )?hire\b",
        # "Could you help me get into Pinecrest's fellowship?" (not "into data science").
        rf"\b(?:help me|get me) (?:get |break )?(?:into|onto|on to|in at|in with) {org}",
        # "Could you help me get in?", "help me get in there": in where they are; not "get in
        # touch", "get into research" or "how did you get in?".
        r"\bhelp me (?:to )?get in(?: there| here| the door)?\s*(?:[?.!,;]|$)",
        rf"{_ANY_EMPLOYER_WILL}\b(?:take|bring) me on\b",
        rf"\bhelp me (?:\w+ ){{0,2}}(?:get|land|find|secure) (?:my|a|an|some) (?:[\w-]+ )?"
        rf"(?:foot in the door|{JOB_WORDS}|interview)\b",
        rf"\b(?:get|getting) my foot in the door\b(?: \w+){{0,3}}? (?:at|with|here|on|in) "
        rf"(?:{org}|here)",
        r"\b(?:get|land|find) me (?:a|an) (?:job|role|position|interview|internship)\b",
        rf"\b(?:could|can|may|should) i (?:apply|interview) (?:for|with|at|to) (?:\w+ ){{0,4}}"
        rf"(?:you|your|{org_name})\b",
        rf"\b(?:could|can|may) i (?:work for you|join {org})\b",
        rf"\bi (?:could|can|might) (?:\w+ )?(?:join|work (?:for|with|on|at)|intern (?:with|at|for)) "
        rf"(?:you\b|your\b|{org})",
        rf"\b(?:a )?(?:trial|work trial|tryout|work experience) (?:\w+ )?(?:with|at|on|for) "
        rf"(?:you\b|your\b|{org})",
        rf"\bi would (?:love|like) to (?:work for you|join {org})\b",
        # "I'd love to apply for a job on your team" (not "apply for jobs in the field").
        rf"\bi (?:would (?:love|like)|want|hope|plan) to apply (?:for|to) (?:\w+ ){{0,3}}"
        rf"(?:on|at|with|in|to) (?:your \w+|{org})\b",
        rf"\bhow (?:can|could|should|would|do) i (?:get|land|apply for|find)(?: a| an)? "
        rf"(?:{JOB_WORDS}|hired|in) (?:at|on|with|in) {org}\b",
    )

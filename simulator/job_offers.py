"""Offering myself to them: work, a stint, or help when they are short of hands.

However it is worded, an offer has three parts: me, willing or able ("I'd be happy to", "I
could", "is there any way I could"); work ("do a project", "build a prototype", "help out",
"a secondment"); and them as whom it is for ("for your team", "at your DC", "with
Keystone"), or no pay, which only makes sense as a way in ("for free", "no charge"). Or
it answers their need: "if your team ever gets buried, I'm around", "you need a carpenter?
I can work". Work somewhere else ("an unpaid internship somewhere") and trying the work
out ("could I volunteer there to see if I like it?") are no request. Works on normalised
text (simulator.words.normalise).
"""

from __future__ import annotations

import re

from simulator.phrases import ROLE_NOUN, Rule

JOB_WORDS = (r"(?:jobs?|roles?|positions?|openings?|internships?|vacanc(?:y|ies)|spots?|reqs?|"
             r"postings?|apprenticeships?|placements?|fellowships?|"
             r"(?:trainee|graduate|intern|training|apprentice)(?:ship)? places)")
# People a team might need or take on: "do you need a helper?", "do you take interns?"
WANTED = (r"(?:help|helpers?|hands?|pair of hands|anyone|anybody|someone|somebody|people|staff|"
          r"interns?|apprentices?|volunteers?|assistants?|juniors?|trainees?|contractors?|"
          r"freelancers?|temps?|techs?|pair of eyes|"
          # said plainly: "if you need one more man here, I can come Monday"
          r"(?:wo)?m[ae]n|guys?|lads?|bodies)")
# Wanted by the field, not by them: "do you need more women in the trade?"
IN_THE_FIELD = (r"(?! in (?:the|this|your) (?:trade|field|industry|profession|business|"
                r"line of work)\b)")
# Someone a team might take on to work ("a carpenter"), not to advise, buy or fund.
WORKER = (r"(?!(?:mentor|sponsor|coach|advis[eo]r|tutor|counsel+or|customer|user|investor|"
          r"partner|supplier|buyer|member|owner|founder|competitor|carrier|provider|donor|"
          rf"subscriber|visitor|reader|viewer)s?\b){ROLE_NOUN}")
# Their organisation, or a part of it ("your legal team", "your DC").
_PLACES = (r"(?:team|group|department|company|organi[sz]ation|firm|bank|org|unit|shop|office|"
           r"practice|lab|site|store|hospital|clinic|location|plant|warehouse|dc|distribution "
           r"center|branch|crew|unit|academy|program|programme|project|report|icu|"
           r"emergency department|ward)")
# Departments by their initials, "your ER", "the ED", "the OR", right after the determiner:
# lowercased, "in the next year or two" would be an operating room.
_WARD_INITIALS = r"(?:er|ed|or)"


def org_ish(org_name: str) -> str:
    """Their team or organisation, by name or by noun."""
    return (rf"(?:(?:your|the|this|one of your) (?:(?:[\w-]+ ){{0,2}}{_PLACES}s?|"
            rf"{_WARD_INITIALS})\b|{org_name})")


# Me, willing or able: "I'd be happy to", "I could", "I'd happily".
_WILLING = (r"\bi (?:would|will|could|can|am|might)\b(?! not\b| never\b)(?: (?:really|happily|"
            r"gladly|totally|honestly|even|also|definitely|be|more than|so|very|absolutely))*"
            r"(?: (?:happy|glad|willing|keen|able|available|delighted|thrilled|eager|love|like|"
            r"open)(?: to)?)?")
# Asking to be let in on the work: "is there any way I could...", "could I...".
_MAY_I = (r"(?:\b(?:could|can|may|might) i|\bis there (?:any |a )?(?:way|chance|possibility|"
          r"opportunity) (?:that )?(?:i|for me to)|\bwould it be possible (?:for me )?to|\bany "
          r"chance (?:that )?i|\b(?:would|could|will) you (?:ever )?(?:let|have) me)")
_WORK = (r"(?:work|do|run|help|help out|pitch in|build|make|write|research|clean|code|design|cover|"
         r"assist|support|contribute|join|intern|volunteer|carry|sweep|fill in|temp|get on|"
         r"come on|sign on|come in)")
_UNPAID = (r"(?:for free|unpaid|for nothing|no charge|free of charge|without pay|pro bono|at no "
           r"cost|on a volunteer basis|as a volunteer)")
# Work offered elsewhere, or only to learn what the work is like, is no request.
_ELSEWHERE = re.compile(r"\b(?:somewhere|elsewhere|anywhere|another|other|a nonprofit|a charity|"
                        r"shadow\w*|ride-?along|tour|observe|sit in)\b")
# Someone else's words about me, reported: "the vendor's rep said, half joking, that I'd
# just run their usability study for free".
_REPORTED = re.compile(r"\b(?:said|says|joked|told (?:me|us|him|her|them)|reckoned|thought|"
                       r"joking)\b(?:,[^,.!?]{0,40},)? (?:that )?$")
JUST_TRYING = re.compile(r"\bto (?:see|find out|try|test|get a (?:feel|sense|taste)|"
                         r"learn (?:if|whether)|check)\b|\bbefore i (?:decide|commit|apply)\b")
_TRIAL_WORK = re.compile(r"\b(?:volunteer\w*|intern|interning|shadow\w*)\b")
_READILY = r"(?:really|totally|honestly|absolutely|definitely|gladly|happily|so|very|also|even)"
# Saying I am there for them: "I'm around", "just say the word", "I can work".
AT_HAND = (r"(?:i am your (?:person|guy|girl|man|woman)|i am (?:around|available|free|game|up for "
            r"it|happy to|glad to|keen|interested|in)\b|count me in|(?:just )?say the word|call me|"
            # Ready to come: "I am ready to start tomorrow", "I'd be there in a heartbeat".
            r"i (?:am|would be|will be|could be|can be) (?:\w+ )?(?:ready|there|here|yours)\b|"
            # ...and waiting to hear: "I'd expect a call".
            r"i (?:would|will|do|shall)? ?(?:expect|await|look forward to) (?:a|your|the) (?:call|ring|"
            r"shout|email|message|phone call)\b|"
            r"give me a (?:shout|call|ring)|let me know|think of me|keep me in mind|"
            # Glad to do it: "I'd be more than happy to muck in", "I'd totally do it".
            rf"i (?:would|will)(?: (?:{_READILY}|be|more than))* (?:love|happy|glad|keen|willing|"
            r"delighted|thrilled|eager|jump)|"
            rf"i (?:can|could|would|will)(?: {_READILY})* (?:help|come|start|work|cover|carry|learn|"
            r"do (?:it|that|this)|pitch in|muck in|step in|jump in))")
# Their need of hands, or being short of them.
# Someone needed, maybe among alternatives: "a site admin or anyone", "a spare pair of eyes".
_NEED = (rf"(?:need|needs|want|could use|are looking for|look for)(?: any| an?| another| extra| "
         rf"more| some)*(?:(?: [\w-]+){{1,2}} or(?: an?)?)?(?: [\w-]+)?? (?:{WANTED}|{WORKER})\b"
         rf"{IN_THE_FIELD}")
_SHORT = (r"(?:short|short-handed|shorthanded|short-staffed|understaffed|stretched|swamped|slammed|"
          r"buried|overloaded|snowed under|a (?:person|hand|pair of hands) (?:short|down))\b"
          r"(?! on time| of time)")


class JobOffers:
    """Recognises offers of myself to one persona's organisation."""

    def __init__(self, org_name: str) -> None:
        org = org_ish(org_name)
        for_them = rf"(?:for|with|on|at|in|alongside|into|under) (?:{org}|you guys\b)"
        # "I could build a prototype for Crewbook", "I'd happily do research for Keystone
        # unpaid"; working *for you* is working for them.
        offer = (rf"(?:{_WILLING}|{_MAY_I})(?: \w+){{0,2}}? {_WORK}\b(?:[ ,]+[\w'-]+){{0,8}}?[ ,]+"
                 rf"(?:{for_them}|{_UNPAID}|(?:for|under|with) you\b(?! (?:think|know|said|"
                 r"mentioned)\b))")
        if_needed = rf"\bif (?:you|{org}|you guys)(?: \w+){{0,3}}? (?:{_NEED}|{_SHORT})"
        self._offers = Rule(
            "work do run help pitch build make write research clean code design cover assist support "
            "contribute join intern volunteer carry sweep fill temp get come sign start pick take "
            "shifts hours",
            offer,
            # "I could start at your DC the week after I get out."
            rf"{_WILLING}(?: \w+){{0,2}}? start (?:at|with|for|on|in) (?:{org}|you guys\b)",
            # "Could I pick up a few shifts?"
            rf"{_MAY_I}(?: \w+)? (?:pick up|do|work|cover|take) (?:some |a few |any |the odd )?"
            r"(?:shifts|hours|days|weekends)\b",
        )
        self._if_needed = Rule(
            "need needs needing want use looking look short shorthanded understaffed stretched swamped "
            "slammed buried overloaded snowed",
            # "If your team ever gets buried during peak season, I'm around."
            rf"{if_needed}(?:[\s,;.!]+[\w'-]+){{0,14}}?[\s,;.!]+{AT_HAND}",
            # ...or any need there, said impersonally: "if on St Teilo's there is any need, even
            # temporary, for a site engineer, I am available from Monday."
            rf"\bif\b(?: [\w']+){{0,5}}? there (?:is|are|was|were) (?:ever )?(?:any |a |an |some )?need\b"
            rf"[^.!?]{{0,40}}? for (?:an? |any |some |another |extra )?(?:[\w-]+ ){{0,2}}?(?:{WANTED}|"
            rf"{WORKER})\b(?:[\s,;.!]+[\w'-]+){{0,14}}?[\s,;.!]+{AT_HAND}",
            # "You need a carpenter on this project?", "maybe you are needing a helper... I
            # can carry": their need put to them, with a question or my offer after it.
            rf"(?<!did )(?<!when )(?<!if )\byou(?: guys| all)?(?: \w+){{0,2}}? (?:needing|need|"
            rf"could use)(?: any| an?| another| extra| more| some)*(?: [\w-]+)?? (?:{WANTED}|"
            rf"{WORKER})\b{IN_THE_FIELD}(?:[^.!?]*\?|(?:[\s,;.!]+[\w'-]+){{0,12}}?[\s,;.!]+{AT_HAND})",
        )

    def reported(self, t: str, words: frozenset[str]) -> bool:
        """Whether `t` has an offer's form only in someone else's words about me ("my old
        manager joked that I'd happily build their dashboards for free")."""
        return any(_REPORTED.search(t, 0, m.start()) for m in self._offers.finditer(t, words))

    def search(self, t: str, words: frozenset[str]) -> bool:
        """Whether normalised text `t` (with its word set) offers me to them."""
        for match in self._offers.finditer(t, words):
            said = match.group(0)
            if _ELSEWHERE.search(said) or _REPORTED.search(t, 0, match.start()):
                continue
            # "Could I volunteer there to see if I like it?" tries the work out.
            if _TRIAL_WORK.search(said) and JUST_TRYING.search(t, match.end()):
                continue
            return True
        return self._if_needed.search(t, words) is not None

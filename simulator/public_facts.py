"""Questions a public profile or the organisation's own website already answers.

A fact question has a recognisable shape whatever the wording: "which paper were you at
before...", "what did you do your master's in?", "how many stores does X run?". Each shape
is a *slot* (tenure, previous job, studies...). A persona slot counts only when one of the
scenario's public-profile facts states that kind of thing; the organisation's basics (what
it does, its size, where it is, when it was founded or went public) are on its website
whatever the profile says. A question that builds on a fact ("did your PhD actually help?",
"how did going public change your work?") has none of these shapes.

Everything here works on normalised text (simulator.words.normalise).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from simulator.phrases import rx

_END = r"\s*(?:[?.!,;]|$)"
# A fact question ends soon after what it asks; "what did you study that helps you most
# today?" goes on to ask something else.
_TAIL = rf"(?: \w+){{0,3}}{_END}"
ORG_NOUNS = (r"(?:company|organi[sz]ation|org|firm|bank|employer|business|agency|institution|"
             r"institute)")
_SCHOOLS = (r"(?:school|college|university|uni|grad school|law school|nursing school|"
            r"business school|med school)")
_DEGREES = (r"(?:degree|phd|doctorate|masters?|mba|bachelors?|undergrad(?:uate)?(?: degree)?|jd|bsn|"
            r"msc|bsc|major)")
# What an organisation has more of as it grows, and nobody but the organisation has.
_PREMISES = (r"(?:stores|shops|hospitals|clinics|beds|locations|offices|branches|sites|"
             r"restaurants|centers|centres|warehouses)")
_COUNTED = (rf"(?:people|employees|staff|workers|folks|persons|engineers|nurses|customers|clients|"
            rf"members|carriers|users|homes|transactions|{_PREMISES})")


@dataclass(frozen=True)
class _Slot:
    asks: re.Pattern[str]
    """The question's shape, on normalised text."""
    evidence: tuple[re.Pattern[str], ...]
    """What a profile fact says when it answers this slot, strongest first."""


def _evidence(*parts: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in parts)


_PAST_JOB = _evidence(r"\bbefore\b", r"\bafter (?:\w+ ){0,3}years\b",
                      r"\b(?:spent|served) (?:\w+ ){0,3}years\b", r"\bleaving\b|\bleft\b",
                      r"\bpreviously\b|\bformerly\b")


def _persona_slots(org: str, first_name: str) -> list[_Slot]:
    here = rf"(?:{org}|here|there|this place)"
    return [
        _Slot(rx(  # how long they have been there
            rf"\bhow (?:long|many years) (?:have|had) you (?:been|worked|spent)(?:(?: \w+){{0,2}}"
            rf" (?:at|with|for|in|on) {here}| (?:here|there)\b)",
            rf"\b(?:when|what year) did you (?:first )?(?:join|start (?:at|with|working (?:at|for|"
            rf"with))|come (?:to|on board at)|get hired (?:at|by)|move to|arrive at) {here}",
            rf"\b(?:when|what year) did you (?:first )?join{_END}",
            rf"\bhow long have you been (?:in (?:this|your|the|that) (?:role|job|position)|"
            rf"(?:a|an|the) (?:\w+ ){{0,2}}\w+){_END}"),
            _evidence(r"\bjoined\b", rf"\b{re.escape(first_name)} (?:founded|started|set up)\b",
                      r"\bsince (?:19|20)\d\d\b", r"\bfor \w+ years\b")),
        _Slot(rx(  # where they worked before
            r"\b(?:where|which \w+|what \w+) (?:did|were|was) you (?:working|work|at|with|"
            r"employed|based)(?: \w+){0,3} before\b",
            rf"\bwhat did you do before (?:{org}|this|that|here|joining|becoming|starting|coming|"
            r"moving|you (?:joined|became|started|moved|came))",
            r"\bwhat (?:was|were) your (?:previous|last|old|prior|former) (?:job|role|employer|"
            r"company|position|career|title|jobs|roles)",
            rf"\b(?:where|which \w+|what \w+) (?:did|were) you (?:work|working|at|practi[cs]e|"
            rf"practi[cs]ing|teach|teaching)(?: previously| before)?{_END}"),
            _PAST_JOB),
        _Slot(rx(  # how long they did the previous job
            r"\bhow (?:long|many years) (?:were|was) you (?:a |an |in |at |with |the )?\w+",
            r"\bhow (?:long|many years) did you (?:teach|work|serve|practi[cs]e|stay|spend|"
            r"manage|run|report|do (?:that|it|the job))\b"),
            _PAST_JOB),
        _Slot(rx(  # where and what they studied
            rf"\bwhere did you (?:study|train|graduate(?: from)?|go to {_SCHOOLS}|(?:get|do|take|"
            rf"complete|finish|earn) your (?:\w+ )?(?:{_DEGREES}|certificate|training|education))"
            rf"{_TAIL}",
            # "Where's your master's from?", "Which school was your MBA from?"
            rf"\b(?:where|(?:which|what) {_SCHOOLS}) (?:is|was) your (?:\w+ )?{_DEGREES} from{_TAIL}",
            rf"\b(?:which|what) {_SCHOOLS} did you (?:get|do|take|complete|finish|earn) your "
            rf"(?:\w+ )?{_DEGREES}(?: at| from| in)?{_TAIL}",
            rf"\b(?:which|what) {_SCHOOLS} did you (?:go to|attend|study at|graduate from|get "
            rf"your \w+ from){_TAIL}",
            rf"\bwhat did you (?:study|major in|do your (?:\w+ )?{_DEGREES} (?:in|on)|get your "
            rf"(?:\w+ )?{_DEGREES} in){_TAIL}",
            rf"\bwhat (?:is|was) your (?:\w+ )?{_DEGREES} (?:in|on){_TAIL}",
            rf"\bwhat (?:degree|degrees|qualifications) do you have{_TAIL}",
            rf"\bdo you have (?:a|an) (?:\w+ )?{_DEGREES}\b{_TAIL}",
            rf"\bdid you (?:go to|study at|attend) (?:a )?{_SCHOOLS}{_TAIL}"),
            _evidence(r"universit|college|school|degree|bachelor|master|\bphd\b|\bmba\b|\bjd\b|"
                      r"\bbsn\b|studied|graduat")),
        _Slot(rx(  # certifications and licences
            r"\bwhat (?:certifications?|certificates?|credentials?|licen[cs]es?) (?:do|did) you "
            rf"(?:have|hold|get|do){_TAIL}",
            rf"\bare you (?:\w+ )?(?:certified|licensed|chartered|accredited){_TAIL}",
            r"\bdo you (?:have|hold) (?:a|an|the|any) (?:\w+ ){0,2}(?:certification|certificate|"
            rf"licen[cs]e|credential|designation){_TAIL}"),
            _evidence(r"certif|licen[cs]|chartered|credential|\bfellow\b|\bcpa\b|accredit")),
        _Slot(rx(  # which team, and how big a team they lead
            r"\b(?:which|what) team (?:are you (?:on|in|part of)|do you (?:work (?:on|in)|lead|"
            rf"manage|run|belong to)){_TAIL}"),
            _evidence(r"\bteams?\b")),
        _Slot(rx(
            rf"\bhow (?:big|large) is (?:your|the) team(?: (?:that )?you (?:lead|manage|run|head))?"
            rf"{_TAIL}",
            rf"\bhow many people (?:do you (?:lead|manage)|(?:are )?(?:on|in) (?:the|your) team"
            rf"(?: you (?:lead|manage|run))?){_TAIL}"),
            _evidence(r"\bteam of\b")),
    ]


_TITLE = re.compile(r"\bwhat (?:is|was) your (?:\w+ )?(?:job |official |exact |current )?title\b")
# Yes-or-no questions about one attribute: "are you an FSA?", "were you in the Army?", "do you
# have a PhD?", "did you go to KTH?". The attribute is public when a fact states it.
_ATTRIBUTE = re.compile(
    r"^(?:\w+ )?(?:(?:are|were) you (?:still )?(?:an? |the |in |at |on |with |part of )?|"
    r"do you (?:have|hold) (?:an? |the )?|did you (?:go to|study at|attend|work (?:at|for)|"
    r"serve in|study) )(?P<what>[\w' -]+?)\s*(?:[?.!]|$)")
_ATTRIBUTE_MAX_WORDS = 5


def org_patterns(org: str, organisation: str) -> list[tuple[str, re.Pattern[str]]]:
    """Questions whose answers are on the organisation's own website, with a short label.
    `org` is a regex for the organisation's name."""
    org = rf"(?:{org}|(?:your|the|this) {ORG_NOUNS}|you guys)"
    near = rf"(?:{org}|it|here|there)"  # once the organisation is the subject, "it" will do
    return [
        (f"what {organisation} does", rx(
            rf"\bwhat (?:exactly |actually )?(?:does|do) {org} (?:actually |exactly |even |really )?"
            rf"(?:do|sell|make|build|offer|provide|produce)(?: exactly| as an? {ORG_NOUNS}|"
            rf" for a living)?{_END}",
            rf"\bwhat (?:products?|services?|software) (?:does|do) {org} (?:\w+ )?(?:sell|make|"
            rf"offer|provide|build|have)",
            rf"\bwho (?:are|is) {org} (?:customers|clients|users)\b",
            rf"\bwho (?:uses|buys from|are the customers of) {org}",
            rf"\bwhat (?:kind|sort|type) of {ORG_NOUNS} is {org}",
            rf"\bwhat (?:is|does) {org}(?: do)?{_END}",
            rf"\bwhat (?:industry|sector|line of business) is {org} in")),
        (f"how big {organisation} is", rx(
            rf"\bhow (?:many|much) (?:\w+ )?(?:people|employees|staff|workers|folks|persons)"
            rf" (?:work|are employed|are there) (?:at|for|in) {near}",
            rf"\bhow many (?:\w+ ){{0,2}}{_COUNTED} (?:does|do) {org} (?:\w+ )?(?:have|employ|run|"
            rf"operate|own|serve|process)",
            r"\bhow many (?:people|employees|staff) do you (?:have|employ)\b",
            rf"\bhow many (?:\w+ )?{_PREMISES} (?:do you (?:have|run|operate)|have you got)"
            rf"(?: \w+){{0,3}}{_END}",
            rf"\bhow many (?:\w+ )?{_COUNTED} (?:are|is) (?:{org}|you) (?:up to|at)\b",
            rf"\bhow many (?:\w+ )?{_COUNTED} (?:are|is) there (?:at|in) {org}",
            rf"\b(?:how big|how large|what size) is {org}",
            rf"\bwhat is (?:the size of|the headcount (?:at|of)) {org}")),
        (f"where {organisation} is based", rx(
            rf"\bwhere (?:is|are) {near}(?: actually)? (?:based|headquartered|located|hq)",
            rf"\bwhere (?:is|are) (?:{org} )?(?:the |its |your )?(?:headquarters|hq|head office|"
            rf"main office|head ?quarters)",
            rf"\b(?:is|are) {org} (?:based|headquartered) (?:in|out of)",
            rf"\bwhere is {org}{_END}")),
        (f"when {organisation} was founded", rx(
            rf"\b(?:when|what year) (?:was|did) {org} (?:first )?(?:founded|established|"
            rf"started|set up|created|get started|start|begin|open|go public|ipo|list)",
            rf"\b(?:when|what year) was {near} (?:founded|established|set up)",
            rf"\bhow old is {org}|\bwho founded {org}",
            rf"\bhow long has {org} (?:been around|existed|been in business|been going)",
            rf"\bis {org} (?:a )?(?:public|publicly traded|listed)(?: company)?{_END}")),
    ]


class PersonaFacts:
    """The persona slots one scenario's public profile answers, each with its fact."""

    def __init__(self, facts: list[str], org: str, first_name: str, role: str,
                 tokenise: Callable[[str], list[str]]) -> None:
        self._tokenise = tokenise
        self._fact_words = [(frozenset(tokenise(f)), f) for f in facts]
        self._slots: list[tuple[re.Pattern[str], str]] = []
        org_fact = re.compile(org, re.IGNORECASE)
        # Facts naming the organisation first: "how long at X?" is answered by "joined X".
        ordered = sorted(facts, key=lambda f: not org_fact.search(f))
        for slot in _persona_slots(org, first_name):
            fact = next((f for ev in slot.evidence for f in ordered if ev.search(f)), None)
            if fact is not None:
                self._slots.append((slot.asks, fact))
        title = next((f for f in facts if role.lower() in f.lower()), None)
        self._title = title or f"{first_name}'s title is {role}."

    def asked(self, t: str) -> str | None:
        """The public fact normalised question `t` asks for, or None."""
        for asks, fact in self._slots:
            if asks.search(t):
                return fact
        if _TITLE.search(t):
            return self._title
        return self._attribute(t)

    def _attribute(self, t: str) -> str | None:
        """A fact stating every content word of a yes-or-no question's attribute."""
        match = _ATTRIBUTE.match(t)
        if not match:
            return None
        words = self._tokenise(match["what"])
        if not words or len(words) > _ATTRIBUTE_MAX_WORDS:
            return None
        return next((f for ws, f in self._fact_words if all(w in ws for w in words)), None)

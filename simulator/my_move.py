"""Questions about the explorer's own move: how their background would carry over, what the
persona would do in their place. A real person answers those by asking to hear the
explorer's story, which is what a scenario's `invites_story` topic does; its examples cannot
hold every way of asking ("would my time on the floor count for anything?").

Works on normalised text (simulator.words.normalise).
"""

from __future__ import annotations

from simulator.phrases import Rule

_FEASIBLE = r"(?:realistic|possible|feasible|doable)"
_MINE = r"(?:experience|background|skills?|years|time|career|history|training|degree)"
_CARRIES = (r"(?:carry|carries|transfer|transfers|translate|translates|count|counts|apply|"
            r"applies|fit|fits|matter|matters|(?:is|are|be|seem|seems)(?: at all| really| even| "
            r"actually)? (?:useful|valued|relevant|worth (?:anything|something|much)))")

ASKS_ABOUT_MY_MOVE = Rule(
    "my me were realistic possible feasible doable late old option age",
    # "how do you think my experience would carry over", "would my years on the floor count
    # for anything?" (not "did your experience at the city carry over?": theirs, not mine)
    rf"\bmy (?:[\w-]+ ){{0,2}}{_MINE}\b(?: [\w-]+){{0,6}}? (?:would |will |could |might |"
    rf"does |do |really )?{_CARRIES}\b",
    # "is it realistic for someone from the landlord side, with no degree, to...?"
    rf"\b(?:{_FEASIBLE}|too late|too old|a real option)\b(?: [\w-]+){{0,3}}"
    r" for (?:me\b|(?:someone|somebody|a person|people) (?:like me|from|with|coming|in my|my "
    r"age|without|who))",
    # "is it too late to become an actuary at my age?", "am I too old to retrain at fifty?"
    r"\b(?:too late|too old)\b(?: (?!you\b|your\b|he\b|she\b|they\b)[\w-]+){0,6}? (?:at|for) "
    r"(?:my age|me\b|(?:thirty|forty|fifty|"
    r"sixty)(?:-\w+)?\b|\d+\b)", r"\b(?:am i|i am|i might be) too old\b",
    # "what would you do in my shoes?", "if you were me"
    r"\bin my (?:shoes|position|place|situation)\b", r"\bif you were me\b",
    # "if you were a teacher leaving the classroom right now, what would you do?" (not "if
    # you were starting over, what would you do differently?": their own path again)
    r"\bif you were (?:someone|somebody|an? [\w-]+(?: [\w-]+)?) (?:[\w-]+ ){0,3}?(?:leaving|"
    r"switching|moving|changing|coming|trying|looking|walking|quitting|getting out) ",
)
"""A question about how the explorer's own background fits, or what to do in their place."""

# Advice asked for someone making the move the explorer is making: "if somebody like me
# wanted to make the jump, what would you tell them to do first?", "for somebody coming
# from a call center, what advice would you give me?" (not "how did you make the switch?").
_ADVICE = Rule(
    "tell say advise recommend suggest advice tips first realistic possible feasible doable "
    "stretch chance shot could",
    r"\bwhat would you (?:tell|say to|advise|recommend|suggest)\b", r"\b(?:advice|tips)\b",
    r"\bdo first\b", rf"\b{_FEASIBLE}\b",
    # Whether it can be done: "could make that jump, or is it a stretch?"
    r"\b(?:a|too much of a|too big a) stretch\b", r"\b(?:stand|have) a (?:chance|shot)\b",
    r"\bcould (?:\w+ )?(?:make|manage|pull off) (?:it|that|this|the)\b")
_MOVING = Rule(
    "jump switch switching move moving leap transition change changing break get coming come "
    "outside",
    r"\b(?:make|making|made) (?:the|that|this) (?:jump|switch|move|leap|change)\b",
    r"\b(?:switch|switching|move|moving|transition|transitioning|break|breaking|get|getting) "
    r"(?:in|into|over)\b", r"\b(?:career change|change careers|changing careers)\b",
    r"\b(?:coming|come|comes) (?:in )?from\b", r"\bfrom outside\b")
_WHO_MOVES = Rule(
    "me i my someone somebody another people person",
    r"\b(?:me|i|my)\b", r"\b(?:someone|somebody|people|a person) (?:like me|coming|from|who)\b",
    r"\banother [\w-]+ (?:came|comes|who|wanting|wanted)\b")

OVERRIDES_BELOW = 0.8
"""Such a question goes to the story topic unless another topic matches it this well
("would someone with my degree need a master's as well?" is still about degrees)."""


def asks_about_my_move(t: str, words: frozenset[str]) -> bool:
    if ASKS_ABOUT_MY_MOVE.search(t, words):
        return True
    return all(rule.search(t, words) for rule in (_ADVICE, _MOVING, _WHO_MOVES))

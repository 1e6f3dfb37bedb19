"""Questions about the explorer's own move: how their background would carry over, what the
persona would do in their place. A real person answers those by asking to hear the
explorer's story, which is what a scenario's `invites_story` topic does; its examples cannot
hold every way of asking ("would my time on the floor count for anything?").

Works on normalised text (simulator.words.normalise).
"""

from __future__ import annotations

from simulator.phrases import Rule

_MINE = r"(?:experience|background|skills?|years|time|career|history|training|degree)"
_CARRIES = (r"(?:carry|carries|transfer|transfers|translate|translates|count|counts|apply|"
            r"applies|fit|fits|matter|matters|(?:is|are|be|seem|seems)(?: at all| really| even| "
            r"actually)? (?:useful|valued|relevant|worth (?:anything|something|much)))")

ASKS_ABOUT_MY_MOVE = Rule(
    "my me were realistic possible feasible doable late old option",
    # "how do you think my experience would carry over", "would my years on the floor count
    # for anything?" (not "did your experience at the city carry over?": theirs, not mine)
    rf"\bmy (?:[\w-]+ ){{0,2}}{_MINE}\b(?: [\w-]+){{0,6}}? (?:would |will |could |might |"
    rf"does |do |really )?{_CARRIES}\b",
    # "is it realistic for someone from the landlord side, with no degree, to...?"
    r"\b(?:realistic|possible|feasible|doable|too late|too old|a real option)\b(?: [\w-]+){0,3}"
    r" for (?:me\b|(?:someone|somebody|a person|people) (?:like me|from|with|coming|in my|my "
    r"age|without|who))",
    # "what would you do in my shoes?", "if you were me"
    r"\bin my (?:shoes|position|place|situation)\b", r"\bif you were me\b",
    # "if you were a teacher leaving the classroom right now, what would you do?" (not "if
    # you were starting over, what would you do differently?": their own path again)
    r"\bif you were (?:someone|somebody|an? [\w-]+(?: [\w-]+)?) (?:[\w-]+ ){0,3}?(?:leaving|"
    r"switching|moving|changing|coming|trying|looking|walking|quitting|getting out) ",
)
"""A question about how the explorer's own background fits, or what to do in their place."""

OVERRIDES_BELOW = 0.8
"""Such a question goes to the story topic unless another topic matches it this well
("would someone with my degree need a master's as well?" is still about degrees)."""


def asks_about_my_move(t: str, words: frozenset[str]) -> bool:
    return ASKS_ABOUT_MY_MOVE.search(t, words) is not None

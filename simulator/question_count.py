"""How many thoughtful questions the user asked: one count for the few_questions finding and
the report's `substantive_questions`, so the two never disagree."""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.intents import Reading, TurnReader
from simulator.phrases import SENTENCE_BREAK
from simulator.public_facts import AN_EXAMPLE
from simulator.words import normalise

_ANOTHER_QUESTION = re.compile(r"(?:and|also|plus|but|so)\b|(?:what|how|which|why|where|when|who)\b")
"""How a second question in one turn opens; one opening otherwise guesses at the answer."""
_WHICH_OF_THEM = re.compile(r"^(?:(?:and|so|but) )?which (?:one|ones|of (?:them|those|these|the two)|"
                            r"(?:is|would be|is the) (?:better|best|more|the)|would you (?:pick|"
                            r"choose|go for|recommend|do))\b")
_OFFERS_A_CHOICE = re.compile(r"\bor\b|\b(?:options|choices|paths|routes)\b")


def thoughtful_questions(said: Sequence[tuple[str, Reading]], reader: TurnReader) -> int:
    """Questions about their work and path in the user's turns (text, reading), in order.
    The turn that first says why they came ("...and I'd love to understand what the work is
    really like") is the goal, not a question, unless it also asks one outright; nor is a
    turn that finishes the question before."""
    goal = next((n for n, (_, r) in enumerate(said) if r.states_purpose), None)
    return sum(questions_in(text, reader) for n, (text, r) in enumerate(said)
               if r.is_question and r.substantive and not (n == goal and "?" not in text)
               and not finishes_the_question_before(said, n))


def finishes_the_question_before(said: Sequence[tuple[str, Reading]], n: int) -> bool:
    """Turn `n` only gives an example of the question the turn before asked: spoken, a
    question may be answered at its pause, and "Like, do you work weekends?" heard as a
    turn of its own. (Said in one turn, it would not count either: see `questions_in`.)"""
    return n > 0 and said[n - 1][1].is_question and bool(AN_EXAMPLE.match(normalise(said[n][0])))


def questions_in(text: str, reader: TurnReader) -> int:
    """How many thoughtful questions a turn asks: "What do you look for when you promote
    someone? And does an MBA still beat an MHA?" asks two, but "How do people get their
    first job? Do they do internships, or what?" one, its second half offering answers; a
    sentence said again word for word (as the recognizer sometimes writes one twice) is one."""
    asked = [s for s in SENTENCE_BREAK.split(text) if s.strip().endswith("?")]
    if len(asked) < 2:
        return 1
    said = [normalise(s) for s in asked]
    return 1 + sum(1 for before, then, question in zip(said, said[1:], asked[1:], strict=False)
                   if not before.endswith(then) and _ANOTHER_QUESTION.match(then)
                   and not _picks_from(before, then)
                   and reader.read(question).substantive)


def _picks_from(question: str, then: str) -> bool:
    """`then` asks which of the choices `question` offered ("Should I do an MBA or an MHA?
    Which one will be more respected?"): the same question again."""
    return bool(_WHICH_OF_THEM.match(then) and _OFFERS_A_CHOICE.search(question))

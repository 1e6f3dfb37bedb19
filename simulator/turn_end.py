"""When has the user finished speaking? The silence a turn needs, from its words so far.

A finished question is answered quickly, a finished statement after the pause two sentences
of one turn leave between them, unless the turn-end model reads it as handing the turn over
("Thank you so much for making the time."), and anything that sounds unfinished only after
a silence longer than a mid-sentence pause. The words come from the quick reading of the turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from simulator.phrases import SENTENCE_BREAK
from simulator.turn_model import TurnModel, features, masked

QUESTION_END_S = 0.24
"""A turn that ends in a finished question gets its answer after this much silence (eight
30 ms voice-activity frames: silence is counted in whole frames, and 0.25 s took nine,
0.27 s). Not much less: at 0.15 s the voice's short pause in "...in government | or at a
think tank?", which whisper reads as a finished question, got an answer that cut off the
rest (a 15-minute meeting on files: 12.6 % of its words wrong instead of 5.9 %)..."""
STATEMENT_END_S = 0.85
"""...a finished statement after this much: longer than the pause between two sentences
of one turn (in the scripted voices at 118 wpm up to 0.72 s over 638 pauses of long corpus
turns; at 0.7 s a monologue of short sentences was split and its rambling went unseen)..."""
HANDOVER_END_S = 0.6
"""...a statement the turn-end model is sure hands the turn over after this much: past the
pause between two sentences at an ordinary pace (espeak at 150 wpm: 0.4 s), so that with
the device path a reply comes within 0.8 s; a slow speaker's pause may be longer, which is
why it needs the model's word (see ENDING_MODEL_PATH)..."""
END_SILENCE_S = 1.3
"""...and anything else after this: longer than a mid-sentence pause (up to 1.2 s)."""
QUESTION_END_MAX_S = 0.45
"""A slow speaker's comma pause can outlast QUESTION_END_S (the scripted voices at 118 wpm
pause 0.18-0.36 s), and whisper may write the words before it as a finished question
("Is there anyone who came into actuarial work later?" | "like me, that you could point
me to?"). `PausePace` learns the speaker's comma pauses and waits past them, up to this:
a reply held back longer than that would feel slow to anyone."""
_CONTINUES = {
    # Words a finished sentence rarely ends on: conjunctions, articles, fillers, a subject
    # waiting for its verb. Whisper punctuates half sentences ("...look like for?"), so
    # its "?" alone never proves a turn is over.
    "and", "but", "or", "so", "because", "the", "a", "an", "my", "your", "our", "their",
    "his", "its", "um", "uh", "if", "that", "which", "is", "was", "i", "we", "they",
    "he", "she", "whether", "than",
    # Not "like": "What does a typical week look like?" is one of the commonest questions.
}
_PREPOSITIONS = {
    # A turn ending on one is often unfinished ("What should it look like for ... a junior
    # role?") and gets the full silence, unless it is a question whose preposition has its
    # object up front (see `_preposition_answered`).
    "about", "for", "to", "of", "with", "in", "on", "at", "from", "into", "as", "by",
}
_FRONTED = {
    # Words that put a preposition's object at the front of a question: "Who else should I
    # talk to?", "Is there anyone you'd suggest I speak with?". 190 corpus questions end
    # on a preposition this way, most of them the referral ask a meeting should end on.
    "who", "whom", "what", "which", "where", "anyone", "anybody", "someone", "somebody",
    "anything", "something",
}


ENDS, LIKELY, GOES_ON, UNSURE = "ends", "likely ends", "goes on", "unsure"
"""What the turn-end model says of a finished sentence: the turn ends here, it likely does
(a statement), more follows (a question), or it cannot tell (then the sentence's kind alone
decides)."""


class EndWait(NamedTuple):
    """The silence that ends a turn, and which kind of ending asked for it (for the log)."""

    seconds: float
    kind: str
    """"unfinished", "held" (pitch level), "question", "lead-on question", "handover",
    "likely handover", "rising statement" or "statement"."""


def end_wait(text: str, ending: Callable[[str], str] | None = None,
             question_s: float = QUESTION_END_S, lead_on_s: float = STATEMENT_END_S,
             pitch: str | None = None) -> EndWait:
    """How much silence ends a turn whose words so far are `text`; `ending` (see
    `ending_reader`) tells a sentence that ends the turn from one that more will follow;
    `question_s` is the wait after a finished question and `lead_on_s` after one that leads
    on or a statement that likely ends it (see `PausePace`); `pitch` how the voice ended
    its last words, "rise", "fall" or "level" (see `audio.prosody`), None if not measured."""
    if not sounds_finished(text):
        return EndWait(END_SILENCE_S, "unfinished")
    # Words that read as finished, said in a voice that holds the turn: "And where do data
    # scientists usually go | ... after senior level?" is written "...usually go?" by the
    # recognizer, but a question or statement that ends the turn falls or rises.
    if pitch == "level":
        return EndWait(END_SILENCE_S, "held")
    verdict = UNSURE if ending is None else ending(text)
    if text.rstrip().endswith("?") and not _clause_not_question(text):
        # "Can I ask you something?" leads on: wait past a pause between sentences.
        return EndWait(lead_on_s, "lead-on question") if verdict == GOES_ON \
            else EndWait(question_s, "question")
    if verdict == ENDS:
        return EndWait(HANDOVER_END_S, "handover")
    if verdict == LIKELY or pitch == "rise":
        # Past this speaker's own pause between sentences, as a question that leads on, but
        # never sooner than a statement the model is sure of. A statement said with a rise
        # asks something: "You moved over from nursing?", or "I've been wondering about how
        # research changes a decision at City Council?" with its "?" lost by the recognizer.
        return EndWait(max(HANDOVER_END_S, lead_on_s),
                       "likely handover" if verdict == LIKELY else "rising statement")
    return EndWait(STATEMENT_END_S, "statement")


# A wh-word with its own subject after it opens a clause, not a question: whisper writes
# "?" after the list inside a monologue ("...more interesting than the fights. Why a
# feature was built a certain way? What the company promised users?", then a comma pause and
# "where the risk actually sits"). No finished question of the corpus's 6,284 ends on one.
_WH_CLAUSE = re.compile(r"^(?:(?:and|so|but|or),? )?(?:what|why|how|where|when|who|which) (?:the|a|"
                        r"an|my|your|his|her|their|our|its|this|that|these|those)\b")


def _clause_not_question(text: str) -> bool:
    """Whether the last clause of `text`, for all its question mark, is a wh-clause."""
    last = re.split(r"[,;:.!?]\s*", text.strip().rstrip("?!. ").lower())[-1]
    return _WH_CLAUSE.match(last) is not None


class PausePace:
    """How long this speaker pauses at a comma and between sentences, learnt from their
    turns as the meeting goes, and so how long a finished-sounding question must be followed
    by silence before it is taken as the end of the turn: past a comma pause for most
    questions, past a sentence break for one the turn-end model says leads on and for a
    statement it says likely ends the turn.

    A turn's transcript says how many sentence breaks and commas it held, not where; the
    pauses say how long, not at what. Sentence breaks are the longest pauses of a turn, so
    after the turn's S longest pauses come its C comma pauses. (Speakers who pause longer
    at a comma than between sentences only make this take a shorter pause for a comma.)
    """

    SHORTEST_S = 0.09
    """Shorter silences are the closures of stop consonants, not pauses (3 VAD frames)."""
    LONGEST_S = 0.6
    """Longer ones are hesitations or sentence breaks, whatever the punctuation says: whisper
    writes a comma for a 0.8-1.2 s pause in "Is it better to start in government, or ... at
    a think tank?", and taking those put the turn benchmark's question waits at 0.43-0.51 s."""
    KEPT = 20
    """The most recent comma pauses, so a speaker who speeds up is followed."""
    REVISABLE = 4
    """How many of the latest turns a careful reading may still correct: it runs while the
    persona answers, so it comes in before the next turn or the one after."""
    SPREAD = 1.4
    """How far past its typical comma pause (the median; of an even count, the lower middle
    one, see `_past`) one voice pauses at a comma: the voice path's voices at 118 wpm paused
    0.18-0.36 s, median 0.27 s, at 83 commas of 12 meetings; pauses scale with pace, so the
    margin is a ratio. The median, because 18 more "commas" were sentence breaks
    (0.48-0.63 s) that whisper wrote as commas: a high quantile took those and pushed most
    waits to the cap."""

    SENTENCE_SPREAD = 1.4
    """How far past its typical pause between sentences one voice pauses there: the voice
    path's voice at 118 wpm pauses 0.54-0.72 s (median about 0.58 s), the turn benchmark's at
    150 wpm 0.27-0.42 s."""

    def __init__(self) -> None:
        self.comma_pauses_s: list[float] = []
        self.sentence_pauses_s: list[float] = []
        self._settled: tuple[list[float], list[float]] = ([], [])
        """The comma and sentence pauses of turns too old to be read again."""
        self._recent: dict[Hashable, tuple[str, tuple[float, ...]]] = {}
        """The latest turns by key, so a careful reading can replace a quick one."""
        # The waits change only when a turn is learnt, and are read at every 30 ms block.
        self.question_end_s = QUESTION_END_S
        """How long a finished question waits. From the first comma on: waiting for three
        let a voice that pauses 0.24 s at a comma be answered at the fourth turn's "Which
        certificate did you take, | and what year was that?", and a wrong early pace costs at
        most QUESTION_END_MAX_S."""
        self.lead_on_end_s = STATEMENT_END_S
        """How long a question that leads on waits. Until this speaker has paused between
        two sentences, as long as for a statement. A fixed wait that long made a misheard
        question the model half took for a lead-in ("How did I change in data science?",
        P(end) 0.47) the turn benchmark's slowest reply, 0.95 s after the speaker stopped."""

    def learn(self, text: str, pauses_s: tuple[float, ...], key: Hashable | None = None) -> None:
        """Take the comma and sentence pauses of one finished turn: `text` as heard, `pauses_s` every
        silence inside it (see `audio.turns.TurnEnded.pauses`); `key` names the turn for
        `revise`."""
        self._recent[object() if key is None else key] = (text, pauses_s)
        if len(self._recent) > self.REVISABLE:
            oldest = next(iter(self._recent))
            commas, sentences = _pauses_at(*self._recent.pop(oldest))
            self._settled = ((self._settled[0] + commas)[-self.KEPT:],
                             (self._settled[1] + sentences)[-self.KEPT:])
        self._relearn()

    def revise(self, key: Hashable, text: str) -> None:
        """Learn turn `key` again from a more careful reading of its words: a quick reading
        that wrote the greeting's "Helen. Thank you" as "Helen, thank you" took its 0.36 s
        sentence break for a comma pause."""
        if key in self._recent and self._recent[key][0] != text:
            self._recent[key] = (text, self._recent[key][1])
            self._relearn()

    def _relearn(self) -> None:
        commas, sentences = list(self._settled[0]), list(self._settled[1])
        for text, pauses_s in self._recent.values():
            at_commas, between = _pauses_at(text, pauses_s)
            commas += at_commas
            sentences += between
        self.comma_pauses_s = commas[-self.KEPT:]
        self.sentence_pauses_s = sentences[-self.KEPT:]
        self.question_end_s, self.lead_on_end_s = self._waits(self.comma_pauses_s,
                                                               self.sentence_pauses_s)

    def during(self, text: str, pauses_s: tuple[float, ...]) -> tuple[float, float]:
        """(question wait, lead-on wait) for a turn still being said, `text` its words so far
        and `pauses_s` the silences inside it before the current one: its own commas and
        sentence breaks count too, so the opening "Good afternoon, Helen. Thank you so much
        for taking the time." waits past this speaker's pause after "Helen.", not a slow
        speaker's (no turn has been learnt yet)."""
        if not pauses_s:
            return self.question_end_s, self.lead_on_end_s
        commas, sentences = _pauses_at(text, pauses_s)
        return self._waits((self.comma_pauses_s + commas)[-self.KEPT:],
                           (self.sentence_pauses_s + sentences)[-self.KEPT:])

    def _waits(self, commas: list[float], sentences: list[float]) -> tuple[float, float]:
        return (_past(commas, self.SPREAD, QUESTION_END_S, QUESTION_END_MAX_S),
                _past(sentences, self.SENTENCE_SPREAD, QUESTION_END_MAX_S, STATEMENT_END_S,
                      unknown=STATEMENT_END_S))


def _pauses_at(text: str, pauses_s: tuple[float, ...]) -> tuple[list[float], list[float]]:
    """The comma pauses and the sentence pauses among one turn's silences (see `PausePace`)."""
    breaks = max(len([s for s in SENTENCE_BREAK.split(text.strip()) if s]) - 1, 0)
    commas = text.count(",") + text.count(";")
    # Rank every pause before dropping the long ones: a 1 s hesitation written as a comma
    # is that comma's pause, and dropping it first handed the comma to the next longest
    # silence, a stop consonant's, which then took a question's wait below its floor.
    pauses = sorted((p for p in pauses_s if p >= PausePace.SHORTEST_S), reverse=True)
    comma_pauses = [p for p in pauses[breaks:breaks + commas] if p <= PausePace.LONGEST_S]
    # A mid-sentence hesitation taken for a break only makes the wait longer.
    between = sorted((p for p in pauses_s if PausePace.SHORTEST_S <= p < STATEMENT_END_S),
                     reverse=True)
    return comma_pauses, between[:breaks]


def _past(pauses_s: list[float], spread: float, shortest: float, longest: float,
          unknown: float | None = None) -> float:
    """A wait `spread` times the typical one of `pauses_s`, within [shortest, longest];
    `unknown` (else `shortest`) before any pause is heard."""
    if not pauses_s:
        return shortest if unknown is None else unknown
    # Of an even count, the lower middle one: a pause taken for the wrong kind is longer
    # than the kind, never shorter (a sentence break whisper wrote as a comma, a hesitation
    # taken for a break), and with few pauses heard one such is half the median. The quick
    # and careful readings of the turn benchmark's greeting both wrote "Helen, thank you"
    # once: its 0.36 s break beside the 0.18 s comma after "afternoon" made every question
    # of the meeting wait 0.38 s instead of 0.25 s.
    typical = float(np.quantile(pauses_s, 0.5, method="lower"))
    return min(longest, max(shortest, typical * spread))


ENDING_MODEL_PATH = Path(__file__).resolve().parent / "data" / "turn_end_model.npz"
"""A logistic regression over the last sentence of the turn so far (and the one before it):
does the turn end here? Trained by `python -m simulator.train_turn_end` on where the
corpus's sentences fall in their turns, with two thresholds set on writers left out of
training: a statement is taken to end the turn at 94 % precision (about half of those that
do end one are found; a sentence another follows is taken for an end 3-4 times in 100), to
likely end it at 90 % (then it waits past the speaker's own pause between sentences, so a
wrong call splits a turn only where they paused longer than usual), a question to lead on at
70 % (rare: most questions end their turn)."""
ENDS_TURN = "ends_turn"


@dataclass(frozen=True)
class EndingModel:
    model: TurnModel
    statement_ends: float
    """A statement whose probability of ending the turn reaches this, ends it."""
    statement_likely: float
    """...reaching this, likely ends it."""
    question_goes_on: float
    """A question whose probability of ending the turn is below this, leads on."""

    def probability(self, masked_text: str) -> float:
        return next(iter(self.model.probabilities(masked_text).values()))

    def verdict(self, masked_text: str) -> str:
        p = self.probability(masked_text)
        if masked_text.rstrip().endswith("?"):
            return GOES_ON if p < self.question_goes_on else UNSURE
        return ENDS if p >= self.statement_ends \
            else LIKELY if p >= self.statement_likely else UNSURE


def ending_features(text: str) -> list[str]:
    """Features of a masked turn so far: the last sentence's words and word pairs, its last
    two words, how many sentences came before it, and the sentence before it."""
    sentences = [s for s in SENTENCE_BREAK.split(text.strip()) if s] or [""]
    last = sentences[-1]
    before = sentences[-2] if len(sentences) > 1 else ""
    words = re.findall(r"\w+", last)
    out = features(last) + [f"at:{min(len(sentences) - 1, 3)}"]
    out += [f"last:{' '.join(words[-n:])}" for n in (1, 2) if len(words) >= n]
    if before.endswith("?"):
        out.append("after a question")
    return out + ["before " + f for f in features(before)]


def load_ending_model(path: Path = ENDING_MODEL_PATH) -> EndingModel:
    model = TurnModel.load(path, analyzer=ending_features)
    with np.load(path, allow_pickle=False) as data:
        question_goes_on = float(data["question_goes_on"])
        statement_likely = float(data["statement_likely"])
    return EndingModel(model, float(model.thresholds[0]), statement_likely, question_goes_on)


@cache
def shipped_ending_model() -> EndingModel | None:
    """None if the model is missing (a source checkout before training): every finished
    sentence then waits as its kind says."""
    return load_ending_model() if ENDING_MODEL_PATH.is_file() else None


def ending_reader(person: str, organisation: str) -> Callable[[str], str] | None:
    """`ending(text)` for one meeting (names masked as in training), or None."""
    model = shipped_ending_model()
    if model is None:
        return None
    return lambda text: model.verdict(masked(text, person, organisation))


def sounds_finished(text: str) -> bool:
    """Does a transcript end like a finished sentence? Whisper punctuates; a trailing
    "..." or a dangling word (and, the, about, um) means the speaker is mid-thought."""
    text = text.strip()
    if len(text.split()) < 2 or text.endswith("...") or text[-1] not in ".?!":
        return False
    words = re.findall(r"[a-z']+", text.lower())
    if not words or words[-1] in _CONTINUES or _waits_for_its_verb(text):
        return False
    return words[-1] not in _PREPOSITIONS or _preposition_answered(text)


# "What does a typical day ..." needs a verb after its subject; a question that stops
# there is a speaker looking for the rest (whisper still gives it a "?"). Of 1,986 corpus
# questions 20 have this shape; all but 3 end on one of these verbs.
_DO_QUESTION = re.compile(
    r"\b(?:what|how|where|when|why|who|which) (?:do|does|did) (?:a|an|the|that|this|these|"
    r"those|your|my|our|their|his|her|people|someone|somebody) (?:[\w'-]+ ){0,2}"
    r"(?P<last>[\w'-]+)\W*$")
_ENDING_VERBS = {
    "do", "like", "mean", "involve", "need", "want", "use", "say", "think", "cost", "pay",
    "entail", "require", "look", "work", "happen", "expect", "value", "offer", "make", "take",
    "get", "see", "prefer", "recommend", "suggest", "know", "learn", "teach", "build",
    "manage", "measure", "track", "hire", "matter", "change", "help", "feel", "go", "start",
}


def _last_sentence(text: str) -> str:
    return SENTENCE_BREAK.split(text.strip())[-1]


def _waits_for_its_verb(text: str) -> bool:
    found = _DO_QUESTION.search(_last_sentence(text).lower())
    return found is not None and found["last"] not in _ENDING_VERBS


def _preposition_answered(text: str) -> bool:
    """Does a question ending on a preposition already hold its object? "...look like
    for?" (two in a row) and "I've been wondering about?" (nothing fronted) do not."""
    last = _last_sentence(text)
    words = re.findall(r"[a-z']+", last.lower())
    if not last.endswith("?") or len(words) < 3:
        return False
    if words[-2] in _PREPOSITIONS or words[-2] in _CONTINUES or words[-2] == "like":
        return False
    return bool(_FRONTED & set(words)) or words[:2] in (["is", "there"], ["are", "there"])

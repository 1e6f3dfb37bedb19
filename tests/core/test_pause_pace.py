"""A finished-sounding question waits past the speaker's own comma pause: a slow speaker
is not answered at "...later," while a quick one is still answered at once. A question that
leads on ("Can I ask you something?") waits past their pause between sentences."""

from __future__ import annotations

import numpy as np
import pytest

from audio.chunk import AudioChunk
from audio.speech_out import EspeakVoice
from audio.turns import TurnEnded, TurnSegmenter
from simulator.turn_end import (
    GOES_ON,
    HANDOVER_END_S,
    LIKELY,
    QUESTION_END_MAX_S,
    QUESTION_END_S,
    STATEMENT_END_S,
    UNSURE,
    PausePace,
    end_wait,
)

TURNS = [
    "Hi Sunita, I'm Mark. Thank you for agreeing to this.",
    "I've taught math for twelve years, and I'm seriously considering becoming an actuary.",
    "Does your firm support people while they take the exams, with study time or fees?",
    "Math teacher, like I said, mostly calculus and statistics.",
]


def spoken_pauses(voice: EspeakVoice, text: str) -> tuple[float, ...]:
    """Every pause inside `text` as spoken by `voice`, measured by the meeting's VAD."""
    rendered = voice.render(text).resampled(16000)
    quiet = np.zeros(8000, dtype=np.int16)
    audio = AudioChunk(np.concatenate([quiet, rendered.samples, quiet, quiet, quiet, quiet]),
                       16000, 0)
    segmenter = TurnSegmenter()
    events = [e for first in range(0, len(audio), 480)
              for e in segmenter.process(audio.slice(first, first + 480))]
    (turn,) = [e for e in events if isinstance(e, TurnEnded)]
    return turn.pauses_s


@pytest.mark.slow
def test_a_slow_speakers_comma_pauses_are_waited_past() -> None:
    # The voice path's user voice: espeak at 118 wpm pauses 0.21-0.33 s at a comma.
    voice = EspeakVoice("en-us+m7", 118, 45)
    pace = PausePace()
    heard = [(text, spoken_pauses(voice, text)) for text in TURNS]
    for text, pauses in heard:
        pace.learn(text, pauses)
    longest_comma = max(pace.comma_pauses_s)
    assert longest_comma > QUESTION_END_S  # the old fixed wait would have answered at it
    assert pace.question_end_s > longest_comma
    assert pace.question_end_s <= QUESTION_END_MAX_S
    # The pauses between sentences (0.5 s and more) were not taken for commas.
    assert longest_comma < 0.45
    question = "Is there anyone who came into actuarial work later?"
    assert end_wait(question, question_s=pace.question_end_s).seconds > longest_comma


@pytest.mark.slow
def test_a_quick_speaker_is_still_answered_almost_at_once() -> None:
    voice = EspeakVoice("en-us+f2", 150, 45)  # ~190 wpm heard: commas of 0.12-0.18 s
    pace = PausePace()
    for text in TURNS:
        pace.learn(text, spoken_pauses(voice, text))
    assert len(pace.comma_pauses_s) >= 3
    # At most one 30 ms VAD frame slower than the fixed wait.
    assert pace.question_end_s <= QUESTION_END_S + 0.03


def test_sentence_breaks_are_the_longest_pauses_and_not_commas() -> None:
    pace = PausePace()
    # One sentence break (0.6 s) and two commas (0.3 s, 0.28 s); 0.05 s is a consonant.
    pace.learn("So I started in retail, then buying, and then planning. I liked it.",
               (0.05, 0.3, 0.6, 0.28, 0.05))
    assert sorted(pace.comma_pauses_s) == [0.28, 0.3]


def test_the_first_comma_heard_sets_the_pace() -> None:
    pace = PausePace()
    assert pace.question_end_s == QUESTION_END_S  # no comma heard yet
    pace.learn("Hi Sunita, thanks for this. I'm Mark.", (0.6, 0.26))
    assert pace.comma_pauses_s == [0.26]
    assert pace.question_end_s == pytest.approx(0.26 * PausePace.SPREAD)
    pace.learn("Honestly, yes.", (0.3,))
    # Of two, the shorter: a longer "comma" may be a sentence break written as one.
    assert pace.question_end_s == pytest.approx(0.26 * PausePace.SPREAD)
    pace.learn("Well, yes.", (0.27,))
    assert pace.question_end_s == pytest.approx(0.27 * PausePace.SPREAD)


@pytest.mark.slow
def test_a_greetings_break_read_as_a_comma_does_not_slow_the_meeting() -> None:
    # The turn benchmark's voice pauses 0.18 s after "afternoon," and 0.36 s after "Helen.";
    # both readings of one run wrote "Helen, thank you", and every question then waited
    # 0.38 s instead of 0.25 s.
    voice = EspeakVoice("en-us+f2", 150, 45)
    said = "Good afternoon, Helen. Thank you so much for taking the time to meet with me."
    pace = PausePace()
    pace.learn(said.replace(". Thank", ", thank"), spoken_pauses(voice, said))
    assert len(pace.comma_pauses_s) == 2
    assert pace.question_end_s == pytest.approx(min(pace.comma_pauses_s) * PausePace.SPREAD)
    assert pace.question_end_s < 0.3


def test_a_sentence_break_written_as_a_comma_does_not_set_the_pace() -> None:
    pace = PausePace()
    pace.learn("Hi Sunita, I'm Mark, thanks, I'm a teacher.", (0.27, 0.3, 0.57, 0.24))
    assert pace.question_end_s == pytest.approx(0.3 * PausePace.SPREAD)


def test_hesitations_at_a_comma_never_hold_a_reply_back_long() -> None:
    pace = PausePace()
    for _ in range(5):
        pace.learn("Well, I suppose, in a way.", (0.55, 0.58, 0.9))
    assert pace.question_end_s == QUESTION_END_MAX_S


def test_a_long_hesitation_at_a_comma_does_not_hand_its_comma_to_a_consonant() -> None:
    # Whisper writes the 1 s hesitation before "how" as the comma; the 0.2 and 0.15 s
    # silences are stop consonants inside words, not pauses at any comma.
    pace = PausePace()
    pace.learn("What I'd really like to know is, how you got into public policy?",
               (1.0, 0.2, 0.15))
    assert pace.comma_pauses_s == []
    assert pace.question_end_s == QUESTION_END_S


EARLIER = [
    "Hi Sunita, I'm Mark. Thank you for agreeing to this. I know your week is full.",
    "I teach math. I've done it for twelve years. Lately I keep thinking about actuarial work.",
]
LEADS_ON = "Can I ask you something? How long did the exams take you?"


def lead_in_pause(voice: EspeakVoice) -> float:
    """The pause between "Can I ask you something?" and the question after it."""
    return max(spoken_pauses(voice, LEADS_ON))


@pytest.mark.slow
@pytest.mark.parametrize("spec", [("en-us+m7", 118, 45), ("en-us+f2", 150, 45)])
def test_a_question_that_leads_on_waits_past_this_speakers_sentence_break(spec) -> None:
    voice = EspeakVoice(*spec)
    pace = PausePace()
    for text in EARLIER:
        pace.learn(text, spoken_pauses(voice, text))
    wait = end_wait("Can I ask you something?", lambda _: GOES_ON,
                    pace.question_end_s, pace.lead_on_end_s).seconds
    # The question after it is not cut off...
    assert wait > lead_in_pause(voice)
    # ...and never waits longer than a statement would.
    assert wait <= STATEMENT_END_S


@pytest.mark.slow
def test_a_quick_speakers_lead_on_question_is_answered_sooner_than_a_statement() -> None:
    # The turn benchmark's voice pauses about 0.4 s between sentences: a misheard question
    # the model takes for a lead-in is answered within 0.6 s, not after a statement's wait.
    voice = EspeakVoice("en-us+f2", 150, 45)
    pace = PausePace()
    for text in EARLIER:
        pace.learn(text, spoken_pauses(voice, text))
    assert pace.lead_on_end_s <= 0.6 < STATEMENT_END_S


def test_before_any_sentence_break_a_lead_on_question_waits_as_a_statement() -> None:
    pace = PausePace()
    pace.learn("Hi, thanks.", (0.2,))
    assert pace.lead_on_end_s == STATEMENT_END_S
    pace.learn("Hi. Thanks for this, really.", (0.4, 0.2))
    assert pace.sentence_pauses_s == [0.4]
    assert pace.lead_on_end_s == pytest.approx(max(QUESTION_END_MAX_S, 0.4 * PausePace.SENTENCE_SPREAD))


def test_a_long_hesitation_is_not_a_sentence_break() -> None:
    pace = PausePace()
    # A 1.1 s pause mid-sentence outlasts any sentence break a turn can hold.
    pace.learn("I was, um, thinking about it. Yes.", (1.1, 0.5, 0.2))
    assert pace.sentence_pauses_s == [0.5]


def test_a_slow_speakers_lead_on_wait_never_passes_a_statements() -> None:
    pace = PausePace()
    pace.learn("Right. Okay. So.", (0.8, 0.82))
    assert pace.lead_on_end_s == STATEMENT_END_S



GREETING = "Good afternoon, Helen. Thank you so much for taking the time to meet with me."


def test_a_statement_that_likely_ends_the_turn_waits_past_this_speakers_sentence_break() -> None:
    quick, slow = PausePace(), PausePace()
    quick.learn("I'm a caseworker. I'd love to know what the work is like.", (0.35, 0.1))
    slow.learn("I'm a caseworker. I'd love to know what the work is like.", (0.6, 0.1))
    statement = "I'm a housing caseworker, and I'm exploring a move into policy analysis."

    def likely(_: str) -> str:
        return LIKELY

    quick_wait = end_wait(statement, likely, quick.question_end_s, quick.lead_on_end_s)
    slow_wait = end_wait(statement, likely, slow.question_end_s, slow.lead_on_end_s)
    assert quick_wait == (HANDOVER_END_S, "likely handover")  # never sooner than a sure one
    assert slow_wait.seconds == pytest.approx(0.6 * PausePace.SENTENCE_SPREAD)
    # Before any sentence break is heard, the wait is a slow speaker's...
    assert end_wait(statement, likely, *PausePace().during(statement, ())).seconds \
        == STATEMENT_END_S
    # ...and one the model cannot call waits that long whatever the pace.
    assert end_wait(statement, lambda _: UNSURE, quick.question_end_s, quick.lead_on_end_s) \
        == (STATEMENT_END_S, "statement")


def test_the_running_turns_own_sentence_break_sets_the_pace() -> None:
    # The opening turn: nothing learnt yet, but "Helen." was followed by a 0.35 s pause and
    # "Good afternoon," by 0.2 s (the 0.05 s silence is a stop consonant).
    pace = PausePace()
    question_s, lead_on_s = pace.during(GREETING, (0.2, 0.35, 0.05))
    assert lead_on_s == pytest.approx(0.35 * PausePace.SENTENCE_SPREAD)
    assert question_s == pytest.approx(0.2 * PausePace.SPREAD)
    assert end_wait(GREETING, lambda _: LIKELY, question_s, lead_on_s).seconds == HANDOVER_END_S
    # Reading the running turn learns nothing: the next turn starts from the past ones.
    assert pace.sentence_pauses_s == [] and pace.lead_on_end_s == STATEMENT_END_S


@pytest.mark.slow
@pytest.mark.parametrize("spec", [("en-us+m7", 118, 45), ("en-us+f2", 150, 45)])
def test_a_spoken_greeting_waits_past_its_own_sentence_break(spec) -> None:
    voice = EspeakVoice(*spec)
    pauses = spoken_pauses(voice, GREETING)
    wait = end_wait(GREETING, lambda _: LIKELY, *PausePace().during(GREETING, pauses)).seconds
    # The sentence after "Helen." would not have been cut off...
    assert wait > max(pauses)
    # ...and a quick speaker is answered as soon as after a greeting the model is sure of.
    if spec[1] == 150:
        assert wait == HANDOVER_END_S


def test_a_careful_reading_corrects_the_pace_a_quick_one_taught() -> None:
    pace = PausePace()
    pauses = (0.32, 0.17)  # after "Helen." and after "afternoon,"
    pace.learn("Good afternoon, Helen, thank you so much for taking the time.", pauses, key=0)
    assert pace.comma_pauses_s == [0.32, 0.17]  # the break taken for a comma
    pace.revise(0, "Good afternoon, Helen. Thank you so much for taking the time.")
    assert pace.comma_pauses_s == [0.17] and pace.sentence_pauses_s == [0.32]
    assert pace.question_end_s == pytest.approx(max(QUESTION_END_S, 0.17 * PausePace.SPREAD))


def test_only_recent_turns_are_read_again_and_older_ones_still_count() -> None:
    pace = PausePace()
    pace.learn("Hi Sam, thanks, really.", (0.2, 0.22), key=0)
    for turn in range(1, 30):  # a long run of questions without a comma
        pace.learn("What does a typical week look like?", (), key=turn)
    assert pace.comma_pauses_s == [0.22, 0.2]  # a speaker's pace is not forgotten
    pace.revise(0, "Hi Sam. Thanks. Really.")  # too late: that turn has settled
    assert pace.comma_pauses_s == [0.22, 0.2]
    pace.revise(29, "What does a typical week look like?")  # the same words change nothing
    assert pace.comma_pauses_s == [0.22, 0.2]

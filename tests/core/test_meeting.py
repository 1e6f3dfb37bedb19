"""The meeting's state paths and the persona's reactions, on a simulated clock."""

from __future__ import annotations

import pytest

from simulator.catalog import resolve
from simulator.clock import SimClock
from simulator.meeting import Meeting
from simulator.scenario import Scenario
from simulator.scripted import speak_lines


@pytest.fixture(scope="module")
def ux() -> Scenario:
    return resolve("starter/ux-researcher").load()


def new_meeting(s: Scenario, clock: SimClock, **kw: object) -> Meeting:
    return Meeting(s, scenario_ref="starter/ux-researcher", mode="script", clock=clock,
                   seed=kw.pop("seed", 7), **kw)  # type: ignore[arg-type]


class Driver:
    """A tiny scripted user: says a line (150 wpm), the persona answers, time moves on."""

    def __init__(self, s: Scenario, **kw: object) -> None:
        self.clock = SimClock(kw.pop("start", 0.0))  # type: ignore[arg-type]
        self.meeting = new_meeting(s, self.clock, **kw)
        self.states = ["lobby"]
        speak_lines(self.meeting, self.clock, self.meeting.start())
        self.states.append(self.meeting.state)

    def say(self, text: str, seconds: float | None = None) -> list[str]:
        m = self.meeting
        self.clock.advance(0.5)
        speak_lines(m, self.clock, m.due())
        start = self.clock.now()
        self.clock.advance(seconds if seconds is not None else len(text.split()) * 0.4)
        before = len(m.record.turns)
        speak_lines(m, self.clock, m.hear(text, start, self.clock.now()))
        self.states.append(m.state)
        return [t.kind for t in m.record.turns[before + 1:]]

    def wait_until(self, t: float) -> list[str]:
        before = len(self.meeting.record.turns)
        self.clock.advance_to(t)
        speak_lines(self.meeting, self.clock, self.meeting.due())
        return [t.kind for t in self.meeting.record.turns[before:]]


PURPOSE = ("I'm a teacher exploring a move into UX research, and my goal today is to "
           "understand what the work is really like.")
QUESTION = "What does a typical day look like for you?"


def test_full_path_greeting_purpose_questions_close(ux: Scenario) -> None:
    d = Driver(ux)
    assert d.meeting.record.turns[0].kind == "greeting"
    assert d.say("Hi Dana, thank you so much for making time today.") in (
        ["thanks_reply"], ["acknowledge"])
    assert d.say(PURPOSE) == ["purpose_ack"]
    assert d.meeting.state == "purpose"
    assert d.say(QUESTION) == ["answer"]
    assert d.meeting.state == "questions"
    d.say("Thank you so much, I know you're busy, so I'll let you go. Have a great day!")
    assert d.meeting.record.turns[-1].kind == "farewell"
    assert d.meeting.parting and not d.meeting.ended  # a last word may still come
    assert d.say("You too, bye!") == []  # and nobody answers it
    assert d.meeting.ended
    assert d.meeting.record.ended_by == "user"
    states = [e.detail["state"] for e in d.meeting.record.events if e.kind == "state"]
    assert states == ["greeting", "purpose", "questions", "farewell", "ended"]


def test_question_first_skips_purpose(ux: Scenario) -> None:
    d = Driver(ux)
    assert d.say(QUESTION) == ["answer"]
    assert d.meeting.state == "questions"


def test_persona_prompts_for_purpose_after_small_talk(ux: Scenario) -> None:
    d = Driver(ux)
    d.say("Hi, nice to meet you.")
    kinds = d.say("The weather has been lovely this week.")
    assert kinds[-1] == "purpose_prompt"
    assert d.meeting.state == "purpose"


def test_time_cue_then_wrap_up_then_persona_leaves(ux: Scenario) -> None:
    d = Driver(ux)
    d.say(PURPOSE)
    d.say(QUESTION)
    agreed = ux.agreed_s
    cue_at = agreed - ux.thresholds.time_cue_minutes[0] * 60
    assert d.wait_until(cue_at - 5) == []
    assert d.wait_until(cue_at + 1) == ["time_cue"]
    assert "5 minutes" in d.meeting.record.turns[-1].text or "five" in \
        d.meeting.record.turns[-1].text.lower()
    assert d.wait_until(cue_at + 30) == []  # a cue is given once
    assert d.wait_until(agreed) == ["wrap_up"]
    assert d.meeting.state == "wrap_up"
    kinds = d.say("How do you decide between interviews and surveys?")
    assert kinds == ["over_time"]
    assert d.wait_until(agreed + ux.thresholds.leave_after_overrun_s) == ["leaving"]
    d.meeting.part()  # no last word
    assert d.meeting.ended
    assert d.meeting.record.ended_by == "persona"


def test_user_leaving_mid_meeting_ends_it(ux: Scenario) -> None:
    d = Driver(ux)
    d.say(PURPOSE)
    d.meeting.leave("the script ran out")
    assert d.meeting.ended and d.meeting.record.ended_by == "user"
    assert d.meeting.record.events[-1].detail["state"] == "ended"


def test_an_illegal_move_raises(ux: Scenario) -> None:
    from transitions import MachineError

    d = Driver(ux)
    with pytest.raises(MachineError):
        d.meeting.finish()


def test_job_request_is_declined_in_character(ux: Scenario) -> None:
    d = Driver(ux)
    d.say(PURPOSE)
    assert d.say("Are there any openings on your team right now? I'd love to apply.") == [
        "job_request"]
    line = d.meeting.record.turns[-1].text
    assert line in ux.lines.job_request


def test_far_too_early_arrival_is_greeted_with_surprise(ux: Scenario) -> None:
    d = Driver(ux, arrive_minutes_early=40)
    assert [t.kind for t in d.meeting.record.turns[:2]] == ["early_arrival", "greeting"]
    on_time = Driver(ux, arrive_minutes_early=5)
    assert on_time.meeting.record.turns[0].kind == "greeting"


def test_late_arrival_is_noted(ux: Scenario) -> None:
    d = Driver(ux, arrive_minutes_early=-10, start=600)
    assert d.meeting.record.turns[0].kind == "late_arrival"


def test_monologue_is_cut_into_unless_a_story_was_asked_for(ux: Scenario) -> None:
    d = Driver(ux)
    d.say(PURPOSE)
    long_turn = "I have been thinking about research for a long time. " * 20
    kinds = d.say(long_turn, seconds=ux.thresholds.cut_in_after_s + 10)
    assert kinds[0] == "cut_in"
    assert d.meeting.record.user_turns()[-1][1].interrupted
    # Live: the voice driver asks while the user is still talking; once per turn.
    d2 = Driver(ux)
    d2.say(PURPOSE)
    assert d2.meeting.cut_in(ux.thresholds.cut_in_after_s - 1) is None
    assert d2.meeting.cut_in(ux.thresholds.cut_in_after_s + 1) is not None
    assert d2.meeting.cut_in(ux.thresholds.cut_in_after_s + 9) is None

    story = next(t for t in ux.topics if t.invites_story)
    d3 = Driver(ux)
    d3.say(PURPOSE)
    d3.say(story.examples[0])
    if d3.meeting.record.turns[-1].topic == story.id:
        assert d3.meeting.cut_in(ux.thresholds.cut_in_after_s + 5) is None


def test_same_seed_same_meeting_other_seed_differs(ux: Scenario) -> None:
    def transcript(seed: int) -> list[str]:
        d = Driver(ux, seed=seed)
        d.say(PURPOSE)
        for t in ux.topics[:5]:
            d.say(t.examples[0])
        return [t.text for t in d.meeting.record.turns]

    assert transcript(1) == transcript(1)
    assert any(transcript(1) != transcript(s) for s in (2, 3, 4))


def test_persona_never_repeats_a_phrasing_back_to_back(ux: Scenario) -> None:
    d = Driver(ux)
    d.say(PURPOSE)
    topic = ux.topics[0]
    answers = []
    for _ in range(len(topic.answers) * 2):
        d.say(topic.examples[0])
        answers.append(d.meeting.record.turns[-1].text)
    assert all(a != b for a, b in zip(answers, answers[1:], strict=False))


def test_observers_are_told_why_the_user_left_before_the_meeting_ends(ux: Scenario) -> None:
    d = Driver(ux)
    heard: list[tuple[str, dict[str, object]]] = []
    d.meeting.observers.append(lambda kind, data: heard.append((kind, data)))
    d.say(PURPOSE)
    d.clock.advance(2.0)
    d.meeting.leave("audio stopped: the microphone went away")
    events = [data for kind, data in heard if kind == "event"]
    assert events[-2:] == [
        {"at_s": d.clock.now(), "kind": "left",
         "reason": "audio stopped: the microphone went away"},
        {"at_s": d.clock.now(), "kind": "state", "state": "ended", "trigger": "depart"},
    ]
    assert events == [e.to_dict() for e in d.meeting.record.events[-len(events):]]


def test_a_thanks_said_only_after_the_goodbye_still_counts(ux: Scenario) -> None:
    from simulator.coaching import coach

    d = Driver(ux)
    d.say("Hi Dana.")
    d.say(PURPOSE)
    d.say(QUESTION)
    d.say("Okay, that's all I had.")
    assert d.meeting.parting
    d.say("Oh, and thank you so much for your time!")
    assert d.meeting.ended
    codes = {f.code for f in coach(d.meeting.finish_record(), ux)}
    assert "no_thanks" not in codes


def test_quiet_after_a_thanks_late_in_the_meeting_is_taken_for_the_goodbye(
        ux: Scenario) -> None:
    # The user's "goodbye" may be too soft to hear; a person would not wait for ever.
    d = Driver(ux)
    d.say("Hi Dana, I'm Sam.")
    d.say(PURPOSE)
    d.say(QUESTION)
    assert d.say("Thanks, I really appreciate your time.") == ["thanks_reply"]
    thanked_at = d.meeting.record.turns[-1].end_s
    assert d.wait_until(thanked_at + 5.0) == []  # thinking about the next question
    assert d.wait_until(thanked_at + 8.0) == ["farewell"]
    assert d.meeting.parting


def test_quiet_after_a_thanks_in_the_greeting_is_not_a_goodbye(ux: Scenario) -> None:
    d = Driver(ux)
    d.say("Hi Dana, thanks so much for meeting me.")
    assert d.meeting.state == "greeting"
    assert d.wait_until(d.meeting.record.turns[-1].end_s + 30.0) == []
    assert not d.meeting.parting

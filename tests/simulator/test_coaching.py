"""Coaching findings: each code when it should appear, and when it should not."""

from __future__ import annotations

import re
import typing

import pytest

from simulator.coaching import CHECKS, FINDINGS, coach, prep_review
from simulator.intents import TurnReader
from simulator.record import Event, Finding, MeetingRecord, Turn
from simulator.scenario import FindingCode, Prep, Scenario
from tests.simulator.helpers import Timeline, clean_meeting, make_record, make_scenario

PURPOSE = ("I'm a secondary school teacher exploring a move into UX research, and I hoped "
           "to learn what the work really involves.")


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return make_scenario()


@pytest.fixture(scope="module")
def reader(scenario: Scenario) -> TurnReader:
    return TurnReader(scenario)


def run(record: MeetingRecord, scenario: Scenario, reader: TurnReader | None = None
        ) -> list[Finding]:
    return coach(record, scenario, reader)


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def only(findings: list[Finding], code: str) -> Finding:
    found = [f for f in findings if f.code == code]
    assert len(found) == 1, findings
    return found[0]


def user_index(turns: list[Turn], n: int) -> int:
    """Index into turns of the n-th user turn."""
    return [i for i, t in enumerate(turns) if t.speaker == "user"][n]


def clean_turns(**replace: str) -> list[Turn]:
    """The clean meeting with some user turns reworded: clean_turns(u6="...")."""
    turns = clean_meeting().turns
    for key, text in replace.items():
        turns[user_index(turns, int(key[1:]))].text = text
    return turns


# --- the contract ----------------------------------------------------------------------


def test_finding_codes_and_severities_are_the_contract() -> None:
    assert set(FINDINGS) == set(typing.get_args(FindingCode))
    assert set(CHECKS) == set(FINDINGS)
    tips = {c for c, s in FINDINGS.items() if s == "tip"}
    assert tips == {"tangent", "no_referral_ask"}


def test_a_clean_well_run_meeting_has_no_findings(scenario: Scenario,
                                                  reader: TurnReader) -> None:
    assert run(make_record(clean_turns()), scenario, reader) == []


def test_findings_survive_a_round_trip_of_the_record(scenario: Scenario) -> None:
    record = make_record(clean_turns(u6="Are there any openings on your team?"),
                         arrive_minutes_early=30)
    again = MeetingRecord.from_dict(record.to_dict())
    assert run(again, scenario) == run(record, scenario)


# --- arriving --------------------------------------------------------------------------


def test_arriving_more_than_15_minutes_early(scenario: Scenario, reader: TurnReader) -> None:
    f = only(run(make_record(clean_turns(), arrive_minutes_early=25), scenario, reader),
             "arrived_too_early")
    assert f.severity == "pitfall" and f.at_s == 0.0
    assert "25 minutes early" in f.message


def test_arriving_exactly_15_minutes_early_is_fine(scenario: Scenario,
                                                   reader: TurnReader) -> None:
    record = make_record(clean_turns(), arrive_minutes_early=15)
    assert "arrived_too_early" not in codes(run(record, scenario, reader))


def test_early_threshold_comes_from_the_scenario() -> None:
    relaxed = make_scenario(thresholds={"early_minutes": 30})
    record = make_record(clean_turns(), arrive_minutes_early=25)
    assert "arrived_too_early" not in codes(run(record, relaxed))


def test_the_finding_points_at_the_persona_remark_about_it(scenario: Scenario,
                                                          reader: TurnReader) -> None:
    turns = clean_turns()
    turns.insert(0, Turn("persona", 0.0, 2.0, "Oh, you're early!", kind="early_arrival"))
    f = only(run(make_record(turns, arrive_minutes_early=40), scenario, reader),
             "arrived_too_early")
    assert f.turn == 0


def test_one_minute_late_is_late(scenario: Scenario, reader: TurnReader) -> None:
    f = only(run(make_record(clean_turns(), arrive_minutes_early=-1), scenario, reader),
             "arrived_late")
    assert "1 minute late" in f.message


def test_arriving_on_the_minute_is_not_late(scenario: Scenario, reader: TurnReader) -> None:
    record = make_record(clean_turns(), arrive_minutes_early=0)
    assert "arrived_late" not in codes(run(record, scenario, reader))


def test_a_scenario_may_allow_a_few_minutes_late() -> None:
    lenient = make_scenario(thresholds={"late_minutes": 5})
    assert "arrived_late" not in codes(run(make_record(clean_turns(),
                                                       arrive_minutes_early=-3), lenient))


# --- dress -----------------------------------------------------------------------------


def test_a_hoodie_at_business_casual_is_underdressed(scenario: Scenario,
                                                     reader: TurnReader) -> None:
    record = make_record(clean_turns(), attire="a hoodie and jeans")
    f = only(run(record, scenario, reader), "underdressed")
    assert "hoodie" in f.message and "business casual" in f.message


@pytest.mark.parametrize("attire", ["jeans and a nice sweater", "chinos and a blazer", None])
def test_acceptable_or_unknown_attire_is_not_underdressed(scenario: Scenario,
                                                          reader: TurnReader,
                                                          attire: str | None) -> None:
    record = make_record(clean_turns(), attire=attire)
    assert "underdressed" not in codes(run(record, scenario, reader))


def test_attire_from_the_prep_when_the_record_has_none(scenario: Scenario) -> None:
    record = make_record(clean_turns(), attire=None, prep={"attire": "shorts and a t-shirt"})
    assert "underdressed" in codes(run(record, scenario))


# --- purpose ---------------------------------------------------------------------------


def test_no_goal_at_all(scenario: Scenario, reader: TurnReader) -> None:
    record = make_record(clean_turns(u1="I just wanted to chat, really."))
    f = only(run(record, scenario, reader), "no_purpose")
    assert "never said" in f.message


def test_a_goal_stated_too_late(scenario: Scenario, reader: TurnReader) -> None:
    turns = clean_turns(u1="I just wanted to chat, really.", u3=PURPOSE)
    f = only(run(make_record(turns), scenario, reader), "no_purpose")
    late = turns[user_index(turns, 3)]
    minutes, seconds = divmod(round(late.start_s), 60)
    assert f"{minutes}:{seconds:02d}" in f.message and "first 3 turns" in f.message
    assert f.turn == user_index(turns, 2)  # where the goal was due by


def test_purpose_window_comes_from_the_scenario(reader: TurnReader) -> None:
    turns = clean_turns(u1="I just wanted to chat, really.", u3=PURPOSE)
    patient = make_scenario(thresholds={"purpose_turns": 4})
    assert "no_purpose" not in codes(run(make_record(turns), patient))


def test_no_purpose_points_at_the_persona_prompt_when_there_was_one(
        scenario: Scenario, reader: TurnReader) -> None:
    turns = clean_turns(u1="Lovely weather today.")
    prompt = user_index(turns, 1) + 1
    turns[prompt] = Turn("persona", turns[prompt].start_s, turns[prompt].end_s,
                         "So, what would you like to get out of today?", kind="purpose_prompt")
    assert only(run(make_record(turns), scenario, reader), "no_purpose").turn == prompt


# --- asking ----------------------------------------------------------------------------


def test_asking_for_a_job(scenario: Scenario, reader: TurnReader) -> None:
    turns = clean_turns(u6="So are there any openings on your team right now?")
    f = only(run(make_record(turns), scenario, reader), "asked_for_job")
    i = user_index(turns, 6)
    assert f.turn == i and f.at_s == turns[i].start_s
    minutes, seconds = divmod(round(turns[i].start_s), 60)
    assert f'At {minutes}:{seconds:02d} you asked "So are there any openings on your' in f.message


@pytest.mark.parametrize("question", ["How did you get your first job?",
                                      "What do hiring managers look for in a portfolio?",
                                      "How do people usually get hired into UX research?"])
def test_career_questions_are_not_job_requests(scenario: Scenario, reader: TurnReader,
                                               question: str) -> None:
    record = make_record(clean_turns(u6=question))
    assert "asked_for_job" not in codes(run(record, scenario, reader))


def test_each_job_request_is_its_own_finding(scenario: Scenario, reader: TurnReader) -> None:
    turns = clean_turns(u6="Are you hiring?", u7="Could you put in a good word for me?")
    found = [f for f in run(make_record(turns), scenario, reader) if f.code == "asked_for_job"]
    assert [f.turn for f in found] == [user_index(turns, 6), user_index(turns, 7)]


def test_a_googleable_question(scenario: Scenario, reader: TurnReader) -> None:
    turns = clean_turns(u3="How long have you been at Northbank?")
    f = only(run(make_record(turns), scenario, reader), "googleable_question")
    assert f.turn == user_index(turns, 3)
    assert "six years" in f.message


def test_building_on_a_public_fact_is_not_googleable(scenario: Scenario,
                                                     reader: TurnReader) -> None:
    turns = clean_turns(u3="I saw you've been at Northbank six years; how has research there "
                           "changed in that time?")
    assert "googleable_question" not in codes(run(make_record(turns), scenario, reader))


def test_an_example_heard_as_its_own_turn_asks_what_its_question_asks(
        scenario: Scenario, reader: TurnReader) -> None:
    # Spoken, "Why did you go into research? Like, what did you study?" may reach the
    # meeting as two turns; the example is part of a question about their story.
    turns = clean_turns(u3="Why did you go into research?", u4="Like, what did you study?")
    assert "googleable_question" not in codes(run(make_record(turns), scenario, reader))
    turns = clean_turns(u3="Why did you go into research?", u4="And what did you study?")
    assert "googleable_question" in codes(run(make_record(turns), scenario, reader))


def few_questions_meeting() -> list[Turn]:
    t = Timeline()
    t.user("Hi, thanks for meeting me.", seconds=3).persona("Of course.", kind="thanks_reply")
    t.user("My goal today is to understand whether my teaching skills transfer.", seconds=6)
    t.persona("Great.", kind="purpose_ack")
    t.user("Are you hiring?").persona("No.", kind="job_request")
    t.user("How long have you been at Northbank?").persona("Six years.", kind="googleable")
    t.user("How are you today?").persona("Good, thanks.", kind="acknowledge")
    t.user("What does a typical day look like for you?").persona("Busy.", topic="day_to_day")
    t.user("Who else should I talk to?").persona("Sam.", kind="referral")
    t.user("Thanks, bye!").persona("Bye.", kind="farewell")
    return t.turns


def test_few_thoughtful_questions(scenario: Scenario, reader: TurnReader) -> None:
    f = only(run(make_record(few_questions_meeting()), scenario, reader), "few_questions")
    assert f.turn is None and f.at_s is None
    assert "1 thoughtful question " in f.message and "at least 3" in f.message


def test_few_questions_threshold_comes_from_the_scenario() -> None:
    easy = make_scenario(thresholds={"min_questions": 1})
    assert "few_questions" not in codes(run(make_record(few_questions_meeting()), easy))


def _two_question_turns(second: str) -> list[Turn]:
    t = Timeline()
    t.user("Hi, thanks for meeting me.", seconds=3).persona("Of course.", kind="thanks_reply")
    t.user("My goal today is to understand whether my teaching skills transfer.", seconds=6)
    t.persona("Great.", kind="purpose_ack")
    t.user("What does a typical day look like for you?").persona("Busy.", topic="day_to_day")
    t.user(second, seconds=8).persona("Hm.", topic="skills")
    t.user("Thanks, bye!").persona("Bye.", kind="farewell")
    return t.turns


@pytest.mark.parametrize("second", [
    "Which skills did you have to learn first? And is a portfolio more important than a degree?",
    "How did you get your first research role? Also, what would you do differently if you "
    "started your research career now?",
])
def test_two_questions_asked_in_one_turn_count_twice(scenario: Scenario, reader: TurnReader,
                                                      second: str) -> None:
    assert "few_questions" not in codes(run(make_record(_two_question_turns(second)),
                                            scenario, reader))


def test_a_second_sentence_offering_answers_is_the_same_question(
        scenario: Scenario, reader: TurnReader) -> None:
    turns = _two_question_turns("How do teachers usually get into UX research? Do they do "
                                "courses, or internships, or what?")
    f = only(run(make_record(turns), scenario, reader), "few_questions")
    assert "2 thoughtful questions" in f.message


@pytest.mark.parametrize("second", [
    # checking one was understood, with what the check is about
    "Wow, that's more planning than I pictured. Does that make sense, that I thought it was "
    "mostly the interviews?",
    # asking leave to record
    "Would it be okay if I recorded the rest of our chat, so I don't lose your advice on "
    "research?",
    # asking leave to take notes, in other words
    "Do you mind if I jot down a few notes on my phone while we talk?",
])
def test_a_check_in_or_a_request_to_record_is_no_question(
        scenario: Scenario, reader: TurnReader, second: str) -> None:
    f = only(run(make_record(_two_question_turns(second)), scenario, reader), "few_questions")
    assert "1 thoughtful question " in f.message


def test_what_to_start_learning_is_a_question_not_starting_the_meeting(
        scenario: Scenario, reader: TurnReader) -> None:
    turns = _two_question_turns("What skills should I start building first?")
    f = only(run(make_record(turns), scenario, reader), "few_questions")
    assert "2 thoughtful questions" in f.message


def test_an_example_of_the_question_before_answered_at_its_pause_finishes_it(
        scenario: Scenario, reader: TurnReader) -> None:
    """Spoken, a question may be answered at its pause and its example heard as a turn of
    its own ("What's a typical day like?" ... "Like, how many interviews a week?"): still
    one question, as when both are said in one turn."""
    t = Timeline()
    t.user("Hi, thanks for meeting me.", seconds=3).persona("Of course.", kind="thanks_reply")
    t.user("What's a typical day like for you?").persona("Busy.", topic="day_to_day")
    t.user("Like, how many interviews do you run in a week?").persona("Ten.")
    t.user("Which skills matter most in your job?").persona("Listening.", topic="skills")
    t.user("Thanks, bye!").persona("Bye.", kind="farewell")
    f = only(run(make_record(t.turns), scenario, reader), "few_questions")
    assert "2 thoughtful questions" in f.message


def _goal_then_two_questions(goal: str) -> list[Turn]:
    t = Timeline()
    t.user("Hi, thanks for meeting me.", seconds=3).persona("Of course.", kind="thanks_reply")
    t.user(goal, seconds=8).persona("Great.", kind="purpose_ack")
    t.user("How did you get into UX research?").persona("By accident.", topic="how_i_got_in")
    t.user("Which skills matter most in your job?").persona("Listening.", topic="skills")
    t.user("Thanks, bye!").persona("Bye.", kind="farewell")
    return t.turns


def test_the_goal_said_as_a_wish_is_not_one_of_the_questions(scenario: Scenario,
                                                              reader: TurnReader) -> None:
    """"I'd love to understand what the work is like" says why they came; the questions
    come after it."""
    turns = _goal_then_two_questions(
        "I'm a school librarian, and I've been getting curious about UX research. I'd love to "
        "understand what the job is actually like and whether my background could get me "
        "there.")
    f = only(run(make_record(turns), scenario, reader), "few_questions")
    assert "2 thoughtful questions" in f.message


def test_a_goal_turn_that_asks_outright_counts_its_question(scenario: Scenario,
                                                             reader: TurnReader) -> None:
    turns = _goal_then_two_questions(
        "I'm a school librarian looking at UX research. What is the work really like day "
        "to day?")
    assert "few_questions" not in codes(run(make_record(turns), scenario, reader))


# --- talking ---------------------------------------------------------------------------


LONG = ("So basically, when I was at my last school we had this huge project, and I ran it, "
        "and then the principal changed, and there was a whole thing with the budget...")


def test_a_monologue_is_rambling(scenario: Scenario, reader: TurnReader) -> None:
    t = Timeline()
    t.persona("Most days mix planning studies...", topic="day_to_day", seconds=30)
    t.user(LONG, seconds=75)
    f = only(run(make_record(t.turns), scenario, reader), "rambling")
    assert f.turn == 1 and "75 seconds" in f.message and "45 seconds" in f.message


def test_a_story_the_persona_asked_for_is_not_rambling(scenario: Scenario,
                                                       reader: TurnReader) -> None:
    t = Timeline()
    t.persona("Tell me about what you have done so far.", topic="my_background", seconds=8)
    t.user(LONG, seconds=75)
    assert "rambling" not in codes(run(make_record(t.turns), scenario, reader))


def test_a_cut_in_during_an_invited_story_does_not_hide_the_invitation(
        scenario: Scenario, reader: TurnReader) -> None:
    story = Turn("user", 10.0, 90.0, LONG)
    turns = [Turn("persona", 0.0, 8.0, "Tell me about it.", topic="my_background"),
             Turn("persona", 60.0, 62.0, "Sorry to jump in...", kind="cut_in"), story]
    assert "rambling" not in codes(run(make_record(turns), scenario, reader))


def test_rambling_counts_voiced_speech_not_pauses(scenario: Scenario,
                                                  reader: TurnReader) -> None:
    t = Timeline()
    t.persona("Most days mix planning studies...", topic="day_to_day")
    t.user(LONG, seconds=75, speech_s=40.0)
    assert "rambling" not in codes(run(make_record(t.turns), scenario, reader))


def test_exactly_at_the_rambling_limit_is_fine(scenario: Scenario, reader: TurnReader) -> None:
    t = Timeline()
    t.persona("Most days mix planning studies...", topic="day_to_day")
    t.user(LONG, seconds=45)
    assert "rambling" not in codes(run(make_record(t.turns), scenario, reader))


def test_a_tangent_is_a_tip(scenario: Scenario, reader: TurnReader) -> None:
    turns = clean_turns(u6="Did you watch the game last night? The Lakers were amazing.")
    f = only(run(make_record(turns), scenario, reader), "tangent")
    assert f.severity == "tip" and f.turn == user_index(turns, 6)
    assert not [g for g in run(make_record(turns), scenario, reader) if g.severity == "pitfall"]


# --- time ------------------------------------------------------------------------------


def overtime_meeting(after_cue: list[str], cue_kind: str = "wrap_up") -> list[Turn]:
    t = Timeline()
    t.user("Hi, thank you for meeting me.", seconds=3).persona("Sure.", kind="thanks_reply")
    t.user(PURPOSE, seconds=8).persona("Great.", kind="purpose_ack")
    t.user("What does a typical day look like for you?").persona("...", topic="day_to_day")
    t.at(20 * 60).persona("We're at time, so let's wrap up.", kind=cue_kind, seconds=3)
    for text in after_cue:
        t.user(text, seconds=5).persona("...", kind="over_time", seconds=5)
    return t.turns


def test_a_new_question_after_the_request_to_wrap_up(scenario: Scenario,
                                                     reader: TurnReader) -> None:
    turns = overtime_meeting(["Which tools do you use every day?",
                              "How do you run usability tests?"])
    f = only(run(make_record(turns), scenario, reader), "ignored_time_cue")
    assert f.turn == user_index(turns, 3)
    assert "Which tools do you use every day" in f.message and "1 more" in f.message


def test_a_question_after_a_time_cue_that_is_not_wrap_up_is_fine(scenario: Scenario,
                                                                 reader: TurnReader) -> None:
    turns = overtime_meeting(["Which tools do you use every day?"], cue_kind="time_cue")
    assert "ignored_time_cue" not in codes(run(make_record(turns), scenario, reader))


def test_thanks_goodbye_and_whom_else_after_wrap_up_are_how_to_end(
        scenario: Scenario, reader: TurnReader) -> None:
    turns = overtime_meeting(["Of course, thank you so much.",
                              "Before I go, is there anyone else you'd recommend I speak with?",
                              "I'll let you go. Have a great day!"])
    assert "ignored_time_cue" not in codes(run(make_record(turns), scenario, reader))


def test_the_wrap_up_state_marks_the_cue_when_no_line_was_recorded(
        scenario: Scenario, reader: TurnReader) -> None:
    turns = [t for t in overtime_meeting(["Which tools do you use every day?"])
             if t.kind != "wrap_up"]
    record = make_record(turns, events=[Event(20 * 60.0, "state", {"state": "wrap_up"})])
    assert "ignored_time_cue" in codes(run(record, scenario, reader))
    assert "ignored_time_cue" not in codes(run(make_record(turns), scenario, reader))


def test_running_over_by_more_than_a_minute(scenario: Scenario, reader: TurnReader) -> None:
    record = make_record(clean_turns(), duration_s=20 * 60 + 61)
    f = only(run(record, scenario, reader), "time_overrun")
    assert f.turn is None and f.at_s == 20 * 60
    assert "61 seconds past the agreed 20 minutes" in f.message


def test_running_over_by_exactly_a_minute_is_tolerated(scenario: Scenario,
                                                       reader: TurnReader) -> None:
    record = make_record(clean_turns(), duration_s=20 * 60 + 60)
    assert "time_overrun" not in codes(run(record, scenario, reader))


def test_overrun_says_when_the_persona_had_to_leave(scenario: Scenario,
                                                    reader: TurnReader) -> None:
    record = make_record(clean_turns(), duration_s=26 * 60, ended_by="persona")
    f = only(run(record, scenario, reader), "time_overrun")
    assert "6 minutes" in f.message and "had to leave" in f.message


# --- courtesies ------------------------------------------------------------------------


def test_never_thanking(scenario: Scenario, reader: TurnReader) -> None:
    turns = clean_turns(u0="Hi Priya, nice to meet you.", u9="That's all my questions. Bye!")
    f = only(run(make_record(turns), scenario, reader), "no_thanks")
    assert f.turn is None and "Priya" in f.message


def test_thanks_inside_a_question_counts(scenario: Scenario, reader: TurnReader) -> None:
    turns = clean_turns(u0="Hi Priya, nice to meet you.", u9="That's all my questions. Bye!",
                        u6="Thanks, that's helpful, and what do hiring managers look for in a "
                           "portfolio?")
    assert "no_thanks" not in codes(run(make_record(turns), scenario, reader))


def test_not_asking_whom_else_to_talk_to_is_a_tip(scenario: Scenario,
                                                  reader: TurnReader) -> None:
    turns = clean_turns(u8="Which tools do you use every day?")
    f = only(run(make_record(turns), scenario, reader), "no_referral_ask")
    assert f.severity == "tip" and f.turn is None


# --- order and wording -----------------------------------------------------------------


def messy_meeting() -> MeetingRecord:
    turns = clean_turns(u0="Hey.", u1="Are you hiring?", u2="How are you today?",
                        u3="Did you watch the game last night? The Lakers were amazing.",
                        u6="Could you pass my resume on to the hiring manager?",
                        u8="How long have you been at Northbank?", u9="Bye.")
    return make_record(turns, arrive_minutes_early=-4, attire="hoodie and sweatpants",
                       duration_s=24 * 60)


def test_findings_are_ordered_by_time_with_whole_meeting_ones_last(
        scenario: Scenario, reader: TurnReader) -> None:
    findings = run(messy_meeting(), scenario, reader)
    timed = [f.at_s for f in findings if f.at_s is not None]
    assert timed == sorted(timed)
    untimed = [i for i, f in enumerate(findings) if f.at_s is None]
    assert untimed == list(range(len(findings) - len(untimed), len(findings)))
    assert codes(findings) >= {"arrived_late", "underdressed", "no_purpose", "asked_for_job",
                               "tangent", "googleable_question", "time_overrun", "no_thanks",
                               "no_referral_ask", "few_questions"}


def test_every_message_is_one_to_three_sentences_for_a_person(scenario: Scenario,
                                                              reader: TurnReader) -> None:
    for f in run(messy_meeting(), scenario, reader):
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", f.message.strip())
        assert 1 <= len(sentences) <= 3, f.message
        assert f.message[0].isupper() and f.message.rstrip().endswith((".", '"', "?")), f.message
        assert f.severity == FINDINGS[f.code]
        if f.turn is not None:
            assert f.at_s is not None


# --- prep review -----------------------------------------------------------------------


PREP = Prep(
    goal="Learn whether my teaching background transfers to UX research",
    questions=["What is a typical day like for you?",
               "How did you get into UX research?",
               "Is a bootcamp worth the money?"],
    attire="chinos and a blazer",
)


def test_prep_review_lists_asked_and_unasked_questions(scenario: Scenario) -> None:
    record = make_record(clean_turns(), prep=PREP.model_dump())
    review = prep_review(record, scenario, PREP)
    asked = {a["question"]: a for a in review["questions_asked"]}
    assert set(asked) == {"What is a typical day like for you?",
                          "How did you get into UX research?"}
    assert asked["How did you get into UX research?"]["said"] == \
        "How did you get into UX research yourself?"
    assert review["questions_not_asked"] == ["Is a bootcamp worth the money?"]
    assert review["purpose_stated"] == PURPOSE
    assert review["purpose_matches_goal"] is True


def test_prep_review_notices_a_goal_that_drifted(scenario: Scenario) -> None:
    turns = clean_turns(u1="My goal today is to understand how research teams at banks are "
                           "structured.")
    review = prep_review(make_record(turns), scenario,
                         Prep(goal="Decide between a bootcamp and a master's degree"))
    assert review["purpose_matches_goal"] is False


def test_prep_review_reads_the_prep_from_the_record(scenario: Scenario) -> None:
    record = make_record(clean_turns(), prep=PREP.model_dump())
    assert prep_review(record, scenario)["questions_not_asked"] == [
        "Is a bootcamp worth the money?"]


def test_prep_review_without_prep(scenario: Scenario) -> None:
    assert prep_review(make_record(clean_turns()), scenario) == {"prepared": False}

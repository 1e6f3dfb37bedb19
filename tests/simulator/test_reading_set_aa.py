"""Readings learnt from the set AA once it joined tune: a game of sport is one whatever its
name ("the Old Firm game"); where people go out for a pint or a curry asks about leisure;
"when I was little" is a childhood; where a path goes from here asks what comes next, not
where anyone is; an example after a question ("Like the one on rents?") names what it asks
of, not a fact; "branchless" says "no branches"; "could I ask, um, what..." asks leave to
ask, not whom to reach; "for what it's worth" asks nothing; and, spoken, "waiting whether"
is weighing, and "I did maths at university" heard as "match" is one's studies. Each in
wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import reader_knowing_only, scenario_reader


@pytest.mark.parametrize(("text", "tangent"), [
    ("Did you catch the Old Firm game at the weekend? I missed the second half at a client "
     "dinner.", True),
    ("Did you see the team's research final readout?", False),
    ("Did you see the final round of interviews?", False),
])
def test_a_game_is_sport_whatever_its_name(rules: TurnReader, text: str, tangent: bool) -> None:
    assert rules.read(text).tangent is tangent


def test_where_people_go_out_for_a_curry_asks_about_leisure(rules: TurnReader) -> None:
    assert rules.read("I'm only in town till Friday. Where do people round here go for a "
                      "decent curry?").tangent
    assert not rules.read("Where do researchers here go for usability training?").tangent


def test_a_childhood_memory_by_the_meeting_place_is_a_tangent() -> None:
    reader = scenario_reader("starter/public-policy")
    assert reader.read("Sorry, what a lovely building, by the way. When I was little my "
                       "mum took me to Center City every December for the light show, and "
                       "we'd get a pretzel on the way home.").tangent


def test_where_a_path_goes_from_here_asks_what_comes_next() -> None:
    # A guard: the old rules read this wording right; the set's own ("And where does it go
    # from here?") was taken for where the company is based.
    reader = scenario_reader("career-changers/content-strategist")
    assert reader.read("So where does it go from here, after lead? Head of content?"
                       ).googleable is None
    assert reader.read("Where is Clydemark based, Glasgow?").googleable is not None


def test_an_example_after_a_question_is_what_it_asks_of() -> None:
    reader = scenario_reader("starter/public-policy")
    assert reader.read("How long does a report like that take you, start to finish? Say, "
                       "the one on rents near transit?").googleable is None
    assert reader.read("Which report did you lead? Like, the one on rents near the "
                       "stations?").googleable is not None


def test_a_thing_lacked_in_one_word_is_the_profile_saying_none() -> None:
    fact = "Northbank serves its two million customers entirely through its mobile app, " \
           "with no branches."
    reader = reader_knowing_only(fact, "does Northbank have branches")
    assert reader.read("Northbank is completely branchless, right?").googleable == fact
    assert reader.read("I guess there are countless ways to run a study here?"
                       ).googleable is None


@pytest.mark.parametrize(("text", "referral"), [
    ("Could I ask, um, what separates the researchers you rate from the ones you don't?",
     False),
    ("Is there a researcher on your team I could ask a question or two?", True),
    ("Who else could I ask about synthesis?", True),
])
def test_asking_leave_to_ask_reaches_no_one(rules: TurnReader, text: str,
                                            referral: bool) -> None:
    assert rules.read(text).referral_ask is referral


def test_for_what_its_worth_asks_nothing() -> None:
    reader = reader_knowing_only("Northbank is a digital bank with two million customers.",
                                 "what does Northbank do")
    assert reader.read("For what it's worth? I spent five years on the customer side of a "
                       "bank.").googleable is None
    assert reader.read("What does Northbank do, for what it's worth?").googleable is not None


def test_spoken_waiting_whether_is_weighing(rules: TurnReader) -> None:
    assert rules.read("Sorry, I'm waiting whether to go for UX research or stay in "
                      "marketing.").states_purpose
    assert not rules.read("I'm waiting for my exam results.").states_purpose


def test_a_subject_read_at_university_is_ones_studies(rules: TurnReader) -> None:
    # Spoken: whisper heard "maths" as "match".
    assert not rules.read("Oh, I did match at university, then six years in call centres, "
                          "mostly complaints.").tangent
    assert rules.read("Oh, did you see the match on Saturday? What a finish, my brother and "
                      "I were screaming at the telly.").tangent


def test_what_the_go_between_promised_of_them_is_how_we_met(both: TurnReader) -> None:
    # Retrained with AA, the trained reader took the uncle for family news.
    assert not both.read("Yo. Marcus. My cousin Dee said you'd talk to me.").tangent
    assert both.read("My aunt Rosa just had her hip done, she's been stuck on the sofa all "
                     "month watching quiz shows.").tangent


def test_a_fact_checked_with_right_and_said_again_is_asked() -> None:
    # Learnt from the voice sample, where whisper ended the check with a full stop.
    fact = "Northbank is a digital bank with two million customers."
    reader = reader_knowing_only(fact, "how many customers does Northbank have")
    assert reader.read("Northbank has about two million customers, right, like a really big "
                       "bank.").googleable == fact
    assert reader.read("We serve about two thousand customers, like a really small bank."
                       ).googleable is None


def test_first_ending_a_question_orders_it_and_names_no_fact() -> None:
    # Learnt from the voice sample: whisper's "what will you have me do first?" met
    # "digital-first".
    fact = "Northbank is a digital-first bank with two million customers."
    reader = reader_knowing_only(fact, "what kind of bank is Northbank")
    assert reader.read("Given all that, what will you have me do first?").googleable is None
    assert reader.read("Northbank is digital-first, right?").googleable == fact

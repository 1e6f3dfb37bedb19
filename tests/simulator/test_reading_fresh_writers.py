"""Concepts learnt from a second round of sessions by new writers (referral asks, job
requests, goals and public facts), each tested in wordings unlike the sessions' own and
beside hard negatives that share their words but not their meaning."""

from __future__ import annotations

import pytest

from simulator.fact_words import fact_words
from simulator.intents import TurnReader
from simulator.words import normalise
from tests.simulator.helpers import make_scenario


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


# --- asking whom else to talk to -------------------------------------------------------

REFERRALS = [
    # people as the ones I would do something with next, whatever the verb
    "Anyone on the payments side you reckon I ought to bend the ear of?",
    "Who do you think I should shadow for a day?",
    "Anybody at other banks you'd say I should keep an eye on?",
    # a reaching left at the end of the clause points back at people named far before it
    "Who do you know that moved from classroom teaching into research at one of the bigger "
    "retail banks in town, that I might reach out to?",
    # what you would do in my place, said the other way round
    "Who are the people you'd ring next, if you were me?",
    # willing to meet over something
    "Is there a researcher on your team who'd be up for having a coffee with me?",
    # some of my time
    "Who on the design side would be worth an hour of my time?",
    # "sitting down" is "sit down" too
    "Which of your colleagues would be worth me sitting down with?",
    # a purpose after "point me toward" names nobody
    "Is there a designer or two you'd steer me toward to chat with?",
    # things and people in one breath
    "Any books you'd suggest, or anybody else I ought to talk to?",
]


@pytest.mark.parametrize("text", REFERRALS)
def test_referral_asks_in_fresh_wordings(reader: TurnReader, text: str) -> None:
    assert reader.read(text).referral_ask


NOT_REFERRALS = [
    # people thinking, not people for me
    "What do people think I should do first, a course or a portfolio?",
    # a thing, not a person
    "Is there anything else I should know about the role?",
    "Is there a newsletter I should read?",
    "Is the certificate worth my time?",
    # things to learn from, asked for the way people are
    "Got any blogs or newsletters you'd send me to?",
    "Are there podcasts you'd recommend for someone starting out?",
    "Which course would you start with, in my shoes?",
    "Any good textbooks you'd point me towards?",
    # who uses the work, not whom to meet
    "Who actually uses the models you build, the planners on the ground?",
    "Who's on the receiving end of your dashboards, is it the sales managers?",
]


@pytest.mark.parametrize("text", NOT_REFERRALS)
def test_things_and_other_peoples_views_are_no_referral_ask(
        reader: TurnReader, text: str) -> None:
    assert not reader.read(text).referral_ask


# --- asking for a job ------------------------------------------------------------------

JOB_REQUESTS = [
    # the auxiliary dropped
    "You taking on any interns next summer?",
    "Honestly, you guys take on apprentices?",
    # ready on a named day
    "I'd start tomorrow, no joke.",
    # their need, and me glad to meet it
    "If you all ever need an extra pair of eyes on the survey reports, I'd be more than "
    "happy to help.",
    "If y'all ever need a hand with transcripts, I'd totally do it.",
    # someone needed among alternatives
    "If your team ever needs a study admin or anybody for sessions, just give me a shout.",
    # wishing to be kept in mind or considered
    "I'd love to be kept in mind for anything junior.",
    "If a research spot ever comes free, I'd welcome the chance to be considered.",
    # among those they take on
    "If Northbank hires apprentices again next year, I'd love to be one of them.",
    # the rest of an application handed over
    "Could I send you my application packet?",
    # work offered to them
    "I'd love to run a usability study for Northbank, even unpaid.",
    # a disclaimer in another clause leaves the request standing
    "I'm not asking for a job, but if anything opens up, let me know.",
    # a place on a growing team, put as where to find me
    "If the team ever goes from six to seven, you've got my number. No pressure.",
    "Should your crew ever need one more pair of hands, you know where I am.",
]


@pytest.mark.parametrize("text", JOB_REQUESTS)
def test_job_requests_in_fresh_wordings(reader: TurnReader, text: str) -> None:
    assert reader.read(text).asks_for_job


NOT_JOB_REQUESTS = [
    # a request I say I am not making
    "I'm not asking you to take me on, I just want to understand the work.",
    # their past, as a statement with a question mark
    "You took on interns when you started, right?",
    # being judged, not put forward
    "Would I be considered too old at forty-five?",
    "I'd like to be kept in the loop about your research.",
    # a start that is a plan, not an offer
    "I would start next year with the certificate, I think.",
]


@pytest.mark.parametrize("text", NOT_JOB_REQUESTS)
def test_disclaimers_plans_and_their_past_ask_for_no_job(
        reader: TurnReader, text: str) -> None:
    assert not reader.read(text).asks_for_job


def test_yall_is_the_plural_you() -> None:
    assert normalise("If y'all need help, yall should call") == (
        "if you all need help, you all should call")


# --- stating a purpose -----------------------------------------------------------------

GOALS = [
    # a place for me in a field
    "I'm trying to work out whether there's a future in research for a former nurse.",
    # what is asked about comes before the asides
    "What I'm hoping to find out is whether research, at my age and with no degree and two "
    "kids at home and a long commute, is realistic at all.",
]


@pytest.mark.parametrize("text", GOALS)
def test_goals_in_fresh_wordings(reader: TurnReader, text: str) -> None:
    assert reader.read(text).states_purpose


NOT_GOALS = [
    "I'm hoping to find a place in the suburbs before winter.",
    "I just wanted to chat, and hear a bit about you, and everything else.",
]


@pytest.mark.parametrize("text", NOT_GOALS)
def test_homes_and_small_talk_state_no_goal(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).states_purpose


# --- public facts ----------------------------------------------------------------------

FACTS = [
    # a year said aloud
    "Northbank's been going since the early nineteen twenties, hasn't it?",
    # a tag confirms the clause it hangs on, not the lead-up
    "I live out past the airport, so it's a trek, but Northbank has about twelve thousand "
    "staff, right?",
    # doubting my own memory names nothing
    "You've been at Northbank six years, haven't you, or have I got that wrong?",
    # a cleft asking what they do
    "Remind me, what is it Northbank does exactly?",
    # starting out in what a fact about them says they did
    "You started out with a master's degree, right?",
    # the profile's phrasing in one sentence, a guess after it
    "What did you study? Psychology at some big state school?",
]


@pytest.mark.parametrize("text", FACTS)
def test_public_facts_in_fresh_wordings(reader: TurnReader, text: str) -> None:
    assert reader.read(text).googleable is not None


@pytest.mark.parametrize("text", [
    "To begin with, Brightpath doesn't have any physical branches at all, is that correct?",
    "Firstly, Brightpath has no branches anywhere at all, is that true?",
])
def test_a_fact_checked_after_an_opener_and_before_a_tag(text: str) -> None:
    # Neither "to begin with" nor "is that correct" is part of the fact being checked.
    from simulator.run import setup_for

    setup = setup_for("starter/ux-researcher", "script", seed=0)
    assert TurnReader(setup.scenario, setup.prep).read(text).googleable is not None


NOT_FACTS = [
    # "when" as a conjunction, and looking at criteria
    "What do you look at when you're hiring researchers?",
    # the alternatives of a question asking a view are answers to it
    "When Northbank hired you, did your degree matter, or was it the portfolio that got you "
    "in the door?",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_views_and_criteria_are_no_public_fact(reader: TurnReader, text: str) -> None:
    assert reader.read(text).googleable is None


@pytest.mark.parametrize(("text", "year"), [
    ("since the early nineteen hundreds", True),
    ("he's been a master since like oh-eight", True),
    ("she gave a talk last year", True),
    ("they moved here three years ago", True),
    ("about two thousand employees", False),
    ("oh, one more thing", False),
    ("nineteen hundred employees", False),
])
def test_years_said_aloud(text: str, year: bool) -> None:
    assert ("#year" in fact_words(text, frozenset())) is year


# --- tangents ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # asking after a story about someone
    "Off the record, is it true what people say about the design lead who quit in March?",
    "Is it true what everyone's saying about Marco and Jen? My cousin swears it is.",
])
def test_asking_after_gossip_is_a_tangent(reader: TurnReader, text: str) -> None:
    assert reader.read(text).tangent


@pytest.mark.parametrize("text", [
    # years of running something is one's career, whatever the scenario's words
    "I've managed a hardware store for twelve years and the big chains are eating us alive.",
    "I had run a kitchen for a decade before the restaurant closed in the spring.",
])
def test_years_of_running_something_are_ones_career(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).tangent


# --- a public fact checked, then built on ----------------------------------------------------

def test_a_fact_checked_then_built_on_is_still_a_question_of_substance(
        reader: TurnReader) -> None:
    r = reader.read("You started out with a master's degree, right? Did that make it easier "
                    "to get hired as a researcher?")
    assert r.googleable is not None and r.substantive


def test_a_guess_after_a_fact_question_builds_on_nothing(reader: TurnReader) -> None:
    r = reader.read("What did you study? Psychology at some big state school?")
    assert r.googleable is not None and not r.substantive


def test_did_i_get_that_right_confirms_a_fact(reader: TurnReader) -> None:
    assert reader.read("Northbank was founded in 1921, did I get that right?").googleable

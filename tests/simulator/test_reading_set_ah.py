"""Readings learnt from the set AH (casual young speakers, and storytellers who ask through
statements) once it joined tune: "I've always wondered what..." and "I'd be curious
whether..." ask; "what pulled me toward it was..." tells; a place for someone like me on a
side of the work asks about the field, and an offer someone else made for me is none of
mine; what would be good for me to do is no goal; "wait," before a question names nothing;
what the work involves asks a view; a bare "it" said back is whatever came before; a paper
or masthead is a newsroom, cutting one's teeth is starting, and people coming through the
doors are visits; and of two topics a keyword lifts alike, the rest of the words choose.
Each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from tests.simulator.helpers import shared_reader as reader


def test_wondering_and_curiosity_said_as_statements_ask() -> None:
    electrician = reader("starter/electrician")
    assert electrician.read("I've often wondered how you price a full rewire.").substantive
    assert electrician.read("I'd be curious whether a pre-apprenticeship course is worth "
                            "it.").substantive
    assert not electrician.read("My dad always wondered why I never picked up a "
                                "tool.").is_question


def test_what_drew_me_in_was_tells() -> None:
    ux = reader("starter/ux-researcher")
    assert not ux.read("What drew me toward research was my students' faces.").is_question
    assert ux.read("What drew you toward research?").is_question


def test_a_place_on_a_side_of_the_work_asks_about_the_field() -> None:
    policy = reader("starter/public-policy")
    assert not policy.read("Is there a place for someone like me on the policy side at "
                           "all?").asks_for_job
    assert policy.read("Is there a place for someone like me on your team?").asks_for_job


def test_an_offer_someone_else_made_for_me_is_none_of_mine() -> None:
    analyst = reader("career-changers/data-analyst")
    assert not analyst.read("My old manager joked that I'd happily build their dashboards "
                            "for free.").asks_for_job
    assert analyst.read("I'd happily build your dashboards for free.").asks_for_job


def test_what_would_be_good_for_me_to_do_is_no_goal() -> None:
    ux = reader("starter/ux-researcher")
    assert not ux.read("My careers adviser said it would be good for me to meet people "
                       "who work.").states_purpose
    assert ux.read("I think research would be the right next step for me.").states_purpose


def test_catching_oneself_before_a_question_names_nothing() -> None:
    data = reader("starter/data-scientist")
    assert data.read("Hang on, your PhD, what was it in?").googleable
    assert data.read("Hang on, should I do a PhD in physics?").googleable is None


def test_what_the_work_involves_asks_a_view() -> None:
    actuary = reader("hard-personas/brief-responder")
    assert actuary.read("Pricing term life products, what does that involve "
                        "exactly?").googleable is None
    assert actuary.read("You price term life at Harrowgate, right?").googleable


def test_a_bare_it_said_back_is_what_came_before() -> None:
    ux = reader("starter/ux-researcher")
    assert ux.read("I started a tally of confused callers last spring. It has about two "
                   "thousand people on it now.").googleable is None
    assert ux.read("So Brightpath has about 1,800 employees now?").googleable


def test_a_paper_is_a_newsroom_and_cutting_ones_teeth_is_starting() -> None:
    writer = reader("career-changers/content-strategist")
    assert writer.read("Which newspaper did you cut your teeth at?").googleable
    assert writer.read("Which paper were you on?").googleable
    assert writer.read("Should I cut my teeth at a local paper first?").googleable is None


def test_people_through_the_doors_are_visits() -> None:
    nurse = reader("starter/nurse")
    assert nurse.read("Roughly how many patients walk through the doors in a "
                      "year?").googleable
    assert nurse.read("How many patients does one nurse look after?").googleable is None


def test_of_two_topics_one_keyword_lifts_the_rest_of_the_words_choose() -> None:
    ux = reader("starter/ux-researcher")
    assert ux.read("I'd be curious whether it's realistic for someone switching in from "
                   "nursing at forty.").topic == "switching_advice"
    assert ux.read("How did you end up switching into research?").topic == "how_i_got_in"

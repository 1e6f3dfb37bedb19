"""Readings learnt from the set AJ (jargon-heavy career switchers, and terse speakers and
parents returning after a break) once it joined tune: a goal said with its subject dropped
("Thinking about the trade. Want the full picture before I jump."), waiting to see what
shakes out is no goal, one's skills said short are one's background, a consultant's
"level-set" and "are we talking" and a route one "came up through" name nothing new of a
fact, what "moved the needle" asks a story, a terse question in two fragments ("Hours.
Long?") asks of what the first named, appreciating that something is so is no thanks; and from the
voice sample of tune, being a fan is no job and a chef is a colleague.
Each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from tests.simulator.helpers import scenario_reader
from tests.simulator.helpers import shared_reader as reader


def test_a_goal_said_with_its_subject_dropped() -> None:
    nurse = reader("starter/nurse")
    assert nurse.read("Paramedic, nine years. Thinking about the profession.").states_purpose
    electrician = reader("starter/electrician")
    assert not electrician.read("Thinking about the trade fair on Friday.").states_purpose
    hr = reader("career-changers/hr-business-partner")
    assert hr.read("Twelve years in retail, the last four doing the HR admin for my store. I "
                   "want the full picture before I jump.").states_purpose
    assert not hr.read("I want the full picture before I jump in with questions.").states_purpose


def test_waiting_to_see_what_shakes_out_is_no_goal() -> None:
    pm = reader("starter/startup-pm")
    assert not pm.read("Honestly I'm looking to widen the net, open up the pipeline, talk to "
                       "some people and see what shakes out.").states_purpose
    assert pm.read("I want to move into product management and see what happens.").states_purpose


def test_ones_skills_said_short_are_ones_background() -> None:
    # The rules alone: the trained reader doubts some such tangents, not all.
    electrician = scenario_reader("starter/electrician", use_model=False)
    assert not electrician.read("Mail, mostly. Know every street in Queens. Good with my "
                                "hands. Sick of being a number.").tangent
    assert electrician.read("Mail, mostly. Know every bar in Queens. Love the Mets. Sick of "
                            "the winters.").tangent


def test_a_consultants_level_set_names_nothing_of_the_fact() -> None:
    nurse = reader("starter/nurse")
    assert nurse.read("Just to calibrate on scale, how many beds are we talking at Saint "
                      "Brendan's?").googleable
    assert nurse.read("Just to level-set, how many hours a week are we talking, typically, "
                      "for a charge nurse?").googleable is None


def test_a_route_one_came_up_through_is_how_one_started() -> None:
    coo = reader("hard-personas/busy-executive")
    assert coo.read("You came up via the administrative fellowship track, didn't "
                    "you?").googleable
    assert coo.read("Do most COOs come up through the fellowship route?").googleable is None


def test_what_moved_the_needle_asks_a_story() -> None:
    hr = reader("career-changers/hr-business-partner")
    assert hr.read("When you made the move out of the stores, what moved the "
                   "needle?").googleable is None
    assert hr.read("When you made the move out of the stores, what year was "
                   "that?").googleable


def test_a_terse_question_in_two_fragments_asks_of_what_the_first_named() -> None:
    counsel = reader("career-changers/product-counsel")
    assert counsel.read("Bonus going in-house. Big?").googleable is None
    assert counsel.read("Tessellate. Big?").googleable


def test_appreciating_that_something_is_so_is_no_thanks() -> None:
    id_ = reader("career-changers/instructional-designer")
    assert not id_.read("I appreciate that budgets are tight right now. Is a certificate still "
                        "worth it?").thanks
    assert id_.read("I really appreciate that. Is a certificate still worth it?").thanks


def test_a_fan_is_no_job_and_a_chef_is_a_colleague() -> None:
    # From the voice sample of tune drawn once AJ joined it: "Are you a Buckeyes guy?" heard
    # as "so remember, guys, guys", leaving only the fan; a caterer's story cut short by the
    # persona, "sous chef" heard as "shoes chef".
    supply = reader("career-changers/supply-chain-manager")
    assert supply.read("Look, you are in Columbus, and I have been a Wolverines fan my whole "
                       "life, so what am I walking into?").tangent
    assert not supply.read("I was a forklift driver for six years before the Army.").tangent
    assert not supply.read("Reminds me of the Easter rush. Four weddings, one Saturday, and the "
                           "produce supplier's truck broke down. My head chef was calling "
                           "every ten minutes.").tangent

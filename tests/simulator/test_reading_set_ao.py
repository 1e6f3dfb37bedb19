"""Readings learnt from the set AO (people who speak in questions or think aloud; rural
speakers and credentialed people stepping down) once it joined tune: asking after their
weekend ends no meeting; checking the time or the seat still suits, and offering to let
them go, ask nothing; a dropped "g" ("wantin'") is read as the word; a guess naming only
the fact just checked asks more of it; asking where one's application stands asks for the
job; appreciating that something is awkward is no thanks; whom they work with, who reads
their work, and guesses aloud at what a field is ask no fact; a qualification's
"vintage", a ward's yearly census and the credential they "ended up" with are facts; a
morning on the farm is a tangent. Each in wordings unlike the sessions' own, beside hard
negatives."""

from __future__ import annotations

from simulator.words import normalise
from tests.simulator.helpers import scenario_reader
from tests.simulator.helpers import shared_reader as reader


def test_asking_after_their_weekend_ends_no_meeting() -> None:
    nurse = reader("starter/nurse")
    assert not nurse.read("Did you have a nice weekend? I went hiking.").closing
    assert nurse.read("Okay. Have a good weekend, Lorraine!").closing


def test_checking_the_time_or_the_seat_still_suits_asks_nothing() -> None:
    nurse = reader("starter/nurse")
    assert not nurse.read("Is now still good for you? I can come back another time.").substantive
    assert not nurse.read("Hi! Is here okay? Lovely.").substantive
    assert nurse.read("Is this still good practice in the ED?").substantive


def test_offering_to_let_them_go_asks_nothing() -> None:
    nurse = reader("starter/nurse")
    assert not nurse.read("I'd better let you go, shouldn't I?").substantive
    assert not nurse.read("Do you need to head off? I'll let you go.").substantive
    # ...the tag heard as a sentence of its own, as the recognizer may write it
    assert not nurse.read("Okay. I'd better let you go. Shouldn't I?").substantive
    assert nurse.read("Nights are mostly the same crew. Aren't they?").substantive
    assert nurse.read("Should I go back to school first, do you think?").substantive


def test_a_dropped_g_is_read_as_the_word() -> None:
    assert normalise("I'm lookin' for somethin'") == "i am looking for something"
    assert normalise("they call it 'Berlin' there") == "they call it 'berlin' there"
    nurse = reader("starter/nurse")
    assert nurse.read("How long you been workin' nights?").googleable


def test_a_guess_naming_only_the_fact_checked_asks_more_of_it() -> None:
    hr = reader("career-changers/hr-business-partner")
    assert not hr.read("How long were you in the stores? Eleven years, right? And which "
                       "ones, Rock Hill?").substantive
    assert hr.read("You were a store manager in Gastonia, weren't you? What did that teach "
                   "you about HR?").substantive
    supply = reader("career-changers/supply-chain-manager")
    assert not supply.read("You were Army, weren't you? What did you make it to, captain or "
                           "thereabouts?").substantive


def test_asking_where_ones_application_stands_asks_for_the_job() -> None:
    engineer = scenario_reader("hard-personas/blunt-engineer", use_model=False)
    assert engineer.read("I put in for the analyst opening last month. Could you find out "
                         "where my application is?").asks_for_job
    assert engineer.read("I applied for the grad scheme on Monday. Any news? Or could you "
                         "push it through?").asks_for_job
    assert not engineer.read("How do I find out where my application stands when I apply "
                             "somewhere?").asks_for_job


def test_appreciating_that_a_question_is_awkward_is_no_thanks() -> None:
    engineer = reader("hard-personas/blunt-engineer")
    assert not engineer.read("I appreciate it's a strange question, but how much of the job "
                             "is arguing?").thanks
    assert engineer.read("I appreciate it. Really.").thanks


def test_whom_they_work_with_and_who_reads_their_work_ask_no_fact() -> None:
    nurse = reader("starter/nurse")
    assert nurse.read("Who do you mostly work with on a night?").googleable is None
    assert nurse.read("How long have you worked nights?").googleable
    policy = reader("starter/public-policy")
    assert policy.read("Who actually reads your reports once they're out?").googleable is None


def test_guesses_aloud_at_what_a_field_is_ask_no_fact() -> None:
    supply = reader("career-changers/supply-chain-manager")
    assert supply.read("I hear logistics everywhere and I have no idea what it means. Is it a "
                       "warehouse job? Is it trucks?").googleable is None
    assert supply.read("Is it family-owned, Halvorsen?").googleable


def test_vintage_census_and_the_credential_they_ended_up_with_are_facts() -> None:
    actuary = reader("hard-personas/brief-responder")
    assert actuary.read("What vintage is your FSA?").googleable
    nurse = reader("starter/nurse")
    assert nurse.read("Roughly what's the yearly census in the ED?").googleable
    hr = reader("career-changers/hr-business-partner")
    assert hr.read("Which certification did you end up getting?").googleable
    assert hr.read("Which certification should I end up getting?").googleable is None


def test_a_morning_on_the_farm_is_a_tangent() -> None:
    designer = scenario_reader("career-changers/instructional-designer", use_model=False)
    assert designer.read("Sorry I'm late, the heifers got out and I spent an hour chasing a "
                         "calf down the road.").tangent
    assert not designer.read("I teach ag, so a lot of my lessons are about livestock judging. "
                             "Would that count as course design experience?").tangent

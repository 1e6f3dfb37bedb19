"""Readings learnt from the set AQ (video calls from home and over-apologisers; metaphor
speakers and Australian, New Zealand, Irish and Scottish English) once it joined tune: an
accented name is one word and the persona's name is no word of the field; a word to a child
in the room, a toast's "cheers" and asking leave to ask one more thing are none of the
meeting's business; "I owe you a pint" thanks; a match's game day is a working day; doing
one's homework on whether is a goal; an opening named in several words still asks for the
job; and an own flag, the books, sparkies, donkey's years and one's bread and butter name
what a profile states. Each in wordings unlike the sessions' own, beside hard negatives."""

from __future__ import annotations

from simulator.words import normalise
from tests.simulator.helpers import scenario_reader
from tests.simulator.helpers import shared_reader as reader


def test_an_accented_name_and_the_persona_s_name_ask_nothing() -> None:
    assert normalise("Siobhán and Zoë") == "siobhan and zoe"
    nurse = reader("starter/nurse")
    assert not nurse.read("Hi Lorraine, I'm Siobhán. Freezing out there today, isn't "
                          "it.").substantive
    assert nurse.read("Lorraine, what is the hardest part of a night shift?").substantive


def test_a_word_to_a_child_in_the_room_is_no_tangent() -> None:
    pm = scenario_reader("starter/startup-pm", use_model=False)
    assert not pm.read("One moment. Noah, two more minutes, then go find Mommy. Sorry!").tangent
    assert pm.read("Sorry, my son. He's obsessed with dinosaurs at the moment, we took him to "
                   "the museum on Saturday and he cried when we left the gift shop.").tangent


def test_a_toast_s_cheers_is_no_thanks_and_owing_a_pint_is() -> None:
    ds = scenario_reader("starter/data-scientist", use_model=False)
    assert not ds.read("At the leaving do my old boss yelled cheers and knocked his pint "
                       "over.").thanks
    assert ds.read("Cheers for this, really useful.").thanks
    assert ds.read("That was gold. I owe you a coffee.").thanks
    assert not ds.read("I owe you an explanation for the late email.").thanks


def test_a_greeting_by_title_with_how_we_met_is_no_tangent() -> None:
    supply = scenario_reader("career-changers/supply-chain-manager", use_model=False)
    assert not supply.read("Morning, Mr. Whitaker. I'm Tomasz, we messaged over LinkedIn in "
                           "March.").tangent
    assert not supply.read("Finally we meet! How are you?").tangent


def test_a_working_day_told_as_a_match_is_the_work() -> None:
    designer = scenario_reader("career-changers/instructional-designer", use_model=False)
    assert not designer.read("What does your game day look like? A normal week putting a "
                             "module together, from tip-off to the final buzzer?").tangent
    assert designer.read("Did you catch the match on Sunday? It went right to the final "
                         "whistle and my brother lost his voice.").tangent


def test_doing_ones_homework_on_whether_is_a_goal() -> None:
    counsel = reader("career-changers/product-counsel")
    assert counsel.read("I'm doing a bit of homework on whether an in-house product role is "
                        "realistic for a litigator.").states_purpose
    assert not counsel.read("I'm doing some research on whether cats dream.").states_purpose


def test_an_opening_named_in_several_words_asks_for_the_job() -> None:
    ds = scenario_reader("starter/data-scientist", use_model=False)
    assert ds.read("If a senior or lead machine learning spot ever opens up, could you give me "
                   "a shout?").asks_for_job
    assert not ds.read("If a junior analyst spot opens up, what do you look for?").asks_for_job


def test_asking_leave_to_ask_one_more_thing_asks_nothing() -> None:
    actuary = reader("hard-personas/brief-responder")
    assert not actuary.read("Sorry, could I ask one more? I'm sorry, I keep asking.").substantive
    assert actuary.read("Would it be okay for a beginner to skip an exam?").substantive


def test_own_flag_the_books_sparkies_and_donkeys_years_name_profile_facts() -> None:
    electrician = reader("starter/electrician")
    assert electrician.read("So you've had your own business going since 2009?").googleable
    assert electrician.read("When did you start flying your own flag?").googleable
    assert electrician.read("How many sparkies are on the payroll?").googleable
    assert electrician.read("How many hours do sparkies work on a big job?").googleable is None
    nurse = reader("starter/nurse")
    assert nurse.read("You've worked in the emergency department donkey's years, haven't "
                      "you?").googleable
    assert nurse.read("You've been at the hospital a good while, yeah?").googleable


def test_ones_bread_and_butter_is_ones_main_work() -> None:
    pm = reader("starter/startup-pm")
    turn = pm.read("Payments is your bread and butter, isn't it? That's your area?")
    assert turn.googleable and not turn.substantive
    assert pm.read("What is the bread and butter of a product manager's week?").googleable is None


def test_a_value_guessed_after_a_fact_asks_no_more_of_it() -> None:
    strategist = reader("career-changers/content-strategist")
    turn = strategist.read("You were at the Evening Post before this, weren't you? What, ten, "
                           "eleven years?")
    assert turn.googleable and not turn.substantive
    assert strategist.read("You were at the Evening Post before this, weren't you? What made "
                           "you leave?").substantive


# Found when retraining with AQ in tune: the trained reader no longer overruled these
# misreadings of the rules, so the rules were mended rather than a threshold moved.
def test_what_they_offer_declined_or_resisted_is_no_tangent() -> None:
    hr = scenario_reader("career-changers/hr-business-partner", use_model=False)
    assert not hr.read("Priya Nair. No thanks to the coffee, I've had two espressos "
                       "already.").tangent
    assert not hr.read("Ugh, don't tempt me with the cookies. Okay, maybe one chocolate "
                       "chip.").tangent
    assert hr.read("No thanks. My sister keeps sending me pastries from her bakery in Lyon, and "
                   "I've eaten nothing else since the holidays.").tangent


def test_their_intake_and_their_place_seen_on_arrival_are_their_work() -> None:
    nurse = scenario_reader("starter/nurse", use_model=False)
    assert not nurse.read("There was snow all week. Does a cold snap change who walks in through "
                          "the doors, or is that a myth people like me repeat?").tangent
    assert not nurse.read("I came past the ambulance bay entrance earlier. It looked quieter "
                          "than I'd pictured, though I bet that doesn't last.").tangent


def test_being_told_they_are_the_one_to_ask_is_how_we_met() -> None:
    policy = scenario_reader("starter/public-policy", use_model=False)
    assert not policy.read("Hello, Ms. Ashworth. My aunt Jo saw you on a panel and said you "
                           "were the one to talk to.").tangent


def test_any_shift_at_all_short_of_a_hand_and_telling_the_manager_ask_for_the_job() -> None:
    supply = scenario_reader("career-changers/supply-chain-manager", use_model=False)
    assert supply.read("I'd take days, weekends, anything you have going.").asks_for_job
    assert not supply.read("I'd take any tips you have going.").asks_for_job
    electrician = scenario_reader("starter/electrician", use_model=False)
    assert electrician.read("If you guys are ever short a pair of hands, give me a buzz. I'm "
                            "reliable.").asks_for_job
    assert not electrician.read("When you're short a guy on a job, how do you cover "
                                "it?").asks_for_job
    nurse = scenario_reader("starter/nurse", use_model=False)
    assert nurse.read("Could you let the unit manager know I'm applying?").asks_for_job
    assert not nurse.read("Did your manager know you were applying elsewhere?").asks_for_job


def test_someone_to_consult_is_someone_else_to_talk_to() -> None:
    nurse = scenario_reader("starter/nurse", use_model=False)
    assert nurse.read("Is there anyone on the unit you'd suggest I consult about "
                      "prerequisites?").referral_ask
    assert not nurse.read("Should I consult the course catalogue first?").referral_ask


def test_who_else_with_its_first_word_lost_still_asks_whom_to_talk_to() -> None:
    # Heard in AQ's spoken sessions: the recognizer dropped "Who" four times.
    assert normalise("Else should I chat to, do you reckon?") == ("who else should i chat to, "
                                                                  "do you reckon?")
    assert normalise("Or else would it be too late?") == "or else would it be too late?"
    engineer = reader("hard-personas/blunt-engineer")
    assert engineer.read("Thanks. Else would you say I should meet?").referral_ask


def test_heard_with_commas_only_a_word_to_a_child_is_still_no_tangent() -> None:
    electrician = scenario_reader("starter/electrician", use_model=False)
    assert not electrician.read("Hang on, Noah, there's grapes in the bowl, go ask your mom, "
                                "sorry, Ray, snack time.").tangent


def test_the_end_game_of_a_career_is_no_game() -> None:
    ds = scenario_reader("starter/data-scientist", use_model=False)
    assert not ds.read("And what's the end game once you've done this?").tangent
    assert ds.read("Did you see the endgame of the chess final last night? My brother was "
                   "glued to it with his mates.").tangent

"""Concepts the readers learnt from sessions by new writers, each tested in wordings unlike
the sessions' own and beside a hard negative that shares its words but not its meaning."""

from __future__ import annotations

import pytest

from simulator.fact_words import fact_words
from simulator.intents import TurnReader
from simulator.words import normalise
from tests.simulator.helpers import make_scenario


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


# --- public facts ----------------------------------------------------------------------

# One alternative of an either-or question is the fact, the other only a guess.
EITHER_OR_FACTS = [
    "Is Northbank still a small outfit, or has it grown into a big employer?",
    "Roughly, did Northbank start around 1921, or was it later?",
    "Okay, quick one: has Northbank grown a lot, or is it still small?",
]


@pytest.mark.parametrize("text", EITHER_OR_FACTS)
def test_an_either_or_question_asks_the_fact_one_alternative_names(
        reader: TurnReader, text: str) -> None:
    assert reader.read(text).googleable is not None


NOT_EITHER_OR_FACTS = [
    # "it" is what the first clause named, not the organisation
    "Is the research team remote, or is it all in the office?",
    # alternatives in a statement ask nothing
    "I'm weighing whether to stay a librarian, go back to school, or do a bootcamp.",
]


@pytest.mark.parametrize("text", NOT_EITHER_OR_FACTS)
def test_alternatives_that_ask_no_fact(reader: TurnReader, text: str) -> None:
    assert reader.read(text).googleable is None


def test_a_fragment_finishes_the_question_before_it(reader: TurnReader) -> None:
    # After a request for advice, "a master's?" is an option, not Priya's degree...
    assert reader.read("What should I do first, if I go for research? Maybe a master's "
                       "degree?").googleable is None
    # ...after a remark, it asks the fact by itself.
    assert reader.read("I was reading up on your background. Your master's degree?"
                       ).googleable is not None


def test_a_question_word_with_d_asks_what_happened() -> None:
    assert normalise("Where'd you study, and what'd you get?") == \
        "where did you study, and what did you get?"
    assert normalise("How'd you like to see the field change?") == \
        "how would you like to see the field change?"
    assert normalise("Who'd be good to talk to?") == "who would be good to talk to?"


def test_warehouses_and_distribution_centres_are_one_kind_of_site() -> None:
    assert "warehouse" in fact_words("It runs three distribution centres.", frozenset())
    assert "warehouse" in fact_words("How many DCs do you have?", frozenset())
    assert "warehouse" in fact_words("Is this your only depot?", frozenset())


# --- asking for a job ------------------------------------------------------------------

JOB_REQUESTS = [
    # my CV handed to them
    "I can email you my CV later today if that helps.",
    "Happy to send over my resume tonight, by the way.",
    "Would it be okay if I shared my CV with you before I go?",
    # whether they take people like me, asked at one remove
    "Do you happen to know whether Northbank takes on interns?",
    # an opening there, and me ready for it
    "If there's ever a junior research role going at Northbank, I'm ready to start whenever.",
    # their need, and me ready for it
    "If your team ever needs an extra researcher, I'd be there in a flash.",
    # help getting in where they are
    "Honestly, is there any way you could help me get in there?",
    "Northbank is my dream employer. Would you help me get in?",
]


@pytest.mark.parametrize("text", JOB_REQUESTS)
def test_job_requests_in_new_wordings(reader: TurnReader, text: str) -> None:
    assert reader.read(text).asks_for_job


NOT_JOB_REQUESTS = [
    "Could I send you my CV so you can tell me what to improve?",
    "Should I send my resume straight to recruiters, or apply online?",
    "If there's an opening, what do hiring managers look at first?",
    "The trouble is I have nobody who would vouch for me as a researcher.",
    "Could you help me get in touch with someone who made the same switch?",
    "What would help me get into research in the first place?",
]


@pytest.mark.parametrize("text", NOT_JOB_REQUESTS)
def test_advice_about_applying_and_saying_what_i_lack_ask_for_no_job(
        reader: TurnReader, text: str) -> None:
    assert not reader.read(text).asks_for_job


# --- asking whom else to talk to -------------------------------------------------------

REFERRALS = [
    # asking them to name people
    "Could you suggest a couple of researchers who came from teaching?",
    # the question names the people, the next sentence how I would reach them
    "Do you know anyone on the design team who moved over from libraries? I could email them.",
    # whoever I might see next
    "Is there someone you think I could bug next, maybe on the product side?",
]


@pytest.mark.parametrize("text", REFERRALS)
def test_referral_asks_in_new_wordings(reader: TurnReader, text: str) -> None:
    assert reader.read(text).referral_ask


NOT_REFERRALS = [
    "Can you suggest some books for beginners?",
    # how this meeting came about
    "My manager is the one who told me to reach out to you.",
    "So the reason I wanted to meet: is it mad to retrain as a researcher at forty?",
    # what I enjoy, not a wish
    "The part of my job I love is talking to patrons, so research appeals to me.",
]


@pytest.mark.parametrize("text", NOT_REFERRALS)
def test_reaching_out_that_led_here_is_no_referral_ask(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).referral_ask


# --- stating a purpose -----------------------------------------------------------------

GOALS = [
    "I have to choose this spring. Either I stay a librarian or I retrain in UX research.",
    "I can't decide whether to stay in libraries or move into UX research.",
    "I'm exploring different roles in UX research.",
]


@pytest.mark.parametrize("text", GOALS)
def test_decisions_and_named_options_state_a_goal(reader: TurnReader, text: str) -> None:
    assert reader.read(text).states_purpose


NOT_GOALS = [
    "I'm just exploring various fields right now and seeing what's out there.",
    "I'm weighing my options at the moment.",
    "I need to decide by Friday. Is the coffee here any good, or should we try the cafe?",
]


@pytest.mark.parametrize("text", NOT_GOALS)
def test_unnamed_options_and_decisions_about_nothing_are_no_goal(
        reader: TurnReader, text: str) -> None:
    assert not reader.read(text).states_purpose


# --- closing ---------------------------------------------------------------------------

def test_promising_to_be_brief_does_not_close_the_meeting(reader: TurnReader) -> None:
    assert not reader.read("Hi Priya, I'm Sam. I'll not keep you long, I know you're busy."
                           ).closing
    assert not reader.read("I don't want to keep you long, so straight in.").closing
    assert reader.read("Anyway, I won't keep you any longer. Thanks so much.").closing


# --- from the tune batch H (written for tangents and public facts) ----------------------

FACTS_SAID_BACK_WITH_AN_ASIDE = [
    # where the fact holds is no part of it
    "Northbank has about 12,000 employees across this part of the state, is that right?",
    # an aside that only orders the questions
    "While I remember, Northbank was founded in 1921, wasn't it?",
]


@pytest.mark.parametrize("text", FACTS_SAID_BACK_WITH_AN_ASIDE)
def test_a_fact_said_back_with_an_aside_is_still_the_fact(reader: TurnReader, text: str) -> None:
    assert reader.read(text).googleable is not None


def test_a_prediction_asks_no_fact(reader: TurnReader) -> None:
    # Every word is in the title fact; what is asked is what will be.
    assert reader.read("Are you going to keep your Senior UX Researcher title?"
                       ).googleable is None
    assert reader.read("Is your title Senior UX Researcher?").googleable is not None


def test_slipping_away_from_work_early_is_no_goal(reader: TurnReader) -> None:
    assert not reader.read("My brother's getting married Saturday, so I'm trying to sneak out "
                           "of work early on Friday.").states_purpose
    assert reader.read("I'm trying to get out of retail and into UX research.").states_purpose


def test_a_question_after_a_look_back_asks_and_states_no_goal(reader: TurnReader) -> None:
    text = "Looking back, did the master's really help you get into UX research?"
    reading = reader.read(text)
    assert not reading.states_purpose and reading.substantive


def test_festival_plans_are_a_tangent_even_with_a_meeting_place_in_them(
        reader: TurnReader) -> None:
    assert reader.read("A few of us are off to a music festival next weekend, we've planned "
                       "where to meet up between bands. Ever been to one?").tangent
    assert not reader.read("When you meet customers for a study, where do you usually meet "
                           "them?").tangent


# --- from the tune batch I (public facts asked sideways; tangents and reasons) ----------

def test_a_question_read_out_from_a_list_is_asked_without_its_lead_in(
        reader: TurnReader) -> None:
    assert reader.read("Question two on my list: how many employees does Northbank have?"
                       ).googleable is not None
    assert reader.read("The first thing I wondered was, how do you plan a study?"
                       ).googleable is None


def test_tenure_guessed_as_a_good_while_asks_the_fact(reader: TurnReader) -> None:
    assert reader.read("I'm guessing you've been at Northbank a good while?").googleable
    assert reader.read("Is research a good place to start?").googleable is None


SAID_OFF_THE_SUBJECT = [
    # something of theirs, but the turn says it is an aside, and it is about one's weekend
    "Random, but the print on your wall, is that from the Art Institute? My sister and I went "
    "last weekend.",
    # asking which team they follow, after a word about the city
    "You work in the city, so are you a Cubs guy?",
]


@pytest.mark.parametrize("text", SAID_OFF_THE_SUBJECT)
def test_asides_about_life_are_tangents_even_near_their_work(
        reader: TurnReader, text: str) -> None:
    assert reader.read(text).tangent


PERSONAL_BUT_ABOUT_THE_MOVE = [
    # a hobby tied back to the move
    "I've restored old bikes at home for years, and watching what riders struggle with is "
    "what drew me to this.",
    # family life given as a reason, in a sentence naming the work
    "Part of it is personal, honestly. My daughter swims and I've missed nearly every Saturday "
    "meet for two seasons, because weekends are when the library is busiest. The weekday "
    "hours in research are a big part of the draw. Is that realistic, or do the hours creep?",
    # one's own past job, leading up to the goal in the same turn
    "I drove a forklift at a warehouse in Mount Vernon for six years, and they just shut it "
    "down. I'm thinking about getting into UX research now.",
    # an aside that asks about their way of working
    "Slightly off topic, but how does your team share findings across the bank?",
    "Are you more of a fieldwork person or a research ops person?",
]


@pytest.mark.parametrize("text", PERSONAL_BUT_ABOUT_THE_MOVE)
def test_personal_reasons_for_the_move_are_no_tangent(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).tangent


def test_the_same_life_without_the_move_is_a_tangent(reader: TurnReader) -> None:
    assert reader.read("I've restored old bikes at home for years. Do you ride at all?").tangent
    assert reader.read("Part of it is personal. My son plays travel hockey and I've missed "
                       "most of his Saturday games for two seasons. Have you got kids?").tangent


# --- from the sets C and E (holdout read as numbers five times, now tune) ----------------

@pytest.fixture(scope="module")
def reader_with_history() -> TurnReader:
    from tests.simulator.helpers import _PROFILE

    return TurnReader(make_scenario(public_profile=[
        *_PROFILE,
        {"fact": "Priya leads a research team of five.", "asks": ["How big is your team?"]},
        {"fact": "Before Northbank, Priya was a librarian at Oakton Public Library for eight "
                 "years.", "asks": ["What did you do before Northbank?"]},
    ]))


FACTS_SAID_BACK_AS_CONFIRMATIONS = [
    # where I read it, as a doubt about my own reading
    "You've got a master's in human-computer interaction, if I read that right on your "
    "profile?",
    # a belief between commas
    "You were a librarian, I believe, at Oakton?",
    # the building one sits in is the organisation
    "This place was founded in 1921, right?",
    # how long, guessed, and the job before this one
    "You were at Oakton Public Library a long time before this, eight years or so?",
    # making the jump to them is joining them
    "When did you make the jump over to Northbank?",
    # the people on a team are what is counted, not the company's staff
    "How many people are on your team at the minute?",
]


@pytest.mark.parametrize("text", FACTS_SAID_BACK_AS_CONFIRMATIONS)
def test_facts_said_back_or_asked_in_passing(reader_with_history: TurnReader, text: str) -> None:
    assert reader_with_history.read(text).googleable is not None


NOT_FACTS_SAID_BACK = [
    "How did you make the jump to research, was it one big move?",
    "Did it take a long time to feel at home at Northbank?",
    "How many people does a study usually need?",
    "Research, I believe, matters more than the tools. Would you agree?",
]


@pytest.mark.parametrize("text", NOT_FACTS_SAID_BACK)
def test_views_and_general_questions_near_those_words_ask_no_fact(
        reader_with_history: TurnReader, text: str) -> None:
    assert reader_with_history.read(text).googleable is None


def _reader_for(scenario: str) -> TurnReader:
    from simulator.run import setup_for

    setup = setup_for(scenario, "script", seed=0)
    return TurnReader(setup.scenario, setup.prep)


def test_asking_whom_else_to_talk_to_is_never_a_tangent() -> None:
    # Depots, routing and dispatch are no words of a data scientist's work...
    reading = _reader_for("starter/data-scientist").read(
        "Is there anyone at Haulwise, maybe on the depot side, who came over from routing or "
        "dispatch? I'd like to talk to them as well, if you could put us in touch.")
    assert reading.referral_ask and not reading.tangent  # ...but whom to ask is the business


def test_what_one_has_set_up_at_work_is_background_not_a_tangent() -> None:
    reader = _reader_for("starter/startup-pm")
    assert not reader.read("Fair enough. I set up every job board we use, in spreadsheets "
                           "mostly. Scheduled thirty crews across two counties.").tangent
    assert reader.read("I set up a little vegetable garden we all love with my kids and my "
                       "wife, it keeps the whole family busy on weekends.").tangent


def test_a_placement_this_term_is_background_not_a_tangent(reader: TurnReader) -> None:
    assert not reader.read("Good to know. I've been doing a placement in patient intake this "
                           "term, so I see a lot of the front desk.").tangent


def test_the_ballgame_is_a_tangent_in_its_own_words(reader: TurnReader) -> None:
    assert reader.read("Random one, were you at the ballgame last night? The whole train was "
                       "people in jerseys arguing about the bullpen.").tangent


NOT_QUESTIONS = [
    # "I also did...": a subject before "also", so no clause opens with "did a..."
    "I made a dashboard for the food bank. I also did a small survey project on bus times, "
    "which I thought you'd find funny.",
    # a likeness, not curiosity: "like what you do"
    "My aunt wants to sell the shop, and I don't know if I'll stay or do something like what "
    "you do.",
]


@pytest.mark.parametrize("text", NOT_QUESTIONS)
def test_statements_that_look_like_questions_in_part(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).is_question


@pytest.mark.parametrize("text", ["Also, did you do a master's first?",
                                  "I'd love to hear how you got started."])
def test_the_questions_beside_them_still_ask(reader: TurnReader, text: str) -> None:
    assert reader.read(text).is_question


def test_how_one_joined_them_is_a_story_not_the_year(reader_with_history: TurnReader) -> None:
    assert reader_with_history.read("I'd love to hear what the work is like and how you made "
                                    "the jump to Northbank.").googleable is None


def reader_whose_model_hears(signal: str) -> TurnReader:
    """A reader whose trained reader says `signal` of every turn: what the rules let stand."""

    class Hears:
        def read(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
            return frozenset({signal}), frozenset()

    reader = TurnReader(make_scenario())
    reader._model = Hears()  # type: ignore[assignment]
    return reader


def test_asking_to_be_walked_through_the_work_asks_for_no_job() -> None:
    # The trained reader hears a request in the politeness ("I'd be grateful if you could...");
    # what is asked for is an explanation, and the rules' word stands over the model's.
    reader = reader_whose_model_hears("asks_for_job")
    assert not reader.read("I'd be so grateful if you could walk me through how you plan a "
                           "round of interviews.").asks_for_job
    assert reader.read("I'd be so grateful if you could keep me in mind for a "
                       "role.").asks_for_job


# --- from the sets F and G (holdout read as numbers many times, now tune) ----------------

# A course one took, in a story that mentions one's family in passing, is one's background.
BACKGROUND_WITH_FAMILY = [
    "Yeah. I've been watching a lot of videos, I did a basic spreadsheet class at the "
    "library, and I redid all the stock sheets for my mom's shop.",
    "I did a short coding course online, and I built a little booking page for my sister's "
    "dog grooming.",
]


@pytest.mark.parametrize("text", BACKGROUND_WITH_FAMILY)
def test_a_course_one_took_is_background_even_with_family_in_it(
        reader: TurnReader, text: str) -> None:
    assert not reader.read(text).tangent


def test_family_news_without_the_course_is_still_a_tangent(reader: TurnReader) -> None:
    assert reader.read("Yeah. My mom's shop flooded last spring, and my sister and I spent "
                       "the whole weekend bailing it out with buckets.").tangent


@pytest.mark.parametrize("text", [
    "Would a contribution to an open-source library count for anything, or is that a myth?",
    "Would a weekend hackathon prize count for anything, or is that a myth?",
])
def test_asking_whether_something_would_count_is_ones_career_question(
        reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert not r.tangent and r.substantive


# Said back with where one read it, a fact shows the research done and asks nothing; said
# back bare, it still asks to be confirmed.
def test_a_fact_said_back_with_its_source_asks_nothing(reader: TurnReader) -> None:
    assert reader.read("I saw on LinkedIn you have a master's in human-computer interaction. "
                       "I did psychology myself.").googleable is None
    assert reader.read("So you've been at Northbank six years.").googleable is not None


@pytest.mark.parametrize("text", [
    # "your own" is yours: it names no ownership
    "And what was your own master's in?",
    "What is your own title these days?",
])
def test_your_own_is_yours(reader: TurnReader, text: str) -> None:
    assert reader.read(text).googleable is not None


@pytest.mark.parametrize("text", [
    "What was your own degree in, and how did you use it in your first research job?",
    "Sorry, one more about you. What did you study, and how did it help you get in?",
])
def test_a_fact_joined_to_a_real_question_is_both(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert r.googleable is not None and r.substantive


def test_a_view_joined_to_a_question_is_no_fact(reader: TurnReader) -> None:
    r = reader.read("What surprised you most in research, and how would you start now?")
    assert r.googleable is None and r.substantive


# Curiosity about a field, with no move in it, is no goal; curiosity about a move is.
@pytest.mark.parametrize("text, goal", [
    ("So, yeah, I don't really have an agenda. I'm just kind of curious about the whole UX "
     "research world, you know.", False),
    ("Honestly I'm just curious about user research in banks.", False),
    ("I'm just curious about moving into UX research, and whether my teaching carries over.",
     True),
    ("I'm curious about UX research as my next career.", True),
])
def test_just_being_curious_about_a_field_is_no_goal(reader: TurnReader, text: str,
                                                     goal: bool) -> None:
    assert reader.read(text).states_purpose is goal


def test_an_announced_anecdote_off_work_is_a_tangent(reader: TurnReader) -> None:
    # "Funny thing," announces a story; one about a party is off the work even when the
    # team and the employer are in it, one about the work is not.
    assert reader.read("Funny thing, my team did our holiday outing at one of the Northbank "
                       "cooking classes last December. Someone set the risotto on fire and we "
                       "still talk about it.").tangent
    assert not reader.read("Funny thing, my team ran a usability test on a Northbank app last "
                           "December, and the results surprised everyone.").tangent


# --- logistics -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pm_reader() -> TurnReader:
    from simulator.run import setup_for

    return TurnReader(setup_for("starter/startup-pm", "script", seed=0).scenario)


@pytest.mark.parametrize("text", [
    "Do you mind if I jot down a few notes on my phone while we talk?",
    "Okay if I take notes on my laptop?",
])
def test_asking_leave_to_take_notes_is_no_question_about_the_work(pm_reader: TurnReader,
                                                                  text: str) -> None:
    reading = pm_reader.read(text)
    assert reading.is_question and not reading.substantive


@pytest.mark.parametrize("text", [
    "What skills should I start building first?",
    "Can I ask how you record decisions on a roadmap?",
])
def test_starting_to_learn_or_asking_about_records_is_a_question(pm_reader: TurnReader,
                                                                 text: str) -> None:
    assert pm_reader.read(text).substantive


# --- from the sets J and K (holdout scored as numbers, now tune) ---------------------------


@pytest.mark.parametrize("text", [
    "I've been at the library for, gosh, twelve years now. Story time, tax forms, a bit of "
    "everything.",
    "I've been with the county for nine years now. Parks, roads, a bit of everything.",
])
def test_years_where_one_works_are_background_not_a_tangent(reader: TurnReader,
                                                            text: str) -> None:
    assert not reader.read(text).tangent


def test_a_stay_somewhere_else_is_still_a_tangent(reader: TurnReader) -> None:
    assert reader.read("I've been at my in-laws' lake house for two weeks, we swam every "
                       "day and grilled every night.").tangent


def test_trouble_with_the_call_is_no_tangent_whatever_the_trained_reader_says() -> None:
    reader = reader_whose_model_hears("tangent")
    assert not reader.read("Sorry, my connection has been dropping all morning.").tangent
    assert reader.read("My neighbour's parrot has learnt to whistle the national anthem.").tangent

"""Reading turns by what they do rather than by stock phrasings: each rule is tested with
wordings unlike the ones it was written from (terse, hedged, non-native, several intents in
one turn) and with hard negatives that share its words but not its meaning."""

from __future__ import annotations

import pytest

from simulator.fact_words import acronyms, fact_words
from simulator.intents import TurnReader
from simulator.matching import TopicIndex
from tests.simulator.helpers import make_scenario


@pytest.fixture(scope="module")
def reader() -> TurnReader:
    return TurnReader(make_scenario())


@pytest.fixture(scope="module")
def index() -> TopicIndex:
    return TopicIndex(make_scenario())


# --- public facts: what a question asks, compared with what a fact states ---------------

CONFIRMATIONS_AND_PARAPHRASES = [
    ("You've been at Northbank about six years now, right?", "six years"),
    ("So it's been, what, six years at the bank for you?", "six years"),
    ("Your master's is in human-computer interaction, isn't it?", "master's degree"),
    ("Your degree's a master's, right?", "master's degree"),
    ("Northbank goes back to 1921, yeah?", "1921"),
    ("How many staff does Northbank have these days?", "12,000"),
    ("Sorry, remind me where Northbank's head office is?", "where Northbank is based"),
    ("What's Northbank's line of business, exactly?", "what Northbank does"),
    # its product or core business, with a remark beside the question
    ("What's Northbank's core business? I only skimmed the website.", "what Northbank does"),
]


@pytest.mark.parametrize(("text", "label_part"), CONFIRMATIONS_AND_PARAPHRASES)
def test_confirmations_and_paraphrases_of_public_facts(reader: TurnReader, text: str,
                                                       label_part: str) -> None:
    r = reader.read(text)
    assert r.googleable is not None and label_part in r.googleable
    assert not r.substantive


FACT_LOOKALIKES = [
    # a view, a feeling, a story or advice about a public fact
    "Was the master's in HCI worth it?",
    "Is the master's worth doing part-time, sir?",
    "What was Northbank like when you joined six years ago?",
    "When did you know research was for you?",
    "Would you do the master's again?",
    # people in general, not the persona or the organisation
    "How many years does a researcher usually stay at one bank?",
    "Is a master's the way in?",
    # about the field, or about me
    "What is human-computer interaction, in practice?",
    "I want to know how to start.",
    # a fact said as a statement, then a real question
    "You've been at Northbank six years. What has changed most?",
]


@pytest.mark.parametrize("text", FACT_LOOKALIKES)
def test_questions_that_only_share_words_with_a_fact(reader: TurnReader, text: str) -> None:
    assert reader.read(text).googleable is None


def test_what_before_is_before_must_agree(index: TopicIndex) -> None:
    facts = index.public_facts
    assert facts.asked("What did you do before Northbank?") is None  # the profile is silent
    data = make_scenario(public_profile=[
        {"fact": "Before Northbank, Priya spent three years as a researcher at an agency.",
         "asks": ["Where did you work before Northbank?"]}])
    other = TopicIndex(data).public_facts
    assert other.asked("And before the bank you were at an agency, right?") is not None
    assert other.asked("What were you doing before research?") is None


def test_calling_them_something_or_x_wise_names_nothing_more(index: TopicIndex) -> None:
    # By what the question names, not by the profile's own phrasings.
    facts = index.public_facts
    assert facts.asked("How long have you been at Northbank, ma'am?") is not None
    assert facts.asked("Boss, how long were you at Northbank?") is not None
    assert facts.asked("How big is Northbank, staff-wise?") is not None


def test_what_something_is_worth_asks_a_value() -> None:
    data = make_scenario(public_profile=[
        {"fact": "Priya leads research on Northbank's £30 million mobile app rebuild.",
         "asks": ["What project are you working on?"]}])
    facts = TopicIndex(data).public_facts
    assert facts.asked("What's the app rebuild worth, roughly?") is not None
    assert facts.asked("Is the app rebuild worth the disruption?") is None
    assert facts.asked("Was the rebuild worth it?") is None


def test_fact_words_fold_spellings_abbreviations_and_irregular_verbs() -> None:
    none: frozenset[str] = frozenset()
    assert fact_words("licence", none) == fact_words("license", none)
    assert fact_words("the ER", none) == fact_words("the emergency department", none)
    assert set(fact_words("who funds it", none)) & set(fact_words("grants", none))
    assert fact_words("left in 2019", none)[0] == fact_words("leaving", none)[0]
    assert fact_words("1,800 people in 2019", none)[0] == "#n"
    assert "#year" in fact_words("1,800 people in 2019", none)
    assert fact_words("what rank", none)[-1] == fact_words("a captain", none)[-1]


def test_acronyms_of_capitalised_names() -> None:
    assert "hci" in acronyms("a master's in Human-Computer Interaction")
    assert "coo" in acronyms("Chief Operating Officer of Pinecrest since 2021")
    assert "fsa" in acronyms("a Fellow of the Society of Actuaries")


# --- purpose: wanting or weighing, and a direction in work --------------------------------

GOALS = [
    "Accountant. Want to move into UX research. Trying to see what the gap is.",
    "So, um, what I'm sort of hoping is to work out whether my design work could translate "
    "into research, if that makes sense?",
    "What I'm after, really, is an honest read on whether a teacher can make it in research.",
    "I am designer since five years, I want change to UX research.",
    "Ten years in call centres, and research is where I want to land next.",
    "Clinic manager, six years. Aiming at UX research within two years.",
    "My hope is to move from marketing into user research this year.",
    "I'm a teacher moving into UX research.",
    # a field that draws me
    "Accountant, and UX research has been tugging at me for a while now.",
    "Honestly, user research really appeals to me more than marketing.",
]
NOT_GOALS = [
    "My daughter wants to be a researcher like you, funny enough.",
    "I want to get a coffee after this, any good spots nearby?",
    "I'm trying to cut back on coffee, so I'll just grab water.",
    "Just exploring, seeing what's out there.",
    "Do I need a master's to get into research?",
    "I'd love to hear how you ended up in research.",
    "I want to move into a bigger flat soon.",
    "My manager keeps pulling me into research meetings lately.",
    "My mentor keeps calling me about research jobs.",
]


@pytest.mark.parametrize("text", GOALS)
def test_goals_in_other_words(reader: TurnReader, text: str) -> None:
    assert reader.read(text).states_purpose


@pytest.mark.parametrize("text", NOT_GOALS)
def test_wants_that_are_no_goal_for_the_meeting(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).states_purpose


# --- referral asks: other people, a way of reaching them for me, a request ----------------

REFERRALS = [
    "Anyone else you'd point me towards at other banks?",
    "Is there another researcher, maybe elsewhere, who might give me half an hour?",
    "If you were me, who would you call next?",
    "You have friend researcher, maybe at other bank, I can call him?",
    "You know other researchers who came from teaching? I like to meet them.",
    # names handed over after them
    "Are there any names you could send my way?",
    "If there are a couple of names you'd be comfortable passing on, I would be so grateful.",
    "Any veterans on your team worth a phone call?",
    "I don't want to impose, but if someone comes to mind who'd be open to hearing from me, "
    "that would be wonderful.",
    "Would you be open to introducing me to one of the designers on your team?",
]
NOT_REFERRALS = [
    "Do you still talk to people from your old agency?",
    "Who trained you when you started?",
    "My friend told me to talk to you.",
    "Could you point me to a good book on interviewing users?",
    "Whose brain did you pick when you were switching?",
    "Talking to other researchers, what do they complain about most?",
    "Do you remember the names you gave the personas in that study?",
    "What names does this role go by at other banks?",
]


def test_people_and_a_way_of_reaching_them_far_apart_are_no_referral_ask(
        reader: TurnReader) -> None:
    monologue = ("I started going to a tenants' meeting in my building, and I read a lot, and "
                 "I kept coming back to research because it feels like the place where you "
                 "can change things at scale, and I guess what I'm asking is whether I'd "
                 "need a master's?")
    assert not reader.read(monologue).referral_ask


@pytest.mark.parametrize("text", REFERRALS)
def test_referral_asks_in_other_words(reader: TurnReader, text: str) -> None:
    assert reader.read(text).referral_ask


@pytest.mark.parametrize("text", NOT_REFERRALS)
def test_mentioning_people_is_no_referral_ask(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).referral_ask


# --- job requests: offers of my work to them ---------------------------------------------

OFFERS = [
    "Honestly I'd be happy to do a project for your team for free, just to get something "
    "real on my CV.",
    "I could build a small prototype for Northbank on weekends, no charge.",
    "Is there any way I could do a short secondment with your research team?",
    "If your team ever gets buried during a launch, I'm around, just say the word.",
    "My friend says maybe you are needing a research assistant. I can start quickly, I learn "
    "fast.",
    "You need a note-taker for your sessions? I can help.",
    "I hate to ask, but would you feel comfortable recommending me for the research program?",
    "Could you get my portfolio in front of your manager?",
    "Could I pick up a few shifts as a note-taker?",
]
NOT_OFFERS = [
    "Would volunteering to run studies for a nonprofit be a smart first portfolio piece?",
    "Could I volunteer at a clinic somewhere, just to see if research suits me?",
    "Did you need a mentor when you started?",
    "I'd be happy to share my notes with you after this.",
    "Do you need a master's degree, or are there other ways in?",
]


@pytest.mark.parametrize("text", OFFERS)
def test_offering_my_work_to_them_is_a_job_request(reader: TurnReader, text: str) -> None:
    assert reader.read(text).asks_for_job


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_work_elsewhere_or_to_try_it_is_no_job_request(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).asks_for_job


# --- tangents: the subject is life outside work ------------------------------------------

TANGENTS = [
    "Wait, is that a corgi on your phone? I have a corgi too! His name is Biscuit and he stole "
    "a whole rotisserie chicken off the counter last week.",
    "Sorry, I'm a bit scattered today. My sister's wedding is on Saturday and the caterer just "
    "cancelled on us.",
    "Did you watch the rugby on Saturday? I can't believe Wales let that lead slip.",
    "Can I vent for a second? This election has me so stressed, did you see the Senate debate?",
    # one's own pets or children, by having them
    "Is that a corgi on your phone case? I have two corgis and they ate my couch cushion "
    "last week.",
    "I've got two boys and they're obsessed with dinosaurs right now.",
]
NOT_TANGENTS = [
    "Who signs off on the copy before it goes out?",
    "How do you handle the Christmas rush?",
    "Do researchers end up working holidays like Thanksgiving and Christmas? My family's big "
    "on those.",
    "I'm a teacher moving into UX research. My uncle said you'd give it to me straight.",
    "Have a lovely weekend, and good luck with the talk!",
    "I have two years in retail and I've got a team of twelve under me.",
    # a family story tied back to my own career move
    "My dad and my uncle were both in the navy, that's partly why leaving feels like such a "
    "big deal to me.",
    "My family ran a farm when I was growing up, which is why quitting feels like giving up.",
]


@pytest.mark.parametrize("text", TANGENTS)
def test_turns_about_life_outside_work_are_tangents(reader: TurnReader, text: str) -> None:
    assert reader.read(text).tangent


@pytest.mark.parametrize("text", NOT_TANGENTS)
def test_unknown_words_and_asides_are_no_tangent(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).tangent


def test_a_story_tied_back_to_a_pastime_is_a_tangent_even_in_the_work_s_words() -> None:
    reader = TurnReader(make_scenario(vocabulary=["Northbank", "running studies"]))
    story = "My dad ran marathons all through my childhood, which is why I love "
    assert reader.read(story + "running.").tangent
    assert not reader.read(story + "researching.").tangent


# --- questions asked as statements --------------------------------------------------------

STATEMENT_QUESTIONS = [
    "Keen to hear what a junior researcher actually does all day.",
    "I wonder what surprised you most about research at a bank.",
    "Would love your take on bootcamps versus a master's.",
    "Curious what the hardest study you've run was.",
    "Explain to me how synthesis actually works here.",
    "Interested to know how you balance research with meetings.",
]


@pytest.mark.parametrize("text", STATEMENT_QUESTIONS)
def test_questions_said_as_statements_count(reader: TurnReader, text: str) -> None:
    r = reader.read(text)
    assert r.is_question and r.substantive


@pytest.mark.parametrize("text", ["I'm interested in UX research.", "I'd love to start soon.",
                                  "I'm curious, that's all."])
def test_statements_of_interest_ask_nothing(reader: TurnReader, text: str) -> None:
    assert not reader.read(text).is_question


# --- several things in one turn ----------------------------------------------------------


def test_a_job_request_does_not_hide_a_public_fact_or_a_referral_ask(reader: TurnReader) -> None:
    r = reader.read("Where is Northbank headquartered? Also, are you hiring right now?")
    assert r.asks_for_job and r.googleable is not None
    r = reader.read("Is Northbank hiring juniors? And who else should I talk to?")
    assert r.asks_for_job and r.referral_ask


def test_a_goal_does_not_hide_a_tangent_in_the_same_turn(reader: TurnReader) -> None:
    r = reader.read("I'm a teacher moving into UX research. Did you catch the Bears game last "
                    "night? That last drive was brutal.")
    assert r.states_purpose and r.tangent

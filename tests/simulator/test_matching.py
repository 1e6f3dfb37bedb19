"""The scenario index: topics from paraphrases, public-profile facts, relatedness to the field."""

from __future__ import annotations

import pytest

from simulator.matching import TOPIC_MIN_SCORE, TopicIndex, normalise, stem, tokens
from tests.simulator.helpers import make_scenario, scenario_data


@pytest.fixture(scope="module")
def index() -> TopicIndex:
    return TopicIndex(make_scenario())


PARAPHRASES = [
    ("What's a normal day like for you?", "day_to_day"),
    ("How do you usually spend your mornings at work?", "day_to_day"),
    ("What was your route into research?", "career_path"),
    ("How did you get your first job in this field?", "career_path"),
    ("Which research methods do you rely on?", "research_methods"),
    ("When do you pick a survey over interviews?", "research_methods"),
    ("How do you convince stakeholders?", "banking_challenges"),
    ("What's the hardest thing about research in banking?", "banking_challenges"),
    ("What does a good portfolio look like?", "breaking_in"),
    ("Would a master's degree help me get in?", "breaking_in"),
    ("What tools should I learn first?", "skills"),
    ("Would my experience in teaching be useful in research?", "my_background"),
]


@pytest.mark.parametrize(("text", "topic"), PARAPHRASES)
def test_paraphrases_find_their_topic(index: TopicIndex, text: str, topic: str) -> None:
    found, score = index.best(text)
    assert found == topic
    assert TOPIC_MIN_SCORE <= score <= 1.0


@pytest.mark.parametrize("text", ["Did you watch the game last night?", "How interesting.",
                                  "I'm good, thanks, how are you?", "", "um"])
def test_unrelated_or_empty_text_has_no_topic(index: TopicIndex, text: str) -> None:
    found, score = index.best(text)
    assert found is None
    assert 0.0 <= score < TOPIC_MIN_SCORE


def test_a_topic_keyword_alone_is_enough(index: TopicIndex) -> None:
    assert index.best("and compliance?")[0] == "banking_challenges"


def test_answers_count_but_less_than_examples(index: TopicIndex) -> None:
    # "spreadsheets" and "repository" appear only in the skills answer.
    found, weak = index.best("spreadsheets and a repository")
    strong = index.best("Which tools do you use every day?")[1]
    assert 0.0 < weak < strong
    assert found in (None, "skills")


PROFILE = [
    ("How long have you worked at Northbank?", 0),
    ("When did you join the bank?", 0),
    ("Where did you study?", 1),
    ("what was your degree", 1),
    ("How old is Northbank?", 2),
    ("How many people work at the bank?", 3),
    ("What's your current title?", 4),
]


@pytest.mark.parametrize(("text", "fact"), PROFILE)
def test_profile_fact_phrasings(index: TopicIndex, text: str, fact: int) -> None:
    assert index.profile_fact(text) == fact


@pytest.mark.parametrize("text", [
    "How did you start at Northbank?",
    "How long have you been doing research?",
    "How has Northbank's size affected how research gets done?",
    "What did you study that helps you most in research today?",
    "What kinds of roles are there on your team?",
    "how can I get a job at Northbank",
])
def test_questions_near_a_fact_but_asking_more_are_not_that_fact(index: TopicIndex,
                                                                 text: str) -> None:
    assert index.profile_fact(text) is None


def test_a_one_word_phrasing_must_be_matched_exactly() -> None:
    # "What does Northbank do?" shares one word with a question about anything at Northbank.
    index = TopicIndex(make_scenario(public_profile=[
        {"fact": "Northbank is a retail bank.", "asks": ["What does Northbank do?"]}]))
    assert index.profile_fact("What does Northbank do?") == 0
    assert index.profile_fact("What does a storyboard look like at Northbank?") is None


def test_no_profile_means_no_profile_facts() -> None:
    bare = TopicIndex(make_scenario(public_profile=[]))
    assert bare.profile_fact("How long have you worked at Northbank?") is None


@pytest.mark.parametrize(("text", "label"), [
    ("What does Northbank actually do?", "what Northbank does"),
    ("So what does the bank do exactly?", "what Northbank does"),
    ("Roughly how many employees does the company have?", "how big Northbank is"),
    ("where are you guys based", "where Northbank is based"),
    ("what year was the bank founded", "when Northbank was founded"),
])
def test_organisation_basics(index: TopicIndex, text: str, label: str) -> None:
    assert index.org_basic(text) == label


@pytest.mark.parametrize("text", [
    "What does Northbank do to support junior researchers?",
    "How many people are on your team?",
    "When did you start at Northbank?",
    "Where is the research team based within the bank?",
    "When did it start to feel natural?",
])
def test_organisation_basics_hard_negatives(index: TopicIndex, text: str) -> None:
    assert index.org_basic(text) is None


def test_organisation_basics_follow_the_scenario_organisation() -> None:
    data = scenario_data()
    data["persona"] = {**data["persona"], "organisation": "Harbour Credit Union"}
    other = TopicIndex(make_scenario(**{"persona": data["persona"]}))
    assert other.org_basic("When was Harbour Credit Union founded?") is not None
    assert other.org_basic("When was Northbank founded?") is None


@pytest.mark.parametrize("text", [
    "How do you get stakeholders to act on findings?",
    "What certifications matter for a career in this field?",
    "Should I build a portfolio before applying?",
    "How is the team structured?",
])
def test_career_and_field_talk_is_related(index: TopicIndex, text: str) -> None:
    assert index.relatedness(text) >= 0.3


@pytest.mark.parametrize("text", [
    "Did you watch the game last night?",
    "My cat knocked my coffee all over the floor this morning.",
    "The new ramen place downtown is great.",
])
def test_everyday_chatter_is_unrelated(index: TopicIndex, text: str) -> None:
    assert index.relatedness(text) < 0.15


def test_scenario_vocabulary_counts_as_the_field() -> None:
    plain = TopicIndex(make_scenario(vocabulary=[]))
    tuned = TopicIndex(make_scenario(vocabulary=["Figma", "Dovetail"]))
    text = "Do you prefer Figma or Dovetail?"
    assert tuned.relatedness(text) > plain.relatedness(text)


def test_similarity_is_one_for_the_same_text_and_low_for_unrelated(index: TopicIndex) -> None:
    assert index.similarity("What tools do you use?", "What tools do you use?") == 1.0
    assert index.similarity("What tools do you use?", "I love camping") == 0.0


def test_normalise_expands_what_recognisers_and_typists_write() -> None:
    assert normalise("I'm sure you've SEEN it, can't we?") == \
        "i am sure you have seen it, cannot we?"
    assert normalise("whats northbank's size") == "what is northbank size"
    assert normalise("Um, so, uh what is it") == "so, what is it"
    assert normalise("dont you think") == "do not you think"


def test_stemming_joins_word_forms() -> None:
    assert stem("studies") == stem("studied") == stem("study")
    assert stem("interviewing") == stem("interviews") == stem("interview")
    assert tokens("How did you get into research?") == tokens("how you got into research")


def test_normalising_twice_keeps_the_emergency_room() -> None:
    # A hesitation takes no article: "the ER" survives a second pass, "er," does not.
    once = normalise("I'd aim for the ER, er, after I graduate")
    assert normalise(once) == once == "i would aim for the er, after i graduate"


def test_a_standing_shares_its_root() -> None:
    assert stem("chartership") == stem("chartered")
    assert stem("internships") == stem("intern")
    assert stem("worship") == "worship"  # too short to be a standing


"""The trained reader: what it adds to the rules, and that it reads as it was trained."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.intents import TurnReader
from simulator.run import setup_for
from simulator.turn_model import MODEL_PATH, TurnModel, features, masked, shipped_model


@pytest.fixture(scope="module")
def readers() -> tuple[TurnReader, TurnReader]:
    scenario = setup_for("starter/ux-researcher", "script", seed=0).scenario
    return TurnReader(scenario, None, use_model=False), TurnReader(scenario, None)


def test_names_are_masked_so_the_model_learns_requests_not_people() -> None:
    text = masked("Would Brightpath's team take me, Dana?", "Dana Okafor", "Brightpath Bank")
    assert "brightpath" not in text and "dana" not in text
    assert "orgname" in text and "personname" in text


def test_features_are_words_and_word_pairs() -> None:
    assert features("are you hiring?") == [
        "w:are", "w:you", "w:hiring", "w:?", "w:are you", "w:you hiring", "w:hiring ?"]


# Written for this test, in wordings the rules' phrase patterns do not cover.
JOB_ASKS_THE_RULES_MISS = [
    "Any chance I could shadow your team for a few weeks and then stay on?",
    "Could you see me fitting in on your team, like actually working there?",
]


@pytest.mark.parametrize("text", JOB_ASKS_THE_RULES_MISS)
def test_a_job_request_in_new_words_is_still_a_job_request(
        readers: tuple[TurnReader, TurnReader], text: str) -> None:
    rules, both = readers
    assert not rules.read(text).asks_for_job  # what the model is for
    assert both.read(text).asks_for_job


def test_a_referral_ask_in_new_words_is_still_a_referral_ask(
        readers: tuple[TurnReader, TurnReader]) -> None:
    rules, both = readers
    text = "Is there a person in your network who'd be good to hear from as well?"
    assert not rules.read(text).referral_ask
    assert both.read(text).referral_ask


@pytest.mark.parametrize("text", [
    "What does a typical week look like for you?",
    "Could you walk me through how you plan a study?",
    "How did you get into UX research?",
])
def test_ordinary_questions_stay_ordinary(readers: tuple[TurnReader, TurnReader],
                                          text: str) -> None:
    reading = readers[1].read(text)
    assert not (reading.asks_for_job or reading.referral_ask)
    assert reading.substantive


# Written for this test: everyday subjects in words the tangent rules have no entry for.
TANGENTS_THE_RULES_MISS = [
    "My flatmate has started making sourdough and now the whole kitchen is covered in flour.",
    "The marathon went past my flat on Sunday and I couldn't get my car out all day.",
]


@pytest.mark.parametrize("text", TANGENTS_THE_RULES_MISS)
def test_a_tangent_in_new_words_is_still_a_tangent(readers: tuple[TurnReader, TurnReader],
                                                   text: str) -> None:
    rules, both = readers
    assert not rules.read(text).tangent
    assert both.read(text).tangent


def test_the_explorers_own_work_is_no_tangent_even_where_the_rules_drift() -> None:
    """The rules hear a shop's shelves as life outside work; the model reads a career."""
    scenario = setup_for("starter/electrician", "script", seed=0).scenario
    text = ("I've been stocking shelves at a hardware store for eleven years, so I know my "
            "way around wire gauges.")
    assert TurnReader(scenario, None, use_model=False).read(text).tangent
    assert not TurnReader(scenario, None).read(text).tangent


def test_the_model_adds_no_tangent_where_the_rules_tie_it_to_the_explorers_story(
        readers: tuple[TurnReader, TurnReader]) -> None:
    """Words of home and sport, given as the reason for the move: the model alone would
    call it a tangent."""
    from simulator.turn_model import shipped_model

    text = ("Part of it is personal: my kids play soccer and baseball and I've missed every "
            "Saturday game for two years, which is why I want a job with normal hours.")
    model = shipped_model()
    assert model is not None and "tangent" in model.says(masked(text, "Dana Okafor", ""))
    reading = readers[1].read(text)
    assert not reading.off_work and not reading.tangent


def test_the_persona_declines_a_job_request_only_the_model_heard() -> None:
    from simulator.clock import SimClock
    from simulator.meeting import Meeting

    setup = setup_for("starter/ux-researcher", "script", seed=0)
    meeting = Meeting(setup.scenario, scenario_ref="starter/ux-researcher", mode="text",
                      clock=SimClock())
    meeting.start()
    replies = meeting.hear(JOB_ASKS_THE_RULES_MISS[0], 10.0, 14.0)
    assert [r.kind for r in replies][:1] == ["job_request"]


def test_reading_matches_scikit_learn_on_what_it_was_trained_with() -> None:
    """The app reads with numpy; the model was fitted with scikit-learn's tf-idf and
    logistic regression. Both must give the same probabilities."""
    pytest.importorskip("sklearn")
    from simulator import train_turn_model as training

    texts = ["are you hiring right now?", "could you refer me for the role?",
             "who else should i talk to?", "is there anyone you'd suggest i meet?",
             "what does a typical day look like?", "how did you get started?",
             "any openings on your team?", "who should i speak with next?"] * 2
    job = [True, True, False, False, False, False, True, False] * 2
    ref = [False, False, True, True, False, False, False, True] * 2
    corpus = training.Corpus([], [], [
        training.Said(i, t, {"asks_for_job": j, "referral_ask": r, "tangent": not (j or r)})
        for i, (t, j, r) in enumerate(zip(texts, job, ref, strict=True))])
    rows = list(range(len(texts)))
    fit = training._fit(corpus, rows)
    model = training.to_model(fit, {s: 0.5 for s in training.SIGNALS})
    expected = training._probabilities(corpus, fit, rows)
    for r, text in enumerate(texts):
        got = model.probabilities(text)
        for signal in training.SIGNALS:
            assert got[signal] == pytest.approx(expected[signal][r], abs=1e-9)


def test_the_shipped_model_loads_and_has_a_threshold_per_signal() -> None:
    assert MODEL_PATH.is_file()
    model = shipped_model()
    assert isinstance(model, TurnModel)
    assert model.signals == ("asks_for_job", "referral_ask", "tangent")
    assert np.all((model.thresholds > 0) & (model.thresholds < 1))
    assert model.weights.shape == (3, len(model.vocabulary))
    assert model.floors.shape == (3,) and model.floors[2] > 0  # it overrules tangents only
    assert not model.floors[:2].any()

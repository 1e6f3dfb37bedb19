"""Coaching accuracy over the labelled corpus (tests/corpus), and the `eval` command.

The text-path test is the CI fast subset: every finding code meets its goal on both
splits. The voice-path test (slow) speaks twelve tune sessions through the audio loop on
files and reads them back with the real recognizer.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from simulator import evaluate
from simulator.cli import cli
from simulator.errors import ScenarioError
from simulator.evaluate import GOALS, Run, Session, SessionFile, Tally

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Holdout codes known to fall short, each with its score. Strict: when a detector change
# lifts one above its goal, the test fails until the entry is removed. This holdout (40
# sessions: the forty-first set, AR, holdout-ar1-/ar2-) was written blind and scored only
# as numbers: nobody who changes detectors has read its sessions or its confusions. It was
# first scored on the code that had learnt from the set before it (AQ).
# (The sets C to AQ were seen as numbers several times and are now tune: tune-c-,
# tune-d1-/d2- ... tune-ap1-/ap2-, tune-aq1-/aq2-; tune-n1-/n2- were written straight into
# tune.)
KNOWN_HOLDOUT_SHORTFALLS = {
    "asked_for_job": "recall 0.89 (8 of 9)",
    "few_questions": "recall 0.75 (6 of 8)",
    "googleable_question": "precision 0.78, recall 0.88 (7 of 8, 2 false)",
    "no_thanks": "recall 0.88 (7 of 8)",
    "tangent": "precision 0.80 (8 of 8, 2 false)",
}


@pytest.fixture(scope="module")
def text_scores() -> evaluate.Scores:
    sessions = evaluate.load_corpus(CORPUS)
    return evaluate.score(evaluate.run_all(sessions))


def test_the_corpus_is_big_enough_and_keeps_a_holdout() -> None:
    sessions = evaluate.load_corpus(CORPUS)
    holdout = [s for s in sessions if s.spec.split == "holdout"]
    assert len(sessions) >= 60 and len(holdout) >= 20
    assert len({s.spec.scenario for s in sessions}) >= 6


def _codes(split: str) -> list[str]:
    sessions = [s for s in evaluate.load_corpus(CORPUS) if s.spec.split == split]
    return sorted({c for s in sessions for c in (*s.spec.must, *s.spec.must_not)})


# Tune codes below the goal since the last batch joined. Strict, like the holdout's. None
# now: few_questions, short at precision 0.94 for several sets, reached 0.95 with Y's readings.
KNOWN_TUNE_SHORTFALLS: dict[str, str] = {}


@pytest.mark.parametrize("code", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_TUNE_SHORTFALLS[c]))
    if c in KNOWN_TUNE_SHORTFALLS else c for c in _codes("tune")])
def test_text_path_meets_the_goal_on_the_tune_split(text_scores: evaluate.Scores,
                                                    code: str) -> None:
    tally = text_scores.tables[("text", "tune")][code]
    assert tally.meets(GOALS["text"]), _explain(text_scores, "tune", code)


@pytest.mark.parametrize("code", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_HOLDOUT_SHORTFALLS[c]))
    if c in KNOWN_HOLDOUT_SHORTFALLS else c for c in _codes("holdout")])
def test_text_path_meets_the_goal_on_the_holdout_split(text_scores: evaluate.Scores,
                                                       code: str) -> None:
    tally = text_scores.tables[("text", "holdout")][code]
    assert tally.meets(GOALS["text"]), _explain(text_scores, "holdout", code)


def _explain(scores: evaluate.Scores, split: str, code: str) -> str:
    wrong = [c for c in scores.confusions if c.split == split and c.code == code]
    return "; ".join(f"{c.session}: expected {'found' if c.expected else 'absent'}"
                     for c in wrong)


# --- scoring ------------------------------------------------------------------------------


def _session(must: list[str], must_not: list[str], split: str = "tune") -> Session:
    spec = SessionFile.model_validate({"scenario": "starter/nurse", "split": split,
                                       "script": {"turns": [{"say": "Hi."}]},
                                       "must": must, "must_not": must_not})
    return Session("s", Path("s.yaml"), spec)


def test_scoring_counts_each_listed_code_once_and_ignores_the_rest() -> None:
    a = _session(["asked_for_job", "no_thanks"], ["rambling", "tangent"])
    run = Run(a, "text", found={"asked_for_job", "tangent", "few_questions"})
    table = evaluate.score([run]).tables[("text", "tune")]
    assert table["asked_for_job"] == Tally(tp=1)
    assert table["no_thanks"] == Tally(fn=1)
    assert table["tangent"] == Tally(fp=1)
    assert table["rambling"] == Tally(tn=1)
    assert "few_questions" not in table  # found, but the session says nothing about it


def test_precision_and_recall() -> None:
    t = Tally(tp=9, fp=1, fn=3, tn=20)
    assert t.precision == 0.9 and t.recall == 0.75
    assert not t.meets(0.8) and Tally(tp=1, tn=4).meets(0.95)
    assert Tally(tn=5).precision is None and Tally(tn=5).meets(0.95)


def test_confusions_quote_the_turn_a_wrong_finding_points_at() -> None:
    s = _session([], ["asked_for_job"])
    run = Run(s, "voice", found={"asked_for_job"}, finding_turns={"asked_for_job": [1]},
              turns=[("persona", "Hello."), ("user", "Are you hiring?")])
    (c,) = evaluate.score([run]).confusions
    assert (c.code, c.expected, c.got, c.texts) == ("asked_for_job", False, True,
                                                    ("Are you hiring?",))


def test_limit_spreads_the_sample_over_the_corpus() -> None:
    sessions = evaluate.load_corpus(CORPUS)
    picked = evaluate.choose(sessions, "all", 6)
    assert len(picked) == 6
    assert {s.spec.split for s in picked} == {"tune", "holdout"}
    assert all(s.spec.split == "holdout" for s in evaluate.choose(sessions, "holdout"))


# --- the corpus files and the command -----------------------------------------------------


def test_a_code_in_both_lists_is_an_error_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "scenario: starter/nurse\nsplit: tune\nscript: {turns: [{say: Hi}]}\n"
        "must: [no_thanks]\nmust_not: [no_thanks]\n")
    with pytest.raises(ScenarioError, match=r"bad\.yaml:\d+: .*both must and must_not"):
        evaluate.load_corpus(tmp_path)


def test_eval_command_reports_bad_input_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "typo.yaml").write_text(
        "scenario: starter/nurse\nsplit: tune\nscript: {turns: [{say: Hi}]}\n"
        "must: [asked_for_a_job]\n")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "typo.yaml:4: must.0" in lines[0]
    missing = CliRunner().invoke(cli, ["eval", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "no corpus folder" in missing.output


def test_eval_command_prints_each_code_beside_its_goal_and_the_confusions() -> None:
    result = CliRunner().invoke(cli, ["eval", str(CORPUS), "--split", "tune", "--limit", "8"])
    assert "text path, tune split (8 sessions), goal 0.95 per code" in result.output
    assert "holdout split" not in result.output
    assert "confusions" in result.output
    assert result.exit_code in (0, 1)


def test_eval_command_json() -> None:
    result = CliRunner().invoke(cli, ["eval", str(CORPUS), "--split", "holdout", "--limit", "5",
                                      "--json"])
    data = json.loads(result.output)
    table = data["tables"]["text/holdout"]
    assert data["sessions"] == {"text/holdout": 5}
    assert all(set(row) == {"tp", "fp", "fn", "tn", "precision", "recall"}
               for row in table.values())


# --- the voice path -----------------------------------------------------------------------


# Twelve tune sessions, spread over the corpus as it stood when AL joined tune (what
# `eval --voice --split tune --limit 12` drew then), pinned by name. The sample used to be
# redrawn as tune grew, and each new draw brought its own few mishearings to excuse, which
# left the test guarding a different meeting each time; a fixed sample catches a change in
# the voice path itself. Run alone (`eval --voice` on these twelve) it showed no miss; run
# inside the whole suite, one session's question count came out one short. Named by the
# warning below, it was tune-l1-startup-pm-two-questions: "Is this table okay, or do you
# want somewhere quieter?" heard as two turns, the first counted as a question about the
# work, which it no longer is. Whether the split happens depends on timing, so the one
# allowance stays until full runs show no miss. Holdouts spoken whole score lower: see the
# README.
MISSES_ALLOWED = {"few_questions": 1}
VOICE_SAMPLE = (
    "tune-aa1-actuary-laid-off-clean", "tune-ae1-counsel-court-officer-clerk",
    "tune-ai1-engineer-phd-opening-monologue", "tune-c-electrician-line-cook-terse-and-clean",
    "tune-e2-maths-head-four-questions-brief-actuary", "tune-h1-hr-partner-grandson-tournament",
    "tune-l1-startup-pm-two-questions", "tune-p1-pharma-rep-statements",
    "tune-seen-actuary-many-questions", "tune-t2-spanish-teacher-late-goal-no-referral",
    "tune-w-id-nonnative-enough", "tune-x2-ux-late-goal-books",
)


@pytest.mark.slow
@pytest.mark.filterwarnings("default::UserWarning")  # shown in the summary, not an error
def test_voice_path_meets_the_goal_on_a_sample_of_tune_sessions() -> None:
    """Twelve tune sessions spoken through the loop and read by whisper tiny.en."""
    pytest.importorskip("faster_whisper", reason="faster-whisper is not installed")
    sessions = [s for s in evaluate.load_corpus(CORPUS) if s.name in VOICE_SAMPLE]
    assert len(sessions) == len(VOICE_SAMPLE)
    runs = evaluate.run_all(sessions, voice=True)
    scores = evaluate.score(runs)
    assert not scores.errors, scores.errors
    table = scores.tables[("voice", "tune")]
    below = {code: t.to_dict() for code, t in table.items() if not t.meets(GOALS["voice"])
             and t.fp + t.fn > MISSES_ALLOWED.get(code, 0)}
    wrong = [(c.session, c.code, "missed" if c.expected else "false") for c in scores.confusions]
    assert not below, (below, wrong)
    if wrong:  # an allowed miss still names its session, so it can be traced
        warnings.warn(f"voice sample confusions within the allowance: {wrong}", stacklevel=1)
    # Spoken meetings report how the user spoke; the scripted voice runs at 150 wpm nominal.
    speech = [r.metrics["speech"] for r in runs if r.path == "voice"]
    assert all(s["words_per_minute"] and 100 < s["words_per_minute"] < 300 for s in speech)


def test_the_shipped_turn_model_is_trained_on_the_corpus_as_it_is() -> None:
    """A corpus or rule change without retraining would leave the model reading from stale
    labels: `python -m simulator.train_turn_model` brings it up to date."""
    pytest.importorskip("sklearn")
    from simulator import train_turn_model

    assert train_turn_model.main(["--check"]) == 0


def test_the_shipped_turn_end_model_is_trained_on_the_corpus_as_it_is() -> None:
    """New corpus turns change where turns end: `python -m simulator.train_turn_end`."""
    pytest.importorskip("sklearn")
    from simulator import train_turn_end

    assert train_turn_end.main(["--check"]) == 0

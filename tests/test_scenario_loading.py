"""Loading scenario, script and prep files: every kind of mistake is one `FILE:LINE: key: what`
line that points at the right place. Broken files are built by editing the valid test scenario,
and expected lines are found in the edited text, never typed in by hand."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from simulator.errors import Problem, ScenarioError
from simulator.scenario import Scenario, load_prep, load_scenario, load_script

VALID_PACK = Path(__file__).resolve().parent / "data" / "valid-pack"
MINIMAL = VALID_PACK / "minimal.yaml"
CANDIDATE_LINE = "  - id: clean\n"


def minimal_text() -> str:
    return MINIMAL.read_text(encoding="utf-8")


def edited(old: str, new: str, text: str | None = None) -> str:
    """`text` (default: the valid scenario) with its only `old` replaced by `new`."""
    text = minimal_text() if text is None else text
    assert text.count(old) == 1, f"test setup: {old!r} must occur exactly once"
    return text.replace(old, new)


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """1-based number of the line holding the nth occurrence of `needle`."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(hits) >= nth, f"test setup: {needle!r} not found {nth} time(s)"
    return hits[nth - 1]


def write(folder: Path, text: str, name: str = "scenario.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_from(load: Callable[[], Any]) -> list[Problem]:
    with pytest.raises(ScenarioError) as caught:
        load()
    problems = caught.value.problems
    assert problems, "a ScenarioError must name at least one problem"
    for p in problems:
        assert "\n" not in str(p), f"a problem must be one line: {str(p)!r}"
    return problems


def scenario_problems(path: Path) -> list[Problem]:
    return problems_from(lambda: load_scenario(path))


def only(problems: list[Problem], key: str) -> Problem:
    hits = [p for p in problems if p.key == key]
    assert len(hits) == 1, f"expected one problem at {key!r}, got {[str(p) for p in problems]}"
    return hits[0]


# --- the valid file -------------------------------------------------------------------


def test_valid_scenario_loads_with_its_content() -> None:
    scenario = load_scenario(MINIMAL)
    assert isinstance(scenario, Scenario)
    assert scenario.title == "Coffee with a data engineer"
    assert scenario.persona.temperament == "busy"
    assert [t.id for t in scenario.topics] == ["day_to_day", "getting_started"]
    (candidate,) = scenario.candidates
    assert candidate.script is not None
    assert candidate.script.turns[0].say is not None
    assert candidate.script.turns[1].pause == 1.5


def test_id_defaults_to_the_file_name(tmp_path: Path) -> None:
    copy = tmp_path / "Coffee Chat.yaml"
    shutil.copy(MINIMAL, copy)
    assert load_scenario(copy).id == "coffee-chat"
    assert load_scenario(MINIMAL).id == "minimal"


def test_an_explicit_id_wins_over_the_file_name(tmp_path: Path) -> None:
    path = write(tmp_path, edited("title: Coffee", "id: dana-chat\ntitle: Coffee"))
    assert load_scenario(path).id == "dana-chat"


# --- wrong content, pointed at by line and key path ------------------------------------


def test_unknown_key_deep_inside_is_named_with_its_line(tmp_path: Path) -> None:
    text = edited("    pitch: 45\n", "    pich: 45\n")
    problem = only(scenario_problems(write(tmp_path, text)), "persona.voice.pich")
    assert problem.message == "unknown key"
    assert problem.line == line_of(text, "pich:")
    assert str(problem) == f"{tmp_path / 'scenario.yaml'}:{problem.line}: persona.voice.pich: " \
                           "unknown key"


def test_unknown_key_holding_a_block_points_at_the_key_not_its_contents(tmp_path: Path) -> None:
    text = edited("  voice:\n", "  voyce:\n")
    problem = only(scenario_problems(write(tmp_path, text)), "persona.voyce")
    assert problem.line == line_of(text, "voyce:")


def test_wrong_type_names_the_key_and_the_expected_type(tmp_path: Path) -> None:
    text = edited("minutes: 20", 'minutes: "twenty"')
    problem = only(scenario_problems(write(tmp_path, text)), "minutes")
    assert problem.line == line_of(text, "minutes:")
    assert "integer" in problem.message


def test_missing_required_field_points_at_the_mapping_that_lacks_it(tmp_path: Path) -> None:
    text = edited('  farewell: ["Nice meeting you. Take care."]\n', "")
    problem = only(scenario_problems(write(tmp_path, text)), "lines.farewell")
    assert "missing" in problem.message
    assert problem.line == line_of(text, "lines:")


def test_missing_top_level_field_is_reported(tmp_path: Path) -> None:
    text = edited("minutes: 20\n", "")
    problem = only(scenario_problems(write(tmp_path, text)), "minutes")
    assert "missing" in problem.message
    assert problem.line is not None and 1 <= problem.line <= len(text.splitlines())


def test_bad_enum_value_lists_the_allowed_words(tmp_path: Path) -> None:
    text = edited("temperament: busy", "temperament: grumpy")
    problem = only(scenario_problems(write(tmp_path, text)), "persona.temperament")
    assert problem.line == line_of(text, "grumpy")
    for word in ("patient", "busy", "blunt"):
        assert word in problem.message


def test_every_problem_in_a_file_is_reported_at_once(tmp_path: Path) -> None:
    text = edited("temperament: busy", "temperament: grumpy",
                  edited("minutes: 20", "minutes: many"))
    problems = scenario_problems(write(tmp_path, text))
    assert {p.key for p in problems} >= {"minutes", "persona.temperament"}


def test_duplicate_yaml_key_is_reported_on_the_second_line(tmp_path: Path) -> None:
    text = edited("minutes: 20\n", "title: Another title\nminutes: 20\n")
    problem = only(scenario_problems(write(tmp_path, text)), "title")
    assert problem.message == "duplicate key"
    assert problem.line == line_of(text, "title:", nth=2)


def test_duplicate_topic_id(tmp_path: Path) -> None:
    text = edited("  - id: getting_started", "  - id: day_to_day")
    problem = only(scenario_problems(write(tmp_path, text)), "topics.1.id")
    assert problem.message == "duplicate id 'day_to_day'"
    assert problem.line == line_of(text, "id: day_to_day", nth=2)


def test_duplicate_candidate_id(tmp_path: Path) -> None:
    second = "  - id: clean\n    script:\n      turns:\n        - say: Hello there.\n"
    text = minimal_text() + second
    problem = only(scenario_problems(write(tmp_path, text)), "candidates.1.id")
    assert problem.message == "duplicate id 'clean'"
    assert problem.line == line_of(text, "- id: clean", nth=2)


def test_candidate_file_leaving_the_pack_is_refused(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    outside = "  - id: sneaky\n    file: ../../etc/passwd\n"
    text = edited(CANDIDATE_LINE, outside + CANDIDATE_LINE)
    problem = only(scenario_problems(write(pack, text)), "candidates.0.file")
    assert problem.message == "path leaves the pack folder"
    assert problem.line == line_of(text, "../../etc/passwd")


def test_candidate_file_missing_inside_the_pack(tmp_path: Path) -> None:
    missing = "  - id: scripted\n    file: scripts/nope.yaml\n"
    text = edited(CANDIDATE_LINE, missing + CANDIDATE_LINE)
    problem = only(scenario_problems(write(tmp_path, text)), "candidates.0.file")
    assert "not found" in problem.message and "scripts/nope.yaml" in problem.message


def test_candidate_file_with_an_overlong_name_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    name = "a" * 300 + ".yaml"  # longer than any file system allows for one name
    text = edited(CANDIDATE_LINE, f"  - id: long\n    file: {name}\n" + CANDIDATE_LINE)
    problem = only(scenario_problems(write(tmp_path, text)), "candidates.0.file")
    assert problem.line == line_of(text, name)


def test_script_audio_leaving_the_pack_is_refused(tmp_path: Path) -> None:
    text = edited("        - say: Thank you so much for your time.",
                  "        - audio: ../../../etc/passwd")
    problem = only(scenario_problems(write(tmp_path, text)), "candidates.0.script.turns.2.audio")
    assert problem.message == "path leaves the pack folder"
    assert problem.line == line_of(text, "audio:")


def test_pack_root_is_the_limit_for_candidate_files(tmp_path: Path) -> None:
    """A file in a sibling folder of the pack is outside it even though it exists."""
    pack, other = tmp_path / "pack", tmp_path / "other"
    pack.mkdir()
    other.mkdir()
    (other / "script.yaml").write_text("turns:\n  - say: Hi.\n", encoding="utf-8")
    text = edited(CANDIDATE_LINE, "  - id: x\n    file: ../other/script.yaml\n" + CANDIDATE_LINE)
    path = write(pack, text)
    problem = only(problems_from(lambda: load_scenario(path, pack)), "candidates.0.file")
    assert problem.message == "path leaves the pack folder"


# --- files that are not a scenario at all ----------------------------------------------


def test_yaml_syntax_error_names_its_line(tmp_path: Path) -> None:
    text = edited("  role: Senior data engineer\n", "  role: [Senior data engineer\n")
    (problem,) = scenario_problems(write(tmp_path, text))
    assert problem.message.startswith("YAML syntax error")
    assert problem.line is not None
    assert line_of(text, "[Senior") <= problem.line <= line_of(text, "[Senior") + 1


def test_tab_indentation_is_a_syntax_error_on_its_line(tmp_path: Path) -> None:
    text = edited("  name: Dana Reyes", "\tname: Dana Reyes")
    (problem,) = scenario_problems(write(tmp_path, text))
    assert "YAML syntax error" in problem.message
    assert problem.line == line_of(text, "\tname")


def test_unclosed_bracket_at_the_end_points_at_a_line_of_the_file(tmp_path: Path) -> None:
    text = "title: x\nminutes: [1, 2\n"
    (problem,) = scenario_problems(write(tmp_path, text))
    assert "YAML syntax error" in problem.message
    assert problem.line is not None and 1 <= problem.line <= len(text.splitlines())


def test_empty_file(tmp_path: Path) -> None:
    (problem,) = scenario_problems(write(tmp_path, ""))
    assert "mapping" in problem.message


def test_top_level_list(tmp_path: Path) -> None:
    (problem,) = scenario_problems(write(tmp_path, "- title: a list, not a scenario\n"))
    assert "mapping" in problem.message
    assert problem.line == 1


def test_non_utf8_bytes(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(edited("Dana Reyes", "Dana Reyés").encode("latin-1"))
    (problem,) = scenario_problems(path)
    assert "cannot read file" in problem.message and "utf-8" in problem.message
    assert str(problem).startswith(f"{path}: ")


def test_control_character_is_one_line_naming_its_line(tmp_path: Path) -> None:
    text = edited("Dana Reyes", "Dana\x07Reyes")
    (problem,) = scenario_problems(write(tmp_path, text))
    assert problem.line == line_of(text, "\x07")


def test_huge_number_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    text = edited("minutes: 20", "minutes: " + "9" * 5000)
    problems = scenario_problems(write(tmp_path, text))
    assert any(p.line == line_of(text, "minutes:") for p in problems)


def test_unknown_key_with_a_line_break_stays_on_one_line(tmp_path: Path) -> None:
    text = edited("minutes: 20\n", 'minutes: 20\n"colour\\nscheme": dark\n')
    problems = scenario_problems(write(tmp_path, text))  # asserts one line each
    assert any(p.message == "unknown key" and p.line == line_of(text, "colour")
               for p in problems)


def test_a_directory_given_as_a_scenario_file(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file.yaml"
    folder.mkdir()
    (problem,) = scenario_problems(folder)
    assert "cannot read file" in problem.message
    assert str(problem).startswith(f"{folder}: ")


def test_missing_file(tmp_path: Path) -> None:
    (problem,) = scenario_problems(tmp_path / "nowhere.yaml")
    assert problem.message == "file not found"


# --- "exactly one of" rules ------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "  - id: both\n    file: other.yaml\n    script:\n      turns:\n        - say: Hi.\n",
    "  - id: neither\n    description: no script at all\n",
])
def test_candidate_has_exactly_one_of_script_or_file(tmp_path: Path, body: str) -> None:
    text = edited(CANDIDATE_LINE, body + CANDIDATE_LINE)
    problem = only(scenario_problems(write(tmp_path, text)), "candidates.0")
    assert "exactly one of 'script' or 'file'" in problem.message
    assert problem.line == line_of(text, body.splitlines()[0])


@pytest.mark.parametrize("turn", [
    "        - say: Hello.\n          audio: hello.wav\n",
    "        - pause: 2\n",
])
def test_script_turn_has_exactly_one_of_say_or_audio(tmp_path: Path, turn: str) -> None:
    text = edited("      turns:\n", "      turns:\n" + turn)
    problem = only(scenario_problems(write(tmp_path, text)), "candidates.0.script.turns.0")
    assert "exactly one of 'say' or 'audio'" in problem.message
    assert problem.line == line_of(text, turn.splitlines()[0])


# --- script and prep files -------------------------------------------------------------


def test_script_file_loads(tmp_path: Path) -> None:
    path = write(tmp_path, "arrive_minutes_early: 2\nturns:\n  - say: Hi.\n  - say: Bye.\n",
                 "script.yaml")
    script = load_script(path)
    assert script.arrive_minutes_early == 2
    assert [t.say for t in script.turns] == ["Hi.", "Bye."]


def test_script_file_errors_name_line_and_key(tmp_path: Path) -> None:
    text = "arrive_minutes_early: soon\nturns:\n  - say: Hi.\n    volume: 11\n"
    path = write(tmp_path, text, "script.yaml")
    problems = problems_from(lambda: load_script(path))
    early = only(problems, "arrive_minutes_early")
    assert early.line == 1
    volume = only(problems, "turns.0.volume")
    assert volume.message == "unknown key" and volume.line == line_of(text, "volume")


def test_script_audio_must_exist(tmp_path: Path) -> None:
    text = "turns:\n  - say: Hi.\n  - audio: takes/answer.wav\n"
    path = write(tmp_path, text, "script.yaml")
    problem = only(problems_from(lambda: load_script(path, tmp_path)), "turns.1.audio")
    assert "not found" in problem.message and "takes/answer.wav" in problem.message
    assert problem.line == line_of(text, "audio:")


def test_script_audio_leaving_the_pack_from_a_script_file(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "scripts").mkdir(parents=True)
    (tmp_path / "secret.wav").write_bytes(b"RIFF")
    text = "turns:\n  - audio: ../../secret.wav\n"
    path = write(pack / "scripts", text, "script.yaml")
    problem = only(problems_from(lambda: load_script(path, pack)), "turns.0.audio")
    assert problem.message == "path leaves the pack folder"
    assert problem.line == 2


def test_prep_file_loads(tmp_path: Path) -> None:
    text = "goal: learn how teams hire\nquestions:\n  - What surprised you?\nattire: blazer\n"
    prep = load_prep(write(tmp_path, text, "prep.yaml"))
    assert prep.goal == "learn how teams hire"
    assert prep.questions == ["What surprised you?"]


def test_prep_file_errors_name_line_and_key(tmp_path: Path) -> None:
    text = "goal: learn\nquestions: {first: ask about hiring}\nmood: nervous\n"
    path = write(tmp_path, text, "prep.yaml")
    problems = problems_from(lambda: load_prep(path))
    assert only(problems, "questions").line == 2
    assert only(problems, "mood").message == "unknown key"


def test_problem_line_format(tmp_path: Path) -> None:
    text = edited("temperament: busy", "temperament: grumpy")
    path = write(tmp_path, text)
    (problem,) = scenario_problems(path)
    pattern = rf"^{re.escape(str(path))}:\d+: persona\.temperament: Input should be .+$"
    assert re.match(pattern, str(problem))

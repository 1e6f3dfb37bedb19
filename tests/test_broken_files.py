"""A generated corpus of broken scenario files: every one gives clear one-line problems.

A seeded mutation generator breaks the valid test scenario in many ways (a required key
deleted, an unknown key added, a wrong type, a bad enum word, a value out of range, a
duplicate id or key, a path out of the pack, broken YAML syntax, truncation, stray bytes).
Each mutant must produce at least one problem, each problem must be a single
`FILE:LINE: key.path: message` line whose line exists in the file, and the mutated key path
must be named. Then the real CLI validates the whole corpus: exit status 2, no traceback.
"""

from __future__ import annotations

import copy
import functools
import os
import random
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from simulator.cli import cli
from simulator.errors import Problem, ScenarioError
from simulator.scenario import Scenario, load_scenario
from simulator.validate import validate_paths

MINIMAL = Path(__file__).resolve().parent / "data" / "valid-pack" / "minimal.yaml"
SEED = 20240611
CORPUS_SIZE = 220
Loc = tuple[str | int, ...]
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: faster


@dataclass(frozen=True)
class Mutant:
    kind: str
    content: bytes
    key: str | None = None
    """The key path the problem must name, when the mutation knows it."""
    message: str | None = None
    """A fragment the problem's message must contain."""
    line: int | None = None
    """The line the problem must be reported on, when the mutation knows it."""


# --- what the model expects where --------------------------------------------------------


def _bare(tp: Any) -> Any:
    """Strip Annotated[...] and `| None` so the remaining type says what is expected."""
    while True:
        if get_origin(tp) is Annotated:
            tp = get_args(tp)[0]
        elif get_origin(tp) in (Union, UnionType):
            rest = [a for a in get_args(tp) if a is not type(None)]
            if len(rest) != 1:
                return tp
            tp = rest[0]
        else:
            return tp


def expected_at(loc: Loc) -> tuple[Any, FieldInfo | None]:
    """The type a Scenario expects at `loc`, and the model field when the last step is one."""
    tp: Any = Scenario
    info: FieldInfo | None = None
    for part in loc:
        tp = _bare(tp)
        if isinstance(part, int):
            tp, info = get_args(tp)[0], None
        else:
            info = tp.model_fields[part]
            tp = info.annotation
    return _bare(tp), info


def is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def all_locs(data: Any, loc: Loc = ()) -> list[Loc]:
    out: list[Loc] = []
    items = data.items() if isinstance(data, dict) else enumerate(data) \
        if isinstance(data, list) else []
    for key, value in items:
        out.append((*loc, key))
        out += all_locs(value, (*loc, key))
    return out


def get(data: Any, loc: Loc) -> Any:
    for part in loc:
        data = data[part]
    return data


def dotted(loc: Loc) -> str:
    return ".".join(str(p) for p in loc)


def bound(info: FieldInfo | None, name: str) -> float | None:
    for meta in info.metadata if info else []:
        if getattr(meta, name, None) is not None:
            return float(getattr(meta, name))
    return None


# --- mutations on the data (dumped back to YAML) ------------------------------------------


def _dump(data: Any, kind: str, loc: Loc | None, message: str | None) -> Mutant:
    text = yaml.dump(data, Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=1000)
    return Mutant(kind, text.encode(), dotted(loc) if loc is not None else None, message)


def delete_required(data: Any, rng: random.Random) -> Mutant | None:
    locs = [loc for loc in all_locs(data) if isinstance(loc[-1], str)
            and (info := expected_at(loc)[1]) is not None and info.is_required()]
    loc = rng.choice(locs)
    del get(data, loc[:-1])[loc[-1]]
    return _dump(data, "delete_required", loc, "missing")


def delete_one_of(data: Any, rng: random.Random) -> Mutant | None:
    """Deleting a candidate's script or a turn's `say` leaves neither of the pair."""
    locs = [loc for loc in all_locs(data) if loc[-1] in ("script", "say")]
    loc = rng.choice(locs)
    owner = get(data, loc[:-1])
    del owner[loc[-1]]
    if loc[-1] == "say":
        owner["pause"] = rng.randrange(1, 600)
    else:
        owner["description"] = f"forgot the script {rng.randrange(999)}"
    return _dump(data, "delete_one_of", loc[:-1], "exactly one of")


def unknown_key(data: Any, rng: random.Random) -> Mutant | None:
    locs = [(), *(loc for loc in all_locs(data) if is_model(expected_at(loc)[0]))]
    loc = rng.choice(locs)
    allowed = expected_at(loc)[0].model_fields
    word = rng.choice(["colour", "pich", "titel", "note", "extra", "voice_speed", "Persona"])
    word = word if word not in allowed else word + "x"
    value = rng.choice([1, "text", [1, 2], {"nested": True}, None])
    get(data, loc)[word] = value
    return _dump(data, "unknown_key", (*loc, word), "unknown key")


def wrong_type(data: Any, rng: random.Random) -> Mutant | None:
    loc = rng.choice(all_locs(data))
    tp, _ = expected_at(loc)
    if is_model(tp):
        value: Any = rng.choice(["just a sentence", ["a", "list"], 42])
    elif get_origin(tp) is list:
        value = rng.choice([{"not": "a list"}, "a sentence", 7])
    elif tp is bool:
        value = rng.choice(["maybe", [True], {"yes": 1}])
    elif tp in (int, float):
        value = rng.choice(["twenty", [1], {"n": 1}, None])
    else:  # a string or a fixed word
        value = rng.choice([{"a": "mapping"}, [1, 2], None])
    get(data, loc[:-1])[loc[-1]] = value
    return _dump(data, "wrong_type", loc, None)


def bad_enum(data: Any, rng: random.Random) -> Mutant | None:
    locs = [loc for loc in all_locs(data) if get_origin(expected_at(loc)[0]) is Literal]
    loc = rng.choice(locs)
    get(data, loc[:-1])[loc[-1]] = rng.choice(["grumpy", "Business", "loud", "asked_for_a_job"])
    return _dump(data, "bad_enum", loc, "Input should be")


def out_of_range(data: Any, rng: random.Random) -> Mutant | None:
    locs = [loc for loc in all_locs(data)
            if expected_at(loc)[0] in (int, float)
            and any(bound(expected_at(loc)[1], b) is not None for b in ("ge", "gt", "le"))]
    loc = rng.choice(locs)
    info = expected_at(loc)[1]
    low = bound(info, "ge") if bound(info, "ge") is not None else bound(info, "gt")
    high = bound(info, "le")
    choices = ([low - rng.randint(1, 50)] if low is not None else []) + \
              ([high + rng.randint(1, 500)] if high is not None else [])
    value = rng.choice(choices)
    get(data, loc[:-1])[loc[-1]] = int(value) if expected_at(loc)[0] is int else value
    return _dump(data, "out_of_range", loc, "Input should be")


def min_length(info: FieldInfo | None) -> int:
    return max((getattr(m, "min_length", 0) or 0 for m in info.metadata), default=0) \
        if info else 0


def empty_list(data: Any, rng: random.Random) -> Mutant | None:
    locs = [loc for loc in all_locs(data) if isinstance(loc[-1], str)
            and get_origin(expected_at(loc)[0]) is list and min_length(expected_at(loc)[1]) > 0]
    loc = rng.choice(locs)
    get(data, loc[:-1])[loc[-1]] = []
    return _dump(data, "empty_list", loc, "at least 1 item")


def bad_slug(data: Any, rng: random.Random) -> Mutant | None:
    locs = [loc for loc in all_locs(data) if loc[-1] == "id"]
    loc = rng.choice(locs)
    get(data, loc[:-1])["id"] = rng.choice(["Day To Day", "-dash", "über", "a" * 65, "x/y"])
    return _dump(data, "bad_slug", loc, "String should")


def duplicate_id(data: Any, rng: random.Random) -> Mutant | None:
    where = rng.choice(["topics", "candidates"])
    items = data[where]
    source = rng.randrange(len(items))
    twin = copy.deepcopy(items[source])
    if where == "candidates":
        twin["description"] = f"twin {rng.randrange(999)}"
    else:
        twin["keywords"] = [f"twin {rng.randrange(999)}"]
    at = rng.randint(0, len(items))
    items.insert(at, twin)
    second = max(at, source + 1 if at <= source else source)  # the later one is reported
    return _dump(data, "duplicate_id", (where, second, "id"), "duplicate id")


def path_out_of_pack(data: Any, rng: random.Random) -> Mutant | None:
    up = "../" * rng.randint(1, 6)
    outside = rng.choice([f"{up}etc/passwd", f"{up}elsewhere/script{rng.randrange(99)}.yaml",
                          "/etc/hostname", f"sub/../{up}x.yaml"])
    candidate = data["candidates"][0]
    if rng.random() < 0.5:
        del candidate["script"]
        candidate["file"] = outside
        loc: Loc = ("candidates", 0, "file")
    else:
        turns = candidate["script"]["turns"]
        i = rng.randrange(len(turns))
        turns[i] = {"audio": outside.replace(".yaml", ".wav")}
        loc = ("candidates", 0, "script", "turns", i, "audio")
    return _dump(data, "path_out_of_pack", loc, "path leaves the pack folder")


def file_not_in_pack(data: Any, rng: random.Random) -> Mutant | None:
    candidate = data["candidates"][0]
    del candidate["script"]
    candidate["file"] = f"scripts/missing-{rng.randrange(1000)}.yaml"
    return _dump(data, "file_not_in_pack", ("candidates", 0, "file"), "not found")


def not_a_mapping(data: Any, rng: random.Random) -> Mutant | None:
    whole = rng.choice([[data], f"just a sentence {rng.randrange(999)}", rng.randrange(10**6),
                        [rng.randrange(99) for _ in range(rng.randint(0, 5))]])
    return _dump(whole, "not_a_mapping", None, "mapping")


# --- mutations on the text --------------------------------------------------------------


def _syntax(text: str, kind: str, line: int | None = None) -> Mutant | None:
    """Keep a text mutation only when a reference YAML parser rejects it too."""
    try:
        yaml.safe_load(text)
    except yaml.YAMLError:
        return Mutant(kind, text.encode(), None, "YAML", line)
    return None


def _lines_with(text: str, pattern: str) -> list[int]:
    return [i for i, line in enumerate(text.splitlines()) if re.search(pattern, line)]


def _replace_line(text: str, index: int, new: str) -> str:
    lines = text.splitlines(keepends=True)
    lines[index] = new
    return "".join(lines)


def unclosed_bracket(text: str, rng: random.Random) -> Mutant | None:
    i = rng.choice(_lines_with(text, r"\[.*\]\s*$"))
    line = text.splitlines(keepends=True)[i]
    cut = line.rindex("]")
    return _syntax(_replace_line(text, i, line[:cut] + line[cut + 1:]), "unclosed_bracket")


def unclosed_quote(text: str, rng: random.Random) -> Mutant | None:
    i = rng.choice(_lines_with(text, r'".*"'))
    line = text.splitlines(keepends=True)[i]
    cut = line.rindex('"')
    return _syntax(_replace_line(text, i, line[:cut] + line[cut + 1:]), "unclosed_quote")


def bad_indentation(text: str, rng: random.Random) -> Mutant | None:
    i = rng.choice(_lines_with(text, r"^\s*[\w-]"))
    line = text.splitlines(keepends=True)[i]
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped) + rng.choice([-3, -1, 1, 3])
    return _syntax(_replace_line(text, i, " " * max(indent, 0) + stripped), "bad_indentation")


def tab_indent(text: str, rng: random.Random) -> Mutant | None:
    i = rng.choice(_lines_with(text, r"^ +\w+:"))
    line = text.splitlines(keepends=True)[i]
    return _syntax(_replace_line(text, i, "\t" + line.lstrip(" ")), "tab_indent", i + 1)


def missing_colon(text: str, rng: random.Random) -> Mutant | None:
    i = rng.choice(_lines_with(text, r"^\s*\w+: \S"))
    line = text.splitlines(keepends=True)[i]
    return _syntax(_replace_line(text, i, line.replace(": ", " ", 1)), "missing_colon")


def duplicate_key(text: str, rng: random.Random) -> Mutant | None:
    """Repeat a `key: value` line right after itself; the copy is the duplicate."""
    i = rng.choice(_lines_with(text, r"^\s*\w+:"))
    lines = text.splitlines(keepends=True)
    lines.insert(i + 1, lines[i])
    return Mutant("duplicate_key", "".join(lines).encode(), None, "duplicate key", i + 2)


def truncated(text: str, rng: random.Random) -> Mutant | None:
    """Cut anywhere before the required `farewell` line, so something is always missing."""
    raw = text.encode()
    cut = rng.randrange(0, raw.index(b"  farewell:"))
    return Mutant("truncated", raw[:cut])


def stray_bytes(text: str, rng: random.Random) -> Mutant | None:
    """Random bytes, at least one of which no UTF-8 YAML file may contain."""
    raw = text.encode()
    poison = rng.choice([0x00, 0x01, 0x07, 0x1B, 0x7F, 0xC0, 0xFE, 0xFF])
    junk = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 8))) + bytes([poison])
    at = rng.randrange(len(raw) + 1)
    return Mutant("stray_bytes", raw[:at] + junk + raw[at:])


DataMutation = Callable[[Any, random.Random], Mutant | None]
TextMutation = Callable[[str, random.Random], Mutant | None]
DATA_MUTATIONS: list[DataMutation] = [
    delete_required, delete_one_of, unknown_key, wrong_type, bad_enum, out_of_range,
    empty_list, bad_slug, duplicate_id, path_out_of_pack, file_not_in_pack, not_a_mapping,
]
TEXT_MUTATIONS: list[TextMutation] = [
    unclosed_bracket, unclosed_quote, bad_indentation, tab_indent, missing_colon,
    duplicate_key, truncated, stray_bytes,
]


@functools.cache
def generate_corpus(count: int, seed: int) -> tuple[Mutant, ...]:
    """`count` broken files, the same ones for the same seed; every kind of mutation in turn."""
    text = MINIMAL.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    kinds: list[DataMutation | TextMutation] = [*DATA_MUTATIONS, *TEXT_MUTATIONS]
    out: list[Mutant] = []
    seen: set[bytes] = set()
    for i in range(count * 3):
        mutate = kinds[i % len(kinds)]
        rng = random.Random(f"{seed}-{i}")
        for _ in range(30):  # a text mutation may leave valid YAML, or repeat one: draw again
            mutant = mutate(copy.deepcopy(data), rng) if mutate in DATA_MUTATIONS else mutate(text, rng)
            if mutant is not None and mutant.content not in seen:
                seen.add(mutant.content)
                out.append(mutant)
                break
        if len(out) == count:
            return tuple(out)
    raise AssertionError(f"test setup: only {len(out)} different broken files")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Mutant]]:
    folder = tmp_path_factory.mktemp("broken")
    files = []
    for i, mutant in enumerate(generate_corpus(CORPUS_SIZE, SEED)):
        path = folder / f"{i:03d}-{mutant.kind}.yaml"
        path.write_bytes(mutant.content)
        files.append((path, mutant))
    return files


@pytest.fixture(scope="module")
def validated(corpus: list[tuple[Path, Mutant]]) -> dict[Path, list[Problem]]:
    """Each corpus file validated in-process on its own (simulator.validate.validate_paths)."""
    out = {}
    for path, _ in corpus:
        problems, checked = validate_paths([path])
        assert checked == 1
        out[path] = problems
    return out


def line_count(content: bytes) -> int:
    return max(1, len(content.splitlines()))


# --- the corpus, checked in-process -------------------------------------------------------


def test_generator_is_deterministic_and_covers_every_kind() -> None:
    corpus = generate_corpus(CORPUS_SIZE, SEED)
    again = generate_corpus.__wrapped__(40, SEED)  # a fresh run, not the cached one
    assert again == corpus[:40]
    assert len({m.content for m in corpus}) == len(corpus) == CORPUS_SIZE >= 200
    assert {m.kind for m in corpus} == {f.__name__ for f in [*DATA_MUTATIONS, *TEXT_MUTATIONS]}


def test_every_broken_file_gets_clear_one_line_problems(
        corpus: list[tuple[Path, Mutant]], validated: dict[Path, list[Problem]]) -> None:
    failures = []
    for path, mutant in corpus:
        why = _check_problems(path, mutant, validated[path])
        if why:
            failures.append(f"{path.name}: {why}: {[str(p) for p in validated[path]]}")
    assert not failures, f"{len(failures)} of {len(corpus)} files:\n" + "\n".join(failures)


def _check_problems(path: Path, mutant: Mutant, problems: list[Problem]) -> str | None:
    if not problems:
        return "no problem reported"
    form = re.compile(rf"^{re.escape(str(path))}(:(\d+))?: \S")
    for problem in problems:
        text = str(problem)
        match = form.match(text)
        if "\n" in text or not match:
            return f"not one FILE:LINE: line: {text!r}"
        if match.group(2) and not 1 <= int(match.group(2)) <= line_count(mutant.content):
            return f"line {match.group(2)} is not in the file"
    if mutant.key is not None and not any(p.key.startswith(mutant.key) for p in problems):
        return f"key {mutant.key} not named"
    if mutant.message is not None and not any(mutant.message in p.message for p in problems):
        return f"message lacks {mutant.message!r}"
    if mutant.line is not None and not any(p.line == mutant.line for p in problems):
        return f"no problem on line {mutant.line}"
    return None


def key_line(text: str, loc: Loc) -> int:
    """Where a reader finds `loc`: the line of its key (or list item), or of the deepest part
    of it that is still in the file. Found with PyYAML's own composer, independently."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    assert node is not None
    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            hit = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if hit is None:
                break
            line, node = hit[0].start_mark.line + 1, hit[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def test_problems_point_at_the_line_of_the_key_they_name(
        corpus: list[tuple[Path, Mutant]], validated: dict[Path, list[Problem]]) -> None:
    """For content mistakes (valid YAML), the line is where the named key is written."""
    wrong = []
    checked = 0
    for path, mutant in corpus:
        if mutant.kind not in {f.__name__ for f in DATA_MUTATIONS} or mutant.key is None:
            continue
        text = mutant.content.decode()
        problems = [p for p in validated[path] if p.key.startswith(mutant.key)]
        for problem in problems:
            checked += 1
            loc = tuple(int(p) if p.isdigit() else p for p in problem.key.split("."))
            if problem.line != key_line(text, loc):
                wrong.append(f"{problem} (expected line {key_line(text, loc)})")
    assert checked >= 100
    assert not wrong, f"{len(wrong)} of {checked} problems on the wrong line:\n" + "\n".join(wrong)


# --- the corpus through the real command line ---------------------------------------------

COUNT_LINE = re.compile(r"^(\d+) problem\(s\) in (\d+) file\(s\)$")


def _check_cli_output(stderr: str, validated: dict[Path, list[Problem]]) -> None:
    """The CLI prints what validate_paths found, one line each, then the count."""
    assert "Traceback" not in stderr
    *lines, last = stderr.splitlines()
    assert lines == [str(p) for path in sorted(validated) for p in validated[path]]
    count = COUNT_LINE.match(last)
    assert count, f"last line should count the problems: {last!r}"
    assert int(count.group(1)) == len(lines) >= len(validated)
    assert int(count.group(2)) == len(validated)


def test_cli_validate_on_the_corpus_folder_in_process(
        corpus: list[tuple[Path, Mutant]], validated: dict[Path, list[Problem]]) -> None:
    result = CliRunner().invoke(cli, ["validate", str(corpus[0][0].parent)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    _check_cli_output(result.stderr, validated)


def _console_command() -> list[str]:
    script = Path(sys.executable).parent / "interview-sim"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "simulator.cli"]


def test_cli_validate_on_the_corpus_files_as_a_program(
        corpus: list[tuple[Path, Mutant]], validated: dict[Path, list[Problem]]) -> None:
    paths = [str(path) for path, _ in corpus]
    done = subprocess.run([*_console_command(), "validate", *paths],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stdout == ""
    _check_cli_output(done.stderr, validated)


# --- property tests: any input at all --------------------------------------------------------

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                             suppress_health_check=[HealthCheck.function_scoped_fixture])
YAMLISH = st.text(alphabet=st.sampled_from(list("ab:-[]{},#\"'&*!|>%@` \t\n?\\")) |
                  st.characters(), max_size=200)
LEAF = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
NESTED = st.recursive(
    LEAF, lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=10) | st.integers(), inner, max_size=4),
    max_leaves=25)


def _load_only_scenario_errors(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    try:
        load_scenario(path)
    except ScenarioError as exc:
        form = re.compile(rf"^{re.escape(str(path))}(:\d+)?: \S")
        for problem in exc.problems:
            assert "\n" not in str(problem) and form.match(str(problem)), str(problem)


@PROPERTY_SETTINGS
@given(text=YAMLISH)
def test_any_text_gives_only_scenario_errors(text: str, tmp_path_factory: Any) -> None:
    path = tmp_path_factory.getbasetemp() / "random-text.yaml"
    _load_only_scenario_errors(path, text.encode("utf-8", "surrogatepass"))


@PROPERTY_SETTINGS
@given(data=NESTED)
def test_any_yaml_data_gives_only_scenario_errors(data: Any, tmp_path_factory: Any) -> None:
    path = tmp_path_factory.getbasetemp() / "random-data.yaml"
    _load_only_scenario_errors(path, yaml.safe_dump(data, allow_unicode=True).encode())


@settings(PROPERTY_SETTINGS, max_examples=80)
@given(seed=st.integers(0, 10**6), replacement=NESTED)
def test_any_subtree_replaced_gives_only_scenario_errors(
        seed: int, replacement: Any, tmp_path_factory: Any) -> None:
    """Random data grafted into the valid scenario reaches the model's deeper checks."""
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    loc = random.Random(seed).choice(all_locs(data))
    get(data, loc[:-1])[loc[-1]] = replacement
    path = tmp_path_factory.getbasetemp() / "grafted.yaml"
    _load_only_scenario_errors(path, yaml.safe_dump(data, allow_unicode=True).encode())

"""Scenario, pack, script and prep files: YAML into strict typed models.

Every model forbids unknown keys, so a typo is an error rather than a silently ignored
setting. All validation problems are turned into `FILE:LINE: key.path: message` here, in
one place; nothing else in the program formats a pydantic error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from simulator.errors import Problem, ScenarioError
from simulator.yamlfile import LineMap, load_yaml

FindingCode = Literal[
    "arrived_too_early", "arrived_late", "underdressed", "no_purpose", "asked_for_job",
    "googleable_question", "few_questions", "rambling", "tangent", "ignored_time_cue",
    "time_overrun", "no_thanks", "no_referral_ask",
]
DressCode = Literal["casual", "smart_casual", "business_casual", "business", "formal"]
Temperament = Literal["patient", "busy", "blunt"]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
Lines = Annotated[list[Text], Field(min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class VoiceSettings(Strict):
    """How the persona sounds; used by the voice engines, ignored in typed meetings."""

    engine: Literal["espeak"] = "espeak"
    voice: str = "en-us"
    rate_wpm: int = Field(170, ge=80, le=400)
    pitch: int = Field(50, ge=0, le=99)


class Persona(Strict):
    name: Text
    role: Text
    organisation: Text
    temperament: Temperament = "patient"
    brief: bool = False
    """Answers in a sentence or two and waits for the user to lead."""
    voice: VoiceSettings = VoiceSettings()


class ProfileFact(Strict):
    """Something anyone could find online about the persona; asking it wastes their time."""

    fact: Text
    asks: Lines
    """Ways a user might ask for this fact."""


class Topic(Strict):
    """Something the persona can talk about, with the answers it gives."""

    id: Slug
    examples: Lines
    """Questions a user might ask on this topic; used to recognise the topic."""
    answers: Lines
    """Several phrasings; one is chosen at random (reproducibly with --seed)."""
    keywords: list[Text] = []
    invites_story: bool = False
    """The answer asks the user to tell their own story, so a long reply is not rambling."""


class PersonaLines(Strict):
    """What the persona says at each moment of the meeting; one phrasing is picked each time."""

    greeting: Lines
    early_arrival: Lines
    """Said before the greeting to someone far too early; may use {minutes} (how early)."""
    late_arrival: Lines
    """Said before the greeting to someone late; may use {minutes} (how late)."""
    purpose_prompt: Lines
    """When the user has not said why they came."""
    purpose_ack: Lines
    time_cue: Lines
    """May use {minutes_left}."""
    wrap_up: Lines
    over_time: Lines
    """A new question after the persona asked to wrap up; said alone, or followed by a
    one-sentence answer when the question is on a topic."""
    cut_in: Lines
    """Politely interrupting a monologue."""
    job_request: Lines
    googleable: Lines
    tangent: Lines
    unknown: Lines
    """A question the persona has no prepared answer for."""
    referral: Lines
    thanks_reply: Lines
    leaving: Lines
    """The persona ends the meeting because it ran far over."""
    farewell: Lines
    underdressed: list[Text] = []
    acknowledge: list[Text] = []
    """A short reply to a remark that is neither a question nor a goodbye."""


class Thresholds(Strict):
    """Defaults from career guidance; a scenario may override any of them."""

    early_minutes: float = Field(15, ge=0)
    late_minutes: float = Field(0, ge=0)
    rambling_s: float = Field(45, gt=0)
    cut_in_s: float | None = Field(None, gt=0)
    """When the persona cuts into a monologue; defaults to rambling_s."""
    overrun_s: float = Field(60, ge=0)
    leave_after_overrun_s: float = Field(240, ge=0)
    min_questions: int = Field(3, ge=0)
    purpose_turns: int = Field(3, ge=1)
    time_cue_minutes: list[float] = [5.0]
    """Minutes left at which the persona gives a time cue."""

    @property
    def cut_in_after_s(self) -> float:
        return self.cut_in_s if self.cut_in_s is not None else self.rambling_s


class Prep(Strict):
    """What the user prepared: from `interview-sim prep` or a script's `prep:`."""

    goal: str | None = None
    researched: list[str] = []
    questions: list[str] = []
    attire: str | None = None


class ScriptTurn(Strict):
    say: Text | None = None
    audio: Text | None = None
    """A recorded turn, relative to the script file."""
    pause: float = Field(0.0, ge=0, le=600)
    """Seconds of silence before this turn."""

    @model_validator(mode="after")
    def _one_of(self) -> ScriptTurn:
        if (self.say is None) == (self.audio is None):
            raise ValueError("a turn has exactly one of 'say' or 'audio'")
        return self


class Script(Strict):
    """A scripted user: the contract for headless runs and tests."""

    arrive_minutes_early: float = Field(5.0, ge=-240, le=240)
    attire: str | None = None
    prep: Prep | None = None
    turns: list[ScriptTurn] = []


class Expect(Strict):
    must: list[FindingCode] = []
    must_not: list[FindingCode] = []
    no_pitfalls: bool = False


class Candidate(Strict):
    """An example user for self-tests and the demo, with the findings it must produce."""

    id: Slug
    description: str = ""
    script: Script | None = None
    file: Text | None = None
    """A script file, relative to the scenario and inside its pack."""
    expect: Expect = Expect()

    @model_validator(mode="after")
    def _one_of(self) -> Candidate:
        if (self.script is None) == (self.file is None):
            raise ValueError("a candidate has exactly one of 'script' or 'file'")
        return self


class Scenario(Strict):
    id: Slug | None = None
    """Defaults to the file name."""
    title: Text
    minutes: int = Field(ge=1, le=180)
    dress_code: DressCode = "business_casual"
    setting: str = ""
    persona: Persona
    public_profile: list[ProfileFact] = []
    topics: Annotated[list[Topic], Field(min_length=1)]
    lines: PersonaLines
    thresholds: Thresholds = Thresholds()
    vocabulary: list[str] = []
    """Words a recognizer should expect (names, jargon)."""
    candidates: list[Candidate] = []

    @property
    def agreed_s(self) -> float:
        return self.minutes * 60.0


class Pack(Strict):
    id: Slug | None = None
    title: Text
    description: str = ""
    scenarios: list[Slug] = []
    """Order to run in; default: file names sorted."""


# --- loading -------------------------------------------------------------------------


def _problems(path: Path, exc: ValidationError, lines: LineMap) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown key"
        elif err["type"] == "missing":
            message = "missing (required)"
        elif message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        key = ".".join(str(p) for p in loc)
        out.append(Problem(path, lines.line_for(loc), key, message))
    return out


def parse(model: type[Any], path: Path) -> Any:
    """Load `path` into `model`, or raise ScenarioError listing every problem."""
    data, lines = load_yaml(path)
    if not isinstance(data, dict):
        raise ScenarioError([Problem(path, 1, "", "expected a mapping of keys at the top level")])
    try:
        return model.model_validate(data), lines
    except ValidationError as exc:
        raise ScenarioError(_problems(path, exc, lines)) from None


def _inside(root: Path, target: Path) -> bool:
    try:
        target.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def _is_file(target: Path) -> bool:
    """False also for names the OS refuses (too long, NUL bytes) rather than raising."""
    try:
        return target.is_file()
    except (OSError, ValueError):
        return False


def check_paths(script: Script, script_path: Path, root: Path | None, lines: LineMap,
                prefix: tuple[str | int, ...] = ()) -> list[Problem]:
    """Audio turns must exist and, inside a pack, stay inside it."""
    problems = []
    for i, turn in enumerate(script.turns):
        if turn.audio is None:
            continue
        loc = (*prefix, "turns", i, "audio")
        target = script_path.parent / turn.audio
        key = ".".join(str(p) for p in loc)
        if root is not None and not _inside(root, target):
            problems.append(Problem(script_path, lines.line_for(loc), key,
                                    "path leaves the pack folder"))
        elif not _is_file(target):
            problems.append(Problem(script_path, lines.line_for(loc), key,
                                    f"audio file not found: {turn.audio}"))
    return problems


def load_scenario(path: Path, pack_root: Path | None = None) -> Scenario:
    path = Path(path)
    scenario, lines = parse(Scenario, path)
    if scenario.id is None:
        scenario = scenario.model_copy(update={"id": _slug(path.stem)})
    problems: list[Problem] = []
    root = pack_root if pack_root is not None else path.parent
    for i, topic in enumerate(scenario.topics):
        if [t.id for t in scenario.topics].index(topic.id) != i:
            problems.append(Problem(path, lines.line_for(("topics", i, "id")), f"topics.{i}.id",
                                    f"duplicate id '{topic.id}'"))
    seen: set[str] = set()
    for i, cand in enumerate(scenario.candidates):
        if cand.id in seen:
            problems.append(Problem(path, lines.line_for(("candidates", i, "id")),
                                    f"candidates.{i}.id", f"duplicate id '{cand.id}'"))
        seen.add(cand.id)
        loc: tuple[str | int, ...] = ("candidates", i)
        if cand.file is not None:
            target = path.parent / cand.file
            if not _inside(root, target):
                problems.append(Problem(path, lines.line_for((*loc, "file")), f"candidates.{i}.file",
                                        "path leaves the pack folder"))
            elif not _is_file(target):
                problems.append(Problem(path, lines.line_for((*loc, "file")), f"candidates.{i}.file",
                                        f"file not found: {cand.file}"))
        elif cand.script is not None:
            problems += check_paths(cand.script, path, root, lines, (*loc, "script"))
    if problems:
        raise ScenarioError(problems)
    return scenario


def _slug(stem: str) -> str:
    return stem.lower().replace(" ", "-")


def load_script(path: Path, pack_root: Path | None = None) -> Script:
    path = Path(path)
    script, lines = parse(Script, path)
    problems = check_paths(script, path, pack_root, lines)
    if problems:
        raise ScenarioError(problems)
    return script


def load_prep(path: Path) -> Prep:
    prep, _ = parse(Prep, Path(path))
    return prep


def load_pack_file(path: Path) -> Pack:
    path = Path(path)
    pack, _ = parse(Pack, path)
    if pack.id is None:
        pack = pack.model_copy(update={"id": _slug(path.parent.name)})
    return pack


def candidate_script(scenario: Scenario, candidate: Candidate, scenario_path: Path,
                     pack_root: Path | None = None) -> tuple[Script, Path]:
    """The candidate's script and the file its relative paths resolve against."""
    if candidate.script is not None:
        return candidate.script, scenario_path
    assert candidate.file is not None  # guaranteed by Candidate's validator
    target = scenario_path.parent / candidate.file
    return load_script(target, pack_root or scenario_path.parent), target


def json_schema() -> dict[str, Any]:
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "interview-sim scenario"
    return schema

"""Finding packs and scenarios, and resolving what the user typed to one scenario file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simulator.errors import NotFound, Problem, ScenarioError
from simulator.paths import scenario_roots
from simulator.scenario import Pack, Scenario, load_pack_file, load_scenario

PACK_FILE = "pack.yaml"


@dataclass(frozen=True)
class ScenarioRef:
    """A scenario file and the pack it belongs to."""

    path: Path
    pack_dir: Path

    @property
    def pack_id(self) -> str:
        return self.pack_dir.name

    @property
    def qualified(self) -> str:
        return f"{self.pack_id}/{self.path.stem}"

    def load(self) -> Scenario:
        return load_scenario(self.path, self.pack_dir)


def scenario_files(pack_dir: Path) -> list[Path]:
    return sorted(p for p in pack_dir.glob("*.yaml") if p.name != PACK_FILE)


def find_packs(roots: list[Path] | None = None) -> list[Path]:
    """Every folder with a pack.yaml directly under a scenario root (first root wins)."""
    seen: dict[str, Path] = {}
    for root in roots if roots is not None else scenario_roots():
        for pack_file in sorted(root.glob(f"*/{PACK_FILE}")):
            seen.setdefault(pack_file.parent.name, pack_file.parent)
    return list(seen.values())


def pack_order(pack_dir: Path) -> tuple[Pack, list[ScenarioRef]]:
    """The pack and its scenario files in the pack's order; checks names and duplicates."""
    pack_file = pack_dir / PACK_FILE
    pack = load_pack_file(pack_file)
    files = {p.stem: p for p in scenario_files(pack_dir)}
    problems: list[Problem] = []
    order: list[str] = []
    for name in pack.scenarios:
        if name in order:
            problems.append(Problem(pack_file, None, "scenarios", f"duplicate id '{name}'"))
        elif name not in files:
            problems.append(Problem(pack_file, None, "scenarios",
                                    f"no scenario file '{name}.yaml' in {pack_dir}"))
        else:
            order.append(name)
    if problems:
        raise ScenarioError(problems)
    order += [name for name in sorted(files) if name not in order]
    return pack, [ScenarioRef(files[name], pack_dir) for name in order]


def all_scenarios(roots: list[Path] | None = None) -> list[ScenarioRef]:
    refs = []
    for pack_dir in find_packs(roots):
        refs += [ScenarioRef(p, pack_dir) for p in scenario_files(pack_dir)]
    return refs


def resolve(spec: str, roots: list[Path] | None = None) -> ScenarioRef:
    """A path to a scenario file, `pack/scenario`, or `scenario` when only one pack has it."""
    path = Path(spec).expanduser()
    if path.suffix in (".yaml", ".yml") or path.is_file():
        if not path.is_file():
            raise NotFound(f"{spec}: no such scenario file")
        path = path.resolve()
        pack_dir = path.parent if (path.parent / PACK_FILE).is_file() else path.parent
        return ScenarioRef(path, pack_dir)
    refs = all_scenarios(roots)
    if "/" in spec:
        pack_id, _, name = spec.partition("/")
        hits = [r for r in refs if r.pack_id == pack_id and r.path.stem == name]
    else:
        hits = [r for r in refs if r.path.stem == spec]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        known = ", ".join(sorted(r.qualified for r in refs)[:12])
        raise NotFound(f"{spec}: no such scenario (try `interview-sim list`; known: {known})")
    choices = ", ".join(r.qualified for r in hits)
    raise NotFound(f"{spec}: more than one scenario has that name; say which: {choices}")

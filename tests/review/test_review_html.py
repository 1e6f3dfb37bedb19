"""`interview-sim review SESSION --html`: one self-contained page, its parts and its size."""

from __future__ import annotations

import base64
import io
import json
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from simulator.cli import cli
from tests.review import (
    add_recording,
    dominant_hz,
    overrunning_session,
    scripted_session,
    turn_tone_hz,
)


class Elements(HTMLParser):
    """Every start tag with its attributes, and the page's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def having(self, attribute: str) -> list[tuple[str, dict[str, str]]]:
        return [(t, a) for t, a in self.tags if attribute in a]


def build(folder: Path) -> tuple[Path, str, Elements]:
    result = CliRunner().invoke(cli, ["review", str(folder), "--html"])
    assert result.exit_code == 0, result.output
    path = Path(result.output.strip())
    assert path == folder / "review.html"
    page = path.read_text(encoding="utf-8")
    elements = Elements()
    elements.feed(page)
    return path, page, elements


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return add_recording(scripted_session(tmp_path_factory.mktemp("html") / "s"), 1.5)


def test_page_is_private_in_the_session_folder_and_needs_nothing_else(recorded: Path) -> None:
    path, page, elements = build(recorded)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert page.startswith("<!DOCTYPE html>")
    for tag, attrs in elements.tags:
        assert tag != "link" and not (tag == "script" and "src" in attrs)
        for name in ("src", "href", "xlink:href", "poster", "srcset"):
            value = attrs.get(name, "")
            assert value == "" or value.startswith(("data:", "#")), (tag, name, value[:80])
    assert not re.search(r"url\(\s*['\"]?(?!#|data:)", page)
    assert "@import" not in page


def test_turns_findings_and_pictures_point_at_their_turns(recorded: Path) -> None:
    report = json.loads((recorded / "report.json").read_text())
    _, page, elements = build(recorded)
    rows = {int(a["data-turn"]): a for t, a in elements.having("data-turn") if t == "tr"}
    assert sorted(rows) == list(range(len(report["turns"])))
    assert all(rows[i]["id"] == f"turn-{i}" for i in rows)
    text = "".join(elements.text)
    for turn in report["turns"]:
        assert turn["text"] in text
    links = {(a["href"], a["data-turn"]) for t, a in elements.having("data-turn") if t == "a"}
    wanted = {(f"#turn-{f['turn']}", str(f["turn"])) for f in report["findings"]
              if f["turn"] is not None}
    assert wanted and links == wanted
    for f in report["findings"]:
        assert f["code"] in text
    bars = [a for t, a in elements.having("data-turn") if t == "g"]
    timeline = {int(a["data-turn"]) for a in bars if a["id"].startswith("tl-")}
    lengths = {int(a["data-turn"]) for a in bars if a["id"].startswith("len-")}
    assert timeline == set(range(len(report["turns"])))
    assert lengths == {i for i, t in enumerate(report["turns"]) if t["speaker"] == "user"}
    assert "rambling line (45 s)" in page
    assert f"{report['metrics']['user_talk_ratio']:.0%}" in text
    starts = json.loads(re.search(r"const TURN_STARTS = (\[.*?\]);", page).group(1))
    # Seconds into the recording, which began 1.5 s into the meeting.
    wanted_starts = [max(0.0, t["start_s"] - 1.5) for t in report["turns"]]
    assert starts == pytest.approx(wanted_starts, abs=0.002)


def test_the_embedded_recording_is_the_sessions_with_every_turn_in_place(
        recorded: Path) -> None:
    import soundfile

    report = json.loads((recorded / "report.json").read_text())
    _, page, elements = build(recorded)
    (audio,) = [a for t, a in elements.tags if t == "audio"]
    assert audio["id"] == "player"
    header, data = audio["src"].split(",", 1)
    assert header.startswith("data:audio/") and header.endswith(";base64")
    samples, rate = soundfile.read(io.BytesIO(base64.b64decode(data)), dtype="int16")
    assert samples.ndim == 1  # a mono mixdown of both voices
    original = soundfile.info(str(recorded / "audio.flac")).duration
    assert len(samples) / rate == pytest.approx(original, abs=0.1)
    for i, turn in enumerate(report["turns"]):
        if turn["end_s"] - turn["start_s"] < 0.6 or turn["start_s"] < 1.5:
            continue  # too short to hear a pitch in, or before the recording began
        at = round((turn["start_s"] - 1.5 + 0.2) * rate)
        window = samples[at: at + round(0.3 * rate)]
        assert abs(dominant_hz(window, rate) - turn_tone_hz(i)) < 15, i


def test_page_size_stays_under_twenty_megabytes_an_hour(recorded: Path) -> None:
    path, _, _ = build(recorded)
    minutes = json.loads((recorded / "report.json").read_text())["duration_s"] / 60
    per_minute = 20e6 / 60
    assert path.stat().st_size <= 150e3 + per_minute * minutes


def test_time_cues_the_agreed_end_and_overrun_are_marked(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = overrunning_session(tmp_path_factory.mktemp("cues") / "s")
    _, page, elements = build(folder)
    text = "".join(elements.text)
    assert "agreed end" in text and "time cue" in text and "wrap-up" in text
    assert "over" in text and "time_overrun" in text
    assert not [t for t, _ in elements.tags if t == "audio"]  # scripted: no recording
    assert "No recording" in text


def test_what_people_said_cannot_inject_markup(tmp_path: Path) -> None:
    folder = scripted_session(tmp_path / "s", candidate="clean")
    report = json.loads((folder / "report.json").read_text())
    report["turns"][1]["text"] = "<script>alert('x')</script> & <b>bold</b>"
    (folder / "report.json").write_text(json.dumps(report))
    _, page, elements = build(folder)
    assert "<script>alert" not in page and "<b>bold</b>" not in page
    assert "<script>alert('x')</script> & <b>bold</b>" in "".join(elements.text)
    assert [t for t, _ in elements.tags].count("script") == 1


def test_mixdown_rate_conversion_keeps_pitch(tmp_path: Path) -> None:
    """A recording at another rate (44.1 kHz) still lands in the page at the right pitch."""
    import soundfile

    from simulator.review_html import PAGE_RATE, encode_recording

    rate = 44100
    t = np.arange(rate * 3) / rate
    tone = (8000 * np.sin(2 * np.pi * 440 * t)).astype(np.int16)
    soundfile.write(str(tmp_path / "a.flac"), np.stack([tone, tone * 0], axis=1), rate)
    data, _ = encode_recording(tmp_path / "a.flac")
    samples, got_rate = soundfile.read(io.BytesIO(data), dtype="int16")
    assert got_rate == PAGE_RATE
    assert len(samples) / got_rate == pytest.approx(3.0, abs=0.1)
    assert abs(dominant_hz(samples[PAGE_RATE: 2 * PAGE_RATE], got_rate) - 440) < 5

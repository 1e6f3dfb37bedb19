"""The review page in a real browser: headless Chromium driven by Playwright.

Chromium comes from Debian (`apt-get install chromium`), never from Playwright's download.
The page is opened from disk with networking off; choosing a turn must move the player.
Also saves docs/review.png, the README's picture of the page.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from simulator.cli import cli
from tests.review import add_recording, overrunning_session

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "review.png"
AUDIO_START_S = 1.5
WAIT_MS = 20000


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file() and shutil.which("chromium") is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM if CHROMIUM.is_file() else shutil.which("chromium")),
            args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = overrunning_session(tmp_path_factory.mktemp("browser") / "session")
    add_recording(folder, AUDIO_START_S)
    result = CliRunner().invoke(cli, ["review", str(folder), "--html"])
    assert result.exit_code == 0, result.output
    return folder, json.loads((folder / "report.json").read_text())


def media_start(report: dict[str, Any], i: int) -> float:
    return max(0.0, report["turns"][i]["start_s"] - AUDIO_START_S)


def test_choosing_a_turn_moves_the_player_there(browser: Any, session: Any) -> None:
    folder, report = session
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: problems.append(r.url) if not r.url.startswith(
        ("file:", "data:")) else None)
    page.goto((folder / "review.html").as_uri())
    page.wait_for_function("document.getElementById('player').readyState >= 1",
                           timeout=WAIT_MS)

    def position() -> float:
        return float(page.evaluate("document.getElementById('player').currentTime"))

    duration = page.evaluate("document.getElementById('player').duration")
    last_end = max(t["end_s"] for t in report["turns"])
    assert duration == pytest.approx(last_end - AUDIO_START_S + 0.5, abs=0.2)

    users = [i for i, t in enumerate(report["turns"]) if t["speaker"] == "user"]
    row = users[3]
    page.click(f'tr[data-turn="{row}"]')
    assert position() == pytest.approx(media_start(report, row), abs=0.05)
    assert "current" in page.get_attribute(f"#turn-{row}", "class")

    persona = next(i for i, t in enumerate(report["turns"]) if t.get("kind") == "answer"
                   and i > row)
    page.click(f"#tl-turn-{persona}")  # its bar on the timeline
    assert position() == pytest.approx(media_start(report, persona), abs=0.05)

    page.click(f"#len-turn-{users[1]}")  # its bar among the turn lengths
    assert position() == pytest.approx(media_start(report, users[1]), abs=0.05)

    page.evaluate("window.scrollTo(0, 0)")
    finding = next(f for f in report["findings"] if f["turn"] is not None)
    page.click(f'a.finding-link[data-turn="{finding["turn"]}"]')
    assert position() == pytest.approx(media_start(report, finding["turn"]), abs=0.05)
    target = page.locator(f"#turn-{finding['turn']}")
    assert "current" in (target.get_attribute("class") or "")
    box = target.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 900
    assert page.evaluate("document.querySelectorAll('tr.current').length") == 1

    page.evaluate("seekToTurn(2)")
    assert position() == pytest.approx(media_start(report, 2), abs=0.05)
    assert problems == []

    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert SCREENSHOT.stat().st_size > 20_000
    page.close()

"""A whole spoken meeting through real devices: the app on PulseAudio's virtual speaker
and microphone, a synthetic person answering it through `micsink`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.pulse_person import Person, pulse_available

pytestmark = [pytest.mark.pulse, pytest.mark.slow]

TURNS = [
    "Hi Dana, thank you so much for making time for me today.",
    "I'm a teacher exploring a move into UX research, and my goal today is to understand "
    "what the work is really like.",
    "What does a typical week look like for you?",
    # A direct job request whose words whisper tiny.en hears reliably from espeak (it hears
    # "Are there any openings..." as "On our annual earnings...": issue 6's voice path).
    "I'd love to apply for a job on your team. Are you hiring right now?",
    "How did you get into research yourself?",
    "I know we're close to time. Thank you so much, this was really helpful. Goodbye!",
]


@pytest.fixture
def person() -> Person:
    why = pulse_available()
    if why:
        pytest.skip(why)
    p = Person()
    yield p
    p.close()


def test_a_spoken_meeting_over_real_devices(person: Person, tmp_path: Path) -> None:
    from audio.speech_out import EspeakVoice

    voice = EspeakVoice("en-gb-x-rp", 118, 45)
    rendered = [voice.render(t) for t in TURNS]
    out = tmp_path / "session"
    exe = Path(sys.executable).parent / "interview-sim"
    app = subprocess.Popen(
        [str(exe), "run", "starter/ux-researcher", "--out", str(out), "--quiet", "--seed", "5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        heard_upto = 0
        for n, audio in enumerate(rendered):
            if not person.wait_for_persona(quiet_s=1.0, after=heard_upto):
                app.kill()
                _, stderr = app.communicate(timeout=30)
                pytest.fail(f"the persona never finished speaking before turn {n + 1} "
                            f"(app exit {app.returncode}): {stderr[-2000:]}")
            person.say(audio.samples, audio.rate)
            heard_upto = person.heard.position
        stdout, stderr = app.communicate(timeout=120)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate(timeout=30)  # closes the pipes too
    assert app.returncode == 0, stderr
    report = json.loads((out / "report.json").read_text())
    assert report["mode"] == "voice"
    assert report["ended_by"] == "user"
    kinds = [t.get("kind") for t in report["turns"] if t["speaker"] == "persona"]
    heard = "\n".join(t["text"] for t in report["turns"] if t["speaker"] == "user")
    assert kinds[0] == "greeting", heard
    assert "job_request" in kinds and "answer" in kinds and kinds[-1] == "farewell", heard
    user = [t for t in report["turns"] if t["speaker"] == "user"]
    assert len(user) == len(TURNS)
    assert "typical week" in user[2]["text"].lower()
    for turn in user:  # measured from audio, not from word counts
        assert 0 < turn["speech_s"] <= turn["end_s"] - turn["start_s"] + 0.5
    codes = {f["code"] for f in report["findings"]}
    assert "asked_for_job" in codes
    assert not {"no_thanks", "no_purpose"} & codes
    assert report["audio"]["overflows"] == 0
    assert "Coaching" in stdout

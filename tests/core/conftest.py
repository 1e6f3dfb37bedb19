"""Fixtures shared by the meeting tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def whisper():
    """The recognizer the app makes by default, loaded once for the session."""
    from audio.models import make_recognizer

    try:
        return make_recognizer("whisper")
    except Exception as exc:  # no model installed: say so rather than fail
        pytest.skip(f"no whisper model: {exc}")

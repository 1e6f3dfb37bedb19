"""Whisper's loops are cut back to what was said once (no model needed)."""

import pytest

from audio.speech_in import drop_repeats


@pytest.mark.parametrize(("heard", "said"), [
    ("Who should I talk to next? Who should I talk to next? Who should I",
     "Who should I talk to next?"),
    ("Thanks. Thanks.", "Thanks."),
    ("What's your team like?", "What's your team like?"),
    # A sentence said again later, with something between, is the speaker's own.
    ("Great. What do you do? Great.", "Great. What do you do? Great."),
    ("I worked in sales. I worked in marketing too.", "I worked in sales. I worked in marketing too."),
])
def test_repeated_sentences_are_kept_once(heard: str, said: str) -> None:
    assert drop_repeats(heard) == said

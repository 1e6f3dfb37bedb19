"""Whisper's loops are cut back to what was said once (no model needed)."""

import pytest

from audio.speech_in import drop_repeats, ends_in_a_loop


@pytest.mark.parametrize(("heard", "said"), [
    ("Who should I talk to next? Who should I talk to next? Who should I",
     "Who should I talk to next?"),
    ("Thanks. Thanks.", "Thanks."),
    ("What's your team like?", "What's your team like?"),
    # A sentence said again later, with something between, is the speaker's own.
    ("Great. What do you do? Great.", "Great. What do you do? Great."),
    ("I worked in sales. I worked in marketing too.", "I worked in sales. I worked in marketing too."),
    # Loops over several sentences, heard in the turn benchmark's recordings.
    ("What should I put in a portfolio if I? Want to show I can do the real work? What should "
     "I put in a portfolio if I? Want to show I can do the real work?",
     "What should I put in a portfolio if I? Want to show I can do the real work?"),
    ("Which tools do you every day? Which tools do you everyday?", "Which tools do you every day?"),
    # A short sentence echoing the end of a longer one is the speaker's own.
    ("I moved from teaching into research. Research.", "I moved from teaching into research. Research."),
    # A loop between commas, from the voice eval (25 s of a monologue's end).
    ("Well, don't tell me, " + "I won't tell you, " * 12 + "I won't tell you.",
     "Well, don't tell me, I won't tell you,"),
    ("No, no, no, that's not what I meant.", "No, no, no, that's not what I meant."),
])
def test_repeated_sentences_are_kept_once(heard: str, said: str) -> None:
    assert drop_repeats(heard) == said


@pytest.mark.parametrize("tokens, loops", [
    ([679, 373, 407, 281, 1468, 12, 82, 12, 88, 12, 88, 12, 88], True),  # "...old-s-s-y-y-y"
    ([40, 13, 13, 13], True),
    ([679, 373, 407, 281, 1468, 12, 88, 12, 88], False),  # twice is not yet a loop
    ([679, 373, 407, 281, 1468, 13], False),
    ([], False),
])
def test_a_greedy_decode_ending_in_a_short_cycle_is_a_loop(tokens: list[int],
                                                           loops: bool) -> None:
    assert ends_in_a_loop(tokens) is loops

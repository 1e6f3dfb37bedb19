"""The persona's voice: real espeak-ng audio, its rate, its trimming and its cache."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from audio.chunk import AudioChunk
from audio.speech_out import (
    DIGITAL_SILENCE,
    CachedVoice,
    EspeakVoice,
    SpeechEngineError,
    VoiceSettings,
    make_voice,
)

LINE = "Thanks for making time to talk with me today about your work in product design."
REPO = Path(__file__).resolve().parents[2]


class CountingVoice:
    """A real voice that counts how often it is asked to render."""

    def __init__(self, voice: EspeakVoice) -> None:
        self.voice = voice
        self.identity = voice.identity
        self.renders = 0

    def render(self, text: str) -> AudioChunk:
        self.renders += 1
        return self.voice.render(text)


def silent_run(samples: np.ndarray) -> int:
    """How many samples at the start of `samples` are digital silence."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > DIGITAL_SILENCE)
    return int(loud[0]) if len(loud) else len(samples)


def test_more_words_take_longer(espeak: EspeakVoice) -> None:
    short = espeak.render("Hello there.")
    medium = espeak.render("Hello there, thanks for joining me today.")
    long = espeak.render(LINE + " " + LINE)
    assert 0 < short.seconds < medium.seconds < long.seconds
    # ~170 words a minute: 30 words take roughly ten seconds.
    assert 7.0 < long.seconds < 15.0
    assert long.rate == 22050 and long.start == 0


def test_rendered_audio_is_speech_not_silence(espeak: EspeakVoice) -> None:
    chunk = espeak.render(LINE)
    assert chunk.rms_dbfs() > -30.0


def test_faster_rate_is_shorter() -> None:
    durations = {wpm: EspeakVoice(rate_wpm=wpm).render(LINE).seconds for wpm in (120, 170, 300)}
    assert durations[120] > durations[170] > durations[300]
    assert durations[120] / durations[300] > 2.0  # the rates differ 2.5-fold


def test_rate_change_takes_effect_on_the_very_next_line() -> None:
    # espeak once dropped a rate change and spoke the line at the previous rate.
    slow, fast = EspeakVoice(rate_wpm=120), EspeakVoice(rate_wpm=300)
    reference = {"slow": slow.render(LINE).seconds, "fast": fast.render(LINE).seconds}
    for name in ["fast", "slow", "fast", "slow", "slow", "fast"]:
        voice = slow if name == "slow" else fast
        assert voice.render(LINE).seconds == pytest.approx(reference[name], rel=0.02)


def test_first_line_of_a_fresh_process_uses_the_rate() -> None:
    program = (
        "from audio.speech_out import EspeakVoice\n"
        f"print(EspeakVoice(rate_wpm=300).render({LINE!r}).seconds)\n"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", program], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert fresh.stdout.strip().splitlines() == [fresh.stdout.strip()]  # nothing else printed
    assert float(fresh.stdout) == pytest.approx(
        EspeakVoice(rate_wpm=300).render(LINE).seconds, rel=0.02
    )


def test_espeak_silence_is_trimmed_to_50_ms(espeak: EspeakVoice) -> None:
    chunk = espeak.render("So, what brought you into product design?")
    keep = round(0.05 * chunk.rate) + 1
    leading = silent_run(chunk.samples)
    trailing = silent_run(chunk.samples[::-1])
    assert leading <= keep
    # espeak ends every line with ~0.25 s of silence; a little of it stays.
    assert round(0.04 * chunk.rate) <= trailing <= keep


def test_pitch_changes_the_sound() -> None:
    low = EspeakVoice(pitch=10).render("Hello there.")
    high = EspeakVoice(pitch=90).render("Hello there.")
    assert not np.array_equal(low.samples, high.samples)


def test_blank_text_is_no_audio(espeak: EspeakVoice) -> None:
    assert len(espeak.render("   ")) == 0


def test_unknown_voice_is_a_clear_error() -> None:
    with pytest.raises(SpeechEngineError, match="no-such-voice"):
        EspeakVoice(voice="no-such-voice").render("Hello.")
    # ...and the engine still works afterwards.
    assert EspeakVoice().render("Hello.").seconds > 0.2


def test_cache_hit_returns_identical_samples_without_rendering(
    espeak: EspeakVoice, tmp_path: Path
) -> None:
    counting = CountingVoice(espeak)
    first = CachedVoice(counting, tmp_path).render(LINE)
    # A new CachedVoice on the same folder (the next session) renders nothing.
    again = CachedVoice(counting, tmp_path)
    second = again.render(LINE)
    assert counting.renders == 1
    assert again.hits == 1
    assert second.rate == first.rate
    assert np.array_equal(second.samples, first.samples)


def test_cache_tells_voices_and_texts_apart(tmp_path: Path) -> None:
    slow = CachedVoice(EspeakVoice(rate_wpm=120), tmp_path)
    fast = CachedVoice(EspeakVoice(rate_wpm=300), tmp_path)
    assert slow.render(LINE).seconds > fast.render(LINE).seconds
    assert slow.path_for(LINE) != fast.path_for(LINE)
    assert slow.path_for(LINE) != slow.path_for(LINE + "!")
    assert fast.misses == 1 and fast.hits == 0


def test_prerender_renders_only_missing_lines(espeak: EspeakVoice, tmp_path: Path) -> None:
    counting = CountingVoice(espeak)
    cached = CachedVoice(counting, tmp_path)
    report = cached.prerender(["Hello.", "Nice to meet you.", "Hello."])
    assert (report.rendered, report.already_cached) == (2, 0)
    report = cached.prerender(["Hello.", "Nice to meet you.", "Tell me about your role."])
    assert (report.rendered, report.already_cached) == (1, 2)
    assert report.seconds >= 0.0
    cached.render("Tell me about your role.")
    assert counting.renders == 3


def test_damaged_cache_entry_is_rendered_again(espeak: EspeakVoice, tmp_path: Path) -> None:
    cached = CachedVoice(espeak, tmp_path)
    cached.path_for("Hello.").parent.mkdir(parents=True, exist_ok=True)
    cached.path_for("Hello.").write_bytes(b"not a wav")
    assert cached.render("Hello.").seconds > 0.2
    assert CachedVoice(espeak, tmp_path).render("Hello.").seconds > 0.2


def test_make_voice_is_the_one_factory(tmp_path: Path) -> None:
    plain = make_voice(VoiceSettings(rate_wpm=200))
    assert isinstance(plain, EspeakVoice) and plain.rate_wpm == 200
    cached = make_voice(VoiceSettings(), cache_dir=tmp_path)
    assert isinstance(cached, CachedVoice)
    cached.render("Hello.")
    assert len(list(tmp_path.glob("*.wav"))) == 1
    with pytest.raises(SpeechEngineError, match="unknown voice engine"):
        make_voice(VoiceSettings(engine="festival"))


def test_voice_settings_reject_impossible_values() -> None:
    with pytest.raises(ValueError, match="rate 20 wpm"):
        VoiceSettings(rate_wpm=20)
    with pytest.raises(ValueError, match="pitch 140"):
        VoiceSettings(pitch=140)


def test_prerender_stops_when_asked(espeak: EspeakVoice, tmp_path: Path) -> None:
    # The meeting ends before the pre-render does: it must not keep the voice busy.
    stop = threading.Event()
    counting = CountingVoice(espeak)
    cached = CachedVoice(counting, tmp_path)
    original = counting.render

    def render_then_stop(text: str) -> AudioChunk:
        stop.set()
        return original(text)

    counting.render = render_then_stop  # type: ignore[method-assign]
    report = cached.prerender(["Hello.", "Nice to meet you.", "Goodbye."], stop)
    assert report.rendered == 1 and not cached.is_cached("Nice to meet you.")


def test_a_cache_that_cannot_be_written_still_speaks(espeak: EspeakVoice, tmp_path: Path) -> None:
    # A full disk or a cache path that is not a folder: the line is spoken, not kept.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    cached = CachedVoice(espeak, blocker / "voice-cache")
    chunk = cached.render("Hello.")
    assert chunk.seconds > 0.2 and not cached.is_cached("Hello.")
    assert list(tmp_path.iterdir()) == [blocker]

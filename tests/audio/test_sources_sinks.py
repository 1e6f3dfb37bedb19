"""Sources and sinks without devices: scripted and file audio, WAV output, and the device
classes' own bookkeeping driven through stand-in streams."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
import soundfile

from audio.chunk import AudioChunk
from audio.devices import AudioDeviceError
from audio.sinks import AudioSink, NullSink, SpeakerSink, WavFileSink
from audio.sources import AudioSource, MicrophoneSource, ScriptedSource, WavFileSource
from audio.wavio import AudioFileError, StreamResampler, read_audio

RATE = 16000
BLOCK = 480


def ramp(n: int, rate: int = RATE, start: int = 0) -> AudioChunk:
    """Recognisable non-zero samples: 1000, 1001, ..."""
    return AudioChunk((1000 + np.arange(n) % 20000).astype(np.int16), rate, start)


def read_all(source: ScriptedSource | WavFileSource) -> list[AudioChunk]:
    chunks = []
    while (chunk := source.read()) is not None:
        chunks.append(chunk)
    return chunks


# -- ScriptedSource -----------------------------------------------------------------


def test_scripted_source_delivers_contiguous_blocks_of_silence():
    source = ScriptedSource(rate=RATE, block_ms=30)
    chunks = [source.read() for _ in range(5)]
    assert [c.start for c in chunks] == [0, 480, 960, 1440, 1920]
    assert all(len(c) == 480 and not c.samples.any() for c in chunks)
    assert source.position == 2400
    assert isinstance(source, AudioSource)


def test_scheduled_audio_begins_at_exactly_its_sample():
    source = ScriptedSource(rate=RATE)
    utterance = ramp(1000)
    assert source.schedule(utterance, at_sample=1234) == 1234
    assert source.pending
    source.finish()
    timeline = np.concatenate([c.samples for c in read_all(source)])
    assert not timeline[:1234].any()
    assert np.array_equal(timeline[1234:2234], utterance.samples)
    assert not timeline[2234:].any()
    assert not source.pending


def test_audio_scheduled_in_the_past_begins_at_the_next_block():
    source = ScriptedSource(rate=RATE)
    for _ in range(3):
        source.read()
    assert source.schedule(ramp(100), at_sample=10) == 1440
    chunk = source.read()
    assert chunk is not None and chunk.start == 1440
    assert np.array_equal(chunk.samples[:100], ramp(100).samples)


def test_scheduled_audio_at_another_rate_is_resampled():
    source = ScriptedSource(rate=RATE)
    source.schedule(AudioChunk(np.full(22050, 5000, dtype=np.int16), 22050), at_sample=RATE)
    source.finish()
    timeline = np.concatenate([c.samples for c in read_all(source)])
    voiced = np.flatnonzero(timeline)
    assert voiced[0] == RATE
    assert len(voiced) == pytest.approx(RATE, abs=2)


def test_overlapping_utterances_are_mixed():
    source = ScriptedSource(rate=RATE)
    source.schedule(AudioChunk(np.full(1000, 100, dtype=np.int16), RATE), at_sample=0)
    source.schedule(AudioChunk(np.full(1000, 20, dtype=np.int16), RATE), at_sample=500)
    source.finish()
    timeline = np.concatenate([c.samples for c in read_all(source)])
    assert timeline[499] == 100 and timeline[500] == 120 and timeline[1000] == 20


def test_without_finish_the_source_keeps_delivering_silence():
    source = ScriptedSource(rate=RATE)
    source.schedule(ramp(100), at_sample=0)
    for _ in range(100):
        assert source.read() is not None
    source.finish()
    assert source.read() is None


def test_background_noise_is_at_the_asked_level_and_repeatable():
    first = ScriptedSource(rate=RATE, noise_dbfs=-50.0, seed=7)
    second = ScriptedSource(rate=RATE, noise_dbfs=-50.0, seed=7)
    a = AudioChunk.concat([first.read() for _ in range(100)])
    b = AudioChunk.concat([second.read() for _ in range(100)])
    assert np.array_equal(a.samples, b.samples)
    assert a.rms_dbfs() == pytest.approx(-50.0, abs=1.0)


# -- WavFileSource and resampling ---------------------------------------------------------


def test_wav_file_source_mixes_to_mono_and_resamples(tmp_path):
    path = tmp_path / "stereo.wav"
    seconds, native = 2.5, 44100
    t = np.arange(round(seconds * native)) / native
    left = 0.5 * np.sin(2 * np.pi * 300 * t)
    soundfile.write(path, np.stack([left, np.zeros_like(left)], axis=1), native)
    with WavFileSource(path, rate=RATE) as source:
        chunks = read_all(source)
    assert [c.start for c in chunks] == [i * BLOCK for i in range(len(chunks))]
    assert all(len(c) == BLOCK for c in chunks[:-1])
    total = sum(len(c) for c in chunks)
    assert total == pytest.approx(seconds * RATE, abs=2)
    mono = AudioChunk.concat(chunks)
    assert mono.rms_dbfs() == pytest.approx(20 * np.log10(0.25 / np.sqrt(2)), abs=0.5)


def test_a_missing_or_broken_file_is_one_clear_error(tmp_path):
    with pytest.raises(AudioFileError, match="not found"):
        WavFileSource(tmp_path / "nothing.wav")
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF not really")
    with pytest.raises(AudioFileError, match="cannot read"):
        read_audio(broken)


@pytest.mark.parametrize(("in_rate", "out_rate"), [(44100, 16000), (16000, 22050), (8000, 16000)])
def test_stream_resampling_does_not_depend_on_block_sizes(in_rate, out_rate):
    signal = (np.sin(np.arange(in_rate) * 0.01) * 10000).astype(np.int16)
    whole = StreamResampler(in_rate, out_rate).process(signal)
    pieces = StreamResampler(in_rate, out_rate)
    cuts = [0, 1, 7, 480, 481, 5000, 12345, len(signal)]
    parts = [pieces.process(signal[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
    assert np.array_equal(np.concatenate(parts), whole)
    assert len(whole) == pytest.approx(len(signal) * out_rate / in_rate, abs=1)
    # Output sample n sits at input position n * in_rate / out_rate of the same sine.
    expected = np.sin(np.arange(len(whole)) * in_rate / out_rate * 0.01) * 10000
    assert np.abs(whole - expected).max() <= 3


# -- WavFileSink -----------------------------------------------------------------------


def test_wav_file_sink_writes_each_chunk_at_its_timeline_position(tmp_path):
    path = tmp_path / "persona.wav"
    with WavFileSink(path, rate=RATE) as sink:
        assert isinstance(sink, AudioSink)
        sink.play(ramp(800, start=1600))
        sink.play(ramp(300, start=8000))
        sink.advance(2.0)
    written, rate = soundfile.read(path, dtype="int16")
    assert rate == RATE
    assert len(written) == 2 * RATE  # up to where the timeline had got
    assert not written[:1600].any()
    assert np.array_equal(written[1600:2400], ramp(800).samples)
    assert not written[2400:8000].any()
    assert np.array_equal(written[8000:8300], ramp(300).samples)
    assert not written[8300:].any()


def test_wav_file_sink_resamples_and_places_by_seconds(tmp_path):
    path = tmp_path / "persona.wav"
    with WavFileSink(path, rate=RATE) as sink:
        sink.play(AudioChunk(np.full(22050, 3000, dtype=np.int16), 22050, start=22050))
    written, _ = soundfile.read(path, dtype="int16")
    voiced = np.flatnonzero(written)
    assert voiced[0] == RATE and len(voiced) == pytest.approx(RATE, abs=2)


def test_stop_drops_what_the_timeline_has_not_reached(tmp_path):
    path = tmp_path / "persona.wav"
    with WavFileSink(path, rate=RATE) as sink:
        sink.play(AudioChunk(np.full(3 * RATE, 2000, dtype=np.int16), RATE, start=0))
        sink.advance(1.0)
        assert sink.playing
        sink.stop()
        assert not sink.playing
        sink.advance(3.0)
    written, _ = soundfile.read(path, dtype="int16")
    assert len(written) == 3 * RATE
    assert (written[:RATE] == 2000).all()
    assert not written[RATE:].any()


def test_playing_follows_the_timeline(tmp_path):
    with WavFileSink(tmp_path / "p.wav", rate=RATE) as sink:
        sink.play(AudioChunk(np.full(RATE, 1, dtype=np.int16), RATE, start=RATE))
        sink.advance(0.5)
        assert sink.playing
        sink.advance(2.0)
        assert not sink.playing


def test_overlapping_chunks_are_mixed_in_the_file(tmp_path):
    path = tmp_path / "p.wav"
    with WavFileSink(path, rate=RATE) as sink:
        sink.play(AudioChunk(np.full(1000, 100, dtype=np.int16), RATE, start=0))
        sink.play(AudioChunk(np.full(1000, 7, dtype=np.int16), RATE, start=500))
    written, _ = soundfile.read(path, dtype="int16")
    assert list(written[[0, 499, 500, 999, 1000, 1499]]) == [100, 100, 107, 107, 7, 7]


def test_audio_played_into_the_written_past_is_played_late_not_lost(tmp_path):
    path = tmp_path / "p.wav"
    with WavFileSink(path, rate=RATE) as sink:
        sink.play(AudioChunk(np.full(100, 9, dtype=np.int16), RATE, start=0))
        sink.advance(1.0)
        sink.play(AudioChunk(np.full(100, 5, dtype=np.int16), RATE, start=RATE // 2))
    written, _ = soundfile.read(path, dtype="int16")
    assert (written[RATE : RATE + 100] == 5).all()
    assert int((written == 5).sum()) == 100


def test_null_sink_keeps_time_like_a_file_sink():
    sink = NullSink(rate=RATE)
    sink.play(AudioChunk(np.ones(RATE, dtype=np.int16), RATE, start=0))
    sink.advance(0.5)
    assert sink.playing
    sink.stop()
    assert not sink.playing
    sink.play(AudioChunk(np.ones(RATE, dtype=np.int16), RATE, start=RATE))
    sink.advance(2.5)
    assert not sink.playing


# -- device classes with stand-in streams ---------------------------------------------


class StandInStream:
    """Records what a device class asked PortAudio for; the test plays the callback."""

    def __init__(self, **settings: object) -> None:
        self.settings = settings
        self.callback = settings["callback"]
        self.started = False
        self.closed = False

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        self.started = False

    abort = stop

    def close(self) -> None:
        self.closed = True


class Status:
    def __init__(self, overflow: bool = False, underflow: bool = False) -> None:
        self.input_overflow = overflow
        self.output_underflow = underflow

    def __bool__(self) -> bool:
        return self.input_overflow or self.output_underflow


def test_microphone_blocks_are_stamped_by_sample_count_and_overflows_counted():
    streams: list[StandInStream] = []
    mic = MicrophoneSource(rate=RATE, block_ms=30,
                           stream_factory=lambda **kw: streams.append(StandInStream(**kw))
                           or streams[-1])
    with mic:
        (stream,) = streams
        assert stream.started and stream.settings["blocksize"] == BLOCK
        assert stream.settings["dtype"] == "int16" and stream.settings["channels"] == 1
        for value in range(3):
            block = np.full((BLOCK, 1), value, dtype=np.int16)
            stream.callback(block, BLOCK, None, Status(overflow=value == 1))
            block[:] = 99  # PortAudio reuses its buffer: the source must have copied it
        chunks = [mic.read() for _ in range(3)]
    assert stream.closed
    assert [(c.start, int(c.samples[0])) for c in chunks] == [(0, 0), (480, 1), (960, 2)]
    assert mic.overflows == 1
    assert mic.read() is None  # closed: the end of the stream


def test_a_silent_microphone_raises_instead_of_hanging():
    mic = MicrophoneSource(rate=RATE, stall_timeout_s=0.05, first_audio_timeout_s=0.05,
                           stream_factory=StandInStream)
    with mic, pytest.raises(AudioDeviceError, match="no audio from the microphone"):
        mic.read()


def test_a_microphone_that_does_not_exist_is_one_clear_error():
    with pytest.raises(AudioDeviceError, match="--text"):
        MicrophoneSource(device="no such microphone 4711").open()


def test_the_speaker_plays_queued_audio_in_order_then_silence():
    streams: list[StandInStream] = []
    speaker = SpeakerSink(rate=RATE,
                          stream_factory=lambda **kw: streams.append(StandInStream(**kw))
                          or streams[-1])
    assert isinstance(speaker, AudioSink)
    speaker.play(ramp(700))
    speaker.play(AudioChunk(np.full(100, 7, dtype=np.int16), RATE))
    (stream,) = streams
    assert "latency" not in stream.settings  # PortAudio's default; low latency underruns
    assert speaker.playing
    played = []
    time_info = SimpleNamespace(outputBufferDacTime=0.0, currentTime=0.0)
    n_pad = round(SpeakerSink.END_PAD_S * RATE)
    total = 700 + 100 + 2 * n_pad + 1000
    for _ in range(0, total, 512):
        out = np.full((512, 1), -1, dtype=np.int16)
        stream.callback(out, 512, time_info, Status(underflow=not played))
        played.append(out[:, 0].copy())
    heard = np.concatenate(played)
    assert np.array_equal(heard[:700], ramp(700).samples)
    assert not heard[700 : 700 + n_pad].any()  # a little silence after each utterance
    assert (heard[700 + n_pad : 800 + n_pad] == 7).all()
    assert not heard[800 + n_pad :].any()
    assert speaker.samples_played == 800
    assert speaker.underflows == 1
    speaker.close()
    assert stream.closed


def test_stopping_the_speaker_drops_what_was_not_yet_heard():
    streams: list[StandInStream] = []
    speaker = SpeakerSink(rate=RATE,
                          stream_factory=lambda **kw: streams.append(StandInStream(**kw))
                          or streams[-1])
    speaker.play(ramp(5000))
    out = np.zeros((1000, 1), dtype=np.int16)
    streams[0].callback(out, 1000, SimpleNamespace(outputBufferDacTime=0.0, currentTime=0.0),
                        Status())
    speaker.stop()
    streams[0].callback(out, 1000, None, Status())
    assert not out.any()
    assert speaker.samples_played == 1000


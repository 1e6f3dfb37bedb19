"""Speech in: an AudioChunk of someone talking becomes a Transcript.

Two engines behind one small `Recognizer` interface: faster-whisper (accurate, the
default) and pocketsphinx through `speech_recognition` (the fallback when no whisper
model is installed). Engines are imported inside functions, so importing this module
costs nothing and a missing engine becomes a `SpeechEngineError` saying what to install.
"""

from __future__ import annotations

import importlib
import itertools
import math
import re
import threading
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

import numpy as np

from audio.chunk import AudioChunk

RECOGNIZER_RATE = 16000
"""Hertz; both engines' models were trained on 16 kHz audio."""


class SpeechEngineError(RuntimeError):
    """A speech engine or its model is missing or failed. `str()` says what to do."""


@dataclass(frozen=True)
class Word:
    text: str
    start_s: float
    """Seconds on the session timeline (the chunk's own start included)."""
    end_s: float
    probability: float | None = None


@dataclass(frozen=True)
class Transcript:
    text: str
    """What was said, as the engine spelled it; "" when nothing was said."""
    engine: str
    seconds_taken: float
    """Wall time the engine needed (0 when the energy gate answered alone)."""
    words: tuple[Word, ...] = ()
    """Timed words, when the engine was asked for them."""

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


class Recognizer(Protocol):
    name: str

    def transcribe(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        """The words in `audio`. `hint`: text the speaker is likely to use (names, jargon)."""
        ...


# --- the energy gate: no engine ever sees a chunk without voiced content -------------

GATE_FRAME_S = 0.02
GATE_MIN_DBFS = -45.0
"""A frame quieter than this is never speech (room noise on a quiet mic sits below it)."""
GATE_ABOVE_FLOOR_DB = 10.0
"""A voiced frame also stands this far above the chunk's own noise floor."""
GATE_MIN_VOICED_S = 0.1


def has_voiced_content(audio: AudioChunk) -> bool:
    """True when `audio` has at least 0.1 s of frames loud enough, and far enough above its
    own steady background, to be speech. Recognizers invent words on silence; this is the
    cheap guard that stops them being asked."""
    loud, frame = _loud_frames(audio)
    return int(np.count_nonzero(loud)) * frame >= GATE_MIN_VOICED_S * audio.rate


def _loud_frames(audio: AudioChunk) -> tuple[np.ndarray, int]:
    """Whether each GATE_FRAME_S frame of `audio` could be speech, and the frame's length."""
    frame = max(1, round(GATE_FRAME_S * audio.rate))
    count = len(audio.samples) // frame
    if count == 0:
        return np.zeros(0, dtype=bool), frame
    frames = audio.samples[: count * frame].astype(np.float64).reshape(count, frame)
    rms = np.sqrt(np.mean(frames**2, axis=1))
    dbfs = 20.0 * np.log10(np.maximum(rms, 1e-3) / 32768.0)
    floor = float(np.percentile(dbfs, 10))
    return dbfs > max(GATE_MIN_DBFS, floor + GATE_ABOVE_FLOOR_DB), frame


def cuts_at_pauses(audio: AudioChunk, longest_s: float) -> list[int]:
    """Sample offsets that cut `audio` into pieces of at most `longest_s`, each cut in the
    middle of the longest pause in the last two thirds of its piece (the latest, of equal
    ones), so that no word is cut in two; only speech with no pause at all is cut blind."""
    loud, frame = _loud_frames(audio)
    longest = max(3, int(longest_s * audio.rate) // frame)
    quiet = np.flatnonzero(~loud)
    # Runs of quiet frames as (length, middle frame).
    runs = [(len(r), int(r[0] + r[-1] + 1) // 2)
            for r in np.split(quiet, np.flatnonzero(np.diff(quiet) > 1) + 1) if len(r)]
    cuts, start = [], 0
    while len(loud) - start > longest:
        inside = [r for r in runs if start + longest // 3 < r[1] <= start + longest]
        start = max(inside)[1] if inside else start + longest
        cuts.append(start * frame)
    return cuts


def _silent(engine: str) -> Transcript:
    return Transcript(text="", engine=engine, seconds_taken=0.0)


# --- faster-whisper --------------------------------------------------------------------

# Whisper's classic near-silence inventions ("you", "Thank you.") come with a high
# no-speech probability and a middling log-probability; real speech here scores
# no_speech_prob ~0.05 and avg_logprob ~ -0.3 (measured on the LibriVox clips).
HALLUCINATION_NO_SPEECH_PROB = 0.5
HALLUCINATION_LOGPROB_WITH_NO_SPEECH = -0.5
HALLUCINATION_LOGPROB = -1.5
"""Below this a segment is garbage whatever the no-speech probability says."""


def is_probable_hallucination(no_speech_prob: float, avg_logprob: float) -> bool:
    if avg_logprob < HALLUCINATION_LOGPROB:
        return True
    return (
        no_speech_prob > HALLUCINATION_NO_SPEECH_PROB
        and avg_logprob < HALLUCINATION_LOGPROB_WITH_NO_SPEECH
    )


class WhisperRecognizer:
    """faster-whisper with ONE model loaded for the whole meeting.

    Why not `speech_recognition.Recognizer.recognize_faster_whisper`: it takes a model
    *name* and builds a new `WhisperModel` on every call (~0.25-0.5 s each turn), and its
    adapter classes that could wrap a loaded model live in a private module path. We call
    the held model exactly as that adapter does (`model.transcribe(float32 16 kHz array,
    **options)`, segments joined with spaces) and keep the segments, whose no-speech and
    log-probability scores filter hallucinations.

    Turns get a window that fits them. faster-whisper pads every call to the 30 s window
    whisper was trained on, so a 3 s question cost ~0.46-0.6 s however short it was. The
    encoder accepts shorter inputs: a window of max(FIT_MIN_S, turn + FIT_MARGIN_S) with
    the waveform padded by true silence measured 7.0 % WER on the LibriVox clips (same as
    before) and 9.4 % on 80 espeak corpus lines (17.5 % before) at ~0.06-0.07 x real time
    (0.134 x before). Turns longer than FIT_MAX_S are read in such windows, one piece
    between two pauses at a time (PIECE_MAX_S); word timestamps take faster-whisper's own
    windowed path.

    Defaults: int8 + beam 1 + no timestamp tokens (benchmarks/bench_recognition.py
    --sweep), and one thread. A second thread speeds the encoder (6 s window: 51 -> 35 ms)
    but slows tiny.en's token-by-token decoding more (10 tokens: 62 -> 94 ms), and a turn's
    reply waits on both: a question is read as fast or faster on one, a 9 s statement in
    ~290 ms instead of ~420, and the other core stays free for the audio loop and server.
    """

    name = "whisper"
    FIT_MARGIN_S = 1.0
    """Silence after the turn inside its window (whisper expects some room at the end)."""
    FIT_MIN_S = 6.0
    """Shorter windows lose words (espeak corpus lines, 200: 12.6 % WER at 6 s, 12.2 % at
    10 s; at 3 s 38.9 %); each second less is ~12 ms less encoding when a reply waits on it."""
    FIT_MAX_S = 28.0
    PIECE_MAX_S = 20.0
    """A longer turn is read in pieces of at most this, cut at its own pauses. Read whole in
    faster-whisper's 30 s windows, tiny.en skipped sentences of long monologues: 12 corpus
    monologues of ~65 s (espeak, 118 wpm) had 16.3 % of their words wrong, one 51 %; read
    in pieces, 10.4 %, none over 17 %."""
    TOKENS_PER_S = 8
    """A cap on the words a fitted window may produce (speech runs ~4 tokens a second), so a
    short window can never loop on a repeated phrase for long."""

    def __init__(
        self,
        model_path: str | Path,
        compute_type: str = "int8",
        cpu_threads: int = 1,
        beam_size: int = 1,
        word_timestamps: bool = False,
        skip_silence: bool = True,
    ) -> None:
        """`skip_silence=False` lets quiet chunks through to the engine (to measure it)."""
        self.model_path = Path(model_path)
        self.beam_size = beam_size
        self.word_timestamps = word_timestamps
        self.skip_silence = skip_silence
        self._lock = threading.Lock()
        self._tokenizer_for_model: Any = None
        if not self.model_path.is_dir():
            # WhisperModel would take a missing path for a model *name* and go online.
            raise SpeechEngineError(f"no whisper model directory at {self.model_path}")
        faster_whisper = _import_engine("faster_whisper", "faster-whisper")
        try:
            self._model = faster_whisper.WhisperModel(
                str(self.model_path),
                device="cpu",
                compute_type=compute_type,
                cpu_threads=cpu_threads,
            )
        except (RuntimeError, ValueError, OSError) as error:
            raise SpeechEngineError(
                f"cannot load the whisper model in {self.model_path}: {error}"
            ) from error

    CAREFUL_BEAM = 5

    def transcribe(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        return self._transcribe(audio, hint, self.beam_size)

    def transcribe_carefully(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        """Beam search: ~0.1 s slower on a short turn, for fewer errors
        (200 espeak corpus lines: 9.7 % WER against 13.5 % greedy in a 6 s window). For
        reading a turn again once nobody waits on the answer. It keeps the quick read's
        window: a 10 s one lifted a 65-minute meeting's peak memory to 254 MB (goal 250)."""
        return self._transcribe(audio, hint, max(self.beam_size, self.CAREFUL_BEAM))

    def _transcribe(self, audio: AudioChunk, hint: str | None, beam_size: int) -> Transcript:
        if self.skip_silence and not has_voiced_content(audio):
            return _silent(self.name)
        samples = audio.resampled(RECOGNIZER_RATE).as_float()
        prompt = hint.strip() if hint and hint.strip() else None
        began = time.perf_counter()
        with self._lock:
            if self.word_timestamps:
                texts, words = self._windowed(samples, prompt, audio.start_s, beam_size)
            else:
                texts, words = self._pieces(audio, samples, prompt, beam_size), ()
        taken = time.perf_counter() - began
        text = " ".join(t.strip() for t in texts if t.strip())
        return Transcript(text=text, engine=self.name, seconds_taken=taken, words=words)

    def _pieces(self, audio: AudioChunk, samples: np.ndarray, prompt: str | None,
                beam_size: int) -> list[str]:
        """The turn in one fitted window, or in pieces cut at its pauses when it is long."""
        if audio.seconds <= self.FIT_MAX_S:
            return self._fitted(samples, prompt, beam_size)
        scale = RECOGNIZER_RATE / audio.rate
        edges = [0, *(round(c * scale) for c in cuts_at_pauses(audio, self.PIECE_MAX_S)),
                 len(samples)]
        return [text for first, end in itertools.pairwise(edges)
                for text in self._fitted(samples[first:end], prompt, beam_size)]

    def _fitted(self, samples: np.ndarray, prompt: str | None, beam_size: int) -> list[str]:
        """One window just long enough for the turn, decoded greedily by the held model:
        the same steps faster-whisper takes for one 30 s window, without the padding."""
        model = self._model
        seconds = len(samples) / RECOGNIZER_RATE
        window_s = min(30.0, max(self.FIT_MIN_S, math.ceil(seconds + self.FIT_MARGIN_S)))
        # Pad the audio, not the features: zero-valued features are not silence (whisper's
        # own front end pads the waveform; faster-whisper's pads the features).
        padded = np.zeros(round(window_s * RECOGNIZER_RATE), dtype=np.float32)
        padded[: len(samples)] = samples
        features = model.feature_extractor(padded)[:, : round(window_s * 100)]
        tokenizer = self._tokenizer()
        context = [tokenizer.sot_prev] + tokenizer.encode(" " + prompt)[-223:] if prompt else []
        start = context + list(tokenizer.sot_sequence) + [tokenizer.no_timestamps]
        encoded = model.encode(features)

        def decode(beam: int) -> Any:
            return model.model.generate(
                encoded,
                [start],
                beam_size=beam,
                max_length=len(start) + math.ceil(seconds * self.TOKENS_PER_S) + 8,
                return_scores=True,
                return_no_speech_prob=True,
                suppress_blank=True,
                suppress_tokens=[-1],  # the model's own set of non-speech symbols
            )[0]

        result = decode(beam_size)
        tokens = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
        if beam_size < self.CAREFUL_BEAM and ends_in_a_loop(tokens):
            # Greedy decoding can fall into a cycle of one or two tokens ("He was not an
            # old-s-s-y-y-y-y"); beam search over the same encoding gets out of it.
            result = decode(self.CAREFUL_BEAM)
            tokens = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
        # The score is the mean log-probability (length penalty 1); faster-whisper's
        # avg_logprob, which the hallucination thresholds were measured on, divides by n + 1.
        avg_logprob = result.scores[0] * len(tokens) / (len(tokens) + 1)
        if not tokens or is_probable_hallucination(result.no_speech_prob, avg_logprob):
            return []
        text = drop_repeats(tokenizer.decode(tokens))
        # Faint noise in a short window can come back as a row of dots: no words, no turn.
        return [text] if re.search(r"[A-Za-z0-9]", text) else []

    def _windowed(self, samples: np.ndarray, prompt: str | None, start_s: float,
                  beam_size: int) -> tuple[list[str], tuple[Word, ...]]:
        segments, _info = self._model.transcribe(
            samples,
            language="en",
            beam_size=beam_size,
            # One deterministic pass: the same audio always gives the same words.
            temperature=0.0,
            # Our own VAD has already cut the turn out of the stream.
            vad_filter=False,
            condition_on_previous_text=False,
            without_timestamps=not self.word_timestamps,
            word_timestamps=self.word_timestamps,
            initial_prompt=prompt,
        )
        kept = [
            s for s in segments
            if not is_probable_hallucination(s.no_speech_prob, s.avg_logprob)
        ]
        words = tuple(
            Word(w.word.strip(), start_s + w.start, start_s + w.end, w.probability)
            for s in kept
            for w in (s.words or [])
        )
        return [s.text for s in kept], words

    def _tokenizer(self) -> Any:
        if self._tokenizer_for_model is None:
            from faster_whisper.tokenizer import Tokenizer

            model = self._model
            self._tokenizer_for_model = Tokenizer(model.hf_tokenizer, model.model.is_multilingual,
                                                  task="transcribe", language="en")
        return self._tokenizer_for_model


LOOP_REPEATS = 3
"""A cycle of up to LOOP_PERIOD tokens this many times over ends a decode in a loop."""
LOOP_PERIOD = 2


def ends_in_a_loop(tokens: Sequence[int]) -> bool:
    """Whether the last tokens repeat a cycle of one or two tokens LOOP_REPEATS times (speech
    that does, "no, no, no", is only read again more carefully)."""
    for period in range(1, LOOP_PERIOD + 1):
        tail = list(tokens[-period * LOOP_REPEATS:])
        if len(tail) == period * LOOP_REPEATS and tail == tail[:period] * LOOP_REPEATS:
            return True
    return False


def drop_repeats(text: str) -> str:
    """Whisper sometimes loops, writing the turn again ("Who should I talk to next? Who
    should I talk to next? Who should I"): keep each sentence once, and drop a trailing
    start of the one before it. Nobody says the same sentence twice in one breath."""
    sentences = _drop_repeated_run(re.split(r"(?<=[.?!])\s+", _drop_clause_loops(text.strip())))
    kept: list[str] = []
    for sentence in sentences:
        same = normalized_words(sentence)
        if kept and same:
            previous = normalized_words(kept[-1])
            if same == previous or (same == previous[: len(same)] and sentence is sentences[-1]):
                continue
        kept.append(sentence)
    return " ".join(kept)


CLAUSE_LOOP = 4
"""The same clause this many times in a row, between commas, is a loop ("I won't tell you,
I won't tell you, ..." forty times over 25 s of a monologue's end); people say "no, no, no"."""


def _drop_clause_loops(text: str) -> str:
    """Keep once a clause whisper wrote again and again between commas."""
    clauses = re.split(r"(?<=,)\s+", text)
    kept: list[str] = []
    for _, run in itertools.groupby(clauses, key=normalized_words):
        same = list(run)
        kept += same[:1] if len(same) >= CLAUSE_LOOP else same
    return " ".join(kept)


def _drop_repeated_run(sentences: list[str]) -> list[str]:
    """A loop over several sentences ("Which tools? Do you use them? Which tools? Do you
    use them?"): the sentences from some point on say again, letter for letter, what came
    before it, or the start of it. Compared by letters alone, since the loop may write
    "every day" where the first pass wrote "everyday"."""
    letters = ["".join(normalized_words(s)).replace("'", "") for s in sentences]
    for cut in range(1, len(sentences)):
        before, after = "".join(letters[:cut]), "".join(letters[cut:])
        if after and before.startswith(after) and len(after) * 2 >= len(before):
            return sentences[:cut]
    return sentences


# --- pocketsphinx, through speech_recognition -----------------------------------------

SPHINX_FRAMES_PER_S = 100
_SPHINX_FILLERS = re.compile(r"^(<s>|</s>|<sil>|\[.*\]|\+\+.*\+\+)$")


class SphinxRecognizer:
    """CMU pocketsphinx via `speech_recognition.Recognizer.recognize_sphinx`.

    Much less accurate than whisper (~27 % WER on read speech) and it loads its decoder on
    every call (~0.8 s): the fallback when no whisper model is installed. `hint` is not
    used: recognize_sphinx's `keyword_entries` switch sphinx to keyword spotting, which
    would report only the keywords and drop every other word.
    """

    name = "sphinx"

    def __init__(self) -> None:
        _import_engine("pocketsphinx", "pocketsphinx")
        self._sr = _import_speech_recognition()
        data = Path(self._sr.__file__).parent / "pocketsphinx-data" / "en-US"
        if not (data / "acoustic-model").is_dir():
            raise SpeechEngineError(
                f"the pocketsphinx English model is missing ({data}): reinstall "
                "SpeechRecognition (pip install --force-reinstall SpeechRecognition)"
            )
        self._recognizer = self._sr.Recognizer()
        self._lock = threading.Lock()

    def transcribe(self, audio: AudioChunk, hint: str | None = None) -> Transcript:
        if not has_voiced_content(audio):
            return _silent(self.name)
        pcm = audio.resampled(RECOGNIZER_RATE).samples.astype("<i2").tobytes()
        audio_data = self._sr.AudioData(pcm, RECOGNIZER_RATE, 2)
        began = time.perf_counter()
        with self._lock:
            try:
                # show_all=True hands back the decoder, whose segments carry word times.
                decoder = self._recognizer.recognize_sphinx(audio_data, show_all=True)
            except self._sr.RequestError as error:
                raise SpeechEngineError(f"pocketsphinx failed: {error}") from error
            hypothesis = decoder.hyp()
            segments = list(decoder.seg()) if hypothesis is not None else []
        taken = time.perf_counter() - began
        words = tuple(
            Word(
                re.sub(r"\(\d+\)$", "", seg.word),
                audio.start_s + seg.start_frame / SPHINX_FRAMES_PER_S,
                audio.start_s + (seg.end_frame + 1) / SPHINX_FRAMES_PER_S,
            )
            for seg in segments
            if not _SPHINX_FILLERS.match(seg.word)
        )
        text = hypothesis.hypstr.strip() if hypothesis is not None else ""
        return Transcript(text=text, engine=self.name, seconds_taken=taken, words=words)


def _import_engine(module: str, package: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise SpeechEngineError(
            f"the {package} package is not installed: run scripts/setup "
            f"(or pip install {package})"
        ) from error


def _import_speech_recognition() -> Any:
    # speech_recognition imports the aifc and audioop modules, deprecated since Python
    # 3.11; the warning is theirs to fix and says nothing to our users.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return _import_engine("speech_recognition", "SpeechRecognition")


# --- scoring ---------------------------------------------------------------------------

_SPELLED_OUT = {"mr": "mister", "mrs": "missus", "dr": "doctor", "st": "saint"}


def normalized_words(text: str) -> list[str]:
    """Lower-case words without punctuation; hyphenated words split; titles spelled out
    (as Whisper's own English normalizer does), so "Mr. Cold-hearted" == "mister cold
    hearted"."""
    cleaned = re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " "))
    words = (w.strip("'") for w in cleaned.split())
    return [_SPELLED_OUT.get(w, w) for w in words if w]


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(substitutions + deletions + insertions, reference word count): Levenshtein
    distance over normalized words. Sum both over clips for a corpus word error rate."""
    ref, hyp = normalized_words(reference), normalized_words(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, ref_word in enumerate(ref, start=1):
        current = [i] + [0] * len(hyp)
        for j, hyp_word in enumerate(hyp, start=1):
            current[j] = min(
                previous[j] + 1,  # deletion
                current[j - 1] + 1,  # insertion
                previous[j - 1] + (ref_word != hyp_word),  # substitution or match
            )
        previous = current
    return previous[-1], len(ref)


def word_error_rate(pairs: Sequence[tuple[str, str]]) -> float:
    """Corpus WER over (reference, hypothesis) pairs."""
    errors = total = 0
    for reference, hypothesis in pairs:
        e, n = word_errors(reference, hypothesis)
        errors, total = errors + e, total + n
    return errors / total if total else 0.0

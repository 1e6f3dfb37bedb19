"""The review page: one self-contained HTML file written into the session folder.

Everything is inline: the pictures as SVG (simulator/plots.py), the recording as a compact
mono MP3 in a data: URI, a few lines of CSS and JavaScript. Choosing a turn (its row, its
bar in a picture, a finding's link) calls `seekToTurn(i)`, which moves the player to that
turn's start; `i` is the report's turn index, also in every clickable element's `data-turn`.
"""

from __future__ import annotations

import base64
import io
import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from html import escape
from pathlib import Path
from typing import Any

import numpy as np

from simulator.review_text import CUE_KINDS, METRIC_LABELS, Review, clock_label, format_metric
from simulator.sessions import SessionError

PAGE = "review.html"
PAGE_RATE = 8000
"""The page's recording is telephone-band speech: plenty to hear how a turn went, and an
hour of it stays a few megabytes."""
ENCODINGS: tuple[tuple[str, str, dict[str, Any], str], ...] = (
    # (format, subtype, options, MIME type): the first one this libsndfile can write wins.
    ("MP3", "MPEG_LAYER_III", {"compression_level": 0.7, "bitrate_mode": "CONSTANT"},
     "audio/mpeg"),
    ("OGG", "VORBIS", {"compression_level": 0.9}, "audio/ogg"),
    ("WAV", "ULAW", {}, "audio/wav"),
)
BLOCK_S = 30


PAGE_AUDIO = "page-audio.mp3"
"""The page's compressed mixdown, kept beside the recording: encoding an hour takes ~20 s,
so the first review makes it and later ones reuse it."""


def page_audio(path: Path) -> tuple[bytes, str]:
    """The recording as the page plays it, from the kept mixdown when it is up to date."""
    kept = path.with_name(PAGE_AUDIO)
    try:
        if kept.stat().st_mtime >= path.stat().st_mtime and kept.stat().st_size > 0:
            return kept.read_bytes(), "audio/mpeg"
    except OSError:
        pass
    data, mime = encode_recording(path)
    if mime == "audio/mpeg":
        try:
            fd = os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        except OSError:
            pass  # a read-only folder still gets its page
    return data, mime


def encode_recording(path: Path) -> tuple[bytes, str]:
    """audio.flac mixed to mono at 8 kHz and compressed: (bytes, MIME type).

    Read block by block, so an hour-long recording never sits in memory whole.
    """
    import soundfile

    fmt, subtype, options, mime = next(
        (e for e in ENCODINGS if soundfile.check_format(e[0], e[1])), ENCODINGS[-1])
    out = io.BytesIO()
    try:
        with soundfile.SoundFile(str(path)) as audio, soundfile.SoundFile(
                out, "w", samplerate=PAGE_RATE, channels=1, format=fmt, subtype=subtype,
                **options) as encoded:
            to_page_rate = _rate_converter(audio.samplerate)
            block = BLOCK_S * audio.samplerate
            while True:
                frames = audio.read(block, dtype="int16", always_2d=True)
                if len(frames) == 0:
                    break
                mono = frames.astype(np.int32).sum(axis=1) // frames.shape[1]
                encoded.write(to_page_rate(mono))
    except (soundfile.LibsndfileError, RuntimeError, OSError) as exc:
        raise SessionError(f"{path}: unreadable recording ({exc})") from None
    return out.getvalue(), mime


def _rate_converter(rate: int) -> Callable[[np.ndarray], np.ndarray]:
    """int32 mono blocks at `rate` -> int16 at PAGE_RATE."""
    if rate % PAGE_RATE == 0:
        factor = rate // PAGE_RATE  # blocks are whole seconds, so they split evenly

        def average(samples: np.ndarray) -> np.ndarray:
            usable = len(samples) - len(samples) % factor
            return (samples[:usable].reshape(-1, factor).sum(axis=1) // factor).astype(np.int16)

        return average
    from audio.wavio import StreamResampler

    resampler = StreamResampler(rate, PAGE_RATE)

    def resample(samples: np.ndarray) -> np.ndarray:
        out = resampler.process(samples.astype(np.int16))
        return np.clip(np.round(out), -32768, 32767).astype(np.int16)

    return resample


def write_page(review: Review) -> Path:
    """Build the page and write it into the session folder, private to the user."""
    path = review.folder.path / PAGE
    tmp = path.with_name(f".{PAGE}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(build_page(review))
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path


def build_page(review: Review) -> str:
    from simulator import plots

    rec = review.record
    with ThreadPoolExecutor(max_workers=1) as pool:
        # Encoding (in libsndfile, outside the GIL) runs while the pictures are drawn.
        audio = pool.submit(page_audio, review.audio_path) if review.audio_path else None
        user_s = sum(t.seconds for t in rec.turns if t.speaker == "user")
        persona_s = sum(t.end_s - t.start_s for t in rec.turns if t.speaker == "persona")
        pictures = {
            "timeline": plots.timeline_svg(review),
            "lengths": plots.turn_lengths_svg(review),
            "ratio": plots.talk_ratio_svg(user_s, persona_s, review.persona_name),
        }
        encoded = audio.result() if audio is not None else None
    starts = [round(review.media_start_s(i), 3) for i in range(len(rec.turns))]
    return _TEMPLATE.format(
        title=escape(review.title),
        style=_STYLE,
        header=_header(review, user_s, persona_s),
        timeline=pictures["timeline"],
        player=_player(encoded),
        findings=_findings(review),
        lengths=pictures["lengths"],
        ratio=pictures["ratio"],
        metrics=_metrics(review),
        transcript=_transcript(review, encoded is not None),
        starts=json.dumps(starts),
        script=_SCRIPT,
    )


def _header(review: Review, user_s: float, persona_s: float) -> str:
    rec = review.record
    over = max(0.0, rec.duration_s - rec.agreed_s)
    pitfalls = sum(1 for f in review.findings if f.severity == "pitfall")
    total = user_s + persona_s
    cards = [
        ("length", f"{clock_label(rec.duration_s)} of {clock_label(rec.agreed_s)}",
         f"{clock_label(over)} over" if over > 0 else "within the agreed time"),
        ("you talked", f"{user_s / total:.0%}" if total else "-",
         f"{user_s:.0f} s of {total:.0f} s"),
        ("longest turn", f"{max((t.seconds for _, t in rec.user_turns()), default=0):.0f} s",
         f"rambling line {review.rambling_s:g} s"),
        ("findings", f"{pitfalls} pitfall(s)", f"{len(review.findings) - pitfalls} tip(s)"),
    ]
    cells = "".join(f'<div class="card"><div class="k">{escape(k)}</div>'
                    f'<div class="v">{escape(v)}</div><div class="s">{escape(s)}</div></div>'
                    for k, v, s in cards)
    who = (f"{escape(review.persona_name)} · {escape(rec.scenario)} · {escape(rec.mode)} · "
           f"{escape(review.folder.name)} · ended by {escape(rec.ended_by)}")
    return f'<p class="who">{who}</p><div class="cards">{cells}</div>'


def _player(encoded: tuple[bytes, str] | None) -> str:
    if encoded is None:
        return ('<p class="note">No recording: this meeting was typed or scripted, so there '
                'is only the transcript.</p>')
    data, mime = encoded
    uri = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return (f'<audio id="player" controls preload="auto" src="{uri}"></audio>'
            '<p class="note">Click a turn, a bar or a finding to jump the recording to it.</p>')


def _findings(review: Review) -> str:
    if not review.findings:
        return '<p class="good">No findings: a well-run meeting.</p>'
    items = []
    for f in review.findings:
        where = ""
        if f.turn is not None and 0 <= f.turn < len(review.record.turns):
            at = clock_label(f.at_s if f.at_s is not None else review.record.turns[f.turn].start_s)
            where = (f'<a class="finding-link" href="#turn-{f.turn}" data-turn="{f.turn}">'
                     f"{at} · turn {f.turn + 1}</a>")
        elif f.at_s is not None:
            where = f'<span class="at">{clock_label(f.at_s)}</span>'
        items.append(f'<li class="finding {escape(f.severity)}"><span class="code">'
                     f"{escape(f.code)}</span> {where}<div>{escape(f.message)}</div></li>")
    return f'<ul class="findings">{"".join(items)}</ul>'


def _metrics(review: Review) -> str:
    metrics = review.report.get("metrics") or {}
    rows = "".join(f"<tr><td>{escape(METRIC_LABELS.get(k, k))}</td>"
                   f"<td>{escape(format_metric(k, v))}</td></tr>" for k, v in metrics.items())
    return f'<table class="metrics">{rows}</table>'


def _transcript(review: Review, playable: bool) -> str:
    rows = []
    for i, turn in enumerate(review.record.turns):
        who = "You" if turn.speaker == "user" else review.persona_name
        marks = "".join(f'<span class="flag {escape(f.severity)}">{escape(f.code)}</span>'
                        for f in review.by_turn.get(i, []))
        if turn.kind in CUE_KINDS:
            marks += f'<span class="flag cue">{escape(CUE_KINDS[turn.kind])}</span>'
        long = turn.speaker == "user" and turn.seconds > review.rambling_s
        play = (f'<button class="play" data-turn="{i}" title="play this turn">▶</button>'
                if playable else "")
        rows.append(
            f'<tr id="turn-{i}" class="turn {turn.speaker}" data-turn="{i}">'
            f'<td class="n">{i + 1}</td><td class="t">{clock_label(turn.start_s)}</td>'
            f'<td class="w">{escape(who)}</td><td>{escape(turn.text)} {marks}</td>'
            f'<td class="s{" long" if long else ""}">{turn.seconds:.0f} s</td>'
            f"<td>{play}</td></tr>")
    return f'<table class="transcript">{"".join(rows)}</table>'


_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;
 max-width:1150px;padding:16px 24px;color:#222}
h1{font-size:22px;margin:4px 0}h2{font-size:17px;margin:22px 0 8px}
.who{color:#666;margin:0 0 12px}.note{color:#666;font-size:13px;margin:4px 0}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{border:1px solid #ddd;border-radius:8px;padding:8px 14px;min-width:170px}
.card .k{color:#666;font-size:12px;text-transform:uppercase}.card .v{font-size:20px}
.card .s{color:#888;font-size:12px}
svg{max-width:100%;height:auto}.turn-link{cursor:pointer}.turn-link:hover{opacity:.7}
audio{width:100%;position:sticky;top:0;z-index:2;background:#fff}
.row{display:flex;gap:20px;flex-wrap:wrap;align-items:flex-start}
.findings{list-style:none;padding:0;margin:0}
.finding{border-left:4px solid #e0a800;padding:4px 10px;margin:6px 0;background:#fffbea}
.finding.pitfall{border-color:#c0392b;background:#fdf0ef}
.finding .code{font-weight:600}.finding a{margin-left:8px}.good{color:#2e8b57}
table{border-collapse:collapse}.metrics td{padding:2px 12px 2px 0}
.transcript{width:100%}.transcript td{padding:5px 8px;border-top:1px solid #eee;
 vertical-align:top}.transcript tr{cursor:pointer}.transcript tr:hover{background:#f6f8fa}
.transcript .n,.transcript .t,.transcript .s{color:#888;white-space:nowrap}
.transcript .w{font-weight:600;white-space:nowrap}.user .w{color:#2e8b57}
.persona .w{color:#4682b4}.transcript .long{color:#c0392b;font-weight:600}
tr.current{background:#fff3c4 !important;outline:2px solid #e0a800}
.flag{font-size:11px;border-radius:4px;padding:1px 5px;margin-left:4px;color:#fff;
 background:#e0a800}.flag.pitfall{background:#c0392b}.flag.cue{background:#8e44ad}
.play{border:1px solid #ccc;background:#fff;border-radius:4px;cursor:pointer}
"""

_SCRIPT = """
function seekToTurn(i, scroll) {
  const row = document.getElementById('turn-' + i);
  document.querySelectorAll('tr.current').forEach(r => r.classList.remove('current'));
  if (row) {
    row.classList.add('current');
    if (scroll !== false) row.scrollIntoView({block: 'center'});
  }
  const player = document.getElementById('player');
  if (player && TURN_STARTS[i] !== undefined) player.currentTime = TURN_STARTS[i];
  return false;
}
document.addEventListener('click', function (event) {
  const target = event.target.closest('[data-turn]');
  if (!target) return;
  event.preventDefault();
  const i = Number(target.getAttribute('data-turn'));
  seekToTurn(i, !target.closest('.transcript'));
  const player = document.getElementById('player');
  if (player && target.classList.contains('play')) player.play().catch(function () {});
});
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: {title}</title><style>{style}</style></head>
<body>
<h1>{title}</h1>
{header}
<h2>Who spoke when</h2>
{timeline}
{player}
<h2>Findings</h2>
{findings}
<div class="row">
<div><h2>Your turns</h2>{lengths}</div>
<div><h2>Talk ratio</h2>{ratio}<h2>Metrics</h2>{metrics}</div>
</div>
<h2>Transcript</h2>
{transcript}
<script>const TURN_STARTS = {starts};{script}</script>
</body></html>
"""

"""The review page's pictures, drawn with matplotlib as inline SVG.

matplotlib is imported inside the functions (it is slow to import) and only its object API
with the Agg/SVG canvases is used: no pyplot, no window, no global figure state. Every turn
drawn becomes an SVG group carrying `data-turn` (the report's index) so the page can make
it clickable.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.review_text import Review

USER_COLOUR = "#2e8b57"
PERSONA_COLOUR = "#4682b4"
OVER_COLOUR = "#c0392b"
CUE_COLOUR = "#8e44ad"


def _figure(width: float, height: float) -> Any:
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise RuntimeError("the review page needs matplotlib: pip install matplotlib") from None
    return Figure(figsize=(width, height), dpi=100)


def _svg(fig: Any, salt: str) -> str:
    """The figure as an inline <svg> element (no XML prolog), with clickable turn groups."""
    import matplotlib

    buf = io.StringIO()
    # Text stays text (smaller, selectable); a salt per figure keeps generated ids unique
    # on a page holding several figures, and the same from run to run.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": salt,
                                "font.family": "DejaVu Sans"}):
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    return re.sub(r'<g id="(\w+)-turn-(\d+)">',
                  r'<g id="\1-turn-\2" class="turn-link" data-turn="\2">', svg)


def _minutes_axis(ax: Any, span_s: float) -> None:
    from matplotlib.ticker import FuncFormatter, MultipleLocator

    # Ticks on round minutes (or half minutes for short meetings), at most about a dozen.
    step = next((s for s in (15, 30, 60, 120, 300, 600, 900) if span_s / s <= 12), 1800)
    ax.xaxis.set_major_locator(MultipleLocator(step))
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda s, _pos: f"{int(s) // 60}:{int(s) % 60:02d}"))


def timeline_svg(review: Review) -> str:
    """Who spoke when, on two lanes, with the agreed end and the time cues marked."""
    from matplotlib.patches import Rectangle

    rec = review.record
    end = max(rec.duration_s, max((t.end_s for t in rec.turns), default=0.0), 1.0)
    # Show the agreed end when it is near; a far-off one is named at the right edge.
    right = max(end, rec.agreed_s) if rec.agreed_s <= end * 1.3 else end
    fig = _figure(11, 2.6)
    ax = fig.subplots()
    lanes = {"persona": 0, "user": 1}
    for i, turn in enumerate(rec.turns):
        y = lanes[turn.speaker]
        colour = USER_COLOUR if turn.speaker == "user" else PERSONA_COLOUR
        if turn.speaker == "user" and turn.seconds > review.rambling_s:
            colour = OVER_COLOUR
        width = max(turn.end_s - turn.start_s, right / 800)  # a click target even when short
        bar = Rectangle((turn.start_s, y - 0.35), width, 0.7, facecolor=colour,
                        edgecolor="white", linewidth=0.3)
        bar.set_gid(f"tl-turn-{i}")
        ax.add_patch(bar)
    for i in review.cue_turns():
        at = rec.turns[i].start_s
        ax.axvline(at, color=CUE_COLOUR, linewidth=1.2, linestyle=":")
        ax.annotate(_cue_label(rec.turns[i].kind), (at, 1.45), color=CUE_COLOUR, fontsize=8,
                    ha="center", annotation_clip=False)
    if rec.agreed_s <= right:
        ax.axvline(rec.agreed_s, color=OVER_COLOUR, linewidth=1.5, linestyle="--")
        # One line above the cue labels, so the two never overlap.
        ax.annotate("agreed end", (rec.agreed_s, 1.8), color=OVER_COLOUR, fontsize=8,
                    ha="center", annotation_clip=False)
    else:
        ax.annotate(f"agreed end at {int(rec.agreed_s) // 60}:{int(rec.agreed_s) % 60:02d} →",
                    (right, 1.8), color=OVER_COLOUR, fontsize=8, ha="right",
                    annotation_clip=False)
    ax.set_xlim(0, right * 1.01)
    ax.set_ylim(-0.6, 2.05)
    ax.set_yticks([0, 1], [review.persona_name, "You"])
    _minutes_axis(ax, right)
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#dddddd", linewidth=0.5)
    ax.set_axisbelow(True)
    return _svg(fig, "timeline")


def _cue_label(kind: str) -> str:
    from simulator.review_text import CUE_KINDS

    return CUE_KINDS.get(kind, kind)


def turn_lengths_svg(review: Review) -> str:
    """Each of the user's turns as a bar of its speaking time, against the rambling line."""
    from matplotlib.patches import Rectangle

    turns = review.record.user_turns()
    fig = _figure(7.5, 2.8)
    ax = fig.subplots()
    tallest = max([t.seconds for _, t in turns] + [review.rambling_s])
    for slot, (i, turn) in enumerate(turns):
        over = turn.seconds > review.rambling_s
        bar = Rectangle((slot - 0.4, 0), 0.8, max(turn.seconds, tallest / 150),
                        facecolor=OVER_COLOUR if over else USER_COLOUR)
        bar.set_gid(f"len-turn-{i}")
        ax.add_patch(bar)
    ax.axhline(review.rambling_s, color=OVER_COLOUR, linestyle="--", linewidth=1.2)
    ax.annotate(f"rambling line ({review.rambling_s:g} s)", (len(turns) - 0.5,
                review.rambling_s), xytext=(0, 3), textcoords="offset points",
                color=OVER_COLOUR, fontsize=8, ha="right", va="bottom")
    ax.set_xlim(-0.7, max(len(turns), 1) - 0.3)
    ax.set_ylim(0, tallest * 1.15)
    step = max(1, len(turns) // 20)
    ax.set_xticks(range(0, len(turns), step), [str(i + 1) for i, _ in turns][::step],
                  fontsize=8)
    ax.set_xlabel("your turns (turn number)")
    ax.set_ylabel("seconds of speech")
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig, "lengths")


def talk_ratio_svg(user_s: float, persona_s: float, persona_name: str) -> str:
    """One bar split between the user's and the persona's speaking time."""
    total = user_s + persona_s
    share = user_s / total if total > 0 else 0.0
    fig = _figure(3.6, 0.7)
    ax = fig.subplots()
    ax.barh([0], [share], color=USER_COLOUR)
    ax.barh([0], [1 - share], left=[share], color=PERSONA_COLOUR)
    if share >= 0.12:
        ax.text(share / 2, 0, f"You {share:.0%}", color="white", ha="center", va="center",
                fontsize=9)
    if share <= 0.88:
        ax.text((1 + share) / 2, 0, f"{persona_name.split()[0]} {1 - share:.0%}",
                color="white", ha="center", va="center", fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_axis_off()
    return _svg(fig, "ratio")

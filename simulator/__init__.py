"""The interview side of interview-sim: scenarios, the meeting, the persona, coaching."""

__version__ = "0.1.0"

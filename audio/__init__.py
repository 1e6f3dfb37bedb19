"""The sound side of interview-sim: audio values, sources and sinks, voice activity,
speech in and out. Knows nothing about interviews."""

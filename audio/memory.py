"""Process-wide memory settings for a long meeting."""

from __future__ import annotations

import ctypes
import ctypes.util

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)
ARENAS = 2
"""glibc gives each thread that allocates its own heap, and keeps what the thread frees
for it: the loop, the readers and the voice each held memory the others could not reuse.
Two heaps lowered a 17-minute meeting's peak from 231.6 to 221.4 MB (measured)."""


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's heaps for threads started from now on; False where libc is not glibc."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        return bool(libc.mallopt(M_ARENA_MAX, arenas))
    except (OSError, AttributeError):
        return False

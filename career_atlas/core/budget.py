"""A time budget for work whose cost contributed text can drive (rendering its Markdown).

Python-Markdown is fast on real text, but some inputs make it slow: thousands of unclosed
link brackets take minutes. The loader renders every text under :func:`time_limit`, so such
a text becomes a ``file:line`` problem within seconds instead of a stalled build. The timer
is ``SIGALRM``, which interrupts Python code and long regular-expression searches alike; it
works in the main thread, where ``check``, ``mkdocs build`` and ``mkdocs serve``'s rebuilds run.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

RENDER_SECONDS = 2.0
"""How long one text may take to render and check (real texts take milliseconds)."""


class TooSlow(Exception):
    """The work did not finish within its budget."""


@contextmanager
def time_limit(seconds: float = RENDER_SECONDS) -> Iterator[None]:
    """Raise :class:`TooSlow` in the block once ``seconds`` have passed (main thread only;
    elsewhere, and where the platform has no interval timer, the block runs unbounded)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

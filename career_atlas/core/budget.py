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
TOTAL_RENDER_SECONDS = 10.0
"""How long all the data's texts may take together (the real data's take about 1 s): many texts
each just under RENDER_SECONDS would stall a build, and `mkdocs serve` with it, for minutes."""
SLOWEST_SHOWN = 5
"""How many of the slowest texts the problem names, once the data's texts are over budget."""


class Spent:
    """The time one check's texts took, with where each is, to name the slowest once over budget."""

    def __init__(self, total: float | None = None) -> None:
        self.budget = TOTAL_RENDER_SECONDS if total is None else total
        self.total = 0.0
        self.texts: list[tuple[float, str, int | None, str]] = []  # seconds, file, line, key

    @property
    def over(self) -> bool:
        return self.total > self.budget

    def add(self, seconds: float, file: str, line: int | None, key: str) -> None:
        self.total += seconds
        self.texts.append((seconds, file, line, key))

    def slowest(self) -> list[tuple[float, str, int | None, str]]:
        return sorted(self.texts, key=lambda t: -t[0])[:SLOWEST_SHOWN]


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

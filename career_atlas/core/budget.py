"""A budget for the work contributed Markdown can cost, counted in the text, not in seconds.

Python-Markdown is fast on real text, but some inputs make it slow. The cost of a text is
estimated from its characters alone (:func:`work`), before it is rendered, so the same data
gets the same verdict on any machine, however busy: a text over :data:`TEXT_WORK` is refused,
and when the data's texts together are over :data:`TOTAL_WORK`, the costliest are named and
none is rendered. ``scripts/bench_markdown.py`` measures the hostile families and the real
data's texts that set these figures: on this machine a unit is at most 0.6 us of CPU for
every family measured (table rows are the slowest per unit, 0.59 us; the real data 0.36 us).

What makes Markdown superlinear is links: every ``[`` that starts a link, image or reference
(closed, or a ``](`` never closed) makes Python-Markdown scan its paragraph again, so the cost
is the number of ``[`` times the paragraph's length (and each run of backticks its line's) (a ``[](`` run: 0.5 s at 4,000 characters,
8 s at 16,000). Inline parsing never crosses a blank line, so a paragraph here is a block
between blank lines (a list without blank lines is one block: an over-estimate, never an
under-estimate). Three block constructs grow with more than their length, and are priced so:
indentation (a nested list is parsed again at each level), list markers after a line's first
(each opens a nested list) and lines that open a code fence (its pattern reads the rest of the
text again for each). Everything else measured grows linearly: a cost per text, per character
and per Markdown mark.

:func:`time_limit` is only a backstop for a slow pattern nobody has found yet: at
:data:`RENDER_SECONDS`, 40 times what any text under :data:`TEXT_WORK` takes. The timer is
``SIGALRM``, which interrupts Python code and long regular-expression searches alike; it
works in the main thread, where ``check``, ``mkdocs build`` and ``mkdocs serve``'s rebuilds run.
"""

from __future__ import annotations

import os
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

PER_TEXT = 150
"""Every text's cost, however short: the early check renders a text up to three times and
sanitizes it (a one-character text takes 73 us, a lone link or ``<b>`` up to 233 us)."""
RENDERS = 3
"""A text holding ``<``, ``[`` or ``{`` is rendered three times by the early check (for raw HTML,
attribute lists and links), others once: each of its characters costs that many units (a
500-character ``<a a a ...`` takes 620 us)."""
PER_MARK = 40
"""Each character that starts Markdown work (MARKS): a line, emphasis, code, raw HTML, an entity,
an attribute list, a table cell. It sets the slowest linear inputs at 0.6 us a unit: a table row
``c|d`` costs 84 units and takes 50 us; a ``<b1>`` paragraph 178 units, 86 us. Other characters,
``(`` ``:`` ``"`` digits and letters among them, take at most 0.16 us each."""
MARKS = "\\`*_[]<>&{}|\n"
PER_LINK_SCAN = 1
"""Each ``[`` times the length of its block: a link, image or reference re-scans its block in
Python (162 closed links with bad targets in 1,134 characters: 198,000 units, 86 ms)."""
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
PER_TAG_SCAN = 1
"""Each ``<`` before a letter (a tag or an autolink, closed or not) times the length of its block:
the raw HTML pattern reads the rest of the block again from each (21 notes of 3,333 ``<a  x`` each,
193,000 units without this, ran at 9 us a unit and took check to 38 s)."""
_TAG_START = re.compile(r"<[A-Za-z]")
PER_INDENT = 4
"""Each column of each line's indentation (a tab counts four, as Markdown expands it): a nested
list is parsed again at each level, so its cost grows with depth times size (600 tab-nested items,
206,000 units without this, took 1.0 s, 4.9 us a unit; an outsider's 150 such notes stalled a build
for 40 s)."""
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
PER_LIST_MARKER = 80
"""Each list marker after the first at the start of a line (``- - - a``): each opens a list nested
in the last, and Python-Markdown takes up to 47 us for each (9,980 of them, 20,000 units without
this, took 0.47 s, 24 us a unit, 0.57 us with it; an outsider's 80 such notes added 39 s to a build)."""
_MARKER_RUN = re.compile(r"^[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+){2,}", re.MULTILINE)
_MARKER = re.compile(r"(?:[-+*]|\d{1,9}[.)])[ \t]+")
FENCE_SCAN_CHARACTERS = 20
"""A unit for every 20 characters a code fence's pattern scans: from each line that opens a fence
(``` or ~~~) to the end of the text, which it reads again for each (2,475 lines of ``~~~ aaa``,
119,000 units without this, took 0.43 s, 3.6 us a unit, and an outsider's 34 such notes added 16 s
to a build; scanned, 0.016 us a character, so 0.3 us a unit)."""
_FENCE_OPEN = re.compile(r"^[ \t]*(?:`{3,}|~{3,})", re.MULTILINE)
CODE_SCAN_CHARACTERS = 10
"""A unit for every 10 characters a code span's pattern reads: from each run of backticks to the end
of its line, for a closing run of the same length (adv20s: 1,450 ``a` runs before 14,000 letters on
one line, 194,000 units without this, took 1.1 s, 6 us a unit; 21 such notes added 37 s to a build;
read, 0.055 us a character, so 0.55 us a unit)."""
_BACKTICKS = re.compile(r"`+")

TEXT_WORK = 200_000
"""The most one text may cost: at most 0.12 s of CPU (table rows). The real data's largest text
costs 3,810 (a 52x margin); 40 links in one 4,000-character paragraph fit."""


def _data_scale() -> int:
    value = os.environ.get("ATLAS_DATA_SCALE", "1")
    return int(value) if value.isdigit() and 1 <= int(value) <= 100 else 1


DATA_SCALE = _data_scale()
"""How many times today's data the volume limits allow (TOTAL_WORK and the loader's
MAX_DATA_BYTES): 1, unless whoever runs the build sets ATLAS_DATA_SCALE (the build benchmark
does, to build ten copies of the data). The data itself can never raise it."""
TOTAL_WORK = 5_000_000 * DATA_SCALE
"""The most the data's texts may cost together: at most 3 s of CPU, so a build never stalls on
many texts each under TEXT_WORK. The real data's 1,794 texts cost 840,000 (a 6x margin; check
renders them in 0.30 s of CPU)."""
LARGEST_SHOWN = 5
"""How many of the costliest texts the problem names, once the data's texts are over TOTAL_WORK."""
RENDER_SECONDS = 5.0
"""The backstop: how long one text may take to render and check before it is refused anyway.
Texts under TEXT_WORK take at most 0.12 s (40 times less), so only an unknown slow pattern meets it."""

T = TypeVar("T")


def work(text: str) -> int:
    """What rendering and checking ``text`` costs, from its characters alone (no timing):
    PER_TEXT, plus a unit per character and render (RENDERS), plus PER_MARK for each mark, plus each ``[``, and
    each ``<`` before a letter, times the length of its block, plus PER_INDENT for each column of indentation, plus a unit per
    FENCE_SCAN_CHARACTERS of text after each line that opens a fence, plus a unit per CODE_SCAN_CHARACTERS
    of each line for each run of backticks on it, plus PER_LIST_MARKER for each list marker after a line's first. A carriage return is a line break, as Markdown reads it."""
    if "\r" in text:  # data files are read with their line breaks as "\n"; a text from elsewhere is priced the same
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    marks = sum(text.count(c) for c in MARKS)
    renders = RENDERS if "<" in text or "[" in text or "{" in text else 1
    blocks = _BLANK_LINE.split(text) if "[" in text or "<" in text else []
    scans = sum(block.count("[") * len(block) for block in blocks) if "[" in text else 0
    tags = sum(len(_TAG_START.findall(block)) * len(block) for block in blocks) if "<" in text else 0
    indent = sum(len(m.group(0).expandtabs(4)) for m in _INDENT.finditer(text)) if "\n" in text else 0
    fences = sum(len(text) - m.start() for m in _FENCE_OPEN.finditer(text)) if "``" in text or "~~" in text else 0
    code = sum(len(_BACKTICKS.findall(line)) * len(line) for line in text.split("\n") if "`" in line) if "`" in text else 0
    nested = sum(len(_MARKER.findall(m.group(0))) - 1 for m in _MARKER_RUN.finditer(text))
    return (PER_TEXT + renders * len(text) + PER_MARK * marks + PER_LINK_SCAN * scans + PER_TAG_SCAN * tags + PER_INDENT * indent
            + fences // FENCE_SCAN_CHARACTERS + code // CODE_SCAN_CHARACTERS + PER_LIST_MARKER * nested)


def costliest(costs: list[tuple[int, T]], spent: int = 0) -> list[tuple[int, T]]:
    """The LARGEST_SHOWN costliest of ``costs`` (cost, where), largest first, when they and the
    ``spent`` work of texts already checked are more than TOTAL_WORK together; else none."""
    if spent + sum(cost for cost, _ in costs) <= TOTAL_WORK:
        return []
    return sorted(costs, key=lambda c: -c[0])[:LARGEST_SHOWN]


def too_much(cost: int) -> str:
    """The problem of a text that costs more than TEXT_WORK."""
    return (f"is too costly to render as Markdown ({cost:,} units of work; at most {TEXT_WORK:,}): each link, image "
            "or [ re-reads its whole paragraph, and * _ ` < { | and lines cost more; close its links, put blank lines "
            "between paragraphs or list items, or split the text")


def too_much_together(cost: int, total: int) -> str:
    """The problem of one of the costliest texts, once the data's texts cost more than TOTAL_WORK."""
    return (f"costs {cost:,} units of Markdown work, and the data's texts together {total:,} (at most {TOTAL_WORK:,}); "
            "simplify this text's Markdown (links and [ in long paragraphs, runs of * _ ` < |), the costliest first")


class TooSlow(Exception):
    """The work did not finish within its backstop."""


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

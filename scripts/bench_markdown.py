"""How long the atlas's Markdown check takes on hostile texts and on the real data's texts, next
to the work the budget counts for them (career_atlas/core/budget.py), to set and check its figures.

    .venv/bin/python scripts/bench_markdown.py [--sizes 1000,2000,4000,8000,16000] [--only FAMILY]

Each text is checked as the loader checks a passage (the early check, then its shape: three
renders and the sanitizer), with a 10 s CPU alarm so a stall shows as "stall". Times are CPU seconds
of this process (the median of three), so other work on the machine hardly moves them. Printed:
each family's growth without the budget (which are superlinear, from what size); each family at
its longest text within TEXT_WORK, with microseconds per unit of work (the budget's figures hold
while this stays under 1); then the real data: the largest text against TEXT_WORK, and all of
them against TOTAL_WORK.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import math
import re
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from career_atlas.core import budget, textcheck  # noqa: E402
from career_atlas.core.loader import _read_note  # noqa: E402
from career_atlas.core.model import MAX_TEXT, markdown_texts  # noqa: E402
from career_atlas.core.terms import MAX_VARIANTS, _pattern  # noqa: E402
from career_atlas.core.yamlfile import read_yaml_on  # noqa: E402

CAP = 10.0
"""CPU seconds before one measurement is given up as a stall."""
BATCH = 0.1
"""CPU seconds a measurement repeats its text for, at least."""


def repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * max(1, n // len(unit))


def numbered(pattern: str) -> Callable[[int], str]:
    """``pattern`` with {i} counting up, repeated to about n characters."""
    def make(n: int) -> str:
        out, i, size = [], 0, 0
        while size < n:
            piece = pattern.format(i=i)
            out.append(piece)
            size, i = size + len(piece), i + 1
        return "".join(out)
    return make


def growing(mark: str) -> Callable[[int], str]:
    """Runs of ``mark`` of every length 1, 2, 3... each closed by a letter."""
    def make(n: int) -> str:
        out, k, size = [], 1, 0
        while size < n:
            out.append(mark * k + "a")
            size, k = size + k + 1, k + 1
        return "".join(out)
    return make


FAMILIES: dict[str, Callable[[int], str]] = {
    "prose": repeat("Data engineers build pipelines. "),
    "[ run": repeat("["),
    "[[..]] nested": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "[^n](": lambda n: "[" * (n - 2) + "](",
    "[]( unclosed": repeat("[]("),
    "[a]( unclosed": repeat("[a]("),
    "[a](b unclosed": repeat("[a](b"),
    "[a](b ( title": repeat("[a](b ("),
    "![]( unclosed": repeat("![]("),
    "[x](< unclosed": repeat("[x](<"),
    "[](\\n lines": repeat("[](\n"),
    "[](\\n\\n paragraphs": repeat("[](\n\n"),
    "> [](  quoted": repeat("> [](") ,
    "x\\n- [](  list": lambda n: "x\n" + "- [](\n" * (n // 6),
    "- [](  list": repeat("- [](\n"),
    "[a](b) closed, bad": repeat("[a](b) "),
    "[a](https) closed": numbered("[a](https://a.com/{i}) "),
    "[a](https) list": numbered("- [a](https://a.com/{i})\n"),
    "![a](xN) images": numbered("![a](x{i}) "),
    "[a][r] references": lambda n: "[r]: https://a.com\n\n" + "[a][r] " * (n // 7),
    "[aN]: refdefs": numbered("[a{i}]: b{i}\n"),
    "[a][ undefined": repeat("[a]["),
    "* run": repeat("*"),
    "*a": repeat("*a"),
    "_a": repeat("_a"),
    "**a": repeat("**a"),
    "*_": repeat("*_"),
    "***a": repeat("***a"),
    "*k a growing": growing("*"),
    "` run": repeat("`"),
    "`a": repeat("`a"),
    "`k a growing": growing("`"),
    "``a` runs, then letters on the line": lambda n: "``a`" * (n // 40) + "b" * (n - n // 10),
    "< run": repeat("<"),
    "<a": repeat("<a"),
    "<bN> inline": numbered("<b{i}>"),
    "<bN> blocks": numbered("<b{i}>\n\n"),
    "<http: autolinks": repeat("<http:"),
    "<a a a: one open tag": lambda n: "<" + "a " * (n // 2),
    "<aaaa: one long tag": lambda n: "<" + "a" * n,
    "<a b=c: attributes": lambda n: "<a " + "b=c " * (n // 4),
    "\\ run": repeat("\\"),
    "&amp;": repeat("&amp;"),
    "&#": repeat("&#"),
    "{: run": repeat("{: "),
    "x {: .a} lines": repeat("x {: .a}\n"),
    "| run": repeat("|"),
    "table rows": lambda n: "a|b\n-|-\n" + "c|d\n" * (n // 4),
    "# headings": repeat("#### a\n"),
    "setext": repeat("a\n-\n"),
    "~~~ fences": repeat("~~~\n"),
    "~~~ aaa unclosed fences": repeat("~~~ aaa\n"),
    "~~~ growing unclosed fences": lambda n: "".join("~" * i + "\n" for i in range(3, int((2 * n) ** 0.5))),
    "~~~.a unclosed fences": repeat("~~~.a\n"),
    "tab-nested lists": lambda n: "".join("\t" * i + "- a\n" for i in range(int((2 * n) ** 0.5))),
    "- - - markers on one line": lambda n: "- " * (n // 2) + "a",
    "-\t markers on one line": lambda n: "-\t" * (n // 2) + "a",
    "indented code": repeat("    x\n"),
    "nested lists": lambda n: "".join("  " * i + "- x\n" for i in range(int(n ** 0.5))),
    "> run (nested quote)": lambda n: ">" * n + " x",
    "> lines": lambda n: "".join(">" * i + " x\n" for i in range(int(n ** 0.5))),
    "trailing spaces": repeat("a  \n"),
    "1. ordered": numbered("{i}. x\n"),
    "mixed *[`_<": repeat("*[`_<"),
    "( run": repeat("("),
    "- run": repeat("-"),
    ": run": repeat(":"),
    "' and \" run": repeat("'\""),
    "= run": repeat("="),
    "digits": repeat("1234567890"),
    "https:// words": repeat("https://example.com/a "),
    "hangul": repeat("데이터 엔지니어는 파이프라인을 만든다. "),
    "combining marks": repeat("a\u0301\u0302\u0303"),
}


class Stall(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise Stall


def check(text: str, runs: int = 3) -> float:
    """CPU seconds to check ``text`` as a passage, without the budget: the median of ``runs``
    batches, each repeated until it has taken BATCH (this process's CPU clock moves in steps of
    a few milliseconds here); inf for a stall."""
    times = []
    for _ in range(runs):
        gc.collect()
        signal.setitimer(signal.ITIMER_PROF, CAP)
        started, repeats = time.process_time(), 0
        try:
            while (spent := time.process_time() - started) < BATCH:
                with contextlib.suppress(RecursionError):
                    textcheck.problems(text)
                    textcheck.shape_problem(text)
                repeats += 1
        except Stall:
            return float("inf")
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        times.append(spent / repeats)
        if spent > 1:
            break
    return sorted(times)[len(times) // 2]


def at_bound(make: Callable[[int], str]) -> str:
    """The family's longest text (at most MAX_TEXT characters) whose work is within TEXT_WORK."""
    low, high = 1, MAX_TEXT["free"]
    if budget.work(make(high)) <= budget.TEXT_WORK:
        return make(high)
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if budget.work(make(mid)) <= budget.TEXT_WORK else (low, mid - 1)
    return make(low)


def real_texts() -> list[tuple[str, str, str]]:
    """(file, key, text) of every Markdown text in data/."""
    out = []
    data = REPO / "data"
    for path in sorted(data.rglob("*")):
        if path.suffix not in (".yml", ".md"):
            continue
        doc, _ = _read_note(path, str(path)) if path.suffix == ".md" else read_yaml_on(path, str(path))
        if doc is not None:
            out += [(str(path.relative_to(REPO)), ".".join(map(str, key)), text) for key, text, _ in markdown_texts(doc.data)]
    return out


def growth(sizes: list[int], only: str | None) -> None:
    """Each family's time as it grows, without the budget: which are superlinear, from what size."""
    print(f"{'family':22}" + "".join(f"{size:>10,}" for size in sizes) + "   ms, unbudgeted; x per doubling")
    for name, make in FAMILIES.items():
        if only and only not in name:
            continue
        row: list[float] = []
        for size in sizes:
            row.append(check(make(size), runs=1))
            if row[-1] > 3:
                break
        cells = "".join(f"{t * 1000:>10.1f}" if t != float("inf") else f"{'stall':>10}" for t in row)
        steps = len(row) - 1
        doubling = f"x{(row[-1] / row[-2]) ** (1 / math.log2(sizes[steps] / sizes[steps - 1])):.1f}" if steps and row[-2] > 0.005 else "-"
        print(f"{name:22}{cells}{'':>{10 * (len(sizes) - len(row))}}   {doubling}", flush=True)


def bounded(only: str | None) -> float:
    """Each family at the longest text within TEXT_WORK: its time, and microseconds per unit."""
    print(f"\n{'family, at TEXT_WORK':22} {'chars':>6} {'work':>9} {'ms':>7} {'us/unit':>7}")
    worst: tuple[float, str] = (0.0, "")
    for name, make in FAMILIES.items():
        if only and only not in name:
            continue
        text = at_bound(make)
        seconds, cost = check(text), budget.work(text)
        worst = max(worst, (seconds * 1e6 / cost, name))
        print(f"{name:22} {len(text):>6} {cost:>9,} {seconds * 1000:>7.1f} {seconds * 1e6 / cost:>7.3f}", flush=True)
    print(f"\nslowest rate within TEXT_WORK: {worst[0]:.3f} us per unit ({worst[1]}): one text at most "
          f"{worst[0] * budget.TEXT_WORK / 1e6:.2f} s, all texts at TOTAL_WORK at most {worst[0] * budget.TOTAL_WORK / 1e6:.2f} s")
    return worst[0]


def real() -> None:
    texts = real_texts()
    costs = []
    started = time.process_time()
    for file, key, text in texts:
        costs.append((budget.work(text), file, key))
        textcheck.problems(text)
        textcheck.shape_problem(text)
    seconds = time.process_time() - started
    total = sum(c for c, _, _ in costs)
    largest = max(costs)
    print(f"\nreal data: {len(texts):,} texts, {sum(len(t) for _, _, t in texts):,} characters, checked in {seconds:.2f} s")
    print(f"  largest text: {largest[0]:,} units ({largest[1]} {largest[2]}); TEXT_WORK {budget.TEXT_WORK:,}: "
          f"margin {budget.TEXT_WORK / largest[0]:.0f}x")
    print(f"  all texts: {total:,} units ({seconds * 1e6 / total:.3f} us per unit); TOTAL_WORK {budget.TOTAL_WORK:,}: "
          f"margin {budget.TOTAL_WORK / total:.1f}x")


def terms() -> None:
    """The terminology check at its limit: MAX_VARIANTS variants a language, over a megabyte of
    prose each (before the prefix tree, one alternative a variant: 3 s a megabyte)."""
    for lang, variants, prose in (
        ("en", [f"zqvariant{n}x{j}" for n in range(20) for j in range(MAX_VARIANTS // 20)], "The data engineer builds the pipelines. "),
        ("ko", [f"가나다{n}라{j}" for n in range(20) for j in range(MAX_VARIANTS // 20)], "데이터 엔지니어는 파이프라인을 만듭니다. "),
    ):
        pattern = re.compile(_pattern(variants), re.IGNORECASE)
        text = (prose * (1_000_000 // len(prose) + 1))[:1_000_000]
        started = time.process_time()
        sum(1 for _ in pattern.finditer(text))
        print(f"terms check, {len(variants)} {lang} variants over 1,000,000 characters: {time.process_time() - started:.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,2000,4000,8000,16000")
    parser.add_argument("--only", help="run only the families whose name holds this")
    parser.add_argument("--no-growth", action="store_true", help="skip the unbudgeted growth table (the slow part)")
    parser.add_argument("--no-real", action="store_true")
    args = parser.parse_args()
    signal.signal(signal.SIGPROF, _alarm)
    if not args.no_growth:
        growth([int(s) for s in args.sizes.split(",")], args.only)
    bounded(args.only)
    if not args.no_real:
        real()
    terms()


if __name__ == "__main__":
    main()

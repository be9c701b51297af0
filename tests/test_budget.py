"""The Markdown budget (career_atlas/core/budget.py): counted in the text, not in seconds, and
checked before any text is rendered, so the same data gets the same verdict on any machine.

No test here times anything: determinism is shown by construction. The work is a function of
the characters alone (pinned figures), and the verdicts stand when rendering is made to fail
or the backstop timer to fire at once, as on the busiest machine there could be.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from conftest import REPO, write_note
from test_readers import SELF_CHECK, write_guidance

from career_atlas.core import budget, textcheck, validate
from career_atlas.core.check import check
from career_atlas.core.loader import load_data
from career_atlas.core.model import markdown_texts

FRONT = {"title": "T", "author": "A", "date": datetime.date(2026, 12, 7), "lang": "en", "about": ["plumber"]}
BODY_LINE = 9  # a note's body starts under its front matter: ---, five keys (about: on two lines), ---


def _numbered(pattern: str, n: int) -> str:
    return "".join(pattern.format(i=i) for i in range(n))


# Each family that scripts/bench_markdown.py found superlinear (a link re-scans its paragraph),
# at a size that took seconds before the budget, and a run of the slowest linear marks.
HOSTILE = {
    "unclosed links": "[](" * 3000,
    "unclosed links on lines": "[](\n" * 2000,
    "unclosed links in a quote": "> [](" * 1500,
    "a list inside a paragraph": "x\n" + "- [](\n" * 1500,
    "unclosed angle links": "[x](<" * 1500,
    "closed links with bad targets": "[a](b) " * 1000,
    "closed links": _numbered("[a](https://a.com/{i}) ", 600),
    "images": _numbered("![a](x{i}) ", 1000),
    "references": "[r]: https://a.com\n\n" + "[a][r] " * 1000,
    "emphasis, code and brackets": "*[`_<" * 3000,
    "table rows": "a|b\n-|-\n" + "c|d\n" * 4000,
    "lists nested by tabs": "".join("\t" * i + "- a\n" for i in range(195)),
    "unclosed fences": "~~~ aaa\n" * 2475,
    "list markers on one line": "- " * 9980 + "a",
    "code span openers before a long line": "``a`" * 1450 + "b" * 14190,  # adv20s: 1.1 s, 21 notes 37 s of a build
}


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the early check renders in this test (it still renders them)."""
    seen: list[str] = []
    problems, shape = textcheck.problems, textcheck.shape_problem

    def early(text: str, **kwargs: int) -> list[textcheck.TextProblem]:
        seen.append(text)
        return problems(text, **kwargs)

    def passage(text: str, point: bool = False) -> str | None:
        seen.append(text)
        return shape(text, point)

    monkeypatch.setattr(textcheck, "problems", early)
    monkeypatch.setattr(textcheck, "shape_problem", passage)
    return seen


@pytest.mark.parametrize("family", HOSTILE)
def test_each_hostile_family_is_refused_with_file_and_line_before_it_is_rendered(tiny_site: Path, rendered: list[str],
                                                                                  family: str) -> None:
    write_note(tiny_site, "hostile-2026-12-07-en", FRONT, HOSTILE[family])
    _, problems = check(tiny_site / "data")
    cost = budget.work(HOSTILE[family])
    assert cost > budget.TEXT_WORK
    assert [str(p) for p in problems] == [f"data/notes/hostile-2026-12-07-en.md:{BODY_LINE}: body: {budget.too_much(cost)}"]
    assert HOSTILE[family] not in rendered and rendered  # the site's other texts were rendered, this one not


def _just_under(bound: int, pattern: str = "[a](b) ") -> str:
    """The longest run of ``pattern`` whose work is within ``bound``."""
    n = 1
    while budget.work(pattern * (n + 1)) <= bound:
        n += 1
    return pattern * n


def test_many_texts_each_under_the_bound_are_refused_together_with_the_costliest_named(
        tiny_site: Path, rendered: list[str]) -> None:
    """The data's texts are counted before any is rendered: past TOTAL_WORK, the costliest are
    named with file and line, largest first, and no text at all is rendered."""
    count = budget.TOTAL_WORK // budget.TEXT_WORK + 7
    names = ["plumber-2026-12-07-en", *(f"plumber-2026-12-07-en-{i + 1}" for i in range(1, count))]  # the notes of one day, numbered
    bodies = {names[i]: _just_under(budget.TEXT_WORK - 2_500 * i) for i in range(count)}  # no two of a cost
    for slug, body in bodies.items():
        write_note(tiny_site, slug, FRONT, body)
    _, problems = check(tiny_site / "data")
    total = load_data(tiny_site / "data").work
    assert total > budget.TOTAL_WORK and all(budget.work(body) <= budget.TEXT_WORK for body in bodies.values())
    assert [str(p) for p in problems] == [
        f"data/notes/{names[i]}.md:{BODY_LINE}: body: {budget.too_much_together(budget.work(bodies[names[i]]), total)}"
        for i in range(budget.LARGEST_SHOWN)]
    assert rendered == []


def test_a_text_refused_on_its_own_is_not_named_again_by_the_total(tiny_site: Path) -> None:
    """One message per text: a text over TEXT_WORK is not counted in the total, so the total
    does not name it a second time."""
    for i in range(budget.TOTAL_WORK // budget.TEXT_WORK + 2):
        write_note(tiny_site, f"huge-{i:02}-2026-12-07-en", FRONT, "[](" * 3000)
    _, problems = check(tiny_site / "data")
    assert len(problems) == budget.TOTAL_WORK // budget.TEXT_WORK + 2
    assert all(budget.too_much(budget.work("[](" * 3000)) in p.message for p in problems)


def test_a_slow_text_that_is_also_too_long_gets_one_message(tiny_site: Path, tiny_data: dict) -> None:
    """Over every text's length limit, the model's own message is the only one; over a passage's
    limit, the length is named, not the work."""
    write_note(tiny_site, "long-2026-12-07-en", FRONT, "[](" * 8000 + "\n")
    _, problems = check(tiny_site / "data")
    assert [str(p) for p in problems] == [f"data/notes/long-2026-12-07-en.md:{BODY_LINE}: body: is 24,001 characters long; write at most 20,000"]
    assert validate.text_problems("[](" * 2000, "passage") == [(None, "is 6,000 characters long; a passage text holds at most 5,000 (split it)")]


def test_the_real_data_is_far_within_the_budget() -> None:
    """The real data's texts: the largest at a twentieth of TEXT_WORK or less, all of them at a
    fifth of TOTAL_WORK or less (bench_markdown.py prints the margins)."""
    loaded = load_data(REPO / "data")
    assert not [p for p in loaded.problems if "Markdown" in p.message]
    largest = max(budget.work(text) for path in (REPO / "data").glob("*/*.yml") for _, text, _ in markdown_texts(_yaml(path)))
    assert largest * 20 < budget.TEXT_WORK, largest
    assert 0 < loaded.work * 5 < budget.TOTAL_WORK, loaded.work


def _yaml(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_the_work_is_a_function_of_the_characters_alone() -> None:
    """Pinned figures: no clock, no machine in them."""
    assert budget.work("") == budget.PER_TEXT
    assert budget.work("plain words") == budget.PER_TEXT + 11
    assert budget.work("*a*") == budget.PER_TEXT + 3 + 2 * budget.PER_MARK
    assert budget.work("<b>") == budget.PER_TEXT + budget.RENDERS * 3 + 2 * budget.PER_MARK + budget.PER_TAG_SCAN * 3  # < [ { : three renders
    # each < before a letter times its block's length, as each [
    assert budget.work("<b>\n\n<b>") == budget.PER_TEXT + budget.RENDERS * 8 + 6 * budget.PER_MARK + 3 + 3
    # each [ times its block's length; a blank line ends a block
    assert budget.work("[](" * 3) == budget.PER_TEXT + budget.RENDERS * 9 + 6 * budget.PER_MARK + 3 * 9
    assert budget.work("[](\n\n[](") == budget.PER_TEXT + budget.RENDERS * 8 + 6 * budget.PER_MARK + 3 + 3
    assert budget.work("[](\n \t\n[](") == budget.work("[](\n\n[](") + budget.RENDERS * 2 + budget.PER_INDENT * 4
    # each list marker after the first on a line: each opens a nested list
    assert budget.work("- + 1. a") - budget.work("a b c d") == budget.PER_LIST_MARKER * 2 + 1
    # the text after each line opening a fence, a unit per FENCE_SCAN_CHARACTERS
    text = "x\n~~~\n" + "y" * 96  # 100 characters from the fence on
    assert budget.work(text) - budget.work(text.replace("~~~", "---")) == 100 // budget.FENCE_SCAN_CHARACTERS
    # each column of indentation, a tab as four: nested lists are parsed again at each level
    assert budget.work("- a\n\t- b\n\t\t- c") - budget.work("- a\n- b\n- c") == budget.PER_INDENT * 12 + 3


def test_the_verdict_does_not_depend_on_the_clock(tiny_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same problems when the backstop fires at once (the busiest machine there could be) as
    when it never fires: over the bound, the text is refused before any timer starts."""
    write_note(tiny_site, "hostile-2026-12-07-en", FRONT, HOSTILE["closed links"])

    @contextlib.contextmanager
    def at_once(seconds: float = 0) -> Iterator[None]:
        raise budget.TooSlow
        yield

    @contextlib.contextmanager
    def never(seconds: float = 0) -> Iterator[None]:
        yield

    verdicts = []
    for timer in (at_once, never):
        monkeypatch.setattr(validate, "time_limit", timer)
        _, problems = check(tiny_site / "data")
        verdicts.append([str(p) for p in problems if "hostile" in p.file])
    assert verdicts[0] == verdicts[1] == [f"data/notes/hostile-2026-12-07-en.md:{BODY_LINE}: body: "
                                          f"{budget.too_much(budget.work(HOSTILE['closed links']))}"]


def test_the_guidance_files_share_the_data_s_budget(tiny_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """start.yml and self-check.yml are checked after the data: their points count on top of the
    data's texts, so together they cannot pass more work than TOTAL_WORK; the costliest are named."""
    self_check = copy.deepcopy(SELF_CHECK)
    self_check["intro"]["en"] = "*a* " * 200
    write_guidance(tiny_site, None, self_check)
    monkeypatch.setattr(budget, "TOTAL_WORK", load_data(tiny_site / "data").work + 1_000)
    _, problems = check(tiny_site / "data")
    assert [p.file for p in problems] == ["data/self-check.yml"] * budget.LARGEST_SHOWN
    assert problems[0].key == "intro.en"
    assert problems[0].message.startswith(f"costs {budget.work(self_check['intro']['en'].strip()):,} units of Markdown work")


@pytest.mark.parametrize(("value", "scale"), [("", 1), ("3", 3), ("abc", 1), ("0", 1), ("1000", 1)])
def test_the_volume_limits_grow_only_with_a_sane_data_scale_set_by_whoever_builds(value: str, scale: int) -> None:
    """ATLAS_DATA_SCALE (the build benchmark's ten copies of the data) multiplies the limits on all
    texts and all files together; anything but a number from 1 to 100 leaves them as they are."""
    code = "from career_atlas.core import budget, loader; print(budget.TOTAL_WORK, loader.MAX_DATA_BYTES)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ, ATLAS_DATA_SCALE=value)).stdout.split()
    assert out == [str(5_000_000 * scale), str(8 * 1024 * 1024 * scale)]


def test_a_tag_start_costs_the_rest_of_its_block() -> None:
    """The raw HTML pattern reads the rest of a block again from each ``<`` before a letter: 21
    notes of 3,333 ``<a  x`` each, priced by their characters, took check to 38 s (adv20n)."""
    slow = "<a  x " * 3_333
    assert budget.work(slow) > budget.TEXT_WORK  # refused alone now
    assert budget.work("<!-- " * 3_333) < budget.TEXT_WORK  # no letter after <: no tag, fast
    unit = "<b>a</b> " + "x " * 40
    assert budget.work(" ".join([unit] * 50)) > 3 * budget.work("\n\n".join([unit] * 50))  # in one block, each tag reads all of it


def test_a_run_of_backticks_costs_the_rest_of_its_line() -> None:
    """A code span's pattern reads its line from each run of backticks for a closing run of the same
    length (adv20s); a closed span in prose costs little more than its characters."""
    assert budget.work("``a`" * 1450 + "b" * 14190) > budget.TEXT_WORK
    runs = "``a`" * 1450
    assert budget.work(runs + "\n" + "b" * 14190) - budget.work(runs) < 3 * 14190  # the letters on a line of their own
    prose = "Use `pip install` and `uv` here, then `mkdocs build`. " * 3
    assert budget.work(prose) < 3 * len(prose) + 40 * prose.count("`") + budget.PER_TEXT

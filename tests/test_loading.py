"""Loading: no file can crash or stall the check; each bad one is a problem at its line."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from clirun import python_m
from conftest import line_of, run_mkdocs, write_data, write_note
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.extensions.fenced_code import FencedBlockPreprocessor

from career_atlas.core import loader, textcheck, yamlfile
from career_atlas.core.budget import too_much, work
from career_atlas.core.check import check, check_data
from career_atlas.core.errors import MAX_PROBLEMS_PER_FILE
from career_atlas.core.graph import name_key
from career_atlas.core.model import markdown_texts
from career_atlas.core.textrender import to_html
from career_atlas.core.yamlfile import MAX_DEPTH, parse_yaml

LOADERS = [pytest.param(getattr(yaml, "CSafeLoader", yaml.SafeLoader), id="libyaml"), pytest.param(yaml.SafeLoader, id="python")]


def parsed(text: str, first_line: int = 1) -> tuple[object, list[str]]:
    doc, problems = parse_yaml(text, "f.yml", first_line)
    return (doc.data if doc else None), [str(p) for p in problems]


# --- the YAML reader ---------------------------------------------------------------


def test_scalars_are_typed_like_yaml_and_keys_stay_as_written() -> None:
    text = "yes: 1\n1: 2.5\nnull: ~\non: yes\nq: '2026-01-31'\nd: 2026-01-31\nempty:\n"
    data, problems = parsed(text)
    assert problems == []
    assert data == {"yes": 1, "1": 2.5, "null": None, "on": True, "q": "2026-01-31", "d": datetime.date(2026, 1, 31), "empty": None}


def test_lines_of_every_key_path_with_an_offset() -> None:
    doc, _ = parse_yaml("a:\n  b: [1,\n    2]\n  c:\n    - x: 1\n      y: 2\n", "f.yml", first_line=3)
    assert doc is not None
    assert doc.lines == {(): 3, ("a",): 3, ("a", "b"): 4, ("a", "b", 0): 4, ("a", "b", 1): 5, ("a", "c"): 6, ("a", "c", 0): 7, ("a", "c", 0, "x"): 7, ("a", "c", 0, "y"): 8}


def test_bad_date_is_a_problem_at_its_line() -> None:
    _, problems = parsed("a: 1\nwhen:\n  - 2026-02-30\n")
    assert problems == [
        "f.yml:3: when[0]: '2026-02-30' is not a valid date (day is out of range for month); "
        "write a real date as YYYY-MM-DD, or put the value in quotes if it is text"
    ]


@pytest.mark.parametrize("tag", ["!!int", "!!str", "!!python/object:os.system", "!custom", "!"])
def test_explicit_tags_are_refused(tag: str) -> None:
    _, problems = parsed(f"a: 1\nb: {tag} x\n")
    assert problems == [f"f.yml:2: b: the tag {tag} is not supported; write the plain value without a tag"]


def test_anchors_and_aliases_are_refused_before_anything_expands() -> None:
    lines = ['a0: &a0 "lol"'] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    assert parsed("\n".join(lines))[1] == ["f.yml:1: a0: the anchor &a0 is not supported; write the value out in full"]
    assert parsed("a: 1\nb:\n  - *a\n")[1] == ["f.yml:3: b[0]: the alias *a is not supported; write the value out in full"]


@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize(
    "text, line",
    [
        ("[" * 100_000, 1),
        ("{a: " * 100_000, 1),
        ("- " * 100_000, 1),
        ("".join("  " * i + f"k{i}:\n" for i in range(2_000)), MAX_DEPTH + 1),
    ],
    ids=["flow-list", "flow-map", "block-list", "block-map"],
)
def test_deep_nesting_is_refused(monkeypatch: pytest.MonkeyPatch, loader: type, text: str, line: int) -> None:
    monkeypatch.setattr(yamlfile, "_LOADER", loader)
    assert parsed(text)[1] == [f"f.yml:{line}: is nested more than {MAX_DEPTH} levels deep; data files need only a few levels"]


def test_nesting_up_to_the_limit_is_fine() -> None:
    data, problems = parsed("a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n")
    assert problems == [] and isinstance(data, dict)


def test_complex_key_duplicate_key_and_second_document() -> None:
    assert parsed("? [1, 2]\n: x\nb: 1\n")[1] == ["f.yml:1: a key must be plain text, not a list or mapping"]
    assert parsed("a: 1\nb:\n  - c: 1\n    c: 2\n")[1] == ["f.yml:4: b[0].c: is given twice; keep one"]
    assert parsed("a: 1\n---\nb: 2\n")[1] == ["f.yml:2: is not valid YAML: expected a single document in the stream but found another document"]


def test_control_character_in_the_file_is_a_problem_not_a_traceback() -> None:
    assert parsed("a: 1\nb: x\x07y\n")[1] == ["f.yml:2: contains the control character U+0007; remove it"]


def test_empty_and_non_mapping_documents() -> None:
    assert parsed("# only a comment\n")[1] == ["f.yml: is empty; expected a mapping of keys such as name:, summary:, body:"]
    assert parsed("- a\n")[1] == ["f.yml:1: expected a mapping of keys at the top, found a list"]


# --- files and folders ---------------------------------------------------------------


def run_check(project: Path) -> subprocess.CompletedProcess[str]:
    """The CLI in a process of its own, so a check that blocks fails the test instead of hanging it."""
    return python_m("career_atlas", "check", "data", cwd=project, timeout=60)


def test_symbolic_links_are_refused_and_not_followed(tiny_site: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.yml").write_text("name: [not, a, role\n", encoding="utf-8")
    (outside / "tools").mkdir()
    (tiny_site / "data/roles/secret.yml").symlink_to(outside / "secret.yml")
    (tiny_site / "data/tools").symlink_to(outside / "tools", target_is_directory=True)
    _, problems = check(tiny_site / "data")
    link = "is a symbolic link; data files and folders must be real files and folders in the repository"
    assert [str(p) for p in problems] == [f"data/roles/secret.yml: {link}", f"data/tools: {link}"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_is_refused_without_blocking(tiny_site: Path) -> None:
    os.mkfifo(tiny_site / "data/roles/pipe.yml")
    result = run_check(tiny_site)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "data/roles/pipe.yml: is a named pipe (FIFO); data files must be regular files in the repository" in result.stderr


def test_oversized_file_is_refused_and_references_to_it_are_not_dangling(tiny_site: Path) -> None:
    path = tiny_site / "data/roles/modeler.yml"
    with path.open("a", encoding="utf-8") as f:
        f.write("#" * 300 * 1024 + "\n")
    _, problems = check(tiny_site / "data")
    assert [str(p) for p in problems] == ["data/roles/modeler.yml: is 301 KiB; data files are limited to 256 KiB"]


def test_backups_are_ignored_and_listed_and_the_check_passes(tiny_site: Path) -> None:
    (tiny_site / "data/roles/.modeler.yml.swp").write_bytes(b"\x00swap")
    (tiny_site / "data/roles/modeler.yml~").write_text("name: [broken\n", encoding="utf-8")
    (tiny_site / "data/terms.yml").write_text("terms: []\n", encoding="utf-8")
    assert check_data(tiny_site / "data").ignored == ["data/roles/.modeler.yml.swp", "data/roles/modeler.yml~"]
    result = run_check(tiny_site)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "ignored data/roles/.modeler.yml.swp (editor backup or hidden file)",
        "ignored data/roles/modeler.yml~ (editor backup or hidden file)",
    ]
    assert result.stdout.startswith("ok: ")


def test_yaml_file_with_a_byte_order_mark_and_note_with_windows_line_endings(tiny_site: Path) -> None:
    path = tiny_site / "data/roles/modeler.yml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    note = write_note(tiny_site, "plumber-2026-01-02-en", {"title": "t", "author": "a", "date": datetime.date(2026, 1, 2), "lang": "en", "about": ["plumber"]}, "line one\nline two\n")
    note.write_bytes(note.read_bytes().replace(b"\n", b"\r\n"))
    graph, problems = check(tiny_site / "data")
    assert problems == [] and graph is not None
    assert graph.notes["plumber"][0][0].data.body == "line one\nline two"  # stripped like every text


def test_a_lone_carriage_return_is_a_line_break_to_the_check_as_to_the_renderer(tiny_site: Path, tiny_data: dict) -> None:
    """Markdown reads a lone CR as a line break: a note written with them ("~~~.a" lines) was one line
    to the work count and thousands to the renderer (190 such notes: a 422 s build). Read as line
    breaks, such a note is priced as its lines are; a CR written as a YAML escape is refused."""
    note = write_note(tiny_site, "plumber-2026-01-03-en", {"title": "t", "author": "a", "date": datetime.date(2026, 1, 3), "lang": "en", "about": ["plumber"]}, "x\n")
    note.write_bytes(note.read_bytes().replace(b"x\n", b"Intro.\r\r" + b"~~~.a\r" * 3300))
    _, problems = check(tiny_site / "data")
    assert [p.message for p in problems] == [too_much(work("Intro.\n\n" + "~~~.a\n" * 3300))]
    assert work("~~~.a\r" * 3300) == work("~~~.a\n" * 3300)  # however a text reaches the count
    note.unlink()
    tiny_data["roles"]["modeler"]["summary"]["en"] = "Trains\rmodels"
    write_data(tiny_site, tiny_data)
    path = tiny_site / "data/roles/modeler.yml"
    assert "\\r" in path.read_text(encoding="utf-8")  # written as the escape
    _, problems = check(tiny_site / "data")
    assert [(p.line, p.key, p.message[:18]) for p in problems] == [(line_of(path, "Trains"), "summary.en", "contains U+000D (a")]


def test_compare_is_a_reserved_id_too(tiny_site: Path) -> None:
    os.rename(tiny_site / "data/roles/modeler.yml", tiny_site / "data/roles/compare.yml")
    _, problems = check(tiny_site / "data")
    assert "data/roles/compare.yml: the id 'compare' is reserved: it is the path of the section's compare page; rename the file" in [str(p) for p in problems]


def test_control_character_in_a_note_body(tiny_site: Path) -> None:
    write_note(tiny_site, "bell", {"title": "t", "author": "a", "date": datetime.date(2026, 1, 2), "lang": "en", "about": ["plumber"]}, "ring \x1b[31m red\n")
    _, problems = check(tiny_site / "data")
    assert [str(p) for p in problems] == ["data/notes/bell.md:9: contains U+001B (a control character), a character readers cannot see or that breaks lines where none shows; delete it"]


@pytest.mark.parametrize("variant", ["Ｍｏｄｅｌｅｒ", "MODELER", "Mod\u200beler", "\u200fModeler", "Mode\u2060ler\ufeff", "\u061cModeler"])
def test_names_that_look_the_same_are_the_same(variant: str) -> None:
    assert name_key(variant) == name_key("Modeler")
    assert name_key("Café") == name_key("Cafe\u0301")


def test_the_build_logs_ignored_backups(tiny_site: Path) -> None:
    """Editor backups are skipped, with a line in the build's log, not silently."""
    (tiny_site / "data/roles/.modeler.yml.swp").write_bytes(b"\x00swap")
    (tiny_site / "data/roles/modeler.yml~").write_text("name: [\n", encoding="utf-8")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert "ignored data/roles/.modeler.yml.swp (editor backup or hidden file)" in result.stderr
    assert "ignored data/roles/modeler.yml~ (editor backup or hidden file)" in result.stderr


def test_a_file_name_with_a_trailing_newline_is_no_id(tmp_path: Path, tiny_data: dict) -> None:
    """`$` in a pattern matches before a final newline: ids match in full (made at test time: such a
    file name does not belong in the repository)."""
    write_data(tmp_path, tiny_data)
    role = tmp_path / "data/roles/modeler.yml"
    role.rename(role.with_name("modeler\n.yml"))
    _, problems = check(tmp_path / "data")
    assert [str(p) for p in problems][:1] == [
        "data/roles/modeler\\n.yml: the file name 'modeler\\n' is not a valid id; use lower-case letters, digits and hyphens "
        "(at most 60), e.g. data-engineer.yml"]


def test_all_data_files_together_over_the_limit_are_refused_before_any_is_read(tiny_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many large files would stall a build before any message: their sizes are added up first."""
    (tiny_site / "data" / "tools").mkdir(exist_ok=True)
    (tiny_site / "data" / "tools" / "large.yml").write_text("name: {ko: 큰, en: Large}\n# " + "x" * 5000 + "\n", encoding="utf-8")
    monkeypatch.setattr(loader, "MAX_DATA_BYTES", 4096)
    _, problems = check(tiny_site / "data")
    assert str(problems[0]).startswith("data/tools/large.yml: the data files hold ") and "one of the largest (5 KiB)" in str(problems[0])
    assert all("the data files hold" in str(p) for p in problems)  # nothing was read or checked


def test_a_file_shows_its_first_problems_and_counts_the_rest(tiny_site: Path) -> None:
    items = ", ".join("a" for _ in range(60))  # 60 passages, each only a word: one problem each
    (tiny_site / "data" / "tools").mkdir(exist_ok=True)
    (tiny_site / "data" / "tools" / "many.yml").write_text(f"name: {{ko: 많은, en: Many}}\nsummary: {{ko: 요약, en: Summary}}\nbody: [{items}]\n",
                                                          encoding="utf-8")
    _, problems = check(tiny_site / "data")
    mine = [str(p) for p in problems if str(p).startswith("data/tools/many.yml")]
    assert len(mine) == MAX_PROBLEMS_PER_FILE + 1
    assert re.match(r"data/tools/many.yml: and 11 more problems in this file, not shown", mine[-1]), mine[-1]


class _TopLevel(HTMLParser):
    """The top-level elements of an HTML fragment, by tag ("" for text outside them)."""

    VOID = {"br", "hr", "img", "input"}

    def __init__(self) -> None:
        super().__init__()
        self.depth, self.tags = 0, []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if self.depth == 0:
            self.tags.append(tag)
        if tag not in self.VOID:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth == 0 and data.strip():
            self.tags.append("")


def _rendered_blocks(text: str) -> list[str]:
    parser = _TopLevel()
    parser.feed(to_html(text))
    parser.close()
    return parser.tags


BLOCK_LINES = ["para *em* `code`", "- item", "1. item", "2) item", "* item", "+ item", "  - nested", "\t- tab", "> quote",
               "> > deeper", "```", "~~~", "```python", "    indented code", "# h1", "## h2", "###### h6", "Title", "===",
               "---", "***", "| a | b |", "|---|---|", "| 1 | 2 |", "", "", "[x](https://a.example)", "[r]: https://a.example",
               "<b>raw</b>", "<div>", "&amp; &lt;p&gt;", "\\# not a heading", "text  ", "1986. a year", "*"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BLOCK_LINES), max_size=8))
def test_the_checks_block_shapes_are_the_rendered_pages_top_level_elements(lines: list[str]) -> None:
    """textcheck.block_tags reads a passage's shape from the block parse alone: for a text the early
    check passes (the shape is checked only then), it gives the tags of what the page is given
    (rendered, sanitized), for every mix of block syntax."""
    text = "\n".join(lines)
    if not textcheck.problems(text):
        assert textcheck.block_tags(text) == _rendered_blocks(text)


def test_the_real_datas_block_shapes_are_the_rendered_pages_top_level_elements(real_data: Any) -> None:
    texts = [text for record in real_data.graph.records.values() for _, text, _ in markdown_texts(record.doc.data)]
    assert len(texts) > 1000
    assert [textcheck.block_tags(t) for t in texts] == [_rendered_blocks(t) for t in texts]


def test_a_heading_after_an_unclosed_fence_is_found() -> None:
    """The renderer reads an unclosed ``` as text, so the heading after it is a heading on the page."""
    assert [(p.line, p.message[:30]) for p in textcheck.problems("```\n# Title")] == [(1, "a top-level # heading is not a")]
    assert textcheck.problems("```\n# comment in code\n```") == []


def _prose_lines_by_the_pattern(text: str) -> list[tuple[int, str]]:
    """prose_lines as fenced_code's own pattern finds the blocks (quadratic on unclosed fences)."""
    code: set[int] = set()
    for block in FencedBlockPreprocessor.FENCED_BLOCK_RE.finditer(text):
        code.update(range(text.count("\n", 0, block.start()), text.count("\n", 0, block.end()) + 1))
    return [(i, re.sub(r"`[^`]*`", "", line)) for i, line in enumerate(text.split("\n")) if i not in code]


FENCE_LINES = ["```", "~~~", "````", "~~~~", "```python", "~~~ .py", "``` {.x}", "~~~~~~", "``` hl_lines=\"1\"", "```  ",
               "# h", "text", "", "  ```", "`code` x", "~~~x y"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FENCE_LINES), max_size=12))
def test_the_checks_fences_are_the_renderers(lines: list[str]) -> None:
    """prose_lines finds fenced code in one pass: the same lines as fenced_code's pattern, which reads
    the rest of the text again from each line that opens a fence (adv20r: unclosed ~ lines)."""
    text = "\n".join(lines)
    assert textcheck.prose_lines(text) == _prose_lines_by_the_pattern(text)

"""The one schema: valid data passes, each kind of bad input gets its exact message."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import REPO, line_of, write_data

from career_atlas.core.check import check
from career_atlas.core.model import MODEL_BY_FOLDER
from career_atlas.core.siteconfig import site_url


def problems_for(tmp_path: Path, data: dict) -> list[str]:
    write_data(tmp_path, data)
    _, problems = check(tmp_path / "data")
    return [str(p) for p in problems]


def test_tiny_data_is_valid(tmp_path: Path, tiny_data: dict) -> None:
    graph, problems = check_written(tmp_path, tiny_data)
    assert problems == []
    assert sorted(graph.records) == ["annotation", "bias", "collect", "modeler", "plumber", "talk"]


def check_written(tmp_path: Path, data: dict):
    write_data(tmp_path, data)
    return check(tmp_path / "data")


def test_unknown_key_is_an_error_with_line_and_choices(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["stagez"] = ["collect"]  # a near miss is named
    tiny_data["roles"]["modeler"]["colour"] = "red"  # else every key the role may have
    found = problems_for(tmp_path, tiny_data)
    role = tmp_path / "data/roles/modeler.yml"
    assert found == [
        f"data/roles/modeler.yml:{line_of(role, 'stagez:')}: stagez: is not a known key; did you mean 'stages'?",
        f"data/roles/modeler.yml:{line_of(role, 'colour:')}: colour: is not a known key; expected one of: "
        "name, aliases, questions, summary, body, sources, references, background, nickname, areas, group, responsibilities, stages, related_roles, skills, tools, day, how_to_get_in, fit",
    ]


def test_a_misspelled_key_in_a_nested_mapping_gets_did_you_mean(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["stages"]["collect"]["steps"][0]["summray"] = tiny_data["stages"]["collect"]["steps"][0].pop("summary")
    found = problems_for(tmp_path, tiny_data)
    stage = tmp_path / "data/stages/collect.yml"
    # once, on the misspelled key's own line (not again as "summary: is required but missing" on the step's)
    assert found == [f"data/stages/collect.yml:{line_of(stage, 'summray:')}: steps[0].summray: is not a known key; did you mean 'summary'?"]


def test_missing_translation(tmp_path: Path, tiny_data: dict) -> None:
    del tiny_data["roles"]["modeler"]["summary"]["en"]
    found = problems_for(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/roles/modeler.yml", "summary:")
    assert found == [f"data/roles/modeler.yml:{line}: summary: the en text is missing; every text needs ko: and en:"]


def test_wrong_type(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["stages"]["collect"]["order"] = "first"
    found = problems_for(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/stages/collect.yml", "order:")
    assert found == [
        f"data/stages/collect.yml:{line}: order: input should be a valid integer, unable to parse string as an integer (found 'first', a text)"
    ]


def test_missing_required_key(tmp_path: Path, tiny_data: dict) -> None:
    del tiny_data["ethics"]["bias"]["group"]
    assert problems_for(tmp_path, tiny_data) == ["data/ethics/bias.yml:1: group: is required but missing"]


def test_wrong_literal(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["ethics"]["bias"]["group"] = "people"
    found = problems_for(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/ethics/bias.yml", "group:")
    assert found == [f"data/ethics/bias.yml:{line}: group: 'people' is not allowed; expected 'individual', 'society' or 'humanity'"]


def test_raw_html_is_rejected(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["body"][0]["ko"] = "좋은 역할 <script>alert(1)</script>"
    found = problems_for(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/roles/modeler.yml", "ko: 좋은 역할")
    assert found == [
        f"data/roles/modeler.yml:{line}: body[0].ko: raw HTML is not allowed (found '<script>'); "
        "write Markdown, or put the characters in `backticks`"
    ]


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("[click](javascript:alert(1))", "link target 'javascript:alert(1)' is not allowed"),
        ("[click](javascript&#58;alert(1))", "link target 'javascript:alert(1)' is not allowed"),
        ("> [r]: javascript:alert(1)\n> [click][r]", "link target 'javascript:alert(1)' is not allowed"),
        ("para\n{ data-pagefind-body }", "attribute lists are not allowed"),
        ("para { hidden }", "attribute lists are not allowed"),
        ("<https://a<img/src/onerror=alert(1)>>", "raw HTML is not allowed"),
        ("\\`<b>x</b>\\`", "raw HTML is not allowed"),
        ("[x](data:text/html;base64,AAAA)", "link target 'data:text/html;base64,AAAA' is not allowed"),
        ("[x]: javascript:alert(1)", "link target 'javascript:alert(1)' is not allowed"),
        ("text{: onclick=\"alert(1)\" }", "attribute lists are not allowed"),
        ("<img src=x onerror=alert(1)>", "raw HTML is not allowed"),
        ("<!-- hidden -->", "raw HTML is not allowed"),
    ],
)
def test_script_vectors_are_rejected(tmp_path: Path, tiny_data: dict, text: str, fragment: str) -> None:
    tiny_data["stages"]["collect"]["body"][0]["en"] = text
    found = problems_for(tmp_path, tiny_data)
    assert len(found) == 1 and fragment in found[0] and "body[0].en" in found[0]


@pytest.mark.parametrize("text", ["a < b and `<div>` in code", "see <https://example.org>", "[ok](https://example.org) [here](#steps)",
                                  '--8<-- "/etc/passwd"', "~~~\n<script>alert(1)</script>\n~~~", '```json\n{ "a": 1 }\n```'])
def test_harmless_markdown_passes(tmp_path: Path, tiny_data: dict, text: str) -> None:
    tiny_data["stages"]["collect"]["body"][0]["en"] = text
    assert problems_for(tmp_path, tiny_data) == []


def test_yaml_syntax_error(tmp_path: Path, tiny_data: dict) -> None:
    write_data(tmp_path, tiny_data)
    (tmp_path / "data/roles/modeler.yml").write_text("name:\n  ko: 모델러\n  en: [unclosed\n", encoding="utf-8")
    _, problems = check(tmp_path / "data")
    assert [str(p) for p in problems] == [
        "data/roles/modeler.yml:3: is not valid YAML: the [ opened on this line is never closed; close it with ], "
        "or, if the brackets are part of the text, put the whole value in quotes"
    ]


def test_empty_file_and_not_utf8(tmp_path: Path, tiny_data: dict) -> None:
    write_data(tmp_path, tiny_data)
    (tmp_path / "data/roles/empty.yml").write_text("", encoding="utf-8")
    (tmp_path / "data/roles/latin.yml").write_bytes("name: caf\xe9\n".encode("latin-1"))
    _, problems = check(tmp_path / "data")
    assert [str(p) for p in problems] == [
        "data/roles/empty.yml: is empty; expected a mapping of keys such as name:, summary:, body:",
        "data/roles/latin.yml: is not UTF-8 text (bad byte at offset 9); save it as UTF-8",
    ]


def test_wrong_folder_and_extension(tmp_path: Path, tiny_data: dict) -> None:
    write_data(tmp_path, tiny_data)
    (tmp_path / "data/people").mkdir()
    (tmp_path / "data/people/x.yml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "data/roles/y.yaml").write_text("a: 1\n", encoding="utf-8")
    _, problems = check(tmp_path / "data")
    assert [str(p) for p in problems] == [
        "data/people/x.yml: is in the wrong place; data files go directly in one of: data/roles/, data/stages/, "
        "data/ethics/, data/lectures/, data/skills/, data/tools/, data/glossary/, data/guides/, data/notes/, data/sources/",
        "data/roles/y.yaml: has the wrong extension; expected a .yml file",
    ]


def test_duplicate_key(tmp_path: Path, tiny_data: dict) -> None:
    write_data(tmp_path, tiny_data)
    path = tmp_path / "data/roles/modeler.yml"
    path.write_text(path.read_text(encoding="utf-8") + "areas: [ai-research]\n", encoding="utf-8")
    _, problems = check(tmp_path / "data")
    line = len(path.read_text(encoding="utf-8").splitlines())
    assert [str(p) for p in problems] == [f"data/roles/modeler.yml:{line}: areas: is given twice; keep one"]


def test_bad_file_name(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["Bad_Name"] = tiny_data["roles"].pop("modeler")
    found = problems_for(tmp_path, tiny_data)
    assert "data/roles/Bad_Name.yml: the file name 'Bad_Name' is not a valid id" in found[0]


def test_every_problem_in_one_run(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["colour"] = "red"
    tiny_data["ethics"]["bias"]["group"] = 3
    tiny_data["stages"]["collect"]["name"] = {"ko": "수집"}
    assert len(problems_for(tmp_path, tiny_data)) == 3



def test_yaml_dump_round_trip_is_what_we_test() -> None:
    # The helpers above write YAML with PyYAML; make sure Korean stays readable text.
    assert "모델러" in yaml.safe_dump({"a": "모델러"}, allow_unicode=True)


def test_every_data_file_points_at_its_published_schema() -> None:
    base = site_url(REPO / "mkdocs.yml")
    for folder, model in MODEL_BY_FOLDER.items():
        for path in sorted((REPO / "data" / folder).glob("*.yml")):
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first == f"# yaml-language-server: $schema={base}schema/{model.TYPE}.schema.json", path


def test_nothing_generated_is_committed() -> None:
    """A contributor who adds a file changes no other: the schemas are built with the site."""
    tracked = subprocess.run(["git", "ls-files", "docs/schema", ".schema"], cwd=REPO, capture_output=True, text=True, check=True)
    assert tracked.stdout == ""


@pytest.mark.parametrize("ch", ["\u3164", "\u115f", "\u1160", "\uffa0", "\u2800"])
def test_a_name_of_blank_looking_letters_is_refused(tmp_path: Path, tiny_data: dict, ch: str) -> None:
    """Hangul fillers and the braille blank show as empty space: a name made of them looks empty."""
    tiny_data["roles"]["modeler"]["name"]["en"] = f"Modeler{ch}"
    found = problems_for(tmp_path, tiny_data)
    assert any("data/roles/modeler.yml" in p and f"U+{ord(ch):04X}" in p for p in found), found


@pytest.mark.parametrize(("text", "ch"), [("Modeler\u034f", "\u034f"), ("Mod\u17b4eler", "\u17b4"), ("Mode\u180bler", "\u180b"),
                                       ("Model\u2065er", "\u2065"), ("Modeler \ufe0f", "\ufe0f"), ("Modeler\ufe0f\ufe0f", "\ufe0f"),
                                       ("Modele" + "\u0300" * 5 + "r", "\u0300"), ("Model\U00016fe4er", "\U00016fe4")])
def test_joiners_selectors_and_piled_marks_that_show_nothing_are_refused(tmp_path: Path, tiny_data: dict, text: str, ch: str) -> None:
    """Characters that show nothing on their own, selectors that select nothing and five marks piled on one
    letter (adv20t) are refused; an emoji's own selector and a letter's accent are not."""
    tiny_data["roles"]["modeler"]["name"]["en"] = text
    tiny_data["roles"]["plumber"]["name"]["en"] = "Data plumber \u2764\ufe0f Ren\u00e9e\u0301"
    found = problems_for(tmp_path, tiny_data)
    assert [p.split(": ", 1)[0] for p in found if f"U+{ord(ch):04X}" in p] == ["data/roles/modeler.yml:3"], found  # name.en
    assert not any("plumber" in p for p in found), found


def test_a_url_with_a_bidi_override_or_zero_width_space_is_refused(tmp_path: Path, tiny_data: dict) -> None:
    """Written as YAML escapes, so only the URL's own check sees the characters."""
    write_data(tmp_path, tiny_data)
    source = tmp_path / "data/sources/talk-notes.yml"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("url: https://example.org/talk-notes.md", 'url: "https://example.org/\\u202e\\u200bx"'), encoding="utf-8")
    assert "\\u202e" in source.read_text(encoding="utf-8")
    found = [str(p) for p in check(tmp_path / "data")[1]]
    assert any("data/sources/talk-notes.yml" in p and "url" in p and "U+202E" in p for p in found), found

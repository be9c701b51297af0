"""Every lecture passage shows the note line it comes from: the check verifies each quote on the
lines it names, and the page shows a marker per anchor (issue 21)."""

from __future__ import annotations

import copy
import html
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from clirun import python_m
from conftest import REPO, TINY, P, T, line_of, make_tiny_site, run_mkdocs
from staticserver import serve

from career_atlas.core.check import check_data
from career_atlas.core.siteconfig import notes_folder

NOTES = notes_folder(REPO)


def problems(site: Path) -> list[str]:
    return [str(p) for p in check_data(site / "data", notes_dir=site / "notes").problems]


@pytest.fixture
def data() -> dict:
    return copy.deepcopy(TINY)


def test_a_passage_without_an_anchor_is_an_error_at_its_line(tmp_path: Path, data: dict) -> None:
    del data["roles"]["modeler"]["body"][0]["anchors"]
    site = make_tiny_site(tmp_path, data)
    line = line_of(site / "data/roles/modeler.yml", "- ko: 모델을 학습합니다.")
    assert problems(site) == [f"data/roles/modeler.yml:{line}: body[0]: a lecture passage needs at least one anchor: "
                              "anchors: [{note: <source id>, lines: 34, quote: <the words of the note that support it>}]"]


def test_a_quote_must_be_on_the_lines_it_names(tmp_path: Path, data: dict) -> None:
    data["roles"]["modeler"]["body"][0]["anchors"][0]["lines"] = 3  # "모델 학습" is on line 5
    data["stages"]["collect"]["body"][0]["anchors"][0]["quote"] = "데이터를 수집"  # not in the note at all
    site = make_tiny_site(tmp_path, data)
    role, stage = site / "data/roles/modeler.yml", site / "data/stages/collect.yml"
    assert problems(site) == [
        f"data/roles/modeler.yml:{line_of(role, 'quote: 모델 학습')}: body[0].anchors[0].quote: "
        "'모델 학습' is not on lines 3 of the note 'talk-notes' (talk-notes.md); it is on lines 5",
        f"data/stages/collect.yml:{line_of(stage, 'quote: 데이터를 수집')}: body[0].anchors[0].quote: '데이터를 수집' is not on lines 6 "
        "of the note 'talk-notes' (talk-notes.md), nor anywhere else in it; copy the words exactly as the note writes them (spacing and Markdown markers aside)",
    ]


def test_spacing_and_markdown_markers_do_not_count_in_a_quote(tmp_path: Path, data: dict) -> None:
    data["roles"]["modeler"]["body"][0]["anchors"][0] |= {"lines": "4-5", "quote": "- 버저닝 -  모델 **학습**"}
    assert problems(make_tiny_site(tmp_path, data)) == []


def test_an_anchor_names_a_known_note_that_covers_the_entrys_lecture(tmp_path: Path, data: dict) -> None:
    data["roles"]["modeler"]["body"][0]["anchors"][0]["note"] = "talk-note"
    data["lectures"]["other"] = copy.deepcopy(data["lectures"]["talk"]) | {"name": T("다른 강의", "Other talk"), "order": 2}
    data["lectures"]["other"]["body"][0]["anchors"][0]["note"] = "talk-notes"  # covers "talk" only
    site = make_tiny_site(tmp_path, data)
    found = problems(site)
    assert any("body[0].anchors[0].note: 'talk-note' is not a known note; did you mean 'talk-notes'?" in p for p in found)
    assert any("data/lectures/other.yml" in p and "the note 'talk-notes' covers talk, which this entry does not list" in p for p in found)


def test_prose_about_the_notes_and_credit_resting_on_a_note_takers_remark_are_errors(tmp_path: Path, data: dict) -> None:
    data["ethics"]["bias"]["body"][0]["en"] = "One note records that bias matters."
    passage = P("박은정 님은 편향이 중요하다고 했습니다.", "Lucy Park said bias matters.", "편향")
    passage["anchors"][0]["aside"] = True
    data["ethics"]["bias"]["body"].append(passage)
    found = problems(make_tiny_site(tmp_path, data))
    assert any("body[0].en: 'One note': say what the note says, plainly" in p for p in found)
    assert any("body[1].ko: '박은정': this passage rests only on a note-taker's own remark" in p for p in found)
    assert any("body[1].en: 'Lucy Park': this passage rests only" in p for p in found)


def test_without_the_notes_the_quotes_are_not_tested_and_check_says_so(tmp_path: Path, data: dict) -> None:
    data["roles"]["modeler"]["body"][0]["anchors"][0]["quote"] = "nowhere in any note"
    site = make_tiny_site(tmp_path, data)
    result = check_data(site / "data", notes_dir=tmp_path / "missing")
    assert result.problems == [] and result.quotes is not None
    assert result.quotes.missing_notes == ["talk-notes"] and result.quotes.verified == 0
    env = dict(os.environ, ATLAS_NOTES_DIR=str(tmp_path / "missing"))
    (site / "mkdocs.yml").write_text((site / "mkdocs.yml").read_text(encoding="utf-8").replace("      notes_dir: notes\n", ""), encoding="utf-8")
    cli = python_m("career_atlas", "check", "data", cwd=site, env=env)
    assert cli.returncode == 0 and cli.stderr.splitlines() == [
        f"the texts of 1 public notes are not in {tmp_path / 'missing'} (talk-notes): fetch them with "
        f"`python scripts/fetch_notes.py {tmp_path / 'missing'}` (or set ATLAS_NOTES_DIR or --notes); their quotes were not verified"]
    # a note with no public address is said once, as such, and skipped
    source = site / "data/sources/talk-notes.yml"
    source.write_text("\n".join(line for line in source.read_text(encoding="utf-8").splitlines() if not line.startswith("url:")) + "\n",
                      encoding="utf-8")
    cli = python_m("career_atlas", "check", "data", cwd=site, env=env)
    assert cli.returncode == 0 and cli.stderr.splitlines() == [
        f"1 notes have no public address and their texts are not in {tmp_path / 'missing'} (talk-notes): their quotes were not verified"]


@pytest.mark.skipif(not (NOTES / "sources").is_dir(), reason=f"the notes' texts are not in {NOTES} (set ATLAS_NOTES_DIR)")
def test_the_real_data_is_anchored_and_every_quote_is_verified(real_data: Any) -> None:
    result = real_data
    assert result.problems == [] and result.quotes is not None
    q = result.quotes
    # Where only the public notes were fetched (CI: scripts/fetch_notes.py), the attendees' are skipped.
    assert q.passages > 700 and q.anchored == q.passages and q.verified == q.anchors - q.cited_missing
    assert q.missing_notes == q.unpublished and q.verified > 0


def test_the_page_shows_a_marker_per_anchor_and_kb_json_lists_them(tmp_path: Path, data: dict) -> None:
    data["roles"]["modeler"]["body"][0]["anchors"].append({"note": "talk-notes", "lines": "2-3", "quote": "강의 본문"})
    site = make_tiny_site(tmp_path, data)
    assert run_mkdocs(site, "build", "--strict").returncode == 0
    page = (site / "site/en/roles/modeler/index.html").read_text(encoding="utf-8")
    block = page.split('data-provenance="lecture"', 1)[1].split("</div>", 1)[0]
    markers = re.findall(r'<span class="atlas-anchor" data-note="([^"]+)" data-lines="([^"]+)" data-quote="([^"]+)">', block)
    assert markers == [("talk-notes", "5", "모델 학습"), ("talk-notes", "2-3", "강의 본문")]
    assert 'href="https://example.org/talk-notes.md#L2-L3"' in block  # the note's lines, where the note is public
    assert 'role="tooltip"' in block and "lines 2–3" in block and '<q lang="ko">강의 본문</q>' in block
    sources = (site / "site/en/lectures/sources/index.html").read_text(encoding="utf-8")
    assert 'id="talk-notes"' in sources and "A student's notes" in html.unescape(sources)
    lecture = (site / "site/ko/lectures/talk/index.html").read_text(encoding="utf-8")
    assert "이 강연의 노트" in lecture and "sources/#talk-notes" in lecture
    kb = json.loads((site / "site/api/kb.json").read_text(encoding="utf-8"))
    modeler = next(e for e in kb["entities"] if e["id"] == "modeler")
    assert modeler["passages"][0]["anchors"] == [{"note": "talk-notes", "lines": "5", "quote": "모델 학습"},
                                                 {"note": "talk-notes", "lines": "2-3", "quote": "강의 본문"}]
    assert [s["id"] for s in kb["sources"]] == ["talk-notes"]


def test_markers_show_their_quote_on_focus_and_hover_without_javascript(tmp_path: Path, data: dict, browser) -> None:  # type: ignore[no-untyped-def]
    site = make_tiny_site(tmp_path, data)
    assert run_mkdocs(site, "build", "--strict").returncode == 0
    with serve(site / "site") as base:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(base + "en/roles/modeler/")
        quote = page.locator(".atlas-anchor__quote").first
        assert not quote.is_visible()
        page.locator(".atlas-anchor__link").first.focus()  # the keyboard reaches it
        assert quote.is_visible() and "모델 학습" in quote.inner_text()
        page.mouse.move(0, 0)
        page.locator("h1").focus()
        page.locator(".atlas-anchor__link").first.hover()
        assert quote.is_visible()
        page.emulate_media(media="print")
        page.locator("h1").click()
        assert quote.is_visible()  # printed pages carry the quotes
        context.close()


@pytest.mark.parametrize("file", ["../../../../etc/passwd", "notes/../../secret.txt", ".hidden/talk-notes.md"])
def test_a_notes_file_outside_the_notes_folder_is_refused(tmp_path: Path, data: dict, file: str) -> None:
    data["sources"]["talk-notes"]["file"] = file
    found = problems(make_tiny_site(tmp_path, data))
    assert any("data/sources/talk-notes.yml" in p and "file:" in p for p in found), found


def test_a_link_out_of_the_notes_folder_is_not_read(tmp_path: Path, data: dict) -> None:
    """A symbolic link in the notes folder that leads out of it: its text would answer a
    contributor's guesses through the quote check, so it counts as a note not there."""
    site = make_tiny_site(tmp_path, data)
    outside = tmp_path / "outside.md"
    outside.write_text((site / "notes/talk-notes.md").read_text(encoding="utf-8"), encoding="utf-8")
    (site / "notes/talk-notes.md").unlink()
    (site / "notes/talk-notes.md").symlink_to(outside)
    result = check_data(site / "data", notes_dir=site / "notes")
    assert result.quotes is not None and result.quotes.missing_notes == ["talk-notes"] and result.quotes.verified == 0

"""Contributors' notes: shown in their language, announced in the other, validated."""

from __future__ import annotations

import datetime
from pathlib import Path

from conftest import run_mkdocs, write_note
from sitecheck import read_page

from career_atlas.core.check import check

NOTE = {"title": "배관공으로 1년", "author": "김기여", "date": datetime.date(2026, 11, 20), "lang": "ko", "about": ["plumber", "collect#raw"]}


def test_note_shows_in_its_language_and_is_announced_in_the_other(tiny_site: Path) -> None:
    write_note(tiny_site, "plumber-year", NOTE, "파이프라인은 **매일** 고장 납니다.\n")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    ko = (tiny_site / "site/ko/roles/plumber/index.html").read_text(encoding="utf-8")
    assert 'id="note-plumber-year"' in ko and "김기여" in ko and "<strong>매일</strong>" in ko
    en = read_page(tiny_site / "site/en/roles/plumber/index.html")
    assert "../../../ko/roles/plumber/#note-plumber-year" in en.article_links
    en_html = (tiny_site / "site/en/roles/plumber/index.html").read_text(encoding="utf-8")
    assert "Note in Korean" in en_html and "매일" not in en_html  # the language named in the reader's language
    stage = (tiny_site / "site/ko/stages/collect/index.html").read_text(encoding="utf-8")
    assert 'id="note-plumber-year"' in stage and 'href="#raw"' in stage  # names its step


def test_bad_notes_are_reported_with_lines(tiny_site: Path) -> None:
    write_note(tiny_site, "bad", dict(NOTE, about=["nobody"], lang="fr"), "<script>alert(1)</script>\n")
    (tiny_site / "data/notes/no-front.md").write_text("just text\n", encoding="utf-8")
    _, problems = check(tiny_site / "data")
    assert [str(p) for p in problems] == [
        "data/notes/bad.md:5: lang: 'fr' is not allowed; expected 'ko' or 'en'",
        "data/notes/bad.md:9: body: raw HTML is not allowed (found '<script>alert(1)</script>'); write Markdown, or put the characters in `backticks`",
        "data/notes/no-front.md:1: a note starts with front matter between --- lines, e.g.\n---\ntitle: ...\nauthor: ...\ndate: 2026-01-31\nlang: ko\nabout: [data-engineer]\n---",
    ]


def test_note_about_unknown_entry(tiny_site: Path) -> None:
    write_note(tiny_site, "lost", dict(NOTE, about=["plumber", "nobody"]), "text\n")
    _, problems = check(tiny_site / "data")
    assert len(problems) == 1
    assert str(problems[0]).startswith("data/notes/lost.md:8: about[1]: 'nobody' is not a known entry")


def test_notes_are_first_class(tiny_site: Path) -> None:
    import json

    write_note(tiny_site, "plumber-year", NOTE, "파이프라인은 매일 고장 납니다.\n")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    stage = (tiny_site / "site/ko/stages/collect/index.html").read_text(encoding="utf-8")
    raw = stage.split('id="raw"', 1)[1].split('id="label"', 1)[0]
    assert 'href="#note-plumber-year"' in raw  # the step links to the note about it
    assert "/edit/main/data/notes/plumber-year.md" in stage  # the note's own Edit link
    kb = json.loads((tiny_site / "site/api/kb.json").read_text(encoding="utf-8"))
    assert [(n["id"], n["author"], n["provenance"]) for n in kb["notes"]] == [("plumber-year", "김기여", "note")]
    ids = (tiny_site / "site/en/ids/index.html").read_text(encoding="utf-8")
    assert "<code>collect#raw</code>" in ids and "<code>data/roles/plumber.yml</code>" in ids


def test_check_counts_the_notes(tiny_site: Path) -> None:
    import subprocess
    import sys

    write_note(tiny_site, "plumber-year", NOTE, "text\n")
    result = subprocess.run([sys.executable, "-m", "career_atlas", "check"], cwd=tiny_site, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert ", 1 note, " in result.stdout

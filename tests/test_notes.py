"""Contributors' notes: shown in their language, announced in the other, validated."""

from __future__ import annotations

import datetime
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import yaml
from clirun import python_m
from conftest import REPO, run_mkdocs, write_data, write_note
from sitecheck import read_page

from career_atlas.core.check import check
from career_atlas.core.scaffold import new_note_url

NOTE = {"title": "배관공으로 1년", "author": "김기여", "date": datetime.date(2026, 11, 20), "lang": "ko", "about": ["plumber", "collect#raw"]}


def test_note_shows_in_its_language_and_is_announced_in_the_other(tiny_site: Path) -> None:
    write_note(tiny_site, "plumber-2026-11-20-ko", NOTE, "파이프라인은 **매일** 고장 납니다.\n")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    ko = (tiny_site / "site/ko/roles/plumber/index.html").read_text(encoding="utf-8")
    assert 'id="note-plumber-2026-11-20-ko"' in ko and "김기여" in ko and "<strong>매일</strong>" in ko
    en = read_page(tiny_site / "site/en/roles/plumber/index.html")
    assert "../../../ko/roles/plumber/#note-plumber-2026-11-20-ko" in en.article_links
    en_html = (tiny_site / "site/en/roles/plumber/index.html").read_text(encoding="utf-8")
    assert "Note in Korean" in en_html and "매일" not in en_html  # the language named in the reader's language
    stage = (tiny_site / "site/ko/stages/collect/index.html").read_text(encoding="utf-8")
    assert 'id="note-plumber-2026-11-20-ko"' in stage and 'href="#raw"' in stage  # names its step


def test_bad_notes_are_reported_with_lines(tiny_site: Path) -> None:
    write_note(tiny_site, "bad", dict(NOTE, about=["nobody"], lang="fr"), "<script>alert(1)</script>\n")
    (tiny_site / "data/notes/no-front.md").write_text("just text\n", encoding="utf-8")
    _, problems = check(tiny_site / "data")
    assert [str(p) for p in problems] == [
        "data/notes/bad.md:5: lang: 'fr' is not allowed; expected 'ko' or 'en'",
        "data/notes/bad.md:9: body: raw HTML is not allowed (found '<script>alert(1)</script>'); write Markdown, or put the characters in `backticks`",
        "data/notes/bad.md:7: about[0]: 'nobody' is not a known entry; expected one of: annotation, bias, collect, modeler, plumber, talk",
        "data/notes/no-front.md:1: a note starts with front matter between --- lines, e.g.\n---\ntitle: ...\nauthor: ...\ndate: 2026-01-31\nlang: ko\nabout: [data-engineer]\n---",
    ]


def test_note_about_unknown_entry(tiny_site: Path) -> None:
    write_note(tiny_site, "plumber-2026-11-20-ko", dict(NOTE, about=["plumber", "nobody"]), "본문\n")
    _, problems = check(tiny_site / "data")
    assert len(problems) == 1
    assert str(problems[0]).startswith("data/notes/plumber-2026-11-20-ko.md:8: about[1]: 'nobody' is not a known entry")


def test_notes_are_first_class(tiny_site: Path) -> None:
    write_note(tiny_site, "plumber-2026-11-20-ko", NOTE, "파이프라인은 매일 고장 납니다.\n")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    stage = (tiny_site / "site/ko/stages/collect/index.html").read_text(encoding="utf-8")
    raw = stage.split('id="raw"', 1)[1].split('id="label"', 1)[0]
    assert 'href="#note-plumber-2026-11-20-ko"' in raw  # the step links to the note about it
    assert "/edit/main/data/notes/plumber-2026-11-20-ko.md" in stage  # the note's own Edit link
    kb = json.loads((tiny_site / "site/api/kb.json").read_text(encoding="utf-8"))
    assert [(n["id"], n["author"], n["provenance"]) for n in kb["notes"]] == [("plumber-2026-11-20-ko", "김기여", "note")]
    ids = (tiny_site / "site/en/ids/index.html").read_text(encoding="utf-8")
    assert "<code>collect#raw</code>" in ids and "<code>data/roles/plumber.yml</code>" in ids


def test_check_counts_the_notes(tiny_site: Path) -> None:
    write_note(tiny_site, "plumber-2026-11-20-ko", NOTE, "본문\n")
    result = python_m("career_atlas", "check", cwd=tiny_site)
    assert result.returncode == 0, result.stderr
    assert ", 1 note, " in result.stdout


# --- a note in three clicks: every entry and step links to GitHub's new-file page, note started ---


def new_note_target(href: str) -> tuple[str, str, dict, str]:
    """(path of the new-file page, file name, front matter, body) of an "Add a note" link."""
    url = urlsplit(href)
    query = parse_qs(url.query)
    _, front, body = query["value"][0].split("---\n", 2)
    return url.path, query["filename"][0], yaml.safe_load(front), body


def add_note_links(page: Path) -> list[str]:
    html_text = page.read_text(encoding="utf-8")
    return [h.replace("&amp;", "&") for h in re.findall(r'<p class="atlas-note-add"><a href="([^"]+)"', html_text)]


def test_every_entry_page_and_step_offers_to_add_a_note(tiny_built: Path) -> None:
    for lang in ("ko", "en"):
        for page in ("roles/modeler", "glossary/annotation", "lectures/talk", "ethics/bias"):
            (href,) = add_note_links(tiny_built / lang / page / "index.html")
            path, name, front, body = new_note_target(href)
            ident = page.split("/")[1]
            assert path == "/ai-career-atlas/ai-career-atlas/new/main/data/notes" and name == f"{ident}-yyyy-mm-dd-{lang}.md"
            assert front["lang"] == lang and front["about"] == [ident] and front["date"] is None  # the contributor's day
            assert front["title"] and front["author"] and body.strip()
        stage = add_note_links(tiny_built / lang / "stages/collect/index.html")
        assert [new_note_target(h)[1] for h in stage] == [f"collect-raw-yyyy-mm-dd-{lang}.md", f"collect-label-yyyy-mm-dd-{lang}.md",
                                                          f"collect-yyyy-mm-dd-{lang}.md"]  # each step, then the stage
        assert [new_note_target(h)[2]["about"] for h in stage] == [["collect#raw"], ["collect#label"], ["collect"]]


def test_only_entries_and_steps_offer_to_add_a_note_as_the_readme_says(tiny_built: Path) -> None:
    """A note is shown on the entries it is about: an index, a map or the start page has nowhere
    to show one, so it has no "Add a note" link, and README says which pages have it."""
    pages = {p.relative_to(tiny_built).parent.as_posix() for p in tiny_built.glob("*/**/index.html")}
    with_link = {page for page in pages if add_note_links(tiny_built / page / "index.html")}
    entries = {f"{lang}/{page}" for lang in ("ko", "en") for page in
               ("roles/modeler", "roles/plumber", "glossary/annotation", "lectures/talk", "ethics/bias", "stages/collect")}
    assert with_link == entries
    assert {f"{lang}/{page}" for lang in ("ko", "en") for page in ("roles", "stages", "ethics", "glossary")} <= pages - with_link
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert 'every entry page, and every step of a stage, has an "Add a note" link' in readme
    assert "every page of the site has" not in readme


def test_a_note_started_by_the_link_fails_the_check_until_filled_in(tiny_site: Path) -> None:
    _, name, front, body = new_note_target(new_note_url("https://github.com/o/r/edit/main/", "collect#raw", "en") or "")
    path = tiny_site / "data/notes" / name
    path.parent.mkdir()
    path.write_text(f"---\n{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---\n{body}", encoding="utf-8")
    _, problems = check(tiny_site / "data")
    assert [p.text for p in problems] == [
        "the file name still holds yyyy-mm-dd: put the note's date there, e.g. collect-raw-2026-12-07-en.md",
        "title: still holds the template's placeholder text; write your own",
        "author: still holds the template's placeholder text; write your own",
        "date: is empty; write the day you write the note, as YYYY-MM-DD, e.g. date: 2026-12-07",
        "body: still holds the template's placeholder text; write your own",
    ]
    text = path.read_text(encoding="utf-8")
    for old, new in (("Your note's title", "Raw data, by hand"), ("Your name", "Kim"), ("date: null", "date: 2026-12-07"),
                     ("Write your note here, in Markdown: your own experience, or a correction. Headings start at ####.", "We typed it.")):
        text = text.replace(old, new, 1)
    path.unlink()
    (tiny_site / "data/notes/collect-raw-2026-12-07-en.md").write_text(text, encoding="utf-8")
    _, problems = check(tiny_site / "data")
    assert [str(p) for p in problems] == []


def new_py_note(project: Path, tiny_data: dict) -> Callable[..., subprocess.CompletedProcess[str]]:
    """A project with the tiny data and scripts/new.py; runs ``new.py note ARGS`` in it."""
    write_data(project, tiny_data)
    shutil.copy(REPO / "mkdocs.yml", project)
    (project / "scripts").mkdir()
    shutil.copy(REPO / "scripts/new.py", project / "scripts")
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "scripts/new.py", "note", *args], cwd=project, capture_output=True, text=True,
                              env=env, check=False)
    return run


def test_new_py_note_writes_the_same_template_with_todays_date(tmp_path: Path, tiny_data: dict) -> None:
    new = new_py_note(tmp_path, tiny_data)
    run = new("plumber")
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()  # the day check calls today
    written = tmp_path / f"data/notes/plumber-{today}-ko.md"  # the site's first language
    assert run.returncode == 0 and str(written) in run.stdout, run.stderr
    _, problems = check(tmp_path / "data")
    assert [p.key for p in problems] == ["title", "author", "body"]  # only what the contributor writes
    bad = new("collect#raw", "fr")
    assert bad.returncode == 1 and bad.stderr == "error: 'fr' is not a language a note can be written in; expected ko or en\n"


def test_new_py_note_refuses_an_unknown_entry_and_numbers_a_second_note_of_the_day(tmp_path: Path, tiny_data: dict) -> None:
    new = new_py_note(tmp_path, tiny_data)
    for about, hint in (("plumbr", "did you mean 'plumber'?"), ("collect#rwa", "did you mean 'collect#raw'?"),
                        ("nobody", "an entry's id is its file name in data/ (without .yml), a step's stage#step")):
        run = new(about, "en")
        assert run.returncode == 1 and run.stderr == f"error: {about!r} is not a known entry; {hint}\n"
    assert not (tmp_path / "data/notes").exists()
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    first, second = new("collect#raw", "en"), new("collect#raw", "en")
    assert first.returncode == 0 and f"data/notes/collect-raw-{today}-en.md" in first.stdout
    assert second.returncode == 0 and f"data/notes/collect-raw-{today}-en-2.md" in second.stdout


def test_new_py_note_suggests_the_id_of_an_entry_written_otherwise(tmp_path: Path, tiny_data: dict) -> None:
    """In capitals, with an underscore, or a step written as in a note's file name (issue 25)."""
    new = new_py_note(tmp_path, tiny_data)
    for about, meant in (("Plumber", "plumber"), ("Collect#Raw", "collect#raw"), ("collect-raw", "collect#raw"), ("collect_raw", "collect#raw")):
        run = new(about, "ko")
        assert run.returncode == 1 and run.stderr.endswith(f"did you mean {meant!r}?\n"), run.stderr
    assert not (tmp_path / "data/notes").exists()


def test_two_notes_on_one_page_on_one_day_in_one_language(tiny_site: Path) -> None:
    """The second takes -2 after its language (CONTRIBUTING): both pass and both are shown."""
    write_note(tiny_site, "plumber-2026-11-20-ko", NOTE, "파이프라인은 매일 고장 납니다.\n")
    write_note(tiny_site, "plumber-2026-11-20-ko-2", dict(NOTE, title="배관공으로 2년"), "그래도 고칩니다.\n")
    graph, problems = check(tiny_site / "data")
    assert problems == [] and graph is not None
    assert [n.id for n, _ in graph.notes["plumber"]] == ["plumber-2026-11-20-ko", "plumber-2026-11-20-ko-2"]
    # a third numbered -4, and a lone -2 on another day, follow no note: each is told its free name
    write_note(tiny_site, "plumber-2026-11-20-ko-4", dict(NOTE, title="넷째"), "셋째가 없습니다.\n")
    write_note(tiny_site, "plumber-2026-11-21-ko-2", dict(NOTE, title="둘째", date="2026-11-21"), "첫째가 없습니다.\n")
    _, problems = check(tiny_site / "data")
    assert [str(p) for p in problems] == [
        "data/notes/plumber-2026-11-20-ko-4.md: is numbered 4, but there is no plumber-2026-11-20-ko-3.md before it; "
        "rename it to plumber-2026-11-20-ko-3.md",
        "data/notes/plumber-2026-11-21-ko-2.md: is numbered 2, but there is no plumber-2026-11-21-ko.md before it; "
        "rename it to plumber-2026-11-21-ko.md"]


def test_notes_in_kb_json_have_their_text_and_entries_list_them(tiny_site: Path) -> None:
    write_note(tiny_site, "plumber-2026-11-20-ko", NOTE, "파이프라인은 **매일** 고장 납니다.\n")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    kb = json.loads((tiny_site / "site/api/kb.json").read_text(encoding="utf-8"))
    assert [n["body"] for n in kb["notes"]] == ["파이프라인은 **매일** 고장 납니다."]
    notes = {e["id"]: e["notes"] for e in kb["entities"]}
    assert notes["plumber"] == ["plumber-2026-11-20-ko"] and notes["collect"] == ["plumber-2026-11-20-ko"] and notes["modeler"] == []
    # the English stage page links the Korean note from its step, in its language
    en = (tiny_site / "site/en/stages/collect/index.html").read_text(encoding="utf-8")
    step = en.split('id="raw"', 1)[1].split('id="label"', 1)[0]
    assert '<a href="../../../ko/stages/collect/#note-plumber-2026-11-20-ko" hreflang="ko" lang="ko">배관공으로 1년</a>' in step


def test_a_note_dated_today_where_the_day_starts_first_passes_and_the_day_after_does_not(tiny_site: Path) -> None:
    """A contributor in Seoul writes the day it is there, which can be tomorrow in UTC: only a date
    after today in every time zone is in the future."""
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=14))).date()
    for day, refused in ((today, False), (today + datetime.timedelta(days=1), True)):
        notes = tiny_site / "data" / "notes"
        shutil.rmtree(notes, ignore_errors=True)
        write_note(tiny_site, f"plumber-{day.isoformat()}-ko", dict(NOTE, date=day), "파이프라인은 매일 고장 납니다.\n")
        graph, problems = check(tiny_site / "data")
        assert any("is in the future" in str(p) for p in problems) is refused, problems

"""The readers' pages: the start page's reading paths, the self-check, role comparisons."""

from __future__ import annotations

import copy
import html as htmllib
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml
from conftest import TINY, P, T, axe_violations, make_tiny_site, run_mkdocs
from sitecheck import read_page

from career_atlas.core.check import check_data
from career_atlas.render import labels as L

SHOTS = Path("/tmp/readers-shots")

START: dict[str, Any] = {
    "paths": [
        {
            "id": "student",
            "title": T("학생: 연구자냐 엔지니어냐", "Student: researcher or engineer?"),
            "question": T("어느 길이 맞을까요?", "Which path is mine?"),
            "steps": [
                {"page": "self-check", "why": T("먼저 체크해 보세요", "Tick the questions first")},
                {"page": "compare/modeler--plumber", "why": T("두 역할을 나란히", "The two roles side by side")},
                {"page": "modeler", "why": T("모델러의 하루", "A modeler's day")},
            ],
        },
        {
            "id": "roles",
            "title": T("어떤 역할이 있나", "Which roles exist?"),
            "question": T("역할들은?", "What roles are there?"),
            "steps": [{"page": "plumber", "why": T("배관공부터", "Start with the plumber")},
                      {"page": "compare", "why": T("모든 비교", "Every comparison")}],
        },
    ]
}

SELF_CHECK: dict[str, Any] = {
    "source": {"lecture": "talk", "part": T("1단계", "Step one")},
    "intro": P("질문에 답해 보세요", "Answer the questions"),
    "shared": P("과정 전체에 관심이 있는가", "Do you care about the whole process?"),
    "kinds": [
        {"id": "researcher", "name": T("연구자", "researcher"), "heading": T("연구자 쪽 질문", "Towards research"),
         "verdict": P("위를 만족하면 연구자!", "If so: researcher!"), "roles": ["modeler"]},
        {"id": "engineer", "name": T("엔지니어", "engineer"), "heading": T("엔지니어 쪽 질문", "Towards engineering"),
         "verdict": P("위를 만족하면 엔지니어!", "If so: engineer!"), "roles": ["plumber"]},
    ],
    "questions": [
        {"id": "fundamentals", "text": P("기초 학문을 좋아하나요?", "Do you like fundamental subjects?"), "kinds": ["researcher"]},
        {"id": "business", "text": P("비즈니스에 관심이 있나요?", "Are you interested in business?"), "kinds": ["engineer"]},
        {"id": "whole-process", "text": P("모든 일을 기꺼이 하나요?", "Will you do everything around modeling?"), "kinds": ["researcher", "engineer"]},
    ],
}


def write_guidance(root: Path, start: dict[str, Any] | None = None, check: dict[str, Any] | None = None) -> None:
    for name, content in (("start.yml", start or START), ("self-check.yml", check or SELF_CHECK)):
        (root / "data" / name).write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def readers_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny site with both files, built once with --strict."""
    project = make_tiny_site(tmp_path_factory.mktemp("readers"), copy.deepcopy(TINY))
    write_guidance(project)
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return project / "site"


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def plain(path: Path) -> str:
    """The page with character references read (Markdown lines keep ``&#58;`` for ``:``)."""
    return htmllib.unescape(text_of(path))


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_start_page_lists_the_paths_in_order_with_working_links(readers_site: Path, lang: str) -> None:
    page = readers_site / lang / "start/index.html"
    html = plain(page)
    titles = [p["title"][lang] for p in START["paths"]]
    positions = [html.index(f">{title}<") for title in titles]
    assert positions == sorted(positions)
    student = html[html.index('id="student"'):html.index('id="roles"')]
    hrefs = re.findall(r'<li><a href="([^"]+)"', student)
    # Each step says which path it belongs to, so the page shows that path's next step.
    assert hrefs == ["../self-check/?path=student", "../compare/modeler--plumber/?path=student", "../roles/modeler/?path=student"]
    for href in read_page(page).article_links:
        if not href.startswith(("http", "#")):
            target = (page.parent / href.split("#")[0].split("?")[0]).resolve()
            assert (target / "index.html").is_file() or target.is_file(), href
    assert START["paths"][0]["steps"][0]["why"][lang] in html
    home = text_of(readers_site / lang / "index.html")
    assert 'href="start/#student"' in home and 'href="start/#roles"' in home


def test_an_unknown_id_in_start_yml_fails_the_build_at_its_line(tiny_site: Path) -> None:
    start = copy.deepcopy(START)
    start["paths"][1]["steps"][0]["page"] = "no-such-page"
    write_guidance(tiny_site, start)
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode != 0
    lines = (tiny_site / "data/start.yml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if "no-such-page" in text)
    assert f"data/start.yml:{line}: paths[1].steps[0].page: 'no-such-page' is not a known page" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_role_in_self_check_yml_fails_the_build(tiny_site: Path) -> None:
    check = copy.deepcopy(SELF_CHECK)
    check["kinds"][0]["roles"] = ["astronaut"]
    write_guidance(tiny_site, None, check)
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode != 0
    assert re.search(r"data/self-check\.yml:\d+: kinds\[0\]\.roles\[0\]: 'astronaut' is not a known role", result.stderr)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_self_check_without_javascript_lists_every_question_with_its_roles(readers_site: Path, lang: str) -> None:
    html = plain(readers_site / lang / "self-check/index.html")
    for q in SELF_CHECK["questions"]:
        item = re.search(rf'<li class="atlas-selfcheck__question" data-question="{q["id"]}">.*?</li>', html, re.DOTALL)
        assert item, q["id"]
        assert q["text"][lang] in item.group(0) and f'value="{q["id"]}"' in item.group(0)
        for kind in q["kinds"]:
            for role in next(k for k in SELF_CHECK["kinds"] if k["id"] == kind)["roles"]:
                assert f'href="../roles/{role}/"' in item.group(0)
    # the checkboxes and the result wait for the script; the lecture's words are there without it
    assert all(" hidden" in box for box in re.findall(r"<input [^>]*atlas-selfcheck__box[^>]*>", html))
    assert SELF_CHECK["kinds"][0]["verdict"][lang] in html and 'href="../lectures/talk/"' in html


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_comparison_page_shows_both_roles_and_their_areas(readers_site: Path, lang: str) -> None:
    words = yaml.safe_load((Path(__file__).parent.parent / f"career_atlas/render/labels/{lang}.yml").read_text(encoding="utf-8"))
    page = readers_site / lang / "compare/modeler--plumber/index.html"
    html = plain(page)
    for role in ("modeler", "plumber"):
        assert TINY["roles"][role]["name"][lang] in html
        for area in TINY["roles"][role]["areas"]:
            assert words["values"]["role"][area] in html
    assert 'href="../../roles/plumber/"' in html and 'href="../../stages/collect/#raw"' in html
    assert TINY["ethics"]["bias"]["name"][lang] in html  # watched by the modeler, raised where the plumber works
    assert not (readers_site / lang / "compare/plumber--modeler").exists()
    # It opens with what differs, in sentences, each difference with the lecture it comes from.
    summary = html.split('class="atlas-compare__summary"', 1)[1].split("</div>", 1)[0]
    assert words["readers"]["compare_areas"] in summary and 'href="../../lectures/talk/"' in summary
    index = text_of(readers_site / lang / "compare/index.html")
    assert 'href="modeler--plumber/"' in index  # the static comparisons, for readers without JavaScript
    assert "data-roles=" in index and "<select" in index  # the picker's data and its two pickers
    for role in ("plumber", "modeler"):
        role_page = text_of(readers_site / lang / f"roles/{role}/index.html")
        assert 'href="../../compare/modeler--plumber/"' in role_page


def test_hostile_text_in_a_question_or_a_path_title_is_escaped(tiny_site: Path) -> None:
    hostile = '<img src=x onerror="alert(1)"> *x* [l](javascript:alert(1)) {: onclick="alert(1)" }'
    start, check = copy.deepcopy(START), copy.deepcopy(SELF_CHECK)
    start["paths"][0]["title"] = T(hostile, hostile)
    start["paths"][0]["question"] = T(hostile, hostile)
    start["paths"][0]["steps"][0]["why"] = T(hostile, hostile)
    check["questions"][0]["text"] = T(hostile, hostile)
    check["kinds"][0]["verdict"] = T(hostile, hostile)
    write_guidance(tiny_site, start, check)
    # The self-check's questions and verdicts report the lecture: Markdown, checked like any passage.
    refused = run_mkdocs(tiny_site, "build", "--strict")
    assert refused.returncode == 1 and "questions[0].text.en: the link target 'javascript:alert(1)' is not allowed" in refused.stderr
    assert "kinds[0].verdict.ko: raw HTML is not allowed" in refused.stderr and "Traceback" not in refused.stderr
    check = copy.deepcopy(SELF_CHECK)
    write_guidance(tiny_site, start, check)
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    for lang in ("ko", "en"):
        for path in ("index.html", "start/index.html", "self-check/index.html", "compare/modeler--plumber/index.html"):
            page = read_page(tiny_site / "site" / lang / path)
            assert page.event_attrs == [], (lang, path)
            html = text_of(page.path)
            assert "<img src=x" not in html and "javascript:alert" not in [h.lower() for h in page.links]
        assert "&lt;img src=x" in text_of(tiny_site / "site" / lang / "start/index.html")  # the path title, shown as text


def test_a_site_without_the_files_has_no_start_page_but_comparisons(tiny_site: Path) -> None:
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert not (tiny_site / "site/en/start").exists() and not (tiny_site / "site/en/self-check").exists()
    assert (tiny_site / "site/en/compare/modeler--plumber/index.html").is_file()


# --- in Chromium, on the real site --------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("width", [1280, 375])
def test_the_self_check_computes_a_result_that_links_to_a_role(browser, real_base: str, lang: str, width: int) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{real_base}{lang}/")
    page.click("a.atlas-paths__title[href='start/#student']")  # home -> the student's path, one click
    page.wait_for_url(f"**/{lang}/start/#student")
    page.goto(f"{real_base}{lang}/self-check/")
    result = page.locator(".atlas-selfcheck__result")
    assert result.is_visible()
    visible = lambda: [o for o in ("none", "tie", "researcher", "engineer") if page.locator(f"[data-outcome={o}]").is_visible()]  # noqa: E731
    assert visible() == ["none"]
    page.check("input[value=fundamentals]")
    page.check("input[value=business]")
    assert visible() == ["tie"]  # one answer: both ways equally, not three contradicting blocks
    page.uncheck("input[value=fundamentals]")
    page.check("input[value=real-world-change]")
    page.check("input[value=whole-process]")
    assert visible() == ["engineer"]  # the shared question counts for both sides: it never decides
    why = page.locator("[data-outcome=engineer] [data-selfcheck-why] > li > ul > li")
    assert why.count() == 3  # the answer says why: the two questions that point there, and the shared one
    assert page.locator("[data-selfcheck-shared]").is_visible()  # and adds the talk's words on the shared one
    # The result has its own address: opening it again shows the same answer.
    assert "answers=" in page.url
    link = page.locator("[data-selfcheck-link]").get_attribute("href")
    page.goto(link)
    assert visible() == ["engineer"] and page.locator("input[value=business]").is_checked()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"self-check-{lang}-{width}.png"), full_page=True)
    page.locator("[data-outcome=engineer] a:not(.atlas-anchor__link)").first.click()  # a role, not a source marker
    page.wait_for_url(f"**/{lang}/roles/*/")
    assert page.locator("h1").is_visible()
    for path, name in (("start/", "start"), ("compare/ai-engineer--ai-researcher/", "compare")):
        page.goto(f"{real_base}{lang}/{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, (path, overflow)
        page.screenshot(path=str(SHOTS / f"{name}-{lang}-{width}.png"), full_page=True)
    page.goto(f"{real_base}{lang}/")
    page.screenshot(path=str(SHOTS / f"home-{lang}-{width}.png"))
    context.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_axe_finds_no_violation_on_the_readers_pages(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    found = {}
    for path in ("start/", "start/?path=roles", "self-check/", "compare/", "compare/ai-engineer--ai-researcher/",
                 "roles/quant-developer/?path=roles", "lectures/sources/", "about-atlas/"):
        page.goto(f"{real_base}{lang}/{path}")
        if path == "self-check/":
            page.check("input[value=fundamentals]")
            page.check("input[value=business]")
            page.wait_for_selector(".atlas-selfcheck__result:not([hidden])")
            page.wait_for_timeout(400)  # ticking scrolls; Material's header animates its shadow for 250 ms
        if violations := axe_violations(page):
            found[path] = violations
    page.close()
    assert found == {}


# --- the checks of the two files, without a build -----------------------------------


def guidance_problems(tmp_path: Path, start: dict[str, Any], check: dict[str, Any] | None) -> list[str]:
    tmp_path.mkdir(exist_ok=True)
    make_tiny_site(tmp_path, copy.deepcopy(TINY))
    (tmp_path / "data/start.yml").write_text(yaml.safe_dump(start, allow_unicode=True, sort_keys=False), encoding="utf-8")
    if check is not None:
        (tmp_path / "data/self-check.yml").write_text(yaml.safe_dump(check, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return [str(p) for p in check_data(tmp_path / "data").problems]  # checked with the rest of the data


@pytest.mark.parametrize(("page", "expected"), [
    ("compare/plumber--modeler", "write the role ids in sorted order: compare/modeler--plumber"),
    ("compare/modeler--modeler", "compares a role with itself"),
    ("compare/modeler--collect", "'collect' is not a known role"),
    ("self-check", "the self-check page needs data/self-check.yml"),
])
def test_the_start_file_names_what_is_wrong_with_a_page(tmp_path: Path, page: str, expected: str) -> None:
    start = copy.deepcopy(START)
    start["paths"][1]["steps"][0]["page"] = page
    start["paths"][0]["steps"] = start["paths"][0]["steps"][1:]  # no other self-check step
    problems = guidance_problems(tmp_path, start, None)
    assert len(problems) == 1 and problems[0].startswith("data/start.yml:") and expected in problems[0], problems


def test_the_self_check_file_refuses_unknown_kinds_and_missing_texts(tmp_path: Path) -> None:
    check = copy.deepcopy(SELF_CHECK)
    check["questions"][0]["kinds"] = ["poet"]
    problems = guidance_problems(tmp_path / "kinds", START, check)
    assert len(problems) == 1 and "questions[0].kinds[0]: 'poet' is not a kind of this file" in problems[0], problems
    check = copy.deepcopy(SELF_CHECK)
    del check["questions"][1]["text"]["en"]
    problems = guidance_problems(tmp_path / "texts", START, check)  # the file's own problems; no others follow
    assert len(problems) == 1
    assert re.fullmatch(r"data/self-check\.yml:\d+: questions\[1\]\.text: the en text is missing; every text needs ko: and en:", problems[0])


def test_a_broken_role_file_is_reported_once_not_again_by_the_paths(tmp_path: Path) -> None:
    make_tiny_site(tmp_path, copy.deepcopy(TINY))
    (tmp_path / "data/start.yml").write_text(yaml.safe_dump(START, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (tmp_path / "data/self-check.yml").write_text(yaml.safe_dump(SELF_CHECK, allow_unicode=True, sort_keys=False), encoding="utf-8")
    modeler = tmp_path / "data/roles/modeler.yml"
    modeler.write_text(modeler.read_text(encoding="utf-8") + "colour: red\n", encoding="utf-8")
    problems = [str(p) for p in check_data(tmp_path / "data").problems]
    assert len(problems) == 1 and problems[0].startswith("data/roles/modeler.yml:") and "colour" in problems[0], problems


# --- issue 22: paths you can follow, comparisons that explain and grow linearly -----------------


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_path_can_be_followed_to_its_end_with_next_links_alone(real_site: Path, lang: str) -> None:
    """From the start page, each path's first step, then each page's own "next" link of that path
    (rel=next in the box with the path's data-path), to the path's last page."""
    start = plain(real_site / lang / "start/index.html")
    paths = re.findall(r'<h2 id="([a-z0-9-]+)"', start)
    assert paths
    for path_id in paths:
        section = start.split(f'id="{path_id}"', 1)[1].split("<h2", 1)[0]
        steps = re.findall(r'<li><a href="([^"]+)"', section)
        page = (real_site / lang / "start" / steps[0].split("?")[0]).resolve() / "index.html"
        seen = 1
        while True:
            html = plain(page)
            box = re.search(rf'<nav class="atlas-pathnav" data-path="{path_id}"[^>]*>(.*?)</nav>', html, re.DOTALL)
            assert box, (path_id, page)
            assert f"{seen}" in box.group(1) and f"{len(steps)}" in box.group(1)  # "step k of n"
            nxt = re.search(r'<a rel="next" href="([^"]+)"', box.group(1))
            if not nxt:
                break
            assert nxt.group(1).endswith(f"?path={path_id}")
            page = (page.parent / nxt.group(1).split("?")[0]).resolve() / "index.html"
            seen += 1
        assert seen == len(steps), path_id


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("width", [1280, 375])
def test_a_reader_follows_every_path_by_clicking_next_in_chromium(browser, real_base: str, lang: str, width: int) -> None:  # type: ignore[no-untyped-def]
    """The same walk as above, as a reader makes it: click a path's first step on the start page,
    then only the visible "next" link of that path's box, page after page. On a page that lies
    on several paths, the box of the path being followed is the one shown."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{real_base}{lang}/start/")
    paths = page.eval_on_selector_all("article h2[id]", "hs => hs.map(h => h.id)")
    assert len(paths) >= 3
    for path_id in paths:
        page.goto(f"{real_base}{lang}/start/")
        steps = page.locator(f"h2#{path_id} ~ ol").first.locator(":scope > li > a")
        n = steps.count()
        steps.first.click()
        for k in range(1, n + 1):
            page.wait_for_load_state()
            box = page.locator(f".atlas-pathnav[data-path={path_id}]:not(.atlas-pathnav--end)")  # the top one; the same box ends the page
            assert box.is_visible(), (path_id, k, page.url)
            assert page.locator(f".atlas-pathnav:visible:not([data-path={path_id}])").count() == 0, page.url  # only the path followed
            where = box.locator(".atlas-pathnav__where").inner_text()
            assert str(k) in where and str(n) in where, (path_id, where)
            assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
            nxt = box.locator("a[rel=next]")
            if k == n:
                assert nxt.count() == 0, (path_id, page.url)
            else:
                nxt.click()
    context.close()


def test_the_comparison_pages_grow_linearly_with_the_roles(tmp_path: Path) -> None:
    """30 roles: at most three static comparisons each (plus those the paths name), not 435."""
    data = copy.deepcopy(TINY)
    for i in range(28):
        role = copy.deepcopy(data["roles"]["modeler"])
        role["name"] = T(f"역할 {i}", f"Role {i}")
        if i % 2 == 0:
            role.pop("stages", None)  # a role without steps: compared with no one by the steps
        data["roles"][f"role-{i}"] = role
    project = make_tiny_site(tmp_path, data)
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr[-2000:]
    pages = [p for p in (project / "site/en/compare").iterdir() if p.is_dir()]
    assert 0 < len(pages) <= 3 * 30


@pytest.mark.parametrize("width", [1280, 375])
def test_the_comparison_picker_compares_any_two_roles_and_keeps_them_in_the_address(browser, real_base: str, width: int) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{real_base}en/compare/")
    page.select_option("select[name=a]", "business-planner")
    page.select_option("select[name=b]", "optimization-engineer")
    page.click(".atlas-compare-picker button[type=submit]")
    result = page.locator("[data-compare-result]")
    assert "Business development" in result.locator("h2").inner_text() and "ML optimization engineer" in result.locator("h2").inner_text()
    assert result.locator(".atlas-compare__summary li").count() >= 2  # what differs, in sentences
    assert result.locator("table.atlas-compare").is_visible()
    assert "a=business-planner" in page.url and "b=optimization-engineer" in page.url
    page.goto(page.url)  # the address alone brings the same comparison back
    assert "Business development" in page.locator("[data-compare-result] h2").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    # A static pair: the picker draws the same summary as its page does.
    page.goto(f"{real_base}en/compare/ai-engineer--ai-researcher/")
    static = page.locator(".atlas-compare__summary").inner_text()
    page.goto(f"{real_base}en/compare/?a=ai-researcher&b=ai-engineer")  # the static page's order: the roles' own
    assert page.locator("[data-compare-result] .atlas-compare__summary").inner_text() == static
    context.close()


def test_without_javascript_the_picker_page_lists_each_roles_comparisons(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(f"{real_base}ko/compare/")
    assert not page.locator(".atlas-compare-picker").is_visible()
    links = page.locator(".atlas-compare-index a")
    assert links.count() > 10
    links.first.click()
    page.wait_for_url("**/compare/*--*/")
    assert page.locator(".atlas-compare__summary").is_visible() and page.locator("table.atlas-compare").is_visible()
    context.close()


def test_dark_mode_stays_on_across_a_language_switch(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{real_base}ko/roles/")
    scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")  # noqa: E731
    first = scheme()
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert scheme() != first
    page.goto(f"{real_base}en/roles/")
    assert scheme() != first  # the other language keeps the reader's choice
    context.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_no_page_type_scrolls_sideways_on_a_phone_without_javascript(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    wide = []
    for path in ("", "roles/", "roles/ai-engineer/", "stages/data-collection/", "map/matrix/", "compare/", "self-check/", "lectures/careers-in-ai/"):
        page.goto(f"{real_base}{lang}/{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            wide.append((path, overflow))
    assert wide == []
    context.close()


# --- issue 22, second review: the self-check, the language switch, paths and the picker ----------

WORDS = {lang: L.of(lang)["readers"] for lang in ("ko", "en")}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_self_check_explains_the_shared_tick_and_lists_every_tick_by_side(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{real_base}{lang}/self-check/")
    result = page.locator(".atlas-selfcheck__result")
    page.check("input[value=whole-process]")  # only the question both lists share
    text = result.inner_text()
    assert WORDS[lang]["selfcheck_none"] not in text  # something is ticked
    assert WORDS[lang]["selfcheck_shared_only"] in text  # and the tick points both ways
    assert WORDS[lang]["selfcheck_shared_result"] not in text  # not "you also ticked"
    page.uncheck("input[value=whole-process]")
    for ident in ("fundamentals", "patience", "business"):  # two towards research, one towards engineering
        page.check(f"input[value={ident}]")
    assert page.locator("[data-outcome=researcher]").is_visible()
    groups = page.evaluate(
        """() => [...document.querySelectorAll('[data-outcome]:not([hidden]) [data-selfcheck-why] > li')].map(li =>
             [li.firstChild.textContent.trim(), [...li.querySelectorAll('li')].map(q => q.textContent.trim())])"""
    )
    heading = lambda kind: page.locator(f"h2#group-{kind}").inner_text().strip()  # noqa: E731
    question = lambda ident: page.evaluate(  # noqa: E731
        "id => { const t = document.querySelector(`[data-question=${id}] .atlas-selfcheck__text`).cloneNode(true);"
        " t.querySelectorAll('.atlas-anchors').forEach(s => s.remove()); return t.textContent.trim() }", ident)
    assert groups == [[heading("researcher"), [question("fundamentals"), question("patience")]], [heading("engineer"), [question("business")]]]
    assert page.locator("[data-selfcheck-why] [id]").count() == 0  # the listed questions repeat no id of the page
    context.close()


@pytest.mark.parametrize(("lang", "width"), [("ko", 375), ("en", 1280)])
def test_a_shared_self_check_result_opens_scrolled_to_the_result(browser, real_base: str, lang: str, width: int) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{real_base}{lang}/self-check/?answers=fundamentals,business,patience")
    page.wait_for_timeout(300)
    box = page.locator(".atlas-selfcheck__result").bounding_box()
    assert box and 0 <= box["y"] < 200, box
    assert page.locator("[data-outcome=researcher] .atlas-selfcheck__answer").is_visible()
    context.close()


@pytest.mark.parametrize("path", [
    "compare/?a=ai-engineer&b=ai-researcher",
    "roles/ai-engineer/?path=roles",
    "self-check/?answers=fundamentals,business#group-engineer",
])
def test_switching_language_keeps_the_query_and_the_place(browser, real_base: str, path: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for here, there in (("en", "ko"), ("ko", "en")):
        page.goto(f"{real_base}{here}/{path}")
        page.hover(".md-header__option .md-select")
        page.click(f"a.md-select__link[hreflang={there}]")
        page.wait_for_url(f"{real_base}{there}/{path}")
    if path.startswith("compare/"):
        assert page.locator("[data-compare-result] table.atlas-compare").is_visible()
    context.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_on_a_reading_path_the_footer_follows_the_path(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    """One "next" on the page: the theme's footer points where the path's box does, or is hidden."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{real_base}{lang}/start/")
    paths = page.eval_on_selector_all("article h2[id]", "hs => hs.map(h => h.id)")
    wrong = []
    for path_id in paths:
        page.goto(f"{real_base}{lang}/start/")
        hrefs = page.locator(f"h2#{path_id} ~ ol").first.locator(":scope > li > a").evaluate_all("as => as.map(a => a.href)")
        for href in hrefs:
            page.goto(href)
            box = page.locator(f".atlas-pathnav[data-path={path_id}]:not(.atlas-pathnav--end)")
            for rel, side in (("next", "next"), ("prev", "prev")):
                want = box.locator(f"a[rel={rel}]")
                footer = page.locator(f".md-footer__link--{side}")
                shown = footer.count() and footer.is_visible()
                if want.count():
                    if shown and footer.evaluate("a => a.href") != want.evaluate("a => a.href"):
                        wrong.append((page.url, side, footer.evaluate("a => a.href")))
                elif shown:
                    wrong.append((page.url, side, "shown"))
    assert wrong == []
    page.goto(f"{real_base}{lang}/roles/ai-engineer/")  # not on a path: the footer follows the navigation
    assert page.locator(".md-footer__link--next").is_visible()
    assert "path=" not in str(page.locator(".md-footer__link--next").get_attribute("href"))
    context.close()


def test_the_picker_says_a_role_is_unknown_and_names_the_pair_in_the_title(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    result = page.locator("[data-compare-result]")
    for wanted in ("bogus", "<img src=x>"):
        page.goto(f"{real_base}en/compare/?a={quote(wanted)}&b=ai-engineer")
        assert wanted in result.inner_text()  # named, as text
        assert result.locator("table, img").count() == 0  # no other role compared in its place
    page.goto(f"{real_base}en/compare/?a=ai-researcher&b=ai-engineer")
    pair = result.locator("h2").inner_text()
    assert "AI engineer" in pair and page.title().startswith(pair)
    page.select_option("select[name=a]", "business-planner")
    page.click(".atlas-compare-picker button[type=submit]")
    assert page.title().startswith(result.locator("h2").inner_text()) and "Business development" in page.title()
    context.close()
    for lang in ("ko", "en"):
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(f"{real_base}{lang}/compare/")
        line = page.locator("article noscript > p")  # Playwright's text search skips noscript
        assert line.is_visible() and line.text_content() == WORDS[lang]["compare_nojs"]
        context.close()


@pytest.mark.parametrize("name", ["none", "tie", "shared"])
def test_a_kind_may_not_take_the_name_of_one_of_the_pages_own_results(tmp_path: Path, name: str) -> None:
    """A kind named "none" showed "nothing ticked yet" and a kind's verdict at once (adv20j)."""
    check = copy.deepcopy(SELF_CHECK)
    old = check["kinds"][0]["id"]
    check["kinds"][0]["id"] = name
    for question in check["questions"]:
        question["kinds"] = [name if k == old else k for k in question["kinds"]]
    problems = guidance_problems(tmp_path, START, check)
    assert len(problems) == 1 and re.fullmatch(
        rf"data/self-check\.yml:\d+: kinds\[0\]\.id: '{name}' names one of the page's own results \(none, shared, tie\).*", problems[0]), problems


def test_an_empty_guidance_file_is_told_its_own_keys(tmp_path: Path) -> None:
    """An empty start.yml or self-check.yml was told an entry's keys (name:, summary:, body:)."""
    make_tiny_site(tmp_path, copy.deepcopy(TINY))
    (tmp_path / "data/start.yml").write_text("~\n", encoding="utf-8")
    (tmp_path / "data/self-check.yml").write_text("", encoding="utf-8")
    assert sorted(str(p) for p in check_data(tmp_path / "data").problems) == [
        "data/self-check.yml: is empty; expected source:, intro:, shared:, kinds:, questions: or no file at all",
        "data/start.yml: is empty; expected paths: or no file at all"]


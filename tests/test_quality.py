"""What visitors measure, in Chromium: accessibility (axe-core), phone layout, map links."""

from __future__ import annotations

import pytest
from conftest import ARTIFACTS, axe_violations

from career_atlas.render import labels as L

PAGE_TYPES = [
    "",  # home
    "roles/", "roles/data-engineer/", "stages/data-collection/", "ethics/bias/", "lectures/careers-in-ai/",
    "skills/grit/", "tools/tensorrt/", "glossary/quantization/", "career/faq/", "architecture/", "contributing/",
    "map/landscape/", "map/matrix/", "map/pipeline/",
    # the pages of the three talks added with the whole series (issue 23)
    "roles/quant-developer/", "ethics/copyright/", "lectures/kaggle-competitions/", "glossary/stratified-k-fold/",
]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_axe_finds_no_violation_on_any_page_type(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    found = {}
    for path in PAGE_TYPES:
        page.goto(f"{real_base}{lang}/{path}")
        if violations := axe_violations(page):
            found[path] = violations
    page.close()
    assert found == {}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_phone_width_has_no_horizontal_scroll_and_the_menu_opens(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page = context.new_page()
    wide = []
    for path in PAGE_TYPES:
        page.goto(f"{real_base}{lang}/{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            wide.append((path, overflow))
    assert wide == []
    page.goto(f"{real_base}{lang}/roles/data-engineer/")
    page.click("label.md-header__button[for=__drawer]")
    assert page.is_checked("#__drawer")
    page.wait_for_function("document.querySelector('.md-sidebar--primary').getBoundingClientRect().x >= 0")
    assert page.locator(".md-sidebar--primary a[href]").filter(visible=True).count() > 5  # type: ignore[attr-defined]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"phone-menu-{lang}.png"))
    context.close()


@pytest.mark.parametrize("path", ["map/landscape/", "map/matrix/", "map/pipeline/"])
def test_every_link_in_the_maps_opens_a_page(browser, real_base: str, path: str) -> None:  # type: ignore[no-untyped-def]
    for lang, width in (("ko", 1280), ("en", 375)):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(f"{real_base}{lang}/{path}")
        hrefs = page.eval_on_selector_all("article svg a, article table a", "els => els.filter(e => e.getClientRects().length).map(e => new URL(e.getAttribute('href'), location.href).href)")
        assert hrefs, path
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{path.strip('/').replace('/', '-')}-{lang}-{width}.png"), full_page=True)
        for href in sorted(set(hrefs)):
            response = page.request.get(href)
            assert response.status == 200, href
        first = page.locator("article svg a, article table a").filter(visible=True).first  # type: ignore[attr-defined]
        target = first.evaluate("e => new URL(e.getAttribute('href'), location.href).href")
        first.click()
        page.wait_for_url(target)
        page.close()


@pytest.mark.parametrize(("lang", "heading", "query"), [("ko", "페이지를 찾을 수 없습니다", "배관공"), ("en", "Page not found", "plumber")])
def test_missing_urls_get_a_styled_404_in_the_readers_language_with_a_search(browser, real_base: str, lang: str, heading: str, query: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    response = page.goto(real_base + f"{lang}/roles/no-such-role/")
    assert response.status == 404
    page.wait_for_selector(f"html[lang={lang}] article h1")
    assert page.locator("article h1").inner_text() == heading  # the reader's language, at the address they typed
    assert page.locator("header.md-header").is_visible()  # the site's own header and styles
    assert page.url.endswith(f"{lang}/roles/no-such-role/")
    page.fill(".atlas-404-search input[name=q]", query)
    page.press(".atlas-404-search input[name=q]", "Enter")
    page.wait_for_url(f"**/{lang}/?q=*")
    page.wait_for_selector(".md-search-result__list > li")  # Material opens its search with the query
    page.close()


def test_matrix_keeps_the_role_column_in_view_on_phones(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(real_base + "ko/map/matrix/")
    assert page.locator(".atlas-matrix__hint").is_visible()  # the phone is told the table scrolls sideways
    role = page.locator(".atlas-matrix tbody tr:first-child th")
    stage = page.locator(".atlas-matrix tbody tr:first-child td:nth-child(3)")
    header = page.locator(".atlas-matrix thead th:nth-child(2)")
    before = stage.bounding_box()
    page.evaluate("document.querySelector('.atlas-matrix').scrollLeft = 400")
    page.wait_for_timeout(100)
    after, kept = stage.bounding_box(), role.bounding_box()
    assert before and after and after["x"] < before["x"] - 100  # the stages scrolled
    assert kept and 0 <= kept["x"] and kept["x"] + kept["width"] <= 375  # the role column did not
    top = header.bounding_box()
    page.evaluate("document.querySelector('.atlas-matrix').scrollTop = 300")
    page.wait_for_timeout(100)
    still = header.bounding_box()
    assert top and still and abs(still["y"] - top["y"]) < 2  # nor did the header row, scrolling down
    context.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_map_labels_fit_their_boxes_and_have_full_names(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{real_base}{lang}/map/landscape/")
    overflow = page.evaluate(
        """() => [...document.querySelectorAll('.atlas-map--wide a.atlas-map__box')].flatMap(a => {
             const box = a.querySelector('rect').getBBox(), text = a.querySelector('text').getBBox();
             return (text.x < box.x || text.y < box.y || text.x + text.width > box.x + box.width || text.y + text.height > box.y + box.height)
               ? [a.getAttribute('aria-label')] : [] })"""
    )
    assert overflow == []
    names = page.eval_on_selector_all("article svg a", "els => els.map(e => e.getAttribute('aria-label'))")
    assert names and all(names)
    page.close()


def test_dark_mode_follows_the_system_and_toggles(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(real_base + "en/")
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    page.click("form[data-md-component=palette] label:visible")
    assert page.get_attribute("body", "data-md-color-scheme") == "default"
    assert page.title() == "AI Career Atlas"  # the home page's title names the site once
    context.close()


# --- issue 22, second review: what a new visitor met on the 404 page, the maps and the markers ---

NOT_FOUND = {lang: L.of(lang)["ui"]["not_found"] for lang in ("ko", "en")}


@pytest.mark.parametrize("js", [True, False])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_404_pages_language_links_open_each_languages_home(browser, real_base: str, lang: str, js: bool) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=js)
    page = context.new_page()
    assert page.goto(f"{real_base}{lang}/roles/nope/").status == 404
    if js:
        page.wait_for_selector(f"html[lang={lang}] article h1")
    links = page.eval_on_selector_all("a.md-select__link[hreflang]", "as => as.map(a => [a.hreflang, a.href])")
    assert sorted(map(tuple, links)) == [(other, f"{real_base}{other}/") for other in ("en", "ko")]
    if js:  # as a reader does it: the menu, then the other language
        other = "ko" if lang == "en" else "en"
        page.hover(".md-header__option .md-select")
        page.click(f"a.md-select__link[hreflang={other}]")
        page.wait_for_url(f"{real_base}{other}/")
        assert page.evaluate("document.documentElement.lang") == other
    context.close()


def test_without_javascript_the_404_page_offers_every_language_a_way_home_and_no_dead_search(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    """GitHub Pages serves one 404 page, the first language's: a reader without JavaScript below
    /en/ gets a line in English that leads home; the search form, which needs JavaScript, is hidden."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    assert page.goto(f"{real_base}en/roles/nope/").status == 404
    line = page.locator("article [lang=en]")
    assert line.is_visible() and NOT_FOUND["en"] in line.inner_text()
    assert line.locator("a").evaluate("a => a.href") == f"{real_base}en/"
    assert not page.locator(".atlas-404-search").is_visible()
    context.close()
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{real_base}en/roles/nope/")
    page.wait_for_selector("html[lang=en] article h1")
    page.locator(".atlas-404-search").wait_for(state="visible", timeout=15_000)  # with JavaScript the search is there
    context.close()


@pytest.mark.parametrize(("locale", "lang"), [("en-US", "en"), ("ko-KR", "ko")])
def test_a_wrong_address_outside_the_language_folders_answers_in_the_browsers_language(browser, real_base: str, locale: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(locale=locale)
    page = context.new_page()
    assert page.goto(f"{real_base}nope").status == 404
    page.wait_for_selector(f"html[lang={lang}] article h1")
    assert page.locator("article h1").inner_text() == NOT_FOUND[lang]
    home = page.locator("article a", has_text=L.of(lang)["ui"]["to_home"]).first
    assert home.evaluate("a => a.href") == f"{real_base}{lang}/"
    context.close()


def test_on_a_touch_screen_the_first_tap_on_a_source_marker_shows_its_quote(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.route("https://github.com/**", lambda route: route.fulfill(status=200, body="the note", content_type="text/plain"))
    for path, index in (("ko/lectures/careers-in-ai/", 3), ("en/roles/ai-engineer/", 0)):
        page.goto(real_base + path)
        marker = page.locator("article a.atlas-anchor__link").nth(index)
        marker.scroll_into_view_if_needed()
        box = marker.bounding_box()
        assert box and box["width"] >= 24 and box["height"] >= 24  # WCAG 2.5.8 on a coarse pointer
        href, here = marker.evaluate("a => a.href"), page.url
        marker.tap()
        page.wait_for_timeout(200)
        assert page.url == here  # the first tap stays on the page
        quote = page.locator("#" + str(marker.get_attribute("aria-describedby")))
        assert quote.is_visible()
        assert quote.locator("a").evaluate("a => a.href") == href  # with a link to the note
        page.locator("article h1").tap()
        page.wait_for_timeout(200)
        assert not quote.is_visible()  # a tap elsewhere closes it
        marker.tap()
        marker.tap()
        page.wait_for_url(href)  # a second tap opens the note
    context.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_source_markers_do_not_push_their_lines_apart(browser, real_base: str, width: int) -> None:  # type: ignore[no-untyped-def]
    phone = width < 500
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=phone, has_touch=phone)
    page = context.new_page()
    page.goto(real_base + "en/lectures/careers-in-ai/")
    ragged = page.evaluate(
        """() => [...document.querySelectorAll('article li, article p')].filter(e => e.querySelector(':scope > sup.atlas-anchors')).flatMap(e => {
             const tops = new Set(), walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT), range = document.createRange()
             for (let n = walk.nextNode(); n; n = walk.nextNode()) {
               if (n.parentElement.closest('sup, ul ul, ol ol') || !n.textContent.trim()) continue
               range.selectNodeContents(n)
               for (const r of range.getClientRects()) if (r.height > 8) tops.add(Math.round(r.top))
             }
             const lines = [...tops].sort((a, b) => a - b), gaps = lines.slice(1).map((t, i) => t - lines[i])
             return gaps.length > 1 && Math.max(...gaps) - Math.min(...gaps) > 1 ? [e.textContent.slice(0, 40) + ' ' + gaps] : []
           })"""
    )
    assert ragged == []
    context.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize(("width", "height"), [(1280, 900), (375, 812)])
def test_the_matrix_box_fills_the_screen_below_the_header_and_breaks_no_word(browser, real_base: str, lang: str, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    phone = width < 500
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=phone, has_touch=phone)
    page = context.new_page()
    page.goto(f"{real_base}{lang}/map/matrix/")
    header = page.locator("header.md-header").bounding_box()
    box = page.locator(".atlas-matrix").bounding_box()
    assert header and box
    below = height - header["height"]
    assert below - 48 <= box["height"] <= below, (box["height"], below)
    broken = page.evaluate(
        """() => [...document.querySelectorAll('.atlas-matrix th, .atlas-matrix td')].flatMap(cell => {
             const out = [], walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), range = document.createRange()
             for (let n = walk.nextNode(); n; n = walk.nextNode()) {
               for (const m of n.textContent.matchAll(/[\\p{L}\\p{N}]+/gu)) {  // a break after a hyphen or a middle dot is no break inside a word
                 range.setStart(n, m.index); range.setEnd(n, m.index + m[0].length)
                 if (new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1) out.push(m[0])
               }
             }
             return out })"""
    )
    assert broken == []
    context.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_breadcrumb_fits_a_phone(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page = context.new_page()
    clipped = []
    for path in ("language-models/klue-benchmark/", "language-models/glue-benchmarks/", "language-models/language-modeling-history/",
                 "service-models/", "practice/", "roles/full-stack-ml-engineer/", "stages/model-development/"):
        if page.goto(f"{real_base}{lang}/{path}").status != 200:
            continue
        over = page.evaluate("(e => e ? e.scrollWidth - e.clientWidth : 0)(document.querySelector('.md-path'))")
        if over > 0:
            clipped.append((path, over))
    assert clipped == []
    context.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_pipeline_stage_labels_sit_in_the_middle_of_their_boxes(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{real_base}{lang}/map/pipeline/")
    off = page.evaluate(
        """() => [...document.querySelectorAll('.atlas-map--wide a.atlas-map__stage')].map(a => {
             const box = a.querySelector('rect').getBBox(), text = a.querySelector('text').getBBox()
             return Math.abs((text.y + text.height / 2) - (box.y + box.height / 2)) })"""
    )
    assert off and max(off) <= 3, off
    page.close()

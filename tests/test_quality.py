"""What visitors measure, in Chromium: accessibility (axe-core), phone layout, map links."""

from __future__ import annotations

import pytest
from conftest import ARTIFACTS, axe_violations

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

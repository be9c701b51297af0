"""The built site in headless Chromium (Debian's), served on 127.0.0.1."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from conftest import ARTIFACTS


@pytest.fixture
def page(browser, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED" and errors.append(f"request failed: {r.url}"))
    yield pg
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"))
    context.close()
    assert errors == [], errors


def test_language_switch_lands_on_the_twin_and_back(page, real_base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(real_base + "ko/roles/data-engineer/")
    assert page.get_attribute("html", "lang") == "ko"
    page.click(".md-header__option .md-select button")
    page.click("a.md-select__link[hreflang=en]")
    page.wait_for_url(real_base + "en/roles/data-engineer/")
    assert page.get_attribute("html", "lang") == "en"
    page.click(".md-header__option .md-select button")
    page.click("a.md-select__link[hreflang=ko]")
    page.wait_for_url(real_base + "ko/roles/data-engineer/")


def test_root_sends_visitors_to_their_language(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(locale="en-US")
    pg = context.new_page()
    pg.goto(real_base)
    pg.wait_for_url(real_base + "en/")
    context.close()


def test_role_to_stage_to_ethics_and_back(page, real_base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(real_base + "en/")
    page.click("article a[href='roles/']")
    page.click("article a[href='data-engineer/']")
    page.wait_for_url(real_base + "en/roles/data-engineer/")
    page.click("article .atlas-cards a[href^='../../stages/data-collection/']")  # a stage card (or one of its steps)
    page.wait_for_url(real_base + "en/stages/data-collection/**")
    page.click("article a[href='../../ethics/bias/']")
    page.wait_for_url(real_base + "en/ethics/bias/")
    page.go_back()
    page.wait_for_url(real_base + "en/stages/data-collection/**")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_add_a_note_opens_githubs_editor_with_the_note_started(page, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The link of a step, followed in the browser; GitHub is answered here (no network)."""
    page.route("https://github.com/**", lambda route: route.fulfill(status=200, content_type="text/html", body="<title>GitHub</title>"))
    page.goto(real_base + f"{lang}/stages/data-collection/")
    with page.expect_navigation():
        page.locator("#raw-data ~ p.atlas-note-add a").first.click()
    target = urlsplit(page.url)
    assert (target.netloc, target.path) == ("github.com", "/ai-career-atlas/ai-career-atlas/new/main/data/notes")
    query = parse_qs(target.query)
    assert query["filename"] == [f"data-collection-raw-data-yyyy-mm-dd-{lang}.md"]
    _, front, body = query["value"][0].split("---\n", 2)
    meta = yaml.safe_load(front)
    assert (meta["lang"], meta["about"], meta["date"]) == (lang, ["data-collection#raw-data"], None)
    assert "date:   #" in front and meta["title"] and meta["author"] and body.strip()  # the date's comment says what to write

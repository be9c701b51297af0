"""The built site in headless Chromium (Debian's), served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from career_atlas.staticserver import CHROMIUM, CHROMIUM_ARGS, serve
from conftest import REPO, run_mkdocs

ARTIFACTS = REPO / "test-artifacts" / "screenshots"

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "site"
    result = run_mkdocs(REPO, "build", "--strict", "--site-dir", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def base(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: scripts/test installs it"
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


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


def test_language_switch_lands_on_the_twin_and_back(page, base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "ko/roles/data-engineer/")
    assert page.get_attribute("html", "lang") == "ko"
    page.click(".md-header__option .md-select button")
    page.click("a.md-select__link[hreflang=en]")
    page.wait_for_url(base + "en/roles/data-engineer/")
    assert page.get_attribute("html", "lang") == "en"
    page.click(".md-header__option .md-select button")
    page.click("a.md-select__link[hreflang=ko]")
    page.wait_for_url(base + "ko/roles/data-engineer/")


def test_root_sends_visitors_to_their_language(browser, base: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(locale="en-US")
    pg = context.new_page()
    pg.goto(base)
    pg.wait_for_url(base + "en/")
    context.close()


def test_role_to_stage_to_ethics_and_back(page, base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "en/")
    page.click("article a[href='roles/']")
    page.click("article a[href='data-engineer/']")
    page.wait_for_url(base + "en/roles/data-engineer/")
    page.click("article a[href='../../stages/data-collection/']")
    page.wait_for_url(base + "en/stages/data-collection/")
    page.click("article a[href='../../ethics/bias/']")
    page.wait_for_url(base + "en/ethics/bias/")
    page.go_back()
    page.wait_for_url(base + "en/stages/data-collection/")

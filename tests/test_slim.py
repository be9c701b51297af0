"""Lighter pages look exactly the same: every element's computed style and box, compared in Chromium.

The real site is loaded twice: as built (one pruned stylesheet, compacted HTML),
and with its stylesheet swapped for Material's two original ones. A tiny site is
built with and without `slim_pages` to cover the HTML compaction as well, and
every page of the real site is compared, tag by tag and text by text, with the
same page built without it.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import material
import pytest

from career_atlas.staticserver import serve
from conftest import REPO, run_mkdocs

MATERIAL_CSS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"

# One string per element of the body (the head shows nothing, and slimming
# removes a <link> from it) and per generated ::before/::after: its box and every
# standard computed property. Custom properties are left out on purpose: those
# nothing reads are what pruning removes, and they change nothing on screen.
DUMP = """async () => {
  const finite = document.getAnimations().filter(a => a.effect && isFinite(a.effect.getComputedTiming().endTime));
  await Promise.race([Promise.all(finite.map(a => a.finished.catch(() => null))), new Promise(r => setTimeout(r, 3000))]);
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
  const style = (el, pseudo) => {
    const cs = getComputedStyle(el, pseudo);
    if (pseudo && cs.content === 'none') return 'none';
    let s = '';
    for (let i = 0; i < cs.length; i++) { const p = cs[i]; if (!p.startsWith('--')) s += p + ':' + cs.getPropertyValue(p) + ';'; }
    return s;
  };
  return [document.documentElement, document.body, ...document.body.querySelectorAll('*')].map(el => {
    const r = el.getBoundingClientRect();
    const box = [r.x, r.y, r.width, r.height].map(v => Math.round(v * 10) / 10).join(',');
    return [describe(el), box + '|' + style(el) + '|' + style(el, '::before') + '|' + style(el, '::after')];
  });
}"""


def original_css() -> str:
    return "\n".join(next(MATERIAL_CSS.glob(f"{name}.*.min.css")).read_text(encoding="utf-8") for name in ("main", "palette"))


def render(browser: Any, url: str, width: int, act: Callable[[Any], None], swap_css: str | None = None) -> list[list[str]]:
    context = browser.new_context(viewport={"width": width, "height": 900})
    if swap_css is not None:
        context.route("**/assets/stylesheets/atlas.*.min.css", lambda route: route.fulfill(body=swap_css, content_type="text/css"))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    act(page)
    dump = page.evaluate(DUMP)
    context.close()
    return dump


def differences(a: list[list[str]], b: list[list[str]]) -> list[str]:
    if [d for d, _ in a] != [d for d, _ in b]:
        return ["the documents differ: " + str(next(((x, y) for x, y in zip(a, b) if x[0] != y[0]), (len(a), len(b))))]
    out = []
    for (name, x), (_, y) in zip(a, b):
        if x != y:
            xs, ys = x.replace("|", ";").split(";"), y.replace("|", ";").split(";")
            changed = [f"{p} -> {q}" for p, q in zip(xs, ys) if p != q][:4]
            out.append(f"{name}: {changed}")
    return out[:10]


def nothing(page: Any) -> None:
    pass


def search_results(page: Any) -> None:
    page.keyboard.press("/")
    page.fill("input.md-search__input", "data")
    page.wait_for_selector(".md-search-result__item")


def glossary_tooltip(page: Any) -> None:
    page.hover("article a[title]")
    page.wait_for_selector(".md-tooltip2--active, .md-tooltip--active")


def open_drawer(page: Any) -> None:
    page.click("label.md-header__button[for=__drawer]")
    page.wait_for_timeout(300)


STATES = [
    ("home", "", 1280, nothing),
    ("role", "roles/data-engineer/", 1280, nothing),
    ("stage", "stages/data-collection/", 1280, nothing),
    ("ethics", "ethics/bias/", 1280, nothing),
    ("landscape", "map/landscape/", 1280, nothing),
    ("matrix", "map/matrix/", 1280, nothing),
    ("term", "glossary/annotation/", 1280, nothing),
    ("contributing", "contributing/", 1280, nothing),
    ("search", "roles/data-engineer/", 1280, search_results),
    ("tooltip", "roles/data-engineer/", 1280, glossary_tooltip),
    ("phone role", "roles/data-engineer/", 375, nothing),
    ("phone drawer", "stages/data-collection/", 375, open_drawer),
]


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize(("name", "path", "width", "act"), STATES, ids=[s[0] for s in STATES])
def test_pruned_stylesheet_renders_like_materials(browser: Any, real_base: str, lang: str, name: str, path: str, width: int, act: Callable[[Any], None]) -> None:
    url = f"{real_base}{lang}/{path}"
    ours = render(browser, url, width, act)
    theirs = render(browser, url, width, act, swap_css=original_css())
    assert len(ours) > 100
    assert differences(ours, theirs) == []


def test_the_swap_would_show_a_missing_rule(browser: Any, real_base: str) -> None:
    """The comparison above can fail: drop one rule Material needs, and it does."""
    url = f"{real_base}en/roles/data-engineer/"
    broken = original_css().replace(".md-header{", ".md-header-gone{", 1)
    assert differences(render(browser, url, 1280, nothing), render(browser, url, 1280, nothing, swap_css=broken))


def test_compacted_pages_render_like_uncompacted_ones(browser: Any, tiny_site: Path) -> None:
    sites = {}
    for slim in (True, False):
        config = (tiny_site / "mkdocs.yml").read_text(encoding="utf-8")
        (tiny_site / "mkdocs.yml").write_text(config.replace("  - atlas\n", f"  - atlas:\n      slim_pages: {str(slim).lower()}\n"), encoding="utf-8")
        out = tiny_site / f"site-{slim}"
        result = run_mkdocs(tiny_site, "build", "--strict", "--site-dir", str(out))
        assert result.returncode == 0, result.stderr[-3000:]
        (tiny_site / "mkdocs.yml").write_text(config, encoding="utf-8")
        sites[slim] = out
    slim_role = (sites[True] / "en" / "roles" / "plumber" / "index.html").read_bytes()
    full_role = (sites[False] / "en" / "roles" / "plumber" / "index.html").read_bytes()
    assert len(slim_role) < 0.85 * len(full_role)
    with serve(sites[True]) as slim_base, serve(sites[False]) as full_base:
        for path in ("en/", "ko/roles/plumber/", "en/stages/collect/", "ko/ethics/bias/", "en/map/landscape/", "ko/map/matrix/"):
            for width in (1280, 375):
                slim_dump = render(browser, slim_base + path, width, nothing)
                full_dump = render(browser, full_base + path, width, nothing)
                assert differences(slim_dump, full_dump) == [], (path, width)


class _Events(HTMLParser):
    """A page as a list of tags and texts; white space collapsed except where it shows."""

    SHOWN = {"pre", "textarea", "script", "style", "code", "kbd"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, ...]] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":  # stylesheet links are what slimming changes on purpose
            self.events.append(("<", tag, repr(sorted(attrs))))
        if tag not in {"link", "meta", "br", "hr", "img", "input", "path", "rect", "line", "circle"}:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.events.append((">", tag))
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag)]

    def handle_data(self, data: str) -> None:
        if self.events and self.events[-1][0] == "text":  # text on both sides of a dropped <link>
            data = self.events.pop()[1] + data
        if not self.SHOWN.intersection(self.open):
            data = re.sub(r"[ \t\r\n]+", " ", data)
        self.events.append(("text", data))


def events(path: Path) -> list[tuple[str, ...]]:
    parser = _Events()
    parser.feed(path.read_text(encoding="utf-8"))
    return [e for e in parser.events if e != ("text", " ")]


def test_every_real_page_keeps_its_tags_attributes_and_text(real_site: Path, tmp_path: Path) -> None:
    project = tmp_path / "unslimmed"
    for name in ("docs", "data"):
        shutil.copytree(REPO / name, project / name)
    shutil.copy(REPO / "CONTRIBUTING.md", project)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("  - atlas\n", "  - atlas:\n      slim_pages: false\n"), encoding="utf-8")
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr[-3000:]
    pages = sorted(p.relative_to(real_site) for p in real_site.glob("*/**/*.html"))
    assert len(pages) > 200
    changed = [str(p) for p in pages if events(real_site / p) != events(project / "site" / p)]
    assert changed == []

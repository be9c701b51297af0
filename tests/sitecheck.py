"""Read a built site back: pages, their links and anchors (for the tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit


@dataclass
class HtmlPage:
    path: Path
    lang: str | None = None
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)  # every <a href>
    article_links: list[str] = field(default_factory=list)  # <a href> inside <article>
    alternates: dict[str, str] = field(default_factory=dict)  # hreflang -> href
    scripts: list[str] = field(default_factory=list)
    event_attrs: list[str] = field(default_factory=list)
    h1: str = ""


class _Parser(HTMLParser):
    def __init__(self, page: HtmlPage) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.in_article = 0
        self.in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        for k in a:
            if k.startswith("on"):
                self.page.event_attrs.append(f"<{tag} {k}>")
        if tag == "html":
            self.page.lang = a.get("lang")
        if "id" in a:
            self.page.ids.add(a["id"])
        if tag == "article":
            self.in_article += 1
        if tag == "h1":
            self.in_h1 = True
        if tag == "a" and "href" in a:
            self.page.links.append(a["href"])
            if self.in_article:
                self.page.article_links.append(a["href"])
        if tag == "link" and a.get("rel") == "alternate" and "hreflang" in a:
            self.page.alternates[a["hreflang"]] = a["href"]
        if tag == "script":
            self.page.scripts.append(a.get("src", "<inline>"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.in_article -= 1
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data: str) -> None:
        if self.in_h1:
            self.page.h1 += data


def read_page(path: Path) -> HtmlPage:
    page = HtmlPage(path)
    _Parser(page).feed(path.read_text(encoding="utf-8"))
    page.h1 = page.h1.replace("¶", "").strip()
    return page


def html_pages(site: Path, lang: str) -> dict[str, HtmlPage]:
    """Every page of one language, keyed by its URL path below the language root."""
    root = site / lang
    out = {}
    for path in sorted(root.rglob("*.html")):
        rel = path.relative_to(root).as_posix()
        if rel == "404.html":
            continue
        url = rel[: -len("index.html")] if rel.endswith("index.html") else rel
        out[url] = read_page(path)
    return out


def resolve(site: Path, page_file: Path, href: str) -> tuple[Path | None, str]:
    """The file an internal href points to (or None if external), and its fragment."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("mailto:"):
        return None, ""
    base = "/" + page_file.relative_to(site).as_posix()
    target = urlsplit(urljoin(base, parts.path)).path if parts.path else base
    local = site / unquote(target).lstrip("/")
    if target.endswith("/") or local.is_dir():
        local = local / "index.html"
    return local, unquote(parts.fragment)

"""What the render layer makes: pages (a path, a title, front matter and a Markdown body) and
the navigation. Every page of the site is one :class:`PageSpec`, whatever module made it."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import yaml
from markupsafe import Markup


@dataclass
class PageSpec:
    """One generated page of one language."""

    path: str
    """Below the language root, e.g. ``roles/ai-engineer.md``."""
    title: str
    """Plain text (escaped where it is shown)."""
    body: str
    """The page's Markdown after its front matter, from its ``# title`` on."""
    description: str = ""
    source_file: str | None = None
    """The data file the page is made from: its Edit button opens it."""
    entity: str | None = None
    """The id of the entry the page shows, if it shows one."""
    meta: dict[str, object] = field(default_factory=dict)
    """More front matter (the page's structured data, the entry's type and id)."""
    names: list[str] = field(default_factory=list)
    """Other names readers search for the page by (aliases, a lecture's speaker)."""
    questions: list[str] = field(default_factory=list)
    """The questions the page answers, as listed under it."""
    titled: bool = True
    """False for the home page: the theme then titles it with the site's name alone."""
    in_nav: bool = True
    """False for pages reached from other pages only (the static role comparisons)."""
    boxes: list[tuple[str, str]] = field(default_factory=list)
    """Blocks other parts of the site place on the page, each as (under the title, at the end):
    a reading path's step box (start.py)."""

    @property
    def markdown(self) -> str:
        """Front matter and body: the page's source as MkDocs reads it."""
        meta: dict[str, object] = {"title": html.escape(self.title)} if self.titled else {}  # the theme prints it as HTML
        meta |= {"description": self.description, **self.meta}
        return f"---\n{meta_lines(meta)}---\n\n{self.text}"

    @property
    def text(self) -> str:
        """The body with its boxes: their tops under the ``# title`` line (or first, on a page
        without one), their ends at the end."""
        if not self.boxes:
            return self.body
        tops = "".join(top for top, _ in self.boxes)
        ends = "".join(end for _, end in self.boxes)
        title, sep, rest = self.body.partition("\n\n")
        body = f"{title}{sep}{tops}{rest}" if title.startswith("# ") and "\n" not in title else tops + self.body
        return body.rstrip("\n") + "\n\n" + ends


def meta_lines(meta: dict[str, object]) -> str:
    """Front matter lines by a YAML serializer: whatever a text holds (quotes, colons, YAML
    syntax), MkDocs reads back the same values (tests/test_render.py)."""
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=float("inf"))


@dataclass
class NavItem:
    title: str
    path: str | None = None
    children: list[NavItem] = field(default_factory=list)

    def to_mkdocs(self) -> dict[str, object] | str:
        """The item in mkdocs.yml's ``nav`` form; an untitled page takes its own title.
        Themes print navigation titles as HTML, so the title is escaped, as Markup
        (a filter such as ``| e`` leaves it as it is)."""
        title = Markup(html.escape(self.title))
        if not self.children:
            return {title: self.path} if self.title else str(self.path)
        items: list[object] = [self.path] if self.path else []
        items += [c.to_mkdocs() for c in self.children]
        return {title: items}

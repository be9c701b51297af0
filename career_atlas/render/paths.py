"""Where each page lives: paths below a language root and the links between them."""

from __future__ import annotations

import posixpath

from ..core.model import GUIDE_SECTIONS, MODELS, Guide
from ..core.record import Record

COLLECTION_DIRS: dict[str, str] = {m.TYPE: m.FOLDER for m in MODELS if m is not Guide}  # type: ignore[attr-defined]
"""Each kind's folder: the same below data/ and below a language root."""
GUIDE_DIRS: tuple[str, ...] = GUIDE_SECTIONS
"""Guides live in their section's folder."""


def page_path(rec: Record) -> str:
    """Where an entity's page lives, relative to the language root."""
    if rec.type == "guide":
        return f"{rec.data.section}/{rec.id}.md"
    return f"{COLLECTION_DIRS[rec.type]}/{rec.id}.md"


def page_url(path: str) -> str:
    """The directory URL MkDocs gives ``path`` (``roles/x.md`` -> ``roles/x/``)."""
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative(target: str, start: str) -> str:
    """``posixpath.relpath(target, start)`` for the site's own paths (relative, no ``..``),
    without its two ``abspath`` calls: a build makes some 11,000 links, and relpath was a
    quarter of the time spent rendering pages."""
    if ".." in target or ".." in start:
        return posixpath.relpath(target, start)
    to = [part for part in target.split("/") if part not in ("", ".")]
    at = [part for part in start.split("/") if part not in ("", ".")]
    same = 0
    while same < min(len(to), len(at)) and to[same] == at[same]:
        same += 1
    return "/".join([".."] * (len(at) - same) + to[same:]) or "."


def rel(from_path: str, to_path: str) -> str:
    """A relative Markdown link from one page source to another."""
    return relative(to_path, posixpath.dirname(from_path) or ".")


def html_href(from_path: str, to_path: str) -> str:
    """A relative URL between two pages' directory URLs, for links in raw HTML."""
    from_url, to_url = page_url(from_path), page_url(to_path)
    if from_url == to_url:
        return "./"
    return relative(to_url or ".", from_url or ".") + "/"

"""Contributed Markdown rendered by the atlas's own Python-Markdown, raw HTML off, and sanitized
(:mod:`.sanitize`): the HTML the pages place for passages, background and notes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

import markdown
from markdown.treeprocessors import Treeprocessor

from .sanitize import sanitize

ETransform = Callable[[ET.Element], None]
"""A change to the rendered tree (the glossary's links), run after inline parsing."""


class _Transform(Treeprocessor):
    """Runs the caller's tree transform (glossary links) after inline parsing."""

    transform: ETransform | None = None

    def run(self, root: ET.Element) -> None:
        if self.transform is not None:
            self.transform(root)


def _markdown() -> tuple[markdown.Markdown, _Transform]:
    md = markdown.Markdown(
        extensions=["tables", "sane_lists", "fenced_code"],
        extension_configs={"tables": {"use_align_attribute": True}},
    )
    # Raw HTML is only text here: "<b>" shows as "<b>".
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    transform = _Transform(md)
    md.treeprocessors.register(transform, "atlas_transform", 5)
    return md, transform


MD, _TRANSFORM = _markdown()
"""The renderer (the early check reads its stash and references after it has rendered a text)."""


def to_html(text: str, transform: ETransform | None = None) -> str:
    """Contributed Markdown rendered and sanitized."""
    _TRANSFORM.transform = transform
    try:
        return sanitize(MD.reset().convert(text))
    finally:
        _TRANSFORM.transform = None

"""A Python-Markdown extension: external links get ``rel="noopener"`` (and ``noreferrer``).

Enabled in mkdocs.yml as ``career_atlas.render.mdext``; plain Markdown, no MkDocs import.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor


class _ExternalLinks(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for a in root.iter("a"):
            href = a.get("href", "")
            if href.startswith(("http://", "https://", "//")):
                tokens = set((a.get("rel") or "").split()) | {"noopener", "noreferrer"}
                a.set("rel", " ".join(sorted(tokens)))


class ExternalLinksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.treeprocessors.register(_ExternalLinks(md), "atlas_external_links", 0)


def makeExtension(**kwargs: object) -> ExternalLinksExtension:  # noqa: N802 (Markdown's API)
    return ExternalLinksExtension(**kwargs)

"""Structured data (schema.org JSON-LD) for the generated pages.

Roles are ``Occupation``s, ethics topics and glossary terms ``DefinedTerm``s,
and every page has a ``BreadcrumbList``. Text comes from contributors, so the
JSON is made safe to embed in a <script> element.
"""

from __future__ import annotations

import json
from typing import Any

from ..core.graph import Graph
from ..core.record import Record
from . import labels as L


def absolute(base: str, url: str) -> str:
    return base + url


def breadcrumbs(base: str, crumbs: list[tuple[str, str]]) -> dict[str, Any]:
    """``crumbs``: (name, URL below the language root), from the home page down."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": name, "item": absolute(base, url)}
            for i, (name, url) in enumerate(crumbs, 1)
        ],
    }


def entity(graph: Graph, rec: Record, lang: str, url: str, base: str, glossary_url: str) -> dict[str, Any] | None:
    """The schema.org object an entry page describes, if it has a fitting type."""
    data = rec.data
    name = getattr(data.name, lang)
    description = getattr(data.summary, lang)
    aliases = getattr(data.aliases, lang)
    common: dict[str, Any] = {"name": name, "description": description, "url": absolute(base, url), "inLanguage": lang}
    if aliases:
        common["alternateName"] = aliases
    if rec.type == "role":
        skills = [graph.records[e.target] for e in graph.outgoing[rec.id] if e.relation == "needs_skill"]
        return {
            "@type": "Occupation",
            **common,
            "skills": ", ".join(getattr(s.data.name, lang) for s in skills) or None,
            "responsibilities": [getattr(p, lang) for p in data.responsibilities or []] or None,
        }
    if rec.type in ("ethics", "term"):
        set_name = L.COLLECTIONS[rec.type][lang]
        return {
            "@type": "DefinedTerm",
            **common,
            "inDefinedTermSet": {"@type": "DefinedTermSet", "name": set_name, "url": absolute(base, glossary_url if rec.type == "term" else "ethics/")},
        }
    return None


def script_json(objects: list[dict[str, Any]]) -> str:
    """JSON-LD text that cannot close its <script> element."""
    graph = [{k: v for k, v in o.items() if v is not None} for o in objects]
    doc = {"@context": "https://schema.org", "@graph": graph}
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

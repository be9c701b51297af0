"""The JSON export of the knowledge base (``api/kb.json``)."""

from __future__ import annotations

from typing import Any

from ..core.graph import Graph
from ..render.paths import page_path, page_url


def site_path(lang: str, ident_path: str) -> str:
    """A page's path from the site root, e.g. ``ko/roles/ai-engineer/``."""
    return f"{lang}/{page_url(ident_path)}"


def knowledge_base(graph: Graph, site_url: str) -> dict[str, Any]:
    """Every entity with its names, URLs in each language and symmetric links."""
    base = site_url.rstrip("/") + "/" if site_url else "/"
    languages = graph.languages
    entities = []
    for rec in sorted(graph.records.values(), key=lambda r: (r.type, r.id)):
        path = page_path(rec)
        entities.append(
            {
                "id": rec.id,
                "type": rec.type,
                "name": {lang: getattr(rec.data.name, lang) for lang in languages},
                "summary": {lang: getattr(rec.data.summary, lang) for lang in languages},
                "url": {lang: base + site_path(lang, path) for lang in languages},
                "path": {lang: site_path(lang, path) for lang in languages},
                "source_file": rec.file,
                "links": graph.neighbours(rec.id),
                "relations": [
                    {"relation": e.relation, "direction": "out", "id": e.target, **({"step": e.target_step} if e.target_step else {})}
                    for e in graph.outgoing[rec.id]
                ]
                + [
                    {"relation": e.relation, "direction": "in", "id": e.source, **({"step": e.source_step} if e.source_step else {})}
                    for e in graph.incoming[rec.id]
                ],
            }
        )
    return {"languages": list(languages), "entities": entities}

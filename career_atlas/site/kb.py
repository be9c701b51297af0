"""The JSON export of the knowledge base (``api/kb.json``)."""

from __future__ import annotations

from typing import Any

from ..core.graph import Graph
from ..core.loader import Record
from ..core.passages import passages as lecture_passages
from ..core.yamlfile import dotted
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
                "questions": {lang: getattr(rec.data.questions, lang) for lang in languages},
                "url": {lang: base + site_path(lang, path) for lang in languages},
                "path": {lang: site_path(lang, path) for lang in languages},
                "source_file": rec.file,
                "links": graph.neighbours(rec.id),
                "sources": [s.lecture for s in getattr(rec.data, "sources", [])],
                "notes": list(dict.fromkeys(note.id for note, _ in graph.notes.get(rec.id, []))),
                "passages": passages(rec, languages),
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
    return {"languages": list(languages), "entities": entities, "sources": sources(graph), "notes": notes(graph, base)}


def _texts(text: Any, languages: tuple[str, ...]) -> dict[str, Any]:
    return {lang: getattr(text, lang) for lang in languages}


def _references(refs: list[Any]) -> list[dict[str, Any]]:
    return [{k: v for k, v in (("title", r.title), ("url", r.url), ("year", r.year), ("authors", r.authors)) if v} for r in refs]


def passages(rec: Record, languages: tuple[str, ...]) -> list[dict[str, Any]]:
    """The entry's texts with their provenance: each lecture passage with the lectures it
    reports and its anchors (note, lines, quote), and what the atlas adds as background
    (with its references)."""
    data = rec.data
    lectures = [rec.id] if rec.type == "lecture" else [s.lecture for s in data.sources]
    out: list[dict[str, Any]] = []
    for path, passage in lecture_passages(data):
        out.append({"provenance": "lecture", "sources": lectures, "field": dotted(path), "text": _texts(passage, languages),
                    "anchors": [{"note": a.note, "lines": a.lines, "quote": a.quote, **({"aside": True} if a.aside else {})}
                                for a in passage.anchors]})
    for case in getattr(data, "cases", []):
        out.append({"provenance": "background", "field": f"cases.{case.id}", "text": _texts(case.body, languages),
                    "references": _references(case.references)})
    for i, block in enumerate(getattr(data, "background", [])):
        out.append({"provenance": "background", "field": f"background[{i}]",
                    **({"title": _texts(block.title, languages)} if block.title else {}),
                    "text": _texts(block.text, languages), "references": _references(block.references)})
    return out


def sources(graph: Graph) -> list[dict[str, Any]]:
    """The notes the lecture passages cite: what each is, whose, of which talks, its licence and address."""
    return [{"id": r.id, "name": _texts(r.data.name, graph.languages), "title": r.data.title,
             "description": _texts(r.data.description, graph.languages), "author": _texts(r.data.author, graph.languages),
             "talks": list(r.data.talks), "licence": r.data.licence, **({"url": r.data.url} if r.data.url else {})}
            for r in sorted(graph.sources.values(), key=lambda r: r.data.order)]


def notes(graph: Graph, base: str) -> list[dict[str, Any]]:
    """Contributors' notes: personal experience, credited to their author, with their text; each
    entry lists the ids of its notes (``notes``)."""
    seen: dict[str, dict[str, Any]] = {}
    for target, items in graph.notes.items():
        for note, step in items:
            meta = note.data
            entry = seen.setdefault(note.id, {
                "id": note.id, "provenance": "note", "title": meta.title, "author": meta.author,
                **({"author_url": meta.author_url} if meta.author_url else {}),
                "date": meta.date.isoformat(), "lang": meta.lang, "about": list(meta.about), "source_file": note.file, "url": [],
                "body": meta.body.strip(),  # Markdown, as the contributor wrote it
            })
            entry["url"].append(f"{base}{site_path(meta.lang, page_path(graph.records[target]))}#note-{note.id}")
    return sorted(seen.values(), key=lambda n: (n["date"], n["id"]))

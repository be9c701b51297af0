"""The ids reference: every id a data file may name (entries, stage#step), with its
name and file, for contributors (the JSON Schemas list the same ids for editors)."""

from __future__ import annotations

import html

from ..core.model import MODELS
from . import labels as L
from .context import Context, t
from .page import PageSpec
from .paths import html_href, page_path

IDS = "ids.md"


def page(ctx: Context) -> PageSpec:
    """The ids page: every id a data file may name, with its name and file."""
    lang = ctx.lang
    title = L.UI["ids_title"][lang]
    parts = [f"# {html.escape(title)}\n\n{L.UI['ids_intro'][lang]}\n\n"]
    for model in MODELS:
        records = ctx.of_type(model.TYPE)  # type: ignore[attr-defined]
        if not records:
            continue
        parts.append(f"## {L.COLLECTIONS[model.TYPE][lang]}\n\n")  # type: ignore[attr-defined]
        rows = []
        for rec in records:
            link = f'<a href="{html.escape(html_href(IDS, page_path(rec)))}">{html.escape(t(rec.data.name, lang))}</a>'
            rows.append(f"<tr><td><code>{html.escape(rec.id)}</code></td><td>{link}</td><td><code>{html.escape(rec.file)}</code></td></tr>")
            for step in getattr(rec.data, "steps", []):
                rows.append(f"<tr><td><code>{html.escape(rec.id)}#{html.escape(step.id)}</code></td><td>{html.escape(t(step.name, lang))}</td><td></td></tr>")
        head = "".join(f"<th>{html.escape(L.UI[k][lang])}</th>" for k in ("ids_id", "ids_name", "ids_file"))
        parts.append(f'<table class="atlas-ids"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>\n\n')
    return PageSpec(IDS, title, "".join(parts), description=L.UI["ids_intro"][lang])

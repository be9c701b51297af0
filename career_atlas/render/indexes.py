"""Index pages: each collection's (grouped where its kind has groups: roles by area of work,
ethics topics by scope, skills by kind, tools by stack), each guide section's, and the home page."""

from __future__ import annotations

from ..core.model import GROUPED_BY
from . import labels as L
from . import maps, start
from .blocks import listing, questions
from .context import Context, t
from .page import PageSpec
from .paths import COLLECTION_DIRS

GROUP_LABELS = {"role": "role_group"}
"""The labels of a kind's groups, where they are not the kind's own values (a role's areas)."""


def collection(ctx: Context, type_: str) -> PageSpec:
    lang = ctx.lang
    here = f"{COLLECTION_DIRS[type_]}/index.md"
    title, intro = L.COLLECTIONS[type_][lang], L.COLLECTION_INTROS[type_][lang]
    parts = [f"# {title}\n\n{intro}\n\n"]
    records = ctx.of_type(type_)
    if grouping := GROUPED_BY.get(type_):
        key, values = grouping
        labels = L.GROUPS[GROUP_LABELS.get(type_, type_)]
        for group in values:
            members = [r for r in records if getattr(r.data, key) == group]
            if members:
                parts.append(f"## {labels[group][lang]}\n\n" + listing(ctx, here, members))
    else:
        parts.append(listing(ctx, here, records))
    asked = list(L.INDEX_QUESTIONS[type_][lang])
    parts.append(questions(ctx, asked))
    return PageSpec(here, title, "".join(parts), description=intro, questions=asked)


def guide_section(ctx: Context, section: str) -> PageSpec:
    lang = ctx.lang
    here = f"{section}/index.md"
    title = L.GROUPS["guide"][section][lang]
    members = [r for r in ctx.of_type("guide") if r.data.section == section]
    asked = list(L.INDEX_QUESTIONS[section][lang])
    body = f"# {title}\n\n" + listing(ctx, here, members) + questions(ctx, asked)
    return PageSpec(here, title, body, description=" · ".join(t(r.data.name, lang) for r in members), questions=asked)


def home(ctx: Context) -> PageSpec:
    lang = ctx.lang
    here = "index.md"
    title = L.SITE_NAME[lang]
    parts = [f"# {title}\n\n{L.UI['home_intro'][lang]}\n\n", start.home_block(ctx, here)]
    sections = (("start_roles", "role"), ("start_stages", "stage"), ("start_ethics", "ethics"))
    cards = [f"-   **[{L.UI[key][lang]}]({COLLECTION_DIRS[type_]}/index.md)**\n\n    ---\n\n    {L.COLLECTION_INTROS[type_][lang]}\n"
             for key, type_ in sections]
    parts.append('<div class="grid cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n\n")
    if ctx.of_type("role"):
        parts.append(f"## [{L.MAPS['landscape'][lang]}]({maps.MAP_DIR}/landscape.md)\n\n")
        parts.append(maps.landscape_svgs(ctx, here) + maps.landscape_text(ctx, here))
    for _key, type_ in sections:
        parts.append(f"## [{L.COLLECTIONS[type_][lang]}]({COLLECTION_DIRS[type_]}/index.md)\n\n")
        parts.append(listing(ctx, here, ctx.of_type(type_)))
    # No title in the front matter: the theme then titles the home page with the site name alone.
    return PageSpec(here, title, "".join(parts), description=L.SITE_DESCRIPTION[lang], titled=False)

"""The navigation of one language: Home and the start page first, then four groups: explore (the
maps, roles, stages, ethics), guides (the self-check, the comparisons, the guide sections),
reference (skills, tools, glossary, lectures, sources) and about (the project's own pages last)."""

from __future__ import annotations

from ..core.guidance import MAPS
from . import about, compare, ids, maps
from . import labels as L
from .context import SOURCES_PAGE, Context
from .page import NavItem
from .paths import COLLECTION_DIRS, GUIDE_DIRS, page_path
from .readers import SELF_CHECK_PATH, START_PAGE, R

LETTERS_OVER = 60
"""A section with more entries than this lists them under their first letters (A, B... or ㄱ, ㄴ...):
every page of a section prints the section's entries in its sidebar, so a flat list of n entries
costs n x n in the build, and 480 glossary terms in one list are hard to scan anyway."""
_INITIALS = "ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ"
"""The initial consonant of each block of 588 Hangul syllables, in their order; a double consonant
is listed under its single one (까 under ㄱ), as in a dictionary's index."""


def initial(name: str) -> str:
    """The letter a name is listed under: a Hangul syllable's initial consonant, a Latin letter in
    upper case, else "#"."""
    first = name.strip()[:1]
    if "가" <= first <= "힣":
        return _INITIALS[(ord(first) - ord("가")) // 588]
    return first.upper() if first.isascii() and first.isalpha() else "#"


def by_letter(items: list[NavItem], ordered: bool = False) -> list[NavItem]:
    """``items`` as they are, or, past LETTERS_OVER, under their first letters in order (entries
    keep their order); a letter with more than LETTERS_OVER entries is cut into even parts ("ㄱ 1/3"...),
    so that no page prints more than that many of its section's entries. Entries an editor
    ``ordered`` (stages, guides) keep that order, in even parts ("1–50", "51–100"...)."""
    if len(items) <= LETTERS_OVER:
        return items
    if ordered:
        return [NavItem(f"{start}–{start + len(part) - 1}", None, part) for start, part in _parts(items)]
    groups: dict[str, list[NavItem]] = {}
    for item in items:
        groups.setdefault(initial(item.title), []).append(item)
    order = {letter: _INITIALS.index(letter) for letter in _INITIALS}
    found = []
    for letter in sorted(groups, key=lambda k: (k == "#", order.get(k, -1), k)):
        parts = _parts(groups[letter])
        found += [NavItem(letter if len(parts) == 1 else f"{letter} {n}/{len(parts)}", None, part) for n, (_, part) in enumerate(parts, 1)]
    return found


def _parts(items: list[NavItem]) -> list[tuple[int, list[NavItem]]]:
    """``items`` cut into the fewest even parts of at most LETTERS_OVER, with the place (from 1) each starts at."""
    count = -(-len(items) // LETTERS_OVER)
    size = -(-len(items) // count)
    return [(i + 1, items[i:i + size]) for i in range(0, len(items), size)]


def navigation(ctx: Context, project: list[NavItem] | tuple[NavItem, ...] = ()) -> list[NavItem]:
    lang = ctx.lang

    def section(type_: str) -> NavItem:
        kids = [NavItem(ctx.name(r.id), page_path(r)) for r in ctx.of_type(type_)]
        ordered = any(getattr(r.data, "order", None) for r in ctx.of_type(type_))
        return NavItem(L.COLLECTIONS[type_][lang], f"{COLLECTION_DIRS[type_]}/index.md", by_letter(kids, ordered))

    def guides(section_: str) -> NavItem:
        kids = [NavItem(ctx.name(r.id), page_path(r)) for r in ctx.of_type("guide") if r.data.section == section_]
        return NavItem(L.GROUPS["guide"][section_][lang], f"{section_}/index.md", by_letter(kids, ordered=True))

    found = ctx.graph.guidance
    explore: list[NavItem] = []
    if ctx.of_type("role") and ctx.of_type("stage"):
        explore.append(NavItem(L.MAPS["map"][lang], None, [NavItem(L.MAPS[k][lang], f"{maps.MAP_DIR}/{k}.md") for k in MAPS]))
    explore += [section(x) for x in ("role", "stage", "ethics") if ctx.of_type(x)]
    guide_items = []
    if found.self_check is not None:
        guide_items.append(NavItem(R["selfcheck_title"][lang], SELF_CHECK_PATH))
    if len(ctx.of_type("role")) > 1:
        guide_items.append(NavItem(R["compare_title"][lang], compare.INDEX))
    guide_items += [guides(s) for s in GUIDE_DIRS if any(r.data.section == s for r in ctx.of_type("guide"))]
    reference = [section(x) for x in ("skill", "tool", "term", "lecture") if ctx.of_type(x)]
    if ctx.graph.sources:
        reference.append(NavItem(L.UI["sources_title"][lang], SOURCES_PAGE))
    about_items = [NavItem(L.UI["about_title"][lang], about.ABOUT),
                   NavItem(L.UI["nav_project"][lang], None, by_letter([*project, NavItem(L.UI["ids_title"][lang], ids.IDS)], ordered=True))]
    groups = [(L.UI["nav_explore"][lang], explore), (L.UI["nav_guides"][lang], guide_items),
              (L.UI["nav_reference"][lang], reference), (L.UI["nav_about"][lang], about_items)]
    # The start page stands right after Home: a section's first index page would become the section's own page.
    first = [NavItem(R["start_title"][lang], START_PAGE)] if found.start is not None else []
    return [NavItem(L.UI["home"][lang], "index.md"), *first] + [NavItem(title, None, kids) for title, kids in groups if kids]

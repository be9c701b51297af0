"""The map pages: the role landscape, the role x stage matrix and the pipeline.

Each diagram is an inline SVG whose boxes are links, drawn twice: a wide layout
for desktops and a narrow one for phones (CSS shows one), so labels keep a
readable size. Each comes with a text alternative.
"""

from __future__ import annotations

from html import escape

from ..core.guidance import MAP_PREFIX, MAPS
from ..core.model import AREAS
from ..core.sanitize import md_text
from . import labels as L
from .blocks import questions
from .context import Context, t
from .page import PageSpec

FONT = 14
LINE = FONT * 1.25
WIDE, NARROW = 720, 360
MAP_DIR = MAP_PREFIX.rstrip("/")


def pages(ctx: Context) -> list[PageSpec]:
    """The three map pages, each a diagram (or the table) with its text alternative."""
    if not (ctx.of_type("role") and ctx.of_type("stage")):
        return []
    draw = {"landscape": lambda h: landscape_svgs(ctx, h) + landscape_text(ctx, h),
            "matrix": lambda h: matrix_table(ctx, h),
            "pipeline": lambda h: pipeline_svgs(ctx, h) + pipeline_text(ctx, h)}
    specs = []
    for key in MAPS:
        lang = ctx.lang
        here = f"{MAP_DIR}/{key}.md"
        title, intro = L.MAPS[key][lang], L.MAPS[f"{key}_intro"][lang]
        asked = list(L.MAPS[f"{key}_questions"][lang])
        body = f"# {title}\n\n{intro}\n\n" + draw[key](here) + questions(ctx, asked)
        specs.append(PageSpec(here, title, body, description=intro, questions=asked))
    return specs



def _wrap(text: str, width_px: float, font: int = FONT) -> list[str]:
    """Split a label into lines that fit ``width_px`` (CJK glyphs count as wide)."""
    def size(s: str) -> float:
        return sum(font * (1.0 if ord(ch) > 0x2E80 else 0.58) for ch in s)

    words, lines, line = text.split(" "), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if size(trial) <= width_px or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def _text(x: float, y: float, lines: list[str], *, anchor: str = "middle", cls: str = "") -> str:
    spans = "".join(f'<tspan x="{x:.0f}" dy="{0 if i == 0 else LINE:.1f}">{escape(s)}</tspan>' for i, s in enumerate(lines))
    return f'<text x="{x:.0f}" y="{y:.0f}" text-anchor="{anchor}" class="{cls}">{spans}</text>'


def _svg(width: int, height: float, label: str, body: str, cls: str) -> str:
    return (
        f'<svg class="atlas-map {cls}" viewBox="0 0 {width} {height:.0f}" role="group" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg" font-size="{FONT}">{body}</svg>'
    )


def _href(ctx: Context, here: str, ident: str, anchor: str = "") -> str:
    """A URL for raw HTML (MkDocs rewrites only Markdown links): relative, directory style."""
    return escape(ctx.href(here, ident, anchor))


# --- the role landscape ---------------------------------------------------------


def _spans(ctx: Context) -> list[tuple[str, int, int]]:
    out = []
    for rec in ctx.of_type("role"):
        idx = [AREAS.index(a) for a in rec.data.areas]
        out.append((rec.id, min(idx), max(idx)))
    return sorted(out, key=lambda s: (s[1], -(s[2] - s[1]), s[0]))


def landscape_svgs(ctx: Context, here: str) -> str:
    lang = ctx.lang
    spans = _spans(ctx)
    label = L.MAPS["landscape"][lang]
    # Wide: pack boxes into rows, like the lecture's drawing.
    col = WIDE / len(AREAS)
    rows: list[list[tuple[int, int]]] = []
    placed = []
    for ident, a, b in spans:
        row = next((i for i, used in enumerate(rows) if all(b < x or a > y for x, y in used)), None)
        if row is None:
            rows.append([])
            row = len(rows) - 1
        rows[row].append((a, b))
        placed.append((ident, a, b, row))
    head, gap = 56, 10
    # Every label fits: a box grows with its lines, and a row with its tallest box.
    lines_of = {ident: _wrap(ctx.name(ident), (b - a + 1) * col - 28) for ident, a, b, _row in placed}
    row_h = [max((max(64, 24 + len(lines_of[i]) * FONT * 1.25) for i, _a, _b, rw in placed if rw == n), default=64) for n in range(len(rows))]
    row_y = [head + sum(row_h[:n]) + n * gap for n in range(len(rows))]
    parts = [_area_header(lang, col, head)]
    for ident, a, b, row in placed:
        x, y, w, box_h = a * col + 6, row_y[row], (b - a + 1) * col - 12, row_h[row]
        lines = lines_of[ident]
        ty = y + box_h / 2 - (len(lines) - 1) * FONT * 0.62 + FONT * 0.35
        parts.append(
            f'<a href="{_href(ctx, here, ident)}" class="atlas-map__box" aria-label="{escape(ctx.name(ident))}"><rect x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{box_h:.0f}" rx="8"/>'
            f"{_text(x + w / 2, ty, lines)}</a>"
        )
    wide = _svg(WIDE, (row_y[-1] + row_h[-1] + gap) if rows else head, label, "".join(parts), "atlas-map--wide")
    # Narrow: one row per role; the label sits above a bar spanning its areas.
    col = NARROW / len(AREAS)
    head_n = 64
    parts = [_area_header(lang, col, head_n, narrow=True)]
    step = 52
    for i, (ident, a, b) in enumerate(spans):
        y = head_n + i * step
        x, w = a * col + 2, (b - a + 1) * col - 4
        parts.append(
            f'<a href="{_href(ctx, here, ident)}" class="atlas-map__box" aria-label="{escape(ctx.name(ident))}"><rect x="{x:.0f}" y="{y + 22}" width="{w:.0f}" height="22" rx="5"/>'
            f"{_text(4, y + 15, [ctx.name(ident)], anchor='start', cls='atlas-map__label')}</a>"
        )
    narrow = _svg(NARROW, head_n + len(spans) * step, label, "".join(parts), "atlas-map--narrow")
    return f'<figure class="atlas-figure">{wide}{narrow}</figure>\n\n'


def _area_header(lang: str, col: float, head: int, narrow: bool = False) -> str:
    out = []
    for i, area in enumerate(AREAS):
        name = L.GROUPS["role"][area][lang]
        lines = _wrap(name, col - 6, FONT - (2 if narrow else 0))[:2]
        out.append(f'<rect x="{i * col:.0f}" y="0" width="{col:.0f}" height="100%" class="atlas-map__lane atlas-map__lane--{i % 2}"/>')
        out.append(_text(i * col + col / 2, 22, lines, cls="atlas-map__area"))
    return "".join(out)


def landscape_text(ctx: Context, here: str) -> str:
    lang = ctx.lang
    rows = [f"| {L.MAPS['role'][lang]} | {L.MAPS['areas'][lang]} |", "| --- | --- |"]
    for ident, a, b in _spans(ctx):
        areas = ", ".join(L.GROUPS["role"][x][lang] for x in ctx.graph.records[ident].data.areas)
        rows.append(f"| {ctx.link(here, ident)} | {areas} |")
    return f'??? info "{L.MAPS["as_text"][lang]}"\n\n' + "".join(f"    {row}\n" for row in rows) + "\n"


# --- the pipeline -----------------------------------------------------------------


def pipeline_svgs(ctx: Context, here: str) -> str:
    lang = ctx.lang
    stages = ctx.of_type("stage")
    label = L.MAPS["pipeline"][lang]
    n = max(len(stages), 1)
    col = WIDE / n
    parts = []
    # Every step's label fits: a row of steps is as tall as its longest label needs.
    lines_of = {(i, j): _wrap(t(step.name, lang), col - 36) for i, st in enumerate(stages) for j, step in enumerate(st.data.steps)}
    rows = max((len(s.data.steps) for s in stages), default=0)
    row_h = [max([64.0] + [24 + len(v) * LINE for (_i, j), v in lines_of.items() if j == row]) for row in range(rows)]
    row_y = [84 + sum(row_h[:row]) + row * 10 for row in range(rows)]
    for i, st in enumerate(stages):
        x = i * col + 8
        w = col - 16
        lines = _wrap(f"{i + 1}. {ctx.name(st.id)}", w - 16)[:2]
        ty = 38 - (len(lines) - 1) * LINE / 2 + FONT * 0.35  # the lines' middle on the box's (y 8 to 68)
        parts.append(f'<a href="{_href(ctx, here, st.id)}" class="atlas-map__stage" aria-label="{escape(f"{i + 1}. {ctx.name(st.id)}")}"><rect x="{x:.0f}" y="8" width="{w:.0f}" height="60" rx="10"/>{_text(x + w / 2, ty, lines, cls="atlas-map__stage-label")}</a>')
        if i < n - 1:
            parts.append(f'<path d="M{x + w + 1:.0f} 38 l12 0" class="atlas-map__arrow"/>')
        for j, step in enumerate(st.data.steps):
            y, h, slines = row_y[j], row_h[j], lines_of[(i, j)]
            ty = y + h / 2 - (len(slines) - 1) * LINE / 2 + FONT * 0.35
            parts.append(
                f'<a href="{_href(ctx, here, st.id, step.id)}" class="atlas-map__box" aria-label="{escape(t(step.name, lang))}"><rect x="{x + 6:.0f}" y="{y:.0f}" width="{w - 12:.0f}" height="{h:.0f}" rx="8"/>'
                f"{_text(x + w / 2, ty, slines)}</a>"
            )
    wide = _svg(WIDE, (row_y[-1] + row_h[-1] + 10) if rows else 84, label, "".join(parts), "atlas-map--wide")
    parts, y = [], 4
    for i, st in enumerate(stages):
        parts.append(f'<a href="{_href(ctx, here, st.id)}" class="atlas-map__stage" aria-label="{escape(f"{i + 1}. {ctx.name(st.id)}")}"><rect x="4" y="{y}" width="{NARROW - 8}" height="40" rx="10"/>{_text(NARROW / 2, y + 25, [f"{i + 1}. {ctx.name(st.id)}"], cls="atlas-map__stage-label")}</a>')
        y += 48
        for step in st.data.steps:
            slines = _wrap(t(step.name, lang), NARROW - 60)
            h = 18 + 18 * len(slines)
            parts.append(
                f'<a href="{_href(ctx, here, st.id, step.id)}" class="atlas-map__box" aria-label="{escape(getattr(step.name, lang))}"><rect x="28" y="{y}" width="{NARROW - 32}" height="{h}" rx="8"/>'
                f"{_text(40, y + 22, slines, anchor='start')}</a>"
            )
            y += h + 6
        y += 10
    narrow = _svg(NARROW, y, label, "".join(parts), "atlas-map--narrow")
    return f'<figure class="atlas-figure">{wide}{narrow}</figure>\n\n'


def pipeline_text(ctx: Context, here: str) -> str:
    lang = ctx.lang
    out = [f'??? info "{L.MAPS["as_text"][lang]}"\n\n']
    for i, st in enumerate(ctx.of_type("stage"), 1):
        out.append(f"    {i}. {ctx.link(here, st.id)}\n")
        for step in st.data.steps:
            out.append(f"        - {ctx.link(here, st.id, step.id).split(' › ')[1]}: {md_text(getattr(step.summary, lang))}\n")
    return "".join(out) + "\n"


# --- the matrix ---------------------------------------------------------------------


def matrix_table(ctx: Context, here: str) -> str:
    """The matrix as an HTML table in a box of its own: its header row and role column stay in view
    while it scrolls (both ways on a phone, where a line says it scrolls sideways)."""
    lang = ctx.lang
    stages = ctx.of_type("stage")
    head = "".join(f'<th scope="col"><a href="{_href(ctx, here, s.id)}">{escape(ctx.name(s.id))}</a></th>' for s in stages)
    rows = []
    for role in ctx.of_type("role"):
        cells = []
        for st in stages:
            edges = [e for e in ctx.graph.outgoing[role.id] if e.relation == "works_in" and e.target == st.id]
            steps = [e.target_step for e in edges if e.target_step]
            names = {s.id: f"{i}. {t(s.name, lang)}" for i, s in enumerate(st.data.steps, 1)}
            if steps:
                cells.append("<br>".join(f'<a href="{_href(ctx, here, st.id, s)}">{escape(names[s])}</a>'
                                         for s in sorted(set(steps), key=list(names).index)))
            else:
                cells.append('<span aria-label="✓">●</span>' if edges else "")
        rows.append(f'<tr><th scope="row"><a href="{_href(ctx, here, role.id)}">{escape(ctx.name(role.id))}</a></th>'
                    + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (f"<p>{escape(L.MAPS['matrix_legend'][lang])}</p>\n"
            f'<p class="atlas-matrix__hint">{escape(L.MAPS["matrix_scroll"][lang])}</p>\n'
            f'<div class="atlas-matrix" role="region" aria-label="{escape(L.MAPS["matrix"][lang])}" tabindex="0">'
            f'<table class="atlas-matrix__table"><thead><tr><th scope="col">{escape(L.MAPS["role"][lang])}</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>\n\n')

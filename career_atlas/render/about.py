"""The reader-facing About page: where the content comes from, its licence, and how
to cite the atlas and each lecture (BibTeX and APA, generated from the lecture data)."""

from __future__ import annotations

import html
import re

from ..core.record import Record
from ..core.sanitize import md_text
from . import labels as L
from .blocks import questions
from .context import SOURCES_PAGE, Context, t
from .page import PageSpec

ABOUT = "about-atlas.md"


def _person(speaker: str) -> str:
    """A speaker's name without the other script's spelling: "Lucy Park (박은정)" -> "Lucy Park"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", speaker).strip()


def _apa_author(name: str, lang: str) -> str:
    if lang == "ko" or not re.match(r"[A-Za-z]", name):
        return name
    *given, family = name.split()
    return f"{family}, " + " ".join(f"{g[0]}." for g in given) if given else family


def bibtex(rec: Record, lang: str) -> str:
    """A BibTeX entry; a talk whose date no note gives has no year or month."""
    data = rec.data
    series = L.UI["series"][lang]
    when = ""
    key = rec.id
    if data.given:
        year, month = data.given.split("-")
        when = f"  year = {{{year}}},\n  month = {{{int(month)}}},\n"
        key = f"{rec.id}-{year}"
    return (
        f"@misc{{{key},\n"
        f"  author = {{{_person(t(data.speaker, lang))}}},\n"
        f"  title = {{{t(data.name, lang)}}},\n"
        f"  howpublished = {{{series}}},\n"
        f"{when}"
        f"}}"
    )


def apa(rec: Record, lang: str) -> str:
    data = rec.data
    if data.given:
        year, month = data.given.split("-")
        when = L.UI["apa_date"][lang].format(year=year, month=L.UI["months"][lang][int(month) - 1])
    else:
        when = L.UI["apa_no_date"][lang]
    return f"{md_text(_apa_author(_person(t(data.speaker, lang)), lang))} ({md_text(when)}). *{md_text(t(data.name, lang))}* [{L.UI['apa_talk'][lang]}]. {md_text(L.UI['series'][lang])}."


def atlas_bibtex(lang: str, site_url: str, year: str) -> str:
    return f"@misc{{ai-career-atlas-{year},\n  title = {{{L.SITE_NAME[lang]}}},\n  author = {{{{AI Career Atlas contributors}}}},\n  year = {{{year}}},\n  url = {{{site_url}}},\n}}"


def page(ctx: Context) -> PageSpec:
    """The About page: sources, licence, how to cite (the atlas and each lecture)."""
    lang = ctx.lang
    site_url, year = ctx.base_url, ctx.year
    here = ABOUT
    title = L.UI["about_title"][lang]
    lectures = ctx.of_type("lecture")
    parts = [f"# {md_text(title)}\n\n", f"{L.UI['about_intro'][lang]}\n\n", f"## {L.UI['about_sources'][lang]}\n\n"]
    parts.append(f"{L.UI['about_sources_text'][lang]}\n\n")
    if ctx.graph.sources:  # the notes, named and linked
        parts.append(f"[{L.UI['about_sources_link'][lang]}]({SOURCES_PAGE})\n\n")
    for rec in lectures:
        when = f", {rec.data.given}" if rec.data.given else ""
        parts.append(f"- {ctx.link(here, rec.id)}: {md_text(t(rec.data.speaker, lang))} ({md_text(t(rec.data.affiliation, lang))}){when}\n")
    parts.append(f"\n## {L.UI['about_licence'][lang]}\n\n{L.UI['about_licence_text'][lang]}\n\n")
    parts.append(f"## {L.UI['about_cite'][lang]}\n\n{L.UI['about_cite_text'][lang]}\n\n")
    parts.append(f"### {L.SITE_NAME[lang]}\n\n")
    parts.append(_code(atlas_bibtex(lang, site_url, year)))
    parts.append(f"APA: {md_text(L.UI['atlas_authors'][lang])} ({year}). *{md_text(L.SITE_NAME[lang])}*. {html.escape(site_url)}\n\n")
    for rec in lectures:
        parts.append(f"### {md_text(t(rec.data.name, lang))}\n\n")
        parts.append(_code(bibtex(rec, lang)))
        parts.append(f"APA: {apa(rec, lang)}\n\n")
    asked = list(L.INDEX_QUESTIONS["about"][lang])
    parts.append(questions(ctx, asked))
    return PageSpec(here, title, "".join(parts), description=L.UI["about_intro"][lang], questions=asked)


def _code(text: str) -> str:
    """A BibTeX block as raw HTML (the texts come from data files, so they are escaped)."""
    return f'<pre class="atlas-cite"><code class="language-bibtex">{html.escape(text).replace("`", "&#96;")}</code></pre>\n\n'

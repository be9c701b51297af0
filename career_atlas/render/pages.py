"""Render the graph to Markdown pages, one set per language. No MkDocs here."""

from __future__ import annotations

import datetime
import html
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import yaml
from markupsafe import Markup

from ..core.graph import Graph
from ..core.loader import Record
from ..core.markup import html_link, md_text
from ..core.model import GROUPED_BY, Passage
from ..core.scaffold import new_note_url
from . import (
    about,
    ids,
    maps,
    seo,
    sources,
    start,  # readers: the readers' pages (start.py imports this module only lazily)
)
from . import labels as L
from .context import SOURCES_PAGE, Context, t
from .paths import COLLECTION_DIRS, GUIDE_DIRS, page_path, page_url, rel

# Pagefind's weight for a page's questions (text 1, an h1 7, aliases 7).
QUESTION_WEIGHT = 5


@dataclass
class PageSpec:
    """One generated Markdown page of one language."""

    path: str  # relative to the language root, e.g. roles/ai-engineer.md
    title: str
    markdown: str
    source_file: str | None = None  # the data file it was made from
    entity: str | None = None

    def add_meta(self, key: str, value: object) -> None:
        """Add a key to the page's front matter."""
        head, _, rest = self.markdown.partition("---\n")
        self.markdown = f"---\n{meta_lines({key: value})}{rest}"


@dataclass
class NavItem:
    title: str
    path: str | None = None
    children: list[NavItem] = field(default_factory=list)

    def to_mkdocs(self) -> dict[str, object] | str:
        """The item in mkdocs.yml's ``nav`` form; an untitled page takes its own title.
        Themes print navigation titles as HTML, so the title is escaped, as Markup
        (a filter such as ``| e`` leaves it as it is)."""
        title = Markup(html.escape(self.title))
        if not self.children:
            return {title: self.path} if self.title else str(self.path)
        items: list[object] = [self.path] if self.path else []
        items += [c.to_mkdocs() for c in self.children]
        return {title: items}


class Renderer:
    """Turns one graph into the pages of one language."""

    def __init__(self, graph: Graph, lang: str, base_url: str = "/", year: str = "", edit_url: str = "") -> None:
        self.ctx = Context(graph, lang, base_url)
        self.edit_url = edit_url  # the repository's edit URL for a path (…/edit/main/), for notes' own Edit links
        self.year = year or str(datetime.date.today().year)  # of the atlas citation
        self.graph = graph
        self.lang = lang
        self.base_url = base_url

    def of_type(self, type_: str) -> list[Record]:
        return self.ctx.of_type(type_)

    def name(self, ident: str) -> str:
        return self.ctx.name(ident)

    def link(self, here: str, ident: str, step: str | None = None) -> str:
        return self.ctx.link(here, ident, step)

    def lecture_text(self, blocks: list[object], here: str, rec: Record, level: int = 2) -> str:
        """Passages of what the lectures said, each with its anchors, credited to the entry's lectures."""
        return self.ctx.passages(blocks, here, rec.id, lectures_of(rec), level)

    def front_matter(self, title: str, description: str, **extra: object) -> str:
        # Material prints the title as HTML: it is escaped here. The description
        # goes through the template's own escaping.
        meta = {"title": html.escape(title), "description": description, **extra}
        if not title:
            del meta["title"]
        return f"---\n{meta_lines(meta)}---\n\n"

    def relation_sections(self, here: str, ident: str, skip: Iterable[str] = ()) -> str:
        """Every relation of ``ident``, both directions, grouped under their labels."""
        sections: dict[str, list[str]] = {}
        skip = set(skip)
        for edge in self.graph.outgoing[ident]:
            if edge.relation in skip:
                continue
            label = t_label(edge.relation, "out", self.lang)
            sections.setdefault(label, []).append(self.link(here, edge.target, edge.target_step))
        for edge in self.graph.incoming[ident]:
            if edge.relation in skip:
                continue
            label = t_label(edge.relation, "in", self.lang)
            sections.setdefault(label, []).append(self.link(here, edge.source, edge.source_step))
        out = []
        for label, items in sections.items():
            unique = list(dict.fromkeys(items))
            out.append(f"## {label}\n\n" + "".join(f"- {i}\n" for i in unique))
        return "\n".join(out)

    def references(self, refs: Iterable[object], heading: str = "##") -> str:
        items = self.reference_items(refs)
        if not items:
            return ""
        return f"{heading} {L.UI['references'][self.lang]}\n\n{items}\n\n"

    def reference_items(self, refs: Iterable[object]) -> str:
        """An HTML list of references; links are built in code from checked URLs."""
        lines = []
        for ref in refs:
            title = ref.title  # type: ignore[attr-defined]
            text = html_link(ref.url, title) if ref.url else html.escape(title)  # type: ignore[attr-defined]
            extra = ", ".join(str(x) for x in (ref.authors, ref.year) if x)  # type: ignore[attr-defined]
            if extra:
                text += f" ({html.escape(extra)})"
            if ref.note:  # type: ignore[attr-defined]
                text += f": {html.escape(t(ref.note, self.lang))}"  # type: ignore[attr-defined]
            lines.append(f"<li>{text}</li>")
        return f'<ul class="atlas-references">{"".join(lines)}</ul>' if lines else ""

    def background(self, here: str, rec: Record) -> str:
        """What the atlas adds beyond the lectures: apart, labelled, with its references."""
        blocks = getattr(rec.data, "background", [])
        if not blocks:
            return ""
        lang = self.lang
        out = [f"## {L.UI['background_section'][lang]}\n\n"]
        for block in blocks:
            if block.title:
                out.append(f"### {md_text(t(block.title, lang))} {{ data-provenance=\"background\" }}\n\n")
            out.append(self.aside(t(block.text, lang), here, rec, block.references))
        return "".join(out)

    def aside(self, text: str, here: str, rec: Record, references: Iterable[object]) -> str:
        """A background block: its label, the text and its references, in one raw HTML block."""
        lang = self.lang
        prose = self.ctx.prose(text, here, rec.id, "background", toc=False).strip()
        return (f'<aside class="atlas-background" data-provenance="background">\n'
                f'<p class="atlas-background__label">{L.UI["background"][lang]}</p>\n{prose}\n'
                f'<p class="atlas-background__refs">{L.UI["references"][lang]}</p>\n{self.reference_items(references)}\n</aside>\n\n')

    def sources(self, here: str, rec: Record) -> str:
        items = []
        for src in rec.data.sources:
            lec = self.graph.records[src.lecture].data
            line = f"- {self.link(here, src.lecture)}: {md_text(t(lec.speaker, self.lang))} ({md_text(t(lec.affiliation, self.lang))})"
            if src.part:
                line += f", {md_text(t(src.part, self.lang))}"
            items.append(line + "\n")
        return f"## {L.RELATION_LABELS['source']['out'][self.lang]}\n\n" + "".join(items)

    def aliases(self, rec: Record) -> str:
        names = getattr(rec.data.aliases, self.lang)
        if not names:
            return ""
        # Aliases are what people search for (배관공, MLOps): Pagefind weighs them like a
        # title, and keeps them as metadata so the search worker can rank exact matches first.
        shown = ", ".join(html.escape(n) for n in names)
        return f'<p data-pagefind-weight="7" data-pagefind-meta="aliases"><strong>{L.UI["aliases"][self.lang]}:</strong> {shown}</p>\n\n'

    def questions(self, asked: list[str]) -> str:
        """The questions a page answers (an entry's `questions`, the start page's and the
        self-check's `page_questions`, a map's, a section index's and the About page's
        labels). A reader's question typed into the search box finds the page that answers it: Pagefind weighs these above the text
        (QUESTION_WEIGHT), and the worker compares queries with them (site/search.py).
        Not a heading, so the table of contents and the role template keep their sections."""
        if not asked:
            return ""
        items = "".join(f"<li>{html.escape(q)}</li>" for q in asked)
        return (f'<div class="atlas-questions" data-pagefind-weight="{QUESTION_WEIGHT}">'
                f'<p><strong>{L.UI["questions"][self.lang]}</strong></p><ul>{items}</ul></div>\n\n')

    def points(self, title: str, points: list[Passage] | None, here: str, rec: Record, level: int = 2) -> str:
        if not points:
            return ""
        return f"{'#' * level} {title}\n\n" + self.ctx.point_list(points, here, rec.id, lectures_of(rec))

    # --- entity pages -----------------------------------------------------------

    def entity_page(self, rec: Record) -> PageSpec:
        here = page_path(rec)
        data = rec.data
        lang = self.lang
        self.ctx.start_page()
        title = t(data.name, lang)
        parts = [self.front_matter(title, t(data.summary, lang), atlas_type=rec.type, atlas_id=rec.id)]
        parts.append(f"# {md_text(title)}\n\n")
        if rec.type == "role" and data.nickname:
            sources_ = " ".join(lectures_of(rec))
            parts.append(f'<p class="atlas-nickname" data-provenance="lecture" data-source="{html.escape(sources_)}">'
                         f'{self.ctx.passage(data.nickname, here, rec.id, inline=True)}</p>\n\n')
        parts.append(f'<p class="atlas-lead">{html.escape(t(data.summary, lang))}</p>\n\n')
        parts.append(self.aliases(rec))
        if rec.type == "lecture":
            # The speaker's names are names of the talk for search (site/search.py read_pages).
            parts.append(f'<p class="atlas-speaker"><strong>{L.UI["speaker"][lang]}:</strong> '
                         f'<span class="atlas-speaker__name">{html.escape(t(data.speaker, lang))}</span> '
                         f'({html.escape(t(data.affiliation, lang))})</p>\n\n')
        if rec.type == "ethics":
            parts.append(f"**{L.UI['group'][lang]}:** {L.GROUPS['ethics'][data.group][lang]}\n\n")
        if rec.type == "role":
            areas = ", ".join(L.GROUPS["role"][a][lang] for a in data.areas)
            parts.append(f"**{L.UI['areas'][lang]}:** {areas}\n\n")
            parts.append(self.role_template(rec))
        else:
            parts.append(self.lecture_text(data.body or [], here, rec))
        skip: tuple[str, ...] = ("source",) if rec.type != "lecture" else ()
        if rec.type == "stage":
            parts.append(self.stage_steps(rec))
            parts.append(self.points(L.UI["pitfalls"][lang], data.pitfalls, here, rec))
            if data.evaluation:
                parts.append(f"## {L.UI['evaluation'][lang]}\n\n" + self.lecture_text(data.evaluation, here, rec, level=3))
        if rec.type == "ethics" and data.cases:
            parts.append(self.cases(rec))
        if rec.type != "role":  # a role page has its relations in its template
            parts.append(self.relation_sections(here, rec.id, skip=skip) + "\n")
        parts.append(self.questions(getattr(data.questions, lang)))
        parts.append(self.background(here, rec))
        parts.append(self.notes(rec))
        if rec.type == "lecture":
            parts.append(sources.lecture_notes(self.ctx, rec))
        if rec.type != "lecture" and rec.data.sources:
            parts.append(self.sources(here, rec) + "\n")
        if rec.type != "role":  # a role page lists its references as reading
            parts.append(self.references(data.references))
        return PageSpec(here, title, "".join(parts), rec.file, rec.id)

    def role_template(self, rec: Record) -> str:
        """Every role page has the same sections, in this order: what the role does, a day
        in it, stages, skills in the order to learn them, tools, how to get in, is it for me?,
        related roles and reading. A section the lectures say nothing about says so, and
        points to the general guide."""
        here, data, lang = page_path(rec), rec.data, self.lang
        ui = L.UI

        def section(title: str, body: str) -> str:
            return f"## {title}\n\n{body.rstrip()}\n\n"

        def items(ids: Iterable[str], ordered: bool = False) -> str:
            return "".join(f"{'1.' if ordered else '-'} {self.link(here, i)}\n" for i in ids)

        def text_or(prose: list[object] | None, key: str, **links: str) -> str:
            if prose is not None:
                return self.lecture_text(prose, here, rec, level=3)
            return self.label_with_links(here, key, **links)

        does = self.lecture_text(data.body or [], here, rec, level=3)
        does += self.points(ui["responsibilities"][lang], data.responsibilities, here, rec, level=3)
        stages = "".join(f"- {self.link(here, *ref.split('#', 1))}\n" for ref in data.stages)
        out = [
            section(ui["role_does"][lang], does),
            section(ui["role_day"][lang], text_or(data.day, "role_day_none", page="careers-in-ai")),
            section(t_label("works_in", "out", lang), stages or md_text(ui["role_stages_none"][lang])),
            section(ui["role_skills"][lang], items(data.skills, ordered=True) or md_text(ui["role_skills_none"][lang])),
            section(t_label("uses_tool", "out", lang), items(data.tools) or md_text(ui["role_tools_none"][lang])),
            section(ui["role_get_in"][lang], text_or(data.how_to_get_in, "role_get_in_none", guide="start-early")),
            section(ui["role_fit"][lang], self.role_fit(rec)),
        ]
        related = self.relation_sections(here, rec.id, skip=("source", "works_in", "needs_skill", "uses_tool"))
        related = "\n".join(("#" + line if line.startswith("## ") else line) for line in related.splitlines())
        compare = start.role_comparisons(self, rec).replace("## ", "### ", 1)
        out.append(section(ui["role_related"][lang], related + "\n\n" + compare + self.references(data.references, "###")))
        return "".join(out)

    def role_fit(self, rec: Record) -> str:
        """Is it for me? The self-check's questions for the role's side, then what the
        lectures say of this role; without either, a pointer to the general questions."""
        here, lang = page_path(rec), self.lang
        out = []
        check = start.guidance(self.graph).self_check
        for kind in check.kinds if check else []:
            if rec.id not in kind.roles:
                continue
            questions = [q.text for q in check.questions if kind.id in q.kinds]  # type: ignore[union-attr]
            intro = md_text(L.UI["role_fit_kind"][lang].replace("{kind}", t(kind.name, lang)))
            out.append(f"{intro}\n\n" + self.ctx.point_list(questions, here, rec.id, [check.source.lecture]))  # type: ignore[union-attr]
            out.append(f"[{L.UI['role_fit_check'][lang]}]({rel(here, start.SELF_CHECK_PATH)})\n\n")
        if rec.data.fit is not None:
            out.append(self.lecture_text(rec.data.fit, here, rec, level=3))
        if not out:
            out.append(self.label_with_links(here, "role_fit_none", guide="know-yourself"))
        return "".join(out)

    def label_with_links(self, here: str, key: str, **links: str) -> str:
        """A UI label whose ``{name}`` fields become links to entries (their ids if absent)."""
        pieces = re.split(r"\{(\w+)\}", L.UI[key][self.lang])
        for i in range(1, len(pieces), 2):
            ident = links[pieces[i]]
            pieces[i] = self.link(here, ident) if ident in self.graph.records else md_text(ident)
        def plain(piece: str) -> str:  # md_text trims: keep the spaces around the links
            return (" " if piece[:1].isspace() else "") + md_text(piece) + (" " if piece[-1:].isspace() else "")

        return "".join(plain(p) if i % 2 == 0 else p for i, p in enumerate(pieces)).strip() + "\n"

    def note_href(self, here: str, note: Record) -> str:
        """Where a note is shown: on this page in its language, else on the same page of the note's language."""
        if note.data.lang == self.lang:
            return f"#note-{note.id}"
        to_root = posixpath.relpath(".", page_url(here) or ".")
        return f"{to_root}/../{note.data.lang}/{page_url(here)}#note-{note.id}"

    def add_note(self, about: str, label: str) -> str:
        """The link that opens the repository's new-file page with a note about ``about`` started
        (core/scaffold.py new_note_url), or nothing without an edit URL."""
        url = new_note_url(self.edit_url, about, self.lang) if self.edit_url else None
        return f'<p class="atlas-note-add">{html_link(url, label)}</p>\n\n' if url else ""

    def notes(self, rec: Record) -> str:
        """Contributors' notes: in full in their language, announced in the other; then the link
        that starts a new one."""
        lang = self.lang
        here = page_path(rec)
        items = self.graph.notes.get(rec.id, [])
        add = self.add_note(rec.id, L.UI["note_add"][lang])
        if not items and not add:
            return ""
        if not items:
            return f"## {L.UI['notes'][lang]}\n\n<p>{html.escape(L.UI['note_add_hint'][lang])}</p>\n\n{add}"
        out = [f"## {L.UI['notes'][lang]}\n\n"]
        steps = {s.id: t(s.name, lang) for s in getattr(rec.data, "steps", [])}
        others = []
        for note, step in items:
            meta = note.data
            author = html_link(meta.author_url, meta.author) if meta.author_url else html.escape(meta.author)
            where = f' · {L.UI["step"][lang]}: <a href="#{step}">{html.escape(steps[step])}</a>' if step else ""
            if meta.lang == lang:
                out.append(f"### {md_text(meta.title)} {{ #note-{note.id} }}\n\n")
                edit = f' · {html_link(self.edit_url + note.file, L.UI["note_edit"][lang])}' if self.edit_url else ""
                out.append(f"<p><em>{L.UI['note_by'][lang]} {author} · {meta.date.isoformat()}{where}</em>{edit}</p>\n\n")
                out.append(self.ctx.prose(meta.body, here, rec.id, "note", toc=False))
            else:
                href = self.note_href(here, note)
                language = L.of(lang)["ui"]["language_names"][meta.lang]
                others.append(
                    f'<li>{html.escape(L.UI["note_other"][lang].format(language=language))}: '
                    f'<a href="{html.escape(href)}" hreflang="{meta.lang}" lang="{meta.lang}">{html.escape(meta.title)}</a> '
                    f"({author}, {meta.date.isoformat()})</li>"
                )
        if others:  # one raw HTML block: the page's Markdown never reads the contributors' words
            out.append(f'<ul class="atlas-notes-other">{"".join(others)}</ul>\n\n')
        return "".join(out) + add + "\n"

    def stage_steps(self, rec: Record) -> str:
        lang = self.lang
        here = page_path(rec)
        out = [f"## {L.UI['steps'][lang]}\n\n"]
        for i, step in enumerate(rec.data.steps, 1):
            out.append(f"### {i}. {md_text(t(step.name, lang))} {{ #{step.id} }}\n\n<p>{html.escape(t(step.summary, lang))}</p>\n\n")
            if step.body:
                out.append(self.lecture_text(step.body, here, rec, level=4))
            roles = [e.source for e in self.graph.incoming[rec.id] if e.relation == "works_in" and e.target_step == step.id]
            for key, linked in (("step_roles", roles), ("step_tools", step.tools), ("step_ethics", step.ethics)):
                if linked:
                    out.append(f"**{L.UI[key][lang]}:** " + ", ".join(self.link(here, i) for i in dict.fromkeys(linked)) + "\n\n")
            notes = [note for note, about in self.graph.notes.get(rec.id, []) if about == step.id]
            if notes:  # the notes about this step, further down the page (or on the other language's)
                links = ", ".join(f'<a href="{html.escape(self.note_href(here, n))}" hreflang="{n.data.lang}" lang="{n.data.lang}">'
                                  f'{html.escape(n.data.title)}</a>' for n in notes)
                out.append(f'<p><strong>{L.UI["notes"][lang]}:</strong> {links}</p>\n\n')
            out.append(self.add_note(f"{rec.id}#{step.id}", L.UI["note_add_step"][lang].format(step=t(step.name, lang))))
        return "".join(out)

    def cases(self, rec: Record) -> str:
        """Real cases: what the lecture said of each (if it named it), then the account
        from the references, marked as background."""
        lang = self.lang
        here = page_path(rec)
        out = [f"## {L.UI['cases'][lang]}\n\n"]
        for case in rec.data.cases:
            year = f" ({case.year})" if case.year else ""
            out.append(f"### {md_text(t(case.name, lang))}{year} {{ #{case.id} }}\n\n")
            if case.lecture:
                out.append(f'<p class="atlas-text__label">{L.UI["in_lecture"][lang]}</p>\n\n')
                out.append(self.lecture_text(case.lecture, here, rec, level=4))
            out.append(self.aside(t(case.body, lang), here, rec, case.references))
        return "".join(out)

    # --- index pages ------------------------------------------------------------

    def listing(self, here: str, records: list[Record]) -> str:
        return "".join(f"- {self.link(here, r.id)}: {md_text(t(r.data.summary, self.lang))}\n" for r in records) + "\n"

    def collection_index(self, type_: str) -> PageSpec:
        lang = self.lang
        here = f"{COLLECTION_DIRS[type_]}/index.md"
        title = L.COLLECTIONS[type_][lang]
        intro = L.COLLECTION_INTROS[type_][lang]
        parts = [self.front_matter(title, intro), f"# {title}\n\n{intro}\n\n"]
        records = self.of_type(type_)
        grouping = GROUPED_BY.get(type_)
        if grouping:
            key, values = grouping
            for group in values:
                members = [r for r in records if getattr(r.data, key) == group]
                if members:
                    parts.append(f"## {L.GROUPS[type_][group][lang]}\n\n" + self.listing(here, members))
        else:
            parts.append(self.listing(here, records))
        parts.append(self.questions(L.INDEX_QUESTIONS[type_][lang]))
        return PageSpec(here, title, "".join(parts))

    def guide_index(self, section: str) -> PageSpec:
        lang = self.lang
        here = f"{section}/index.md"
        title = L.GROUPS["guide"][section][lang]
        members = [r for r in self.of_type("guide") if r.data.section == section]
        intro = " · ".join(t(r.data.name, lang) for r in members)
        body = self.front_matter(title, intro) + f"# {title}\n\n" + self.listing(here, members) + self.questions(L.INDEX_QUESTIONS[section][lang])
        return PageSpec(here, title, body)

    def home(self) -> PageSpec:
        lang = self.lang
        here = "index.md"
        title = L.SITE_NAME[lang]
        # No title in the front matter: the theme then titles the home page with the site name alone.
        parts = [self.front_matter("", L.SITE_DESCRIPTION[lang]), f"# {md_text(title)}\n\n{L.UI['home_intro'][lang]}\n\n"]
        parts.append(start.home_block(self, here))  # readers: each reader's reading path, one click away
        cards = []
        for key, type_ in (("start_roles", "role"), ("start_stages", "stage"), ("start_ethics", "ethics")):
            index = f"{COLLECTION_DIRS[type_]}/index.md"
            cards.append(f"-   **[{L.UI[key][lang]}]({index})**\n\n    ---\n\n    {L.COLLECTION_INTROS[type_][lang]}\n")
        parts.append('<div class="grid cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n\n")
        if self.of_type("role"):
            parts.append(f"## [{L.MAPS['landscape'][lang]}](map/landscape.md)\n\n")
            parts.append(maps.landscape_svgs(self.ctx, here) + maps.landscape_text(self.ctx, here))
        for key, type_ in (("start_roles", "role"), ("start_stages", "stage"), ("start_ethics", "ethics")):
            index = f"{COLLECTION_DIRS[type_]}/index.md"
            parts.append(f"## [{L.COLLECTIONS[type_][lang]}]({index})\n\n")
            parts.append(self.listing(here, self.of_type(type_)))
        return PageSpec(here, title, "".join(parts))

    def map_pages(self) -> list[PageSpec]:
        lang = self.lang
        text = L.MAPS
        specs = []
        for key, draw in (
            ("landscape", lambda h: maps.landscape_svgs(self.ctx, h) + maps.landscape_text(self.ctx, h)),
            ("matrix", lambda h: maps.matrix_table(self.ctx, h)),
            ("pipeline", lambda h: maps.pipeline_svgs(self.ctx, h) + maps.pipeline_text(self.ctx, h)),
        ):
            here = f"{maps.MAP_DIR}/{key}.md"
            title = text[key][lang]
            intro = text[f"{key}_intro"][lang]
            body = self.front_matter(title, intro) + f"# {title}\n\n{intro}\n\n" + draw(here) + self.questions(text[f"{key}_questions"][lang])
            specs.append(PageSpec(here, title, body))
        return specs

    # --- the whole language -----------------------------------------------------

    def about(self) -> PageSpec:
        here, title, body = about.page(self.ctx, self.base_url, self.year)
        questions = self.questions(L.INDEX_QUESTIONS["about"][self.lang])
        return PageSpec(here, title, self.front_matter(title, L.UI["about_intro"][self.lang]) + body + questions)

    def sources_page(self) -> PageSpec:
        here, title, body = sources.page(self.ctx)
        return PageSpec(here, title, self.front_matter(title, L.UI["sources_intro"][self.lang]) + body)

    def ids_page(self) -> PageSpec:
        here, title, body = ids.page(self.ctx)
        return PageSpec(here, title, self.front_matter(title, L.UI["ids_intro"][self.lang]) + body)

    def pages(self) -> list[PageSpec]:
        specs = [self.home(), self.about(), self.ids_page()]
        if self.graph.sources:
            specs.append(self.sources_page())
        if self.of_type("role") and self.of_type("stage"):
            specs += self.map_pages()
        for type_ in COLLECTION_DIRS:
            if self.of_type(type_):
                specs.append(self.collection_index(type_))
        for section in GUIDE_DIRS:
            if any(r.data.section == section for r in self.of_type("guide")):
                specs.append(self.guide_index(section))
        specs += [self.entity_page(r) for r in self.graph.records.values()]
        specs += start.readers_pages(self)  # readers: start page, self-check, role comparisons
        titles = {s.path: s.title for s in specs}
        for spec in specs:
            spec.add_meta("atlas_jsonld", self.structured_data(spec, titles))
        return specs

    def structured_data(self, spec: PageSpec, titles: dict[str, str]) -> str:
        crumbs = [(L.UI["home"][self.lang], "")]
        parent = posixpath.join(posixpath.dirname(spec.path), "index.md")
        if parent != spec.path and parent in titles and parent != "index.md":
            crumbs.append((titles[parent], page_url(parent)))
        if spec.path != "index.md":
            crumbs.append((spec.title, page_url(spec.path)))
        objects = [seo.breadcrumbs(self.base_url, crumbs)]
        if spec.entity:
            rec = self.graph.records[spec.entity]
            described = seo.entity(self.graph, rec, self.lang, page_url(spec.path), self.base_url, "glossary/")
            if described:
                objects.append(described)
        return seo.script_json(objects)

    def nav(self, project: list[NavItem] = ()) -> list[NavItem]:  # type: ignore[assignment]
        """The navigation in a few groups: explore, guides, reference, and about (with
        the project's own pages, such as the architecture, last)."""
        lang = self.lang

        def section(type_: str) -> NavItem:
            d = COLLECTION_DIRS[type_]
            kids = [NavItem(self.name(r.id), page_path(r)) for r in self.of_type(type_)]
            return NavItem(L.COLLECTIONS[type_][lang], f"{d}/index.md", kids)

        def guides(section_: str) -> NavItem:
            kids = [NavItem(self.name(r.id), page_path(r)) for r in self.of_type("guide") if r.data.section == section_]
            return NavItem(L.GROUPS["guide"][section_][lang], f"{section_}/index.md", kids)

        explore: list[NavItem] = []
        if self.of_type("role") and self.of_type("stage"):
            kids = [NavItem(L.MAPS[k][lang], f"{maps.MAP_DIR}/{k}.md") for k in ("landscape", "matrix", "pipeline")]
            explore.append(NavItem(L.MAPS["map"][lang], None, kids))
        explore += [section(x) for x in ("role", "stage", "ethics") if self.of_type(x)]
        readers = start.readers_nav(self)  # readers: the start page first, then the self-check and comparisons
        first = [item for item in readers if item.path == start.START_PAGE]
        guide_items = [item for item in readers if item.path != start.START_PAGE]
        guide_items += [guides(s) for s in GUIDE_DIRS if any(r.data.section == s for r in self.of_type("guide"))]
        reference = [section(x) for x in ("skill", "tool", "term", "lecture") if self.of_type(x)]
        if self.graph.sources:
            reference.append(NavItem(L.UI["sources_title"][lang], SOURCES_PAGE))
        about_items = [NavItem(L.UI["about_title"][lang], about.ABOUT)]
        about_items.append(NavItem(L.UI["nav_project"][lang], None, [*project, NavItem(L.UI["ids_title"][lang], ids.IDS)]))
        groups = [(L.UI["nav_explore"][lang], explore), (L.UI["nav_guides"][lang], guide_items),
                  (L.UI["nav_reference"][lang], reference), (L.UI["nav_about"][lang], about_items)]
        # The start page stands right after Home: a section's first index page would become the section's own page.
        return [NavItem(L.UI["home"][lang], "index.md"), *first] + [NavItem(title, None, kids) for title, kids in groups if kids]


def meta_lines(meta: dict[str, object]) -> str:
    """Front matter lines by a YAML serializer: whatever a text holds (quotes, colons, line or
    paragraph separators), MkDocs reads back the same values (tests/test_render.py)."""
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=float("inf"))


def lectures_of(rec: Record) -> list[str]:
    """The lectures an entry's text comes from: a lecture page's own, else the entry's sources."""
    return [rec.id] if rec.type == "lecture" else [s.lecture for s in rec.data.sources]


def t_label(relation: str, direction: str, lang: str) -> str:
    return L.RELATION_LABELS[relation][direction][lang]


def all_pages(graph: Graph) -> dict[str, list[PageSpec]]:
    """Every generated page, per language."""
    return {lang: Renderer(graph, lang).pages() for lang in graph.languages}


"""The self-check page (data/self-check.yml): the lecture's "know yourself" questions.

Without JavaScript the page is a list: the questions grouped by the kind of path
they point to, each with its roles, and the lecture's words after each group. The
same list is a form: atlas.js shows its checkboxes and, as they are ticked, the
result blocks written here (every text escaped in Python; the script only shows
and hides them)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from ..core.guidance import Kind, Question, SelfCheckFile
from ..core.model import Passage
from .context import t
from .paths import html_href
from .start import SELF_CHECK_PATH, R, compare_path, guidance, pair_title

if TYPE_CHECKING:
    from .pages import PageSpec, Renderer


def page(r: Renderer) -> PageSpec | None:
    from .pages import PageSpec

    check = guidance(r.graph).self_check
    if check is None:
        return None
    lang = r.lang
    title = R["selfcheck_title"][lang]
    r.ctx.start_page()
    body = _Page(r, check).html()
    body += r.questions(getattr(check.page_questions, lang))
    return PageSpec(SELF_CHECK_PATH, title, r.front_matter(title, t(check.intro, lang)) + f"# {title}\n\n" + body,
                    guidance(r.graph).self_check_file)


class _Page:
    """The page's one raw HTML block."""

    here = SELF_CHECK_PATH

    def __init__(self, r: Renderer, check: SelfCheckFile) -> None:
        self.r, self.check, self.lang = r, check, r.lang

    def label(self, key: str) -> str:
        return html.escape(R[key][self.lang])

    def text(self, value: object) -> str:
        """Plain text escaped; a passage of the lecture rendered inline, with its anchors' markers."""
        if isinstance(value, Passage):
            return self.r.ctx.passage(value, self.here, None, inline=True)
        return html.escape(t(value, self.lang))

    def role_links(self, roles: list[str]) -> str:
        ctx = self.r.ctx
        return ", ".join(f'<a href="{html.escape(ctx.href(self.here, role))}">{html.escape(ctx.name(role))}</a>' for role in roles)

    def source(self) -> str:
        ctx, src = self.r.ctx, self.check.source
        lecture = self.r.graph.records[src.lecture].data
        part = f", {self.text(src.part)}" if src.part else ""
        return (f'<p class="atlas-selfcheck__source">{self.label("selfcheck_source")}: '
                f'<a href="{html.escape(ctx.href(self.here, src.lecture))}">{self.text(lecture.name)}</a>, '
                f"{self.text(lecture.speaker)} ({self.text(lecture.affiliation)}){part}</p>")

    def question(self, q: Question) -> str:
        shared = " data-shared" if self.check.is_shared(q) else ""
        box = (f'<input type="checkbox" class="atlas-selfcheck__box" name="q" value="{q.id}" '
               f'data-kinds="{html.escape(" ".join(q.kinds))}"{shared} data-selfcheck-js hidden>')
        roles = self.role_links(self.check.roles_of(q))
        return (f'<li class="atlas-selfcheck__question"><label>{box} {self.text(q.text)}</label> '
                f'<span class="atlas-selfcheck__points">{self.label("selfcheck_points")}: {roles}</span></li>')

    def group(self, ident: str, heading: str, questions: list[Question], words: str, roles: list[str]) -> str:
        items = "\n".join(self.question(q) for q in questions)
        return (f'<section class="atlas-selfcheck__group" aria-labelledby="group-{ident}">\n'
                f'<h2 id="group-{ident}">{heading}</h2>\n<ul class="atlas-selfcheck__questions">\n{items}\n</ul>\n'
                f'<p class="atlas-selfcheck__words"><span class="atlas-text__label">{self.label("selfcheck_words")}</span> {words}</p>\n'
                + (f'<p>{self.label("selfcheck_roles")}: {self.role_links(roles)}</p>\n' if roles else "")
                + "</section>")

    def outcome(self, kind: Kind) -> str:
        lean = html.escape(R["selfcheck_lean"][self.lang].format(kind=t(kind.name, self.lang)))
        return (f'<div class="atlas-selfcheck__outcome" data-outcome="{kind.id}" hidden>\n<p><strong>{lean}</strong></p>\n'
                f'<blockquote><p>{self.text(kind.verdict)}</p></blockquote>\n'
                f'<p>{self.label("selfcheck_read")}: {self.role_links(kind.roles)}</p>\n</div>')

    def tie(self) -> str:
        first, second = self.check.kinds[0].roles[0], self.check.kinds[1].roles[0]
        href = html_href(self.here, compare_path(first, second))
        name = pair_title(self.r.ctx, first, second)
        return (f'<div class="atlas-selfcheck__outcome" data-outcome="tie" hidden>\n<p><strong>{self.label("selfcheck_tie")}</strong> '
                f'<a href="{html.escape(href)}">{html.escape(name)}</a></p>\n</div>')

    def html(self) -> str:
        check = self.check
        out = [f'<p class="atlas-lead">{self.text(check.intro)}</p>', self.source(),
               f'<p class="atlas-selfcheck__note">{self.label("selfcheck_roles_note")}</p>',
               '<form class="atlas-selfcheck" data-atlas-selfcheck>',
               f'<p class="atlas-selfcheck__how" data-selfcheck-js hidden>{self.label("selfcheck_how")}</p>']
        shared = [q for q in check.questions if check.is_shared(q)]
        for kind in check.kinds:
            own = [q for q in check.questions if kind.id in q.kinds and not check.is_shared(q)]
            out.append(self.group(kind.id, self.text(kind.heading), own, self.text(kind.verdict), kind.roles))
        if shared:
            out.append(self.group("shared", self.label("selfcheck_shared"), shared, self.text(check.shared), []))
        out.append(f'<p class="atlas-selfcheck__actions" data-selfcheck-js hidden><button type="submit" class="md-button md-button--primary">{self.label("selfcheck_button")}</button></p>')
        outcomes = [f'<div class="atlas-selfcheck__outcome" data-outcome="none"><p>{self.label("selfcheck_none")}</p></div>', self.tie()]
        outcomes += [self.outcome(k) for k in check.kinds]
        outcomes.append(f'<div class="atlas-selfcheck__outcome" data-outcome="shared" hidden>\n'
                        f'<p>{self.label("selfcheck_shared_result")}</p>\n<blockquote><p>{self.text(check.shared)}</p></blockquote>\n</div>')
        out.append(f'<section class="atlas-selfcheck__result" aria-labelledby="selfcheck-result" aria-live="polite" data-selfcheck-js hidden tabindex="-1">\n'
                   f'<h2 id="selfcheck-result">{self.label("selfcheck_result")}</h2>\n' + "\n".join(outcomes) + "\n" + self.source() + "\n</section>")
        out.append("</form>")
        return "\n".join(out) + "\n\n"

"""The self-check page (data/self-check.yml): the lecture's "know yourself" questions.

Without JavaScript the page is a list: the questions grouped by the kind of path they point to,
each with its roles, and the lecture's words after each group. The same list is a form: atlas.js
shows its checkboxes and, as they are ticked, exactly one of the result blocks written here (every
text escaped in Python; the script only shows, hides and lists the ticked questions, each under the
side it points to): nothing yet, one kind, both kinds equally, or only the shared question. The
question every kind shares counts for each, so it never tips the answer; ticked alone, the result
says so; ticking it adds the talk's words on it. The ticked questions are kept in the address
(``?answers=``), so a result can be shared; opening such an address shows the result."""

from __future__ import annotations

import html

from ..core.guidance import Kind, Question, SelfCheckFile
from ..core.model import Passage
from ..core.record import Record
from .blocks import questions as questions_block
from .context import Context, t
from .page import PageSpec
from .paths import html_href, page_path
from .readers import SELF_CHECK_PATH, R, compare_path, pair_title


def page(ctx: Context) -> PageSpec | None:
    found = ctx.graph.guidance
    check = found.self_check
    if check is None:
        return None
    lang = ctx.lang
    title = R["selfcheck_title"][lang]
    body = f"# {title}\n\n" + _Page(ctx, check).html() + questions_block(ctx, getattr(check.page_questions, lang))
    return PageSpec(SELF_CHECK_PATH, title, body, description=t(check.intro, lang), source_file=found.self_check_file,
                    questions=list(getattr(check.page_questions, lang)))


def role_questions(ctx: Context, rec: Record) -> str:
    """A role page's "is it for me?": the questions the talk said point to the role's side."""
    check = ctx.graph.guidance.self_check
    if check is None:
        return ""
    here, lang, out = page_path(rec), ctx.lang, []
    for kind in check.kinds:
        if rec.id not in kind.roles:
            continue
        asked = [q.text for q in check.questions if kind.id in q.kinds]
        intro = html.escape(R["selfcheck_role_intro"][lang].format(kind=t(kind.name, lang)))
        out.append(f"<p>{intro}</p>\n\n" + ctx.point_list(asked, here, rec.id, [check.source.lecture]))
        out.append(f'<p><a href="{html.escape(html_href(here, SELF_CHECK_PATH))}">{html.escape(R["selfcheck_take"][lang])}</a></p>\n\n')
    return "".join(out)


class _Page:
    """The page's one raw HTML block."""

    here = SELF_CHECK_PATH

    def __init__(self, ctx: Context, check: SelfCheckFile) -> None:
        self.ctx, self.check, self.lang = ctx, check, ctx.lang

    def label(self, key: str) -> str:
        return html.escape(R[key][self.lang])

    def text(self, value: object) -> str:
        """Plain text escaped; a passage of the lecture rendered inline, with its anchors' markers."""
        if isinstance(value, Passage):
            return self.ctx.passage(value, self.here, None, inline=True)
        return html.escape(t(value, self.lang))

    def role_links(self, roles: list[str]) -> str:
        ctx = self.ctx
        return ", ".join(f'<a href="{html.escape(ctx.href(self.here, role))}">{html.escape(ctx.name(role))}</a>' for role in roles)

    def source(self) -> str:
        ctx, src = self.ctx, self.check.source
        lecture = ctx.graph.records[src.lecture].data
        part = f", {self.text(src.part)}" if src.part else ""
        return (f'<p class="atlas-selfcheck__source">{self.label("selfcheck_source")}: '
                f'<a href="{html.escape(ctx.href(self.here, src.lecture))}">{self.text(lecture.name)}</a>, '
                f"{self.text(lecture.speaker)} ({self.text(lecture.affiliation)}){part}</p>")

    def question(self, q: Question) -> str:
        shared = " data-shared" if self.check.is_shared(q) else ""
        box = (f'<input type="checkbox" class="atlas-selfcheck__box" name="q" value="{q.id}" '
               f'data-kinds="{html.escape(" ".join(q.kinds))}"{shared} data-selfcheck-js hidden>')
        roles = self.role_links(self.check.roles_of(q))
        return (f'<li class="atlas-selfcheck__question" data-question="{q.id}"><label>{box} '
                f'<span class="atlas-selfcheck__text">{self.text(q.text)}</span></label> '
                f'<span class="atlas-selfcheck__points">{self.label("selfcheck_points")}: {roles}</span></li>')

    def group(self, ident: str, heading: str, questions: list[Question], words: str, roles: list[str]) -> str:
        items = "\n".join(self.question(q) for q in questions)
        return (f'<section class="atlas-selfcheck__group" aria-labelledby="group-{ident}">\n'
                f'<h2 id="group-{ident}">{heading}</h2>\n<ul class="atlas-selfcheck__questions">\n{items}\n</ul>\n'
                f'<p class="atlas-selfcheck__words"><span class="atlas-text__label">{self.label("selfcheck_words")}</span> {words}</p>\n'
                + (f'<p>{self.label("selfcheck_roles")}: {self.role_links(roles)}</p>\n' if roles else "")
                + "</section>")

    def why(self) -> str:
        """Filled by the script with the ticked questions behind the answer."""
        return f'<p>{self.label("selfcheck_why")}</p>\n<ul data-selfcheck-why></ul>\n'

    def outcome(self, kind: Kind) -> str:
        answer = html.escape(R["selfcheck_answer"][self.lang].format(kind=t(kind.name, self.lang)))
        return (f'<div class="atlas-selfcheck__outcome" data-outcome="{kind.id}" hidden>\n<p class="atlas-selfcheck__answer">'
                f"<strong>{answer}</strong></p>\n{self.why()}"
                f'<blockquote><p>{self.text(kind.verdict)}</p></blockquote>\n'
                f'<p>{self.label("selfcheck_read")}: {self.role_links(kind.roles)}</p>\n</div>')

    def tie(self) -> str:
        first, second = self.check.kinds[0].roles[0], self.check.kinds[1].roles[0]
        href = html_href(self.here, compare_path(first, second))
        name = pair_title(self.ctx, first, second)
        return (f'<div class="atlas-selfcheck__outcome" data-outcome="tie" hidden>\n<p class="atlas-selfcheck__answer">'
                f'<strong>{self.label("selfcheck_tie")}</strong></p>\n{self.why()}'
                f'<p>{self.label("selfcheck_tie_read")} <a href="{html.escape(href)}">{html.escape(name)}</a></p>\n</div>')

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
        if shared:  # only the shared question ticked: it points both ways, so it says nothing yet
            outcomes.append(f'<div class="atlas-selfcheck__outcome" data-outcome="shared" hidden><p class="atlas-selfcheck__answer">'
                            f'<strong>{self.label("selfcheck_shared_only")}</strong></p></div>')
        outcomes += [self.outcome(k) for k in check.kinds]
        # The talk's words on the shared question, after the answer: "you also ticked" when other
        # ticks made the answer, a plain lead-in when it was the only one.
        shared_note = (f'<div class="atlas-selfcheck__shared" data-selfcheck-shared hidden>\n'
                       f'<p data-selfcheck-lead="also">{self.label("selfcheck_shared_result")}</p>\n'
                       f'<p data-selfcheck-lead="alone" hidden>{self.label("selfcheck_shared_words")}</p>\n'
                       f"<blockquote><p>{self.text(check.shared)}</p></blockquote>\n</div>") if shared else ""
        share = (f'<p class="atlas-selfcheck__share" data-selfcheck-share hidden>{self.label("selfcheck_share")} '
                 f'<a href="" data-selfcheck-link>{self.label("selfcheck_share_link")}</a></p>')
        out.append(f'<section class="atlas-selfcheck__result" aria-labelledby="selfcheck-result" aria-live="polite" data-selfcheck-js hidden tabindex="-1">\n'
                   f'<h2 id="selfcheck-result">{self.label("selfcheck_result")}</h2>\n' + "\n".join(outcomes) + "\n"
                   + shared_note + "\n" + share + "\n" + self.source() + "\n</section>")
        out.append("</form>")
        return "\n".join(out) + "\n\n"

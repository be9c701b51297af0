"""The two top-level files that guide readers: ``data/start.yml`` (reading paths)
and ``data/self-check.yml`` (the lecture's "know yourself" questions).

They are not entries: the loader skips them, and :func:`load_guidance` reads and
validates them against the entries, so an unknown id is a ``file:line`` problem
like any other data error. The graph holds the result (``Graph.guidance``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, StringConstraints, field_validator

from .budget import costliest, too_much_together, work
from .errors import Problem
from .model import Id, Passage, Questions, Source, Strict, Text
from .passages import note_problems, passages
from .record import Record
from .validate import before_rendering, text_problems, validate
from .yamlfile import YamlDoc, dotted, read_yaml

START_FILE = "start.yml"
SELF_CHECK_FILE = "self-check.yml"

SELF_CHECK_PAGE = "self-check"
COMPARE_PREFIX = "compare/"
COMPARE_INDEX = "compare"
MAP_PREFIX = "map/"
MAPS = ("landscape", "matrix", "pipeline")
"""The map pages a path may name: map/landscape, map/matrix, map/pipeline."""

PageRef = Annotated[str, StringConstraints(pattern=r"^(?:compare/|map/)?[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$", max_length=130)]


class PathStep(Strict):
    """One page of a reading path and why to read it."""

    page: PageRef = Field(description="An entry id, self-check, compare (the comparison picker), compare/<role>--<role> "
                                      "(ids sorted) or map/landscape, map/matrix, map/pipeline.")
    title: Text | None = Field(default=None, description="The step's title; the page's own title when absent.")
    why: Text = Field(description="One line: why read this page now.")


class ReadingPath(Strict):
    """One reader's question and the pages that answer it, in order."""

    id: Id
    title: Text
    question: Text = Field(description="The reader's question, in the reader's words.")
    steps: list[PathStep] = Field(min_length=1)


class StartFile(Strict):
    """``data/start.yml``."""

    paths: list[ReadingPath] = Field(min_length=1)
    page_questions: Questions = Field(default_factory=Questions, description="What a reader asks that the start page answers, as an entry's questions.")


class Kind(Strict):
    """A kind of answer the lecture gives (researcher, engineer) and the atlas roles on that side."""

    id: Id
    name: Text
    heading: Text = Field(description="The heading of this kind's questions.")
    verdict: Passage = Field(description="What the lecture concludes for this kind, paraphrased, with its anchors.")
    roles: list[Id] = Field(min_length=1, description="Roles of the atlas on this side.")

    @field_validator("id")
    @classmethod
    def _not_an_outcome(cls, value: str) -> str:
        if value in OUTCOMES:
            raise ValueError(f"{value!r} names one of the page's own results ({', '.join(sorted(OUTCOMES))}): a kind named so would "
                             "show that result and its own at once; name the kind otherwise")
        return value


OUTCOMES = {"none", "tie", "shared"}
"""The self-check's results that are no kind (nothing ticked, a tie, only the shared questions):
the page's script tells them from the kinds by name."""


class Question(Strict):
    """One question of the self-check; a question of several kinds counts for each."""

    id: Id
    text: Passage = Field(description="The question, as the lecture asked it (paraphrased), with its anchors.")
    kinds: list[Id] = Field(min_length=1)


class SelfCheckFile(Strict):
    """``data/self-check.yml``."""

    source: Source
    intro: Passage = Field(description="What the talk offered: the lead of the page, with its anchors.")
    shared: Passage = Field(description="What the lecture stresses about the questions every kind shares, with its anchors.")
    kinds: list[Kind] = Field(min_length=2)
    questions: list[Question] = Field(min_length=1)
    page_questions: Questions = Field(default_factory=Questions, description="What a reader asks that the self-check answers, as an entry's questions.")

    def kind(self, ident: str) -> Kind:
        return next(k for k in self.kinds if k.id == ident)

    def roles_of(self, question: Question) -> list[str]:
        """The roles a question points to, through its kinds."""
        return list(dict.fromkeys(r for k in question.kinds for r in self.kind(k).roles))

    def is_shared(self, question: Question) -> bool:
        return len(set(question.kinds)) == len(self.kinds)


@dataclass
class Guidance:
    """What the two files say; either may be absent."""

    start: StartFile | None = None
    start_file: str | None = None
    self_check: SelfCheckFile | None = None
    self_check_file: str | None = None
    self_check_doc: YamlDoc | None = None
    problems: list[Problem] = field(default_factory=list)
    spent: int = 0
    """The Markdown work of the data's texts and of these files' texts so far (budget.work)."""

    def records(self) -> list[Record]:
        """The files whose texts report a lecture, as records (for the quote test)."""
        if self.self_check is None or self.self_check_doc is None:
            return []
        return [Record(SELF_CHECK_PAGE, "guidance", self.self_check, self.self_check_doc.file, self.self_check_doc)]


def load_guidance(data_dir: Path, records: dict[str, Record], sources: dict[str, Record], languages: tuple[str, ...],
                  known: tuple[str, ...] = (), spent: int = 0) -> Guidance:
    """Read both files and check the ids they name against ``records`` (the entries by id) and
    ``sources`` (the notes of the talks, which anchors cite); problems are collected, never raised.
    Their texts share the budget of the data's, of which ``spent`` is used (budget.TOTAL_WORK)."""
    out = Guidance(spent=spent)
    shown = Path(data_dir.name)
    context = {"languages": languages, "known": known}
    check, check_doc = _read(data_dir / SELF_CHECK_FILE, (shown / SELF_CHECK_FILE).as_posix(), SelfCheckFile, context, out)
    if check is not None and check_doc is not None:
        out.problems += _check_self_check(check, check_doc, records, sources)
        out.self_check, out.self_check_file, out.self_check_doc = check, check_doc.file, check_doc
    start, start_doc = _read(data_dir / START_FILE, (shown / START_FILE).as_posix(), StartFile, context, out)
    if start is not None and start_doc is not None:
        has_check = (data_dir / SELF_CHECK_FILE).is_file()
        out.problems += _check_start(start, start_doc, records, has_check)
        out.start, out.start_file = start, start_doc.file
    return out


def _read(path: Path, display: str, model: type[Any], context: dict[str, Any], out: Guidance) -> tuple[Any, YamlDoc | None]:
    if not path.exists():
        return None, None
    required = [name for name, field in model.model_fields.items() if field.is_required()]
    doc, found = read_yaml(path, display, f"is empty; expected {', '.join(f'{k}:' for k in required)} or no file at all")
    if doc is None:
        out.problems += found
        return None, None
    validated, found = validate(doc, model, context)
    if validated is None:
        out.problems += found
        return None, None
    texts = [((*key, lang), text) for key, passage in passages(validated) for lang, text in (passage.__pydantic_extra__ or {}).items()]
    # Counted before any is rendered, after the data's texts: past TOTAL_WORK, none is rendered.
    costs = [(work(text), key) for key, text in texts if before_rendering(text, "point") is None]
    before, out.spent = out.spent, out.spent + sum(cost for cost, _ in costs)
    if over := costliest(costs, before):
        out.problems += [Problem(doc.file, doc.line_of(key), dotted(key), too_much_together(cost, out.spent)) for cost, key in over]
        return None, None
    found = [Problem(doc.file, doc.line_of(key), dotted(key), message) for key, text in texts for _, message in text_problems(text, "point")]
    if found:
        out.problems += found
        return None, None
    return validated, doc


def _duplicates(doc: YamlDoc, items: list[Any], key: str) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for i, item in enumerate(items):
        if item.id in seen:
            problems.append(Problem(doc.file, doc.line_of((key, i, "id")), f"{key}[{i}].id", f"{item.id!r} is used twice; ids must be unique in this file"))
        seen.add(item.id)
    return problems


def _ids(records: dict[str, Record], type_: str) -> list[str]:
    return sorted(r.id for r in records.values() if r.type == type_)


def _role_problem(doc: YamlDoc, path: tuple[str | int, ...], ident: str, records: dict[str, Record]) -> Problem | None:
    rec = records.get(ident)
    if rec is not None and rec.type == "role":
        return None
    return Problem(doc.file, doc.line_of(path), dotted(path), f"{ident!r} is not a known role; expected one of: {', '.join(_ids(records, 'role'))}")


def _check_self_check(check: SelfCheckFile, doc: YamlDoc, records: dict[str, Record], sources: dict[str, Record]) -> list[Problem]:
    problems = _duplicates(doc, check.kinds, "kinds") + _duplicates(doc, check.questions, "questions")
    lecture = records.get(check.source.lecture)
    if lecture is None or lecture.type != "lecture":
        problems.append(Problem(doc.file, doc.line_of(("source", "lecture")), "source.lecture",
                                f"{check.source.lecture!r} is not a known lecture; expected one of: {', '.join(_ids(records, 'lecture'))}"))
    problems += note_problems(Record(SELF_CHECK_PAGE, "guidance", check, doc.file, doc), {check.source.lecture}, sources, {})
    for i, kind in enumerate(check.kinds):
        for j, role in enumerate(kind.roles):
            problem = _role_problem(doc, ("kinds", i, "roles", j), role, records)
            if problem:
                problems.append(problem)
    kinds = [k.id for k in check.kinds]
    for i, question in enumerate(check.questions):
        for j, kind_id in enumerate(question.kinds):
            if kind_id not in kinds:
                path: tuple[str | int, ...] = ("questions", i, "kinds", j)
                problems.append(Problem(doc.file, doc.line_of(path), dotted(path), f"{kind_id!r} is not a kind of this file; expected one of: {', '.join(kinds)}"))
    return problems


def _check_start(start: StartFile, doc: YamlDoc, records: dict[str, Record], has_check: bool) -> list[Problem]:
    problems = _duplicates(doc, start.paths, "paths")
    for i, path in enumerate(start.paths):
        for j, step in enumerate(path.steps):
            where: tuple[str | int, ...] = ("paths", i, "steps", j, "page")
            message = _page_problem(step.page, records, has_check)
            if message:
                problems.append(Problem(doc.file, doc.line_of(where), dotted(where), message))
    return problems


def _page_problem(page: str, records: dict[str, Record], has_check: bool) -> str | None:
    if page == SELF_CHECK_PAGE:
        return None if has_check else f"the self-check page needs data/{SELF_CHECK_FILE}, which does not exist"
    if page == COMPARE_INDEX:
        return None if len(_ids(records, "role")) > 1 else "the comparison pages need at least two roles"
    if page.startswith(MAP_PREFIX):
        name = page[len(MAP_PREFIX):]
        if name not in MAPS:
            return f"{page!r} is not a map; expected one of: {', '.join(MAP_PREFIX + m for m in MAPS)}"
        return None if _ids(records, "role") and _ids(records, "stage") else "the maps need at least one role and one stage"
    if page.startswith(COMPARE_PREFIX):
        a, _, b = page[len(COMPARE_PREFIX):].partition("--")
        unknown = [x for x in (a, b) if x not in _ids(records, "role")]
        if unknown:
            return f"{unknown[0]!r} is not a known role; expected compare/<role>--<role> with roles among: {', '.join(_ids(records, 'role'))}"
        if a == b:
            return "compares a role with itself; name two different roles"
        if a > b:
            return f"write the role ids in sorted order: compare/{b}--{a}"
        return None
    if page in records:
        return None
    sample = ", ".join(sorted(records)[:8])
    return (f"{page!r} is not a known page; expected an entry id (such as {sample}, ...), "
            f"{SELF_CHECK_PAGE}, {COMPARE_INDEX}, compare/<role>--<role>, or {', '.join(MAP_PREFIX + m for m in MAPS)}")


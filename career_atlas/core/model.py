"""The one data model of the atlas.

Every YAML file in ``data/`` is validated by one of these pydantic models. The
JSON Schema in ``schema/atlas.schema.json`` is generated from them, and the
plugin, the check command and the tests all use the same classes.

Each entity type lives in its own folder of ``data/``; the file name (without
``.yml``) is the entity's id, so no file repeats its id inside.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, model_validator

DEFAULT_LANGUAGES: tuple[str, ...] = ("ko", "en")
"""The site's languages when mkdocs.yml does not say (``plugins: - atlas: languages:``).
The first is the default language."""

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
REF_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$"

# The render layer writes these paths in every section (its own page, the comparison
# page), so no entry may take them as its id.
RESERVED_IDS = frozenset({"index", "compare"})

# Text in data files is written by strangers. Plain texts (names, titles,
# summaries) are escaped wherever they are shown; Markdown texts are rendered and
# sanitized by core/markup.py, which also reports, line by line, what would not
# survive (the loader runs it on every Markdown text: see markdown_texts()).

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional embeddings,
# overrides and isolates that can make text read differently from how it is stored.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def check_characters(text: str) -> str:
    """Reject invisible control characters: they hide or reorder what a reader sees."""
    if m := _CONTROL.search(text):
        raise ValueError(f"contains the control character U+{ord(m.group()):04X}; remove it")
    return text


NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(check_characters)]
Markdown = NonEmpty  # a text rendered as Markdown; see markdown_texts()
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Ref = Annotated[str, StringConstraints(pattern=REF_PATTERN)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s<>\"']+$")]


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, so a typo never passes."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(Strict):
    """Texts keyed by language code. The site's languages are configuration
    (mkdocs.yml), passed to validation as ``context={"languages": (...)}``: every
    one must be present (unless the texts are optional). Other keys must be
    languages the site knows (``context["known"]``: those with labels)."""

    model_config = ConfigDict(extra="allow", frozen=True)
    OPTIONAL: ClassVar[bool] = False

    @model_validator(mode="after")
    def _languages(self, info: ValidationInfo) -> Localized:
        context = info.context or {}
        languages = tuple(context.get("languages", DEFAULT_LANGUAGES))
        known = set(languages) | set(context.get("known", ()))  # a site may build some of the data's languages
        given = tuple(self.__pydantic_extra__ or {})
        unknown = [key for key in given if key not in known]
        if unknown:
            raise ValueError(f"{', '.join(unknown)}: not a language of this site; expected {_keys(languages)}")
        missing = [lang for lang in languages if lang not in given]
        if missing and not self.OPTIONAL:
            raise ValueError(f"the {' and '.join(missing)} text is missing; every text needs {_keys(languages)}")
        return self

    def get(self, lang: str) -> Any:
        return (self.__pydantic_extra__ or {}).get(lang)


def _keys(languages: tuple[str, ...]) -> str:
    return " and ".join(f"{lang}:" for lang in languages)


class Text(Localized):
    """A short plain text (a name, a title) in every language."""

    __pydantic_extra__: dict[str, NonEmpty] = Field(init=False)  # type: ignore[assignment]


class Prose(Localized):
    """Markdown in every language."""

    __pydantic_extra__: dict[str, Markdown] = Field(init=False)  # type: ignore[assignment]


class Aliases(Localized):
    """Other names a reader may search for: the lecture's nicknames and industry titles
    (a language may have none)."""

    OPTIONAL: ClassVar[bool] = True
    __pydantic_extra__: dict[str, list[NonEmpty]] = Field(init=False)  # type: ignore[assignment]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            return super().__getattr__(name)  # type: ignore[misc]
        return (self.__pydantic_extra__ or {}).get(name, [])


class Questions(Aliases):
    """Questions a reader may ask that the entry answers, in the reader's words (a
    language may have none). Shown under the entry and weighed by search: a question
    typed into the search box finds the page that answers it."""


class Points(Localized):
    """A list of short Markdown points in every language (the lists may differ in length)."""

    __pydantic_extra__: dict[str, Annotated[list[Markdown], Field(min_length=1)]] = Field(init=False)  # type: ignore[assignment]


class Source(Strict):
    """Where an entry comes from: a lecture id, and optionally the part of it."""

    lecture: Id
    part: Text | None = None


class Reference(Strict):
    """An external work the lecture cites (a paper, a course, a report)."""

    title: NonEmpty
    url: Url | None = None
    year: int | None = Field(default=None, ge=1900, le=2100)
    authors: NonEmpty | None = None
    note: Text | None = None


class Background(Strict):
    """Context the atlas adds beyond the lectures. It is never in a speaker's voice,
    is shown apart from the lecture text, and always cites a reference."""

    title: Text | None = None
    text: Prose
    references: list[Reference] = Field(min_length=1)


class Entity(Strict):
    """What every entry has: names, a summary, the body (what the lectures said),
    its sources, and any background the atlas adds."""

    TYPE: ClassVar[str] = ""
    FOLDER: ClassVar[str] = ""

    name: Text
    aliases: Aliases = Field(default_factory=Aliases)
    questions: Questions = Field(default_factory=Questions)
    summary: Text
    body: Prose
    sources: list[Source] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    background: list[Background] = Field(default_factory=list)

    @model_validator(mode="after")
    def _sourced(self) -> Entity:
        """An entry from the lectures cites them; one beyond them explains itself in background."""
        if not self.sources and not self.background:
            raise ValueError("sources: list the lecture this comes from, or, for an entry beyond the lectures, "
                             "add background: with at least one reference")
        return self


# --- the three kinds of the foundation -----------------------------------------

Area = Literal["business", "data-engineering", "aiops", "ai-engineering", "ai-research"]
AREAS: tuple[str, ...] = Area.__args__  # type: ignore[attr-defined]


class Role(Entity):
    """A role in an AI team."""

    TYPE: ClassVar[str] = "role"
    FOLDER: ClassVar[str] = "roles"

    areas: list[Area] = Field(
        min_length=1, description="The areas of the role landscape the role spans, left to right."
    )
    responsibilities: Points
    stages: list[Ref] = Field(
        default_factory=list, description="Stages (or stage#step) the role works in."
    )
    related_roles: list[Id] = Field(default_factory=list)
    skills: list[Id] = Field(default_factory=list, description="Skills, in the order to learn them.")
    tools: list[Id] = Field(default_factory=list)
    day: Prose | None = Field(default=None, description="A day in the role, as a lecture described it.")
    how_to_get_in: Prose | None = Field(
        default=None, description="How to get into this role, where a lecture says so for this role in particular."
    )
    fit: Prose | None = Field(default=None, description="Is it for me? What a lecture says about who the role suits.")


class Step(Strict):
    """An ordered sub-step of a stage."""

    id: Id
    name: Text
    summary: Text
    body: Prose | None = None
    tools: list[Id] = Field(default_factory=list)
    ethics: list[Id] = Field(default_factory=list)


class Stage(Entity):
    """A stage of building an ML product."""

    TYPE: ClassVar[str] = "stage"
    FOLDER: ClassVar[str] = "stages"

    order: int = Field(ge=1)
    steps: list[Step] = Field(min_length=1)
    pitfalls: Points | None = None
    evaluation: Prose | None = None
    ethics: list[Id] = Field(default_factory=list)


class Case(Strict):
    """A real case that shows an ethics topic: what the lecture said of it (if it
    named it), and the account of it from the references (background)."""

    id: Id
    name: Text
    lecture: Prose | None = Field(default=None, description="What the lecture said about the case, if anything.")
    body: Prose = Field(description="The account of the case from its references (shown as background).")
    year: int | None = Field(default=None, ge=1900, le=2100)
    references: list[Reference] = Field(min_length=1)


EthicsGroup = Literal["individual", "society", "humanity"]
ETHICS_GROUPS: tuple[str, ...] = EthicsGroup.__args__  # type: ignore[attr-defined]


class Ethics(Entity):
    """An AI ethics topic."""

    TYPE: ClassVar[str] = "ethics"
    FOLDER: ClassVar[str] = "ethics"

    group: EthicsGroup
    cases: list[Case] = Field(default_factory=list)
    roles: list[Id] = Field(default_factory=list, description="Roles that must watch for it.")


# --- the rest of the map ------------------------------------------------------


class Lecture(Strict):
    """A lecture of the series; every entry names the lectures it comes from."""

    TYPE: ClassVar[str] = "lecture"
    FOLDER: ClassVar[str] = "lectures"

    name: Text
    aliases: Aliases = Field(default_factory=Aliases)
    questions: Questions = Field(default_factory=Questions)
    speaker: Text
    affiliation: Text
    summary: Text
    body: Prose
    order: int = Field(ge=1)
    given: Annotated[str, StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")] = Field(
        description="When the talk was given, as YYYY-MM (for citations and the date notice)."
    )
    references: list[Reference] = Field(default_factory=list)
    background: list[Background] = Field(default_factory=list)


SkillKind = Literal["technical", "soft"]


class Skill(Entity):
    """A skill people hire for."""

    TYPE: ClassVar[str] = "skill"
    FOLDER: ClassVar[str] = "skills"

    kind: SkillKind


ToolStack = Literal["frontend", "backend", "ml", "database", "ops", "serving", "data"]


class Tool(Entity):
    """A tool or framework named in the lectures."""

    TYPE: ClassVar[str] = "tool"
    FOLDER: ClassVar[str] = "tools"

    stack: ToolStack
    url: Url | None = None


class Term(Entity):
    """A glossary term; the summary is its definition."""

    TYPE: ClassVar[str] = "term"
    FOLDER: ClassVar[str] = "glossary"

    related: list[Ref] = Field(default_factory=list)


GuideSection = Literal["career", "practice", "full-stack", "service-models", "language-models"]
"""The guide sections, which are also the folders of their pages."""


class Guide(Entity):
    """A page of advice or explanation: starting a career, the FAQ, the roadmap..."""

    TYPE: ClassVar[str] = "guide"
    FOLDER: ClassVar[str] = "guides"

    section: GuideSection
    order: int = Field(ge=1)
    related: list[Ref] = Field(default_factory=list)


class Note(Strict):
    """A contributor's note: a Markdown file in data/notes/ whose front matter says
    who wrote it, when, in which language, and which entries it is about."""

    TYPE: ClassVar[str] = "note"
    FOLDER: ClassVar[str] = "notes"

    title: NonEmpty
    author: NonEmpty
    date: datetime.date
    lang: Literal["ko", "en"]
    about: list[Ref] = Field(min_length=1, description="Ids (or stage#step) of the entries the note is about.")
    author_url: Url | None = None
    body: Markdown = Field(description="The Markdown after the front matter (filled in by the loader).")


SKILL_KINDS: tuple[str, ...] = SkillKind.__args__  # type: ignore[attr-defined]
TOOL_STACKS: tuple[str, ...] = ToolStack.__args__  # type: ignore[attr-defined]
GUIDE_SECTIONS: tuple[str, ...] = GuideSection.__args__  # type: ignore[attr-defined]

CHOICES: dict[str, tuple[str, ...]] = {"role": AREAS, "ethics": ETHICS_GROUPS, "skill": SKILL_KINDS, "tool": TOOL_STACKS, "guide": GUIDE_SECTIONS}
"""Each kind's fixed set of values (areas, groups, stacks, sections): every one needs a label in every language."""

GROUPED_BY: dict[str, tuple[str, tuple[str, ...]]] = {"ethics": ("group", ETHICS_GROUPS), "skill": ("kind", SKILL_KINDS), "tool": ("stack", TOOL_STACKS)}
"""Collections whose index page is grouped: the key and its values, in order."""

MODELS: tuple[type[Strict], ...] = (Role, Stage, Ethics, Lecture, Skill, Tool, Term, Guide)
"""Every entity model, in the order collections appear on the site."""

MODEL_BY_FOLDER: dict[str, type[Strict]] = {m.FOLDER: m for m in (*MODELS, Note)}  # type: ignore[attr-defined,misc]


MARKDOWN_KEYS = frozenset({"body", "text", "evaluation", "lecture", "responsibilities", "pitfalls"})
"""Keys whose texts are Markdown (``lecture`` only as a text, not as a source's lecture id)."""


def markdown_texts(data: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every Markdown text in an entry's raw data, with its key path; plain texts are not Markdown."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in MARKDOWN_KEYS and not (key == "lecture" and isinstance(value, str)):
                yield from _texts(value, (*path, key))
            else:
                yield from markdown_texts(value, (*path, key))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from markdown_texts(item, (*path, i))


def _texts(value: object, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts(item, (*path, i))

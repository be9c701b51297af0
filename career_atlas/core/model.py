"""The one data model of the atlas.

Every YAML file in ``data/`` is validated by one of these pydantic models. The
JSON Schemas editors use are generated from them (core/schema.py), and the
plugin, the check command and the tests all use the same classes.

Each entity type lives in its own folder of ``data/``; the file name (without
``.yml``) is the entity's id, so no file repeats its id inside.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

from .sanitize import deceptive_host
from .yamlfile import first_invisible, invisible_message

DEFAULT_LANGUAGES: tuple[str, ...] = ("ko", "en")
"""The site's languages when mkdocs.yml does not say (``plugins: - atlas: languages:``).
The first is the default language."""

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
REF_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$"

# The render layer writes these paths in every section (its own page, the comparison
# page), so no entry may take them as its id.
RESERVED_IDS = frozenset({"index", "compare", "sources"})

# Text in data files is written by strangers. Plain texts (names, titles,
# summaries) are escaped wherever they are shown; Markdown texts are rendered and
# sanitized by core/sanitize.py, and core/textcheck.py reports, line by line, what would not
# survive (the loader runs it on every Markdown text: see markdown_texts()).

def check_characters(text: str) -> str:
    """Reject invisible characters (also when written as a YAML escape such as ``\\u200b``):
    they hide or reorder what a reader sees, or break lines where none shows."""
    if (ch := first_invisible(text)) is not None:
        raise ValueError(invisible_message(ch))
    return text


def check_host(url: str) -> str:
    """Reject an address that shows a reader one site and opens another."""
    if why := deceptive_host(url):
        raise ValueError(f"this address is not allowed: {why}")
    return url


# Sizes: every text and list is bounded, so no input can make a build slow, a page huge or a path
# longer than file systems allow (a comparison page's path holds two ids).
ID_MAX = 60
MAX_PLAIN = 1_000
MAX_NAME = 150
MAX_ALIAS, MAX_ALIASES = 100, 40
MAX_QUESTION, MAX_QUESTIONS = 300, 20
MAX_TEXT: dict[str, int] = {"point": 1_000, "passage": 5_000, "free": 20_000}
"""The longest Markdown text of each kind (markdown_texts), checked before it is rendered."""


def is_id(text: str) -> bool:
    """Whether ``text`` is a valid id, all of it (a trailing newline is not allowed)."""
    return len(text) <= ID_MAX and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", text) is not None


NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_PLAIN), AfterValidator(check_characters)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME), AfterValidator(check_characters)]
AliasText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_ALIAS), AfterValidator(check_characters)]
QuestionText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_QUESTION), AfterValidator(check_characters)]
Markdown = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT["free"]),
                     AfterValidator(check_characters)]  # a text rendered as Markdown; see markdown_texts()
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=ID_MAX)]
Ref = Annotated[str, StringConstraints(pattern=REF_PATTERN, max_length=2 * ID_MAX + 1)]
# Not a raw string: the pattern holds a plain ", so it is valid both in Python and as an ECMAScript
# (unicode) regex, which editors apply to the JSON Schemas (an escaped \" is an error there).
Url = Annotated[str, StringConstraints(pattern="^https?://[^\\s<>\"']+$", max_length=2_000), AfterValidator(check_characters),
                AfterValidator(check_host)]
HttpsUrl = Annotated[str, StringConstraints(pattern="^https://[^\\s<>\"']+$", max_length=2_000), AfterValidator(check_characters),
                     AfterValidator(check_host)]
"""A link that must be encrypted (a note's author page: CONTRIBUTING promises https only)."""


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, so a typo never passes. A list that may be
    left out may not be written empty either (``min_length=1``): ``stages: []`` is a relation the
    contributor meant to fill in, so the check asks for it (or for the key to go)."""

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


class Name(Localized):
    """A name or heading (at most 150 characters) in every language."""

    __pydantic_extra__: dict[str, ShortText] = Field(init=False)  # type: ignore[assignment]


class Prose(Localized):
    """Markdown in every language."""

    __pydantic_extra__: dict[str, Markdown] = Field(init=False)  # type: ignore[assignment]


class Aliases(Localized):
    """Other names a reader may search for: the lecture's nicknames and industry titles
    (a language may have none)."""

    OPTIONAL: ClassVar[bool] = True
    __pydantic_extra__: dict[str, Annotated[list[AliasText], Field(min_length=1, max_length=MAX_ALIASES)]] = Field(init=False)  # type: ignore[assignment]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            return super().__getattr__(name)  # type: ignore[misc]
        return (self.__pydantic_extra__ or {}).get(name, [])


class Questions(Aliases):
    """Questions a reader may ask that the entry answers, in the reader's words (a
    language may have none). Shown under the entry and weighed by search: a question
    typed into the search box finds the page that answers it."""

    __pydantic_extra__: dict[str, Annotated[list[QuestionText], Field(min_length=1, max_length=MAX_QUESTIONS)]] = Field(init=False)  # type: ignore[assignment]


# --- what the lectures said, passage by passage, with where each passage comes from ---

LINES_PATTERN = r"^[1-9][0-9]{0,5}(?:-[1-9][0-9]{0,5})?$"
QUOTE_MAX = 300
"""A quote is the few words that support a passage, not a copy of the note."""


def _lines_text(value: object) -> object:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


class Anchor(Strict):
    """Where a lecture passage comes from: a note (``data/sources/<id>.yml``), its lines,
    and the words on those lines that support the passage, copied exactly."""

    note: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=60)] = Field(
        description="The id of the note: a file name in data/sources/ without .yml.")
    lines: Annotated[str, BeforeValidator(_lines_text), StringConstraints(pattern=LINES_PATTERN),
                     WithJsonSchema({"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": LINES_PATTERN}]})] = Field(
        description="The line, or the first and last line, of the note that hold the quote: 34 or 34-37.")
    quote: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=QUOTE_MAX),
                     AfterValidator(check_characters)] = Field(
        description="The words of the note that support the passage, exactly as written there (spacing and "
                    "Markdown markers aside).")
    aside: bool = Field(default=False, description="True when the quote is the note-taker's own remark, not what "
                                                   "the speaker said: a passage resting on it does not credit the speaker.")

    @property
    def span(self) -> tuple[int, int]:
        first, _, last = self.lines.partition("-")
        return int(first), int(last or first)


class Passage(Localized):
    """One paragraph, list or table of what a lecture said, in every language, and the
    anchors that support it (the same for every language)."""

    __pydantic_extra__: dict[str, Markdown] = Field(init=False)  # type: ignore[assignment]
    anchors: list[Anchor] = Field(default_factory=list, description="Where the passage comes from: at least one note line.")


class Heading(Strict):
    """A heading between passages."""

    heading: Name


class Subheading(Strict):
    """A heading one level below ``heading``."""

    subheading: Name


def _block_kind(value: object) -> str:
    keys = value if isinstance(value, dict) else vars(value) if hasattr(value, "__dict__") else {}
    return "heading" if "heading" in keys else "subheading" if "subheading" in keys else "passage"


BLOCK_TAGS = ("heading", "subheading", "passage")
Block = Annotated[
    Annotated[Heading, Tag("heading")] | Annotated[Subheading, Tag("subheading")] | Annotated[Passage, Tag("passage")],
    Discriminator(_block_kind),
]
Passages = Annotated[list[Block], Field(min_length=1)]
"""Lecture text: passages, with headings between them."""
PointList = Annotated[list[Passage], Field(min_length=1)]
"""Short points of lecture text, one passage each."""


class Source(Strict):
    """Where an entry comes from: a lecture id, and optionally the part of it."""

    lecture: Id
    part: Text | None = None


class Reference(Strict):
    """An external work (a paper, a course, a report, a page): its title, where to read it and
    the year it is from, so a reader can check it."""

    title: NonEmpty
    url: Url
    year: int = Field(ge=1900, le=2100)
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
    LECTURE_TEXT: ClassVar[tuple[str, ...]] = ("body",)
    """The keys of lecture text: an entry beyond the lectures (no ``sources:``) has none of them."""
    LECTURE_REQUIRED: ClassVar[tuple[str, ...]] = ("body",)
    """The keys of lecture text an entry from the lectures must have."""

    name: Name
    aliases: Aliases = Field(default_factory=Aliases)
    questions: Questions = Field(default_factory=Questions)
    summary: Text
    body: Passages | None = Field(default=None, description="What the lectures said: passages and headings. "
                                                             "Required for an entry from the lectures; an entry beyond them has none.")
    sources: list[Source] = Field(default_factory=list, min_length=1)
    references: list[Reference] = Field(default_factory=list, min_length=1)
    background: list[Background] = Field(default_factory=list, min_length=1)

    @model_validator(mode="after")
    def _sourced(self) -> Entity:
        """An entry from the lectures cites them and says what they said; one beyond them
        explains itself in background only."""
        if not self.sources and not self.background:
            raise ValueError("sources: list the lecture this comes from, or, for an entry beyond the lectures, "
                             "add background: with at least one reference")
        if self.sources:
            for key in self.LECTURE_REQUIRED:
                if getattr(self, key) is None:
                    raise ValueError(f"{key}: what the lectures said is missing; add {key}: with its passages and their anchors")
        else:
            for key in self.LECTURE_TEXT:
                if getattr(self, key) is not None:
                    raise ValueError(f"{key}: an entry beyond the lectures has no lecture passages; move this text into background: "
                                     "with its references, or list the lecture it comes from in sources:")
        return self


# --- the three kinds of the foundation -----------------------------------------

Area = Literal["business", "data-engineering", "aiops", "ai-engineering", "ai-research"]
AREAS: tuple[str, ...] = Area.__args__  # type: ignore[attr-defined]


RoleGroup = Literal["engineering", "research", "data-operations", "product-business"]
ROLE_GROUPS: tuple[str, ...] = RoleGroup.__args__  # type: ignore[attr-defined]
AREA_GROUPS: dict[str, str] = {"ai-engineering": "engineering", "ai-research": "research", "data-engineering": "data-operations",
                               "aiops": "data-operations", "business": "product-business"}
"""The group of the roles index a role's first area puts it in, unless the role names its group."""


class Role(Entity):
    """A role in an AI team."""

    TYPE: ClassVar[str] = "role"
    FOLDER: ClassVar[str] = "roles"
    LECTURE_TEXT: ClassVar[tuple[str, ...]] = ("body", "nickname", "responsibilities", "day", "how_to_get_in", "fit")
    LECTURE_REQUIRED: ClassVar[tuple[str, ...]] = ("body", "responsibilities")

    nickname: Passage | None = Field(default=None, description="What a talk called the role, when it gave it a name of "
                                     "its own (the firefighter, the plumber): one sentence with its anchors, shown under the title.")
    areas: list[Area] = Field(
        min_length=1, description="The areas of the role landscape the role spans, left to right."
    )
    group: RoleGroup | None = Field(default=None, description="Where the roles index lists the role: engineering, research, "
                                    "data-operations or product-business (the atlas's grouping); by default, its first area's.")
    responsibilities: PointList | None = Field(default=None, description="What the role does, point by point, as the "
                                               "lectures said. Required for a role from the lectures; a role beyond them "
                                               "says what it does in background: instead.")
    stages: list[Ref] = Field(
        default_factory=list, min_length=1, description="Stages (or stage#step) the role works in."
    )
    related_roles: list[Id] = Field(default_factory=list, min_length=1)
    skills: list[Id] = Field(default_factory=list, min_length=1, description="Skills, in the order to learn them.")
    tools: list[Id] = Field(default_factory=list, min_length=1)
    day: Passages | None = Field(default=None, description="A day in the role, as a lecture described it.")
    how_to_get_in: Passages | None = Field(
        default=None, description="How to get into this role, where a lecture says so for this role in particular."
    )
    fit: Passages | None = Field(default=None, description="Is it for me? What a lecture says about who the role suits.")

    @property
    def index_group(self) -> str:
        return self.group or AREA_GROUPS[self.areas[0]]


class Step(Strict):
    """An ordered sub-step of a stage."""

    id: Id
    name: Name
    summary: Text
    body: Passages | None = None
    tools: list[Id] = Field(default_factory=list, min_length=1)
    ethics: list[Id] = Field(default_factory=list, min_length=1)


class Stage(Entity):
    """A stage of building an ML product."""

    TYPE: ClassVar[str] = "stage"
    FOLDER: ClassVar[str] = "stages"
    LECTURE_TEXT: ClassVar[tuple[str, ...]] = ("body", "pitfalls", "evaluation")

    order: int = Field(ge=1)
    steps: list[Step] = Field(min_length=1)
    pitfalls: PointList | None = None
    evaluation: Passages | None = None
    ethics: list[Id] = Field(default_factory=list, min_length=1)


class Case(Strict):
    """A real case that shows an ethics topic: what the lecture said of it (if it
    named it), and the account of it from the references (background)."""

    id: Id
    name: Name
    lecture: Passages | None = Field(default=None, description="What the lecture said about the case, if anything.")
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
    cases: list[Case] = Field(default_factory=list, min_length=1)
    roles: list[Id] = Field(default_factory=list, min_length=1, description="Roles that must watch for it.")


# --- the rest of the map ------------------------------------------------------


class Lecture(Strict):
    """A lecture of the series; every entry names the lectures it comes from."""

    TYPE: ClassVar[str] = "lecture"
    FOLDER: ClassVar[str] = "lectures"

    name: Name
    aliases: Aliases = Field(default_factory=Aliases)
    questions: Questions = Field(default_factory=Questions)
    speaker: Text
    affiliation: Text
    summary: Text
    body: Passages
    order: int = Field(ge=1)
    given: Annotated[str, StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")] | None = Field(
        default=None, description="When the talk was given, as YYYY-MM, where a note gives the date (say so in the body, "
                                  "anchored); for citations and the date notice."
    )
    references: list[Reference] = Field(default_factory=list, min_length=1)
    background: list[Background] = Field(default_factory=list, min_length=1)


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

    related: list[Ref] = Field(default_factory=list, min_length=1)


GuideSection = Literal["career", "practice", "full-stack", "service-models", "language-models"]
"""The guide sections, which are also the folders of their pages."""


class Guide(Entity):
    """A page of advice or explanation: starting a career, the FAQ, the roadmap..."""

    TYPE: ClassVar[str] = "guide"
    FOLDER: ClassVar[str] = "guides"

    section: GuideSection
    order: int = Field(ge=1)
    related: list[Ref] = Field(default_factory=list, min_length=1)


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
    author_url: HttpsUrl | None = Field(default=None, description="A page about the author, https:// only: the name links there.")
    body: Markdown = Field(description="The Markdown after the front matter (filled in by the loader).")


class SourceNote(Strict):
    """A record of the notes someone took of a talk: the lecture passages cite its lines
    (``anchors``). The notes themselves are not copied into the repository: ``file`` says
    where their text is found for ``check``, ``url`` where readers can read them."""

    TYPE: ClassVar[str] = "source"
    FOLDER: ClassVar[str] = "sources"

    name: Name = Field(description="How the atlas names the note, e.g. jinmang2's notes on the careers talk.")
    title: NonEmpty = Field(description="The note's own title, as written in it.")
    description: Text = Field(description="What the note is: whose notes, of which talks, what kind of text.")
    author: Text = Field(description="Who wrote it, or where it was published when the author is not known.")
    talks: list[Id] = Field(min_length=1, description="The lectures the note covers.")
    licence: NonEmpty = Field(description="The note's licence as an SPDX id (Apache-2.0), or 'unknown'.")
    url: Url | None = Field(default=None, description="The note's public address, pinned to a commit where it "
                                                        "is a repository file; its lines link as <url>#L34-L37.")
    file: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$", max_length=200)] = Field(
        description="Where check finds the note's text, relative to the notes folder, inside it (no segment starts with a dot) (ATLAS_NOTES_DIR, or the "
                    "atlas plugin's notes_dir).")
    order: int = Field(ge=1, description="The note's place in the list of sources.")
    lang: Literal["ko", "en"] = Field(default="ko", description="The language the note is written in.")

    def line_url(self, first: int, last: int) -> str | None:
        """The public address of the note's lines, where the note is public."""
        if not self.url:
            return None
        return f"{self.url}#L{first}" + (f"-L{last}" if last != first else "")


SKILL_KINDS: tuple[str, ...] = SkillKind.__args__  # type: ignore[attr-defined]
TOOL_STACKS: tuple[str, ...] = ToolStack.__args__  # type: ignore[attr-defined]
GUIDE_SECTIONS: tuple[str, ...] = GuideSection.__args__  # type: ignore[attr-defined]

CHOICES: dict[str, tuple[str, ...]] = {"role": AREAS, "role_group": ROLE_GROUPS, "ethics": ETHICS_GROUPS, "skill": SKILL_KINDS, "tool": TOOL_STACKS, "guide": GUIDE_SECTIONS}
"""Each kind's fixed set of values (areas, groups, stacks, sections): every one needs a label in every language."""

GROUPED_BY: dict[str, tuple[str, tuple[str, ...]]] = {"role": ("index_group", ROLE_GROUPS), "ethics": ("group", ETHICS_GROUPS), "skill": ("kind", SKILL_KINDS), "tool": ("stack", TOOL_STACKS)}
"""Collections whose index page is grouped: the key and its values, in order."""

MODELS: tuple[type[Strict], ...] = (Role, Stage, Ethics, Lecture, Skill, Tool, Term, Guide)
"""Every entity model, in the order collections appear on the site."""

MODEL_BY_FOLDER: dict[str, type[Strict]] = {m.FOLDER: m for m in (*MODELS, Note, SourceNote)}  # type: ignore[attr-defined,misc]


PASSAGE_KEYS = frozenset({"body", "evaluation", "lecture", "day", "how_to_get_in", "fit"})
"""Keys of lecture text: a list of passages and headings (``lecture`` only as a list, not as a
source's lecture id; ``body`` of a case or a note is free Markdown)."""
POINT_KEYS = frozenset({"responsibilities", "pitfalls"})
"""Keys of lecture points: a list of passages, each one short paragraph."""
FREE_KEYS = frozenset({"text", "body"})
"""Keys of free Markdown: background texts, a case's account and a note's body."""

TextKind = Literal["passage", "point", "free"]


def markdown_texts(data: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str, TextKind]]:
    """Every Markdown text in an entry's raw data, with its key path and its kind: a passage
    (one paragraph, list or table), a point (one short paragraph) or free Markdown.
    Headings, anchors and plain texts are not Markdown."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in (PASSAGE_KEYS | POINT_KEYS) and isinstance(value, list):
                yield from _passages(value, (*path, key), "point" if key in POINT_KEYS else "passage")
            elif key in FREE_KEYS and isinstance(value, (str, dict)):
                yield from _free(value, (*path, key))
            else:
                yield from markdown_texts(value, (*path, key))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from markdown_texts(item, (*path, i))


def _passages(items: list[Any], path: tuple[str | int, ...], kind: TextKind) -> Iterator[tuple[tuple[str | int, ...], str, TextKind]]:
    for i, item in enumerate(items):
        if isinstance(item, dict) and not {"heading", "subheading"} & set(item):
            for lang, text in item.items():
                if lang != "anchors" and isinstance(text, str):
                    yield (*path, i, lang), text, kind


def _free(value: object, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str, TextKind]]:
    if isinstance(value, str):
        yield path, value, "free"
    elif isinstance(value, dict):
        for lang, text in value.items():
            if isinstance(text, str):
                yield (*path, lang), text, "free"

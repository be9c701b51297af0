"""The knowledge graph: typed relations between entries, with computed backlinks.

A relation is typed once, on one side (a role lists its stages); the other side
(the stage's list of roles) is computed here. Typing it on both sides is an
error, so the data never disagrees with itself. The relations themselves are
declared in :mod:`career_atlas.core.relations`.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from .errors import AtlasError, Problem
from .guidance import Guidance
from .links import expected, link_problem
from .loader import NOTE_NAME, NOTE_SUFFIX
from .model import DEFAULT_LANGUAGES
from .passages import note_problems
from .record import Record
from .relations import ANY, RELATIONS, Relation
from .synonyms import SynonymsFile


@dataclass(frozen=True)
class Edge:
    """One typed link. ``source_step``/``target_step`` name a stage's sub-step, if any."""

    relation: str
    source: str
    target: str
    source_step: str | None = None
    target_step: str | None = None


@dataclass
class Graph:
    """All records by id, and every edge in both directions."""

    records: dict[str, Record]
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    """The site's languages, the first the default."""
    guidance: Guidance = field(default_factory=Guidance)
    """The reading paths and self-check questions (core/guidance.py), once checked; empty before."""
    notes: dict[str, list[tuple[Record, str | None]]] = field(default_factory=lambda: defaultdict(list))
    """Entry id -> the notes about it, with the step they name (if any)."""
    synonyms: SynonymsFile | None = None
    """search/synonyms.yml, checked (core/synonyms.py), for the search index; None without it."""
    sources: dict[str, Record] = field(default_factory=dict)
    """Source id -> the record of a note taken of the talks (data/sources/), which anchors cite."""
    edges: list[Edge] = field(default_factory=list)
    outgoing: dict[str, list[Edge]] = field(default_factory=lambda: defaultdict(list))
    incoming: dict[str, list[Edge]] = field(default_factory=lambda: defaultdict(list))

    def of_type(self, type_: str, lang: str = "en") -> list[Record]:
        """Records of one type, in their natural order (``order`` key, else name in ``lang``)."""
        found = [r for r in self.records.values() if r.type == type_]
        return sorted(found, key=lambda r: (getattr(r.data, "order", 0), getattr(r.data.name, lang).casefold()))

    def neighbours(self, ident: str) -> list[str]:
        """Every id linked to ``ident`` through a relation, in either direction."""
        ids = {e.target for e in self.outgoing[ident]} | {e.source for e in self.incoming[ident]}
        ids.discard(ident)
        return sorted(ids)

    def add(self, edge: Edge) -> None:
        self.edges.append(edge)
        self.outgoing[edge.source].append(edge)
        self.incoming[edge.target].append(edge)


def build_graph(records: list[Record], failed: dict[str, str] | None = None, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Graph:
    """Check ids, names and references, then link everything. Raises :class:`AtlasError`.

    ``failed`` maps the ids of files that exist but did not validate to their type;
    references to them are skipped, since their own errors are already reported.
    """
    failed = failed or {}
    notes = [r for r in records if r.type == "note"]
    sources = {r.id: r for r in records if r.type == "source"}
    records = [r for r in records if r.type not in ("note", "source")]
    problems: list[Problem] = []
    by_id: dict[str, Record] = {}
    duplicated: set[str] = set()
    for rec in records:
        if rec.id in by_id:
            other = by_id[rec.id]
            problems.append(Problem(rec.file, None, "", f"the id {rec.id!r} is already used by {other.file}; ids must be unique across all folders"))
            duplicated.add(rec.id)
        else:
            by_id[rec.id] = rec
    # Links from or to a duplicated id are ambiguous: report the id once, not every link.
    records = [r for r in records if r.id not in duplicated]

    problems += _check_unique_names(records, languages)
    problems += _check_shared([r for r in records if r.type == "role"], "aliases", "an alias names one role")
    problems += _check_shared(records, "questions", "a question belongs on the one page that answers it best")
    problems += _check_steps(records)
    graph = Graph(by_id, languages, sources=sources)
    problems += _check_sources(graph, failed)
    seen: dict[tuple[str, str, str, str | None, str | None], tuple[str, int | None]] = {}
    for rec, rel, path, ref in _references(records):
        target, _, step = ref.partition("#")
        edge_step = step or None
        target_rec = by_id.get(target)
        where = (rec.file, rec.line(*path))
        key = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in path).replace(".[", "[")
        if target in duplicated:
            continue
        if message := link_problem(ref, rel.target_types, by_id, failed):
            problems.append(Problem(*where, key, message))
            continue
        if target_rec is None:
            continue  # a file that exists but failed: its own problems are reported
        if target == rec.id and not edge_step:
            problems.append(Problem(*where, key, "an entry cannot link to itself"))
            continue
        source_step = rec.data.steps[path[1]].id if rel.key.startswith("steps.") else None
        ident = (rel.name, rec.id, target, source_step, edge_step)
        mirror = (rel.name, target, rec.id, edge_step, source_step)
        if ident in seen:
            problems.append(Problem(*where, key, f"{ref!r} is listed twice; keep one"))
            continue
        if rel.symmetric and mirror in seen:
            file, line = seen[mirror]
            there = f"{file}:{line}" if line else file
            problems.append(Problem(*where, key, f"{ref!r} already lists {rec.id!r} ({there}); a relation is typed on one side only, "
                                                 f"the other side is computed: remove this line or that one"))
            continue
        seen[ident] = where
        graph.add(Edge(rel.name, rec.id, target, source_step, edge_step))
    problems += _attach_notes(graph, notes, failed)
    if problems:
        raise AtlasError(problems)
    return graph


def _attach_notes(graph: Graph, notes: list[Record], failed: dict[str, str]) -> list[Problem]:
    problems = _numbering_problems(notes, failed)
    for note in sorted(notes, key=lambda n: (n.data.date, n.id)):
        for i, ref in enumerate(note.data.about):
            target, _, step = ref.partition("#")
            if message := link_problem(ref, ANY, graph.records, failed):
                problems.append(Problem(note.file, note.line("about", i), f"about[{i}]", message))
                continue
            if target in graph.records:
                graph.notes[target].append((note, step or None))
    return problems


def _numbering_problems(notes: list[Record], failed: dict[str, str]) -> list[Problem]:
    """A note numbered -2, -3... comes after the notes before it that day (a lone -2 is a first
    note misnamed, and the next contributor's new.py would write the first name)."""
    names = {n.id for n in notes} | {i for i, kind in failed.items() if kind == "note"}
    problems = []
    for note in notes:
        m = NOTE_NAME.fullmatch(note.id)
        if not m or not m["n"]:
            continue
        first = note.id[:m.start("n") - 1]
        before = first if m["n"] == "2" else f"{first}-{int(m['n']) - 1}"
        if before not in names:
            free = next(name for name in (first, *(f"{first}-{k}" for k in range(2, int(m["n"])))) if name not in names)
            problems.append(Problem(note.file, None, "", f"is numbered {m['n']}, but there is no {before}{NOTE_SUFFIX} before it; "
                                                         f"rename it to {free}{NOTE_SUFFIX}"))
    return problems


def _check_sources(graph: Graph, failed: dict[str, str]) -> list[Problem]:
    """Each source covers known lectures; each anchor names a known source that covers a
    lecture its entry lists in ``sources`` (so the page credits the right talk)."""
    problems = []
    lectures = sorted(r.id for r in graph.records.values() if r.type == "lecture")
    for source in graph.sources.values():
        for i, talk in enumerate(source.data.talks):
            if talk not in lectures and failed.get(talk) != "lecture":
                problems.append(Problem(source.file, source.line("talks", i), f"talks[{i}]",
                                        f"{talk!r} is not a known lecture; {expected(talk, lectures, ('lecture',))}"))
    for rec in graph.records.values():
        cited = {rec.id} if rec.type == "lecture" else {s.lecture for s in getattr(rec.data, "sources", [])}
        problems += note_problems(rec, cited, graph.sources, failed)
    return problems


def _references(records: list[Record]) -> Iterator[tuple[Record, Relation, tuple[str | int, ...], str]]:
    for rec in records:
        for rel in RELATIONS:
            if rel.source_type not in ("*", rec.type):
                continue
            yield from ((rec, rel, path, ref) for path, ref in _values_at(rec.data, rel.key.split(".")))


def _values_at(obj: object, keys: list[str], path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if not keys:
        if isinstance(obj, str):
            yield path, obj
        return
    value = getattr(obj, keys[0], None)
    if value is None:
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str):
                if len(keys) == 1:
                    yield (*path, keys[0], i), item
            else:
                yield from _values_at(item, keys[1:], (*path, keys[0], i))
    else:
        yield from _values_at(value, keys[1:], (*path, keys[0]))


# Zero-width characters and bidirectional marks and controls: invisible, so two names
# that differ only by them look the same to a reader.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def name_key(name: str) -> str:
    """What a name looks like to a reader: without invisible characters, NFKC-normalized
    (full-width letters, ligatures, composed accents) and case-folded."""
    visible = unicodedata.normalize("NFKC", name.translate(_INVISIBLE))
    return unicodedata.normalize("NFKC", visible.casefold())


def _check_unique_names(records: list[Record], languages: tuple[str, ...]) -> list[Problem]:
    problems = []
    for lang in languages:
        names: dict[str, Record] = {}
        for rec in records:
            name = name_key(getattr(rec.data.name, lang))
            if name in names:
                problems.append(Problem(rec.file, rec.line("name", lang), f"name.{lang}", f"{getattr(rec.data.name, lang)!r} is already the name of {names[name].file}; names must be unique"))
            else:
                names[name] = rec
    return problems


def _check_shared(records: list[Record], key: str, owner: str) -> list[Problem]:
    """Each item of the lists under ``key`` belongs to one of ``records``: a role's alias
    names that role only (searching it must not land on two roles), and a question is
    listed on the one entry that answers it best."""
    problems = []
    owners: dict[str, Record] = {}
    for rec in sorted(records, key=lambda r: r.file):
        for lang, items in (getattr(rec.data, key).__pydantic_extra__ or {}).items():
            listed: set[str] = set()
            for i, item in enumerate(items):
                k = name_key(" ".join(item.split()))
                other = owners.setdefault(k, rec)
                if other is not rec or k in listed:
                    problems.append(Problem(rec.file, rec.line(key, lang, i), f"{key}.{lang}[{i}]",
                                            f"{item!r} is already listed in {key} of {other.file}; {owner}"))
                listed.add(k)
    return problems


def _check_steps(records: list[Record]) -> list[Problem]:
    problems = []
    for rec in records:
        seen: set[str] = set()
        for i, step in enumerate(getattr(rec.data, "steps", [])):
            if step.id in seen:
                problems.append(Problem(rec.file, rec.line("steps", i, "id"), f"steps[{i}].id", f"the step id {step.id!r} is used twice in this stage"))
            seen.add(step.id)
    return problems

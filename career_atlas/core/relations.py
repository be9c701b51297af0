"""The kinds of link between entries, each typed once, on one side (a role lists its stages).

Read by the loader (a key typed on the wrong side gets a message that says where it goes),
the graph (which resolves them and computes the other side) and the JSON Schemas (which
list the ids a relation may name).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import MODELS

ANY: tuple[str, ...] = tuple(m.TYPE for m in MODELS)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Relation:
    """A kind of link, stored on ``source_type`` under ``key`` (``steps.tools`` for a step's list)."""

    name: str
    source_type: str
    key: str
    target_types: tuple[str, ...]
    symmetric: bool = False


RELATIONS: tuple[Relation, ...] = (
    Relation("works_in", "role", "stages", ("stage",)),
    Relation("related_role", "role", "related_roles", ("role",), symmetric=True),
    Relation("needs_skill", "role", "skills", ("skill",)),
    Relation("uses_tool", "role", "tools", ("tool",)),
    Relation("raises", "stage", "ethics", ("ethics",)),
    Relation("step_raises", "stage", "steps.ethics", ("ethics",)),
    Relation("step_uses", "stage", "steps.tools", ("tool",)),
    Relation("watched_by", "ethics", "roles", ("role",)),
    Relation("term_related", "term", "related", ANY),
    Relation("guide_related", "guide", "related", ANY),
    Relation("source", "*", "sources.lecture", ("lecture",)),
)


_NOUNS = {"ethics": "ethics topic"}


def noun(type_: str) -> str:
    """``a role``, ``an ethics topic``: a type as the messages name it."""
    word = _NOUNS.get(type_, type_)
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


def wrong_side(type_: str, key: str, ident: str) -> str | None:
    """If ``key`` in a ``type_`` file is a relation typed on the other side (``roles:``
    in a stage: a role lists its stages), what to write instead, and where."""
    for rel in RELATIONS:
        source = next((m for m in MODELS if m.TYPE == rel.source_type), None)  # type: ignore[attr-defined]
        if source is None or source.FOLDER != key or type_ not in rel.target_types or rel.target_types == ANY:  # type: ignore[attr-defined]
            continue
        *step, last = rel.key.split(".")
        where = f"{last}: of a step" if step else f"{last}:"
        other = rel.source_type
        return (f"{noun(type_)} does not list its {key}; add {ident!r} to {where} in each {_NOUNS.get(other, other)}'s file "
                f"(data/{key}/<{other}>.yml) instead")
    return None

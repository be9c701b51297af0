"""What is wrong with a file, in words a contributor can act on: a model's validation errors,
each at its key's line, and the problems of a Markdown text. Shared by every reader of
hand-written files (the data's entries, the reading paths, the terminology list, the
search's synonyms)."""

from __future__ import annotations

import datetime
import difflib
import re
import typing
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from . import textcheck  # the module: the hostile tests turn its early check off on it
from .budget import RENDER_SECONDS, TEXT_WORK, TooSlow, time_limit, too_much, work
from .errors import Problem
from .model import BLOCK_TAGS, MAX_TEXT, MODEL_BY_FOLDER, Localized
from .relations import wrong_side
from .yamlfile import YamlDoc, dotted

M = TypeVar("M", bound=BaseModel)

_DATA_MODELS = frozenset(MODEL_BY_FOLDER.values())


def validate(doc: YamlDoc, model: type[M], context: dict[str, Any]) -> tuple[M | None, list[Problem]]:
    """``doc``'s data as ``model``; else None, with every validation error as a problem."""
    try:
        return model.model_validate(doc.data, context=context), []
    except ValidationError as e:
        return None, validation_problems(doc, model, e)


def validation_problems(doc: YamlDoc, model: type[BaseModel], error: ValidationError) -> list[Problem]:
    """Each of pydantic's errors as a problem at its key's line: a near miss named, an empty
    list explained, a relation typed on the wrong side sent to the other side."""
    errors = error.errors()
    # A misspelled key is reported once, on its own line with the key it was meant to be; not
    # again as that key missing, on the line of the mapping around it.
    misspelled = set()
    for err in errors:
        loc = _location(err["loc"])
        if err["type"] == "extra_forbidden" and (close := _near_key(model, loc)):
            misspelled.add((*loc[:-1], close))
    return [_problem(doc, model, err) for err in errors if not (err["type"] == "missing" and _location(err["loc"]) in misspelled)]


def _near_key(model: type[BaseModel], loc: tuple[str | int, ...]) -> str | None:
    """The known key an unknown one at ``loc`` is a near miss of, in a data file. (The other files
    these messages serve, such as search/synonyms.yml, list their keys as before: the search's
    tests pin those messages.)"""
    if not loc or model not in _DATA_MODELS:
        return None
    close = difflib.get_close_matches(str(loc[-1]), _allowed_keys(model, loc[:-1]), n=1, cutoff=0.75)
    return close[0] if close else None


TOO_SLOW = (f"takes more than {RENDER_SECONDS:g} s to render, though its Markdown looked simple enough; simplify it "
            "(long runs of brackets, emphasis markers or nesting make Markdown slow)")
TOO_DEEP = "nests too deeply to render (quotes or lists inside each other); flatten it"


def before_rendering(text: str, kind: str = "free") -> list[tuple[int | None, str]] | None:
    """The problem that refuses ``text`` before it is rendered, or None when it may be rendered:
    too long for its kind, or too much work (budget.work, counted without timing). A text over
    every kind's limit gets no message here: the model's own ``max_length`` names it, once."""
    if len(text.strip()) > MAX_TEXT["free"]:  # stripped, as the model measures it
        return []
    if len(text) > MAX_TEXT[kind]:
        return [(None, f"is {len(text):,} characters long; a {kind} text holds at most {MAX_TEXT[kind]:,} (split it)")]
    if (cost := work(text)) > TEXT_WORK:
        return [(None, too_much(cost))]
    return None


def text_problems(text: str, kind: str = "free", min_heading: int = 2) -> list[tuple[int | None, str]]:
    """A Markdown text's problems as (line within the text, message): what the sanitizer would
    remove, a passage's shape, and a text too long, too much work or too deep to render. One
    message for a text that is refused before it is rendered."""
    if (refused := before_rendering(text, kind)) is not None:
        return refused
    try:
        with time_limit():  # the backstop: texts under TEXT_WORK take a fraction of it
            found = [(p.line, p.message) for p in textcheck.problems(text, min_heading=min_heading)]
            if kind != "free" and not found and (message := textcheck.shape_problem(text, kind == "point")):
                found.append((None, message))
    except TooSlow:
        return [(None, TOO_SLOW)]
    except RecursionError:
        return [(None, TOO_DEEP)]
    return found


def _location(loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """The key path of a validation error, without pydantic's own steps: validator names,
    and the tag of a list item's kind (``body[1].passage.anchors`` is ``body[1].anchors``)."""
    out: list[str | int] = []
    for part in loc:
        if isinstance(part, str) and part.startswith("function-"):
            continue
        if isinstance(part, str) and part in BLOCK_TAGS and out and isinstance(out[-1], int):
            continue
        out.append(part)
    return tuple(out)


def _problem(doc: YamlDoc, model: type[BaseModel], err: Any) -> Problem:
    """One of pydantic's errors as a problem at its key's line."""
    loc = _location(err["loc"])
    kind = err["type"]
    key = dotted(loc)
    if kind == "missing":
        msg = "is required but missing"
        if len(loc) > 2 and loc[-3] == "references" and loc[-1] in ("url", "year"):
            msg += f"; {REFERENCE}"
    elif kind == "extra_forbidden" and len(loc) == 1 and (instead := _wrong_side(model, str(loc[0]), doc.file)):
        msg = instead
    elif kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        close = _near_key(model, loc)
        msg = "is not a known key" + (f"; did you mean {close!r}?" if close else f"; expected one of: {', '.join(allowed)}" if allowed else "")
    elif kind == "list_type" and isinstance(err.get("input"), (str, int)) and model in _DATA_MODELS and loc and isinstance(loc[-1], str):
        msg = f"is a single value, and a list is expected here; write it in brackets, e.g. {loc[-1]}: [{err['input']}]"
    elif kind.startswith("date_") and (written := _as_written(err.get("input"))) is not None:
        # YAML reads 2026-12-01T10:00:00 as a date and time, and 20261201 as a number: the same fix
        msg = f"{written!r} is not a date as YYYY-MM-DD (four-digit year, month, day); write it like {loc[-1] if loc else 'date'}: 2026-12-07"
    elif loc and loc[-1] == "year" and kind in _NOT_A_YEAR and model in _DATA_MODELS:
        digits = re.search(r"(?<!\d)(1[9]|20)\d\d(?!\d)", str(err["input"]))
        msg = f"{err['input']!r} is not a year; write a year as four digits, e.g. year: {digits[0] if digits else 2020}"
    elif (kind == "value_error" and loc and model in _DATA_MODELS
          and (m := re.match(r"([^:\s]+): not a language of this site; expected (.*)", str(err["ctx"]["error"])))):
        return _unknown_language(doc, loc, m[1], re.findall(r"(\w+):", m[2]), m[2])
    elif kind == "too_short" and isinstance(err.get("input"), list):
        msg = _empty(model, loc)
    elif kind == "value_error" and not loc and (m := re.match(r"(\w+): (.*)", str(err["ctx"]["error"]), re.DOTALL)):
        # a check across keys (model.py) names the key it is about first: "sources: ..."
        key, msg = m[1], m[2]
        return Problem(doc.file, doc.line_of((key,)), key, msg)
    elif kind == "string_too_long":
        msg = f"is {len(err['input']):,} characters long; write at most {err['ctx']['max_length']:,}"
    elif kind == "too_long" and isinstance(err.get("input"), (list, dict)):
        msg = f"has {len(err['input']):,} items; at most {err['ctx']['max_length']:,} are allowed here"
    elif kind == "date_type" and err.get("input") is None:
        msg = "is empty; write the day you write the note, as YYYY-MM-DD, e.g. date: 2026-12-07"
    elif kind == "string_type" and isinstance(err.get("input"), bool):
        msg = "is read as true/false (YAML reads yes, no, on and off so); put the word in quotes, e.g. \"on\""
    elif kind == "literal_error":
        msg = f"{err['input']!r} is not allowed; expected {err['ctx']['expected']}"
    elif kind == "string_pattern_mismatch" and err["ctx"]["pattern"].startswith("^https://") and str(err["input"]).startswith("http://"):
        msg = f"{err['input']!r} is not https; a link here must be https://, e.g. {'https://' + str(err['input'])[len('http://'):]!r}"
    elif kind == "string_pattern_mismatch":
        msg = f"{err['input']!r} has the wrong form; expected {_pattern_hint(err['ctx']['pattern'])}"
    elif kind == "value_error":
        msg = str(err["ctx"]["error"])
    else:
        found = err.get("input")
        shown = f"{found!r}"[:60]
        msg = f"{err['msg'][0].lower()}{err['msg'][1:]} (found {shown}, a {_yaml_type(found)})"
    return Problem(doc.file, doc.line_of(loc), key, msg)


_NOT_A_YEAR = frozenset({"int_parsing", "int_type", "int_from_float", "greater_than_equal", "less_than_equal"})


def _as_written(value: Any) -> str | None:
    """A value given for a date as the contributor wrote it: a text, a number, a date and time
    (None for anything else: an empty value has a message of its own)."""
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, str) or isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


REFERENCE = "a reference gives its title, URL and year, e.g. - {title: ..., url: https://..., year: 2015}"

_EMPTY = {
    "areas": "list at least one; the areas the role spans, e.g. areas: [ai-engineering]",
    "steps": "list at least one; a stage has steps, e.g. - {id: raw-data, name: {ko: ..., en: ...}, summary: {ko: ..., en: ...}}",
    "references": "list at least one; e.g. - {title: ..., url: https://..., year: 2015}",
    "about": "list at least one; the ids of the entries the note is about, e.g. about: [data-engineer]",
    "sources": "is an empty list; name the lecture this comes from (- lecture: careers-in-ai), or, for an entry beyond "
               "the lectures, leave sources out and add background: with at least one reference",
    "questions": "is an empty list; list three to five questions a reader asks that this page answers, in the reader's words",
}
"""Plain-language messages for lists written empty, by key (the nearest key of the error's path)."""
_EXAMPLES: dict[str, str | dict[str, str]] = {
    "aliases": {"ko": "ko: [배관공]", "en": "en: [data plumber]"}, "stages": "stages: [data-collection, data-collection#raw-data]",
    "related_roles": "related_roles: [data-engineer]", "skills": "skills: [math-and-statistics]", "tools": "tools: [pytorch]",
    "ethics": "ethics: [bias]", "roles": "roles: [data-engineer]", "related": "related: [annotation]",
    "references": "- {title: ..., url: https://..., year: 2015}",
}
"""What an optional list holds, for the message when it is written empty."""


def _empty(model: type[BaseModel], loc: tuple[str | int, ...]) -> str:
    """What to write instead of an empty list: a list that must not be empty says what it holds;
    one that may be left out is either filled in or left out (``stages: []`` is a relation the
    contributor meant to type)."""
    parent = _model_at(model, loc[:-1])
    localized = isinstance(parent, type) and issubclass(parent, Localized)  # questions.en: the list is a language's
    key = loc[-2] if localized and len(loc) > 1 else loc[-1] if loc else ""
    field = None if localized else getattr(parent, "model_fields", {}).get(key)
    if key in _EMPTY and not (key == "references" and field is not None and not field.is_required()):
        return _EMPTY[str(key)]
    example = _EXAMPLES.get(str(key))
    if isinstance(example, dict):  # a language's list: the example is in the language that is empty
        lang = str(loc[-1])
        example = example.get(lang, f"{lang}: [...]")
    example = f" (e.g. {example})" if example else ""
    return f"is an empty list; list at least one{example}, or leave the key out"


def _wrong_side(model: type[BaseModel], key: str, file: str) -> str | None:
    return wrong_side(getattr(model, "TYPE", ""), key, Path(file).stem)


def _yaml_type(value: Any) -> str:
    return {dict: "mapping", list: "list", str: "text", int: "number", float: "number", bool: "true/false", type(None): "empty value"}.get(type(value), type(value).__name__)


def _unknown_language(doc: YamlDoc, loc: tuple[str | int, ...], given: str, languages: list[str], expected: str) -> Problem:
    """A text keyed by a language the site does not have (``kr:``), at its own line, with the
    language it was meant to be: the one missing, or the nearest code."""
    node: Any = doc.data
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
            break
    present = set(node) if isinstance(node, dict) else set()
    missing = [lang for lang in languages if lang not in present]
    close = missing[:1] if len(missing) == 1 else difflib.get_close_matches(given, languages, n=1, cutoff=0.5)
    hint = f"did you mean {close[0]!r}? " if close else ""
    path = (*loc, given)
    return Problem(doc.file, doc.line_of(path), dotted(path), f"is not a language of this site; {hint}every text needs {expected}")


def _pattern_hint(pattern: str) -> str:
    if pattern.startswith("^https://"):
        return "a URL starting with https://, e.g. https://example.org/about-me"
    if pattern.startswith("^https?"):
        return "a URL starting with https://"
    if pattern.startswith("^\\d{4}-"):
        return "a month as YYYY-MM, e.g. 2021-09"
    if pattern.startswith("^[1-9]"):
        return "a line or a range of lines, e.g. 34 or 34-37"
    if "/" in pattern:
        return "a path of letters, digits, dots, hyphens and underscores, e.g. boostcamp/careers.md"
    if "#" in pattern:
        return "an id like data-collection, or a step like data-collection#raw-data"
    return "an id of lower-case letters, digits and hyphens, like data-engineer"


def _allowed_keys(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The keys the model accepts at ``loc`` (best effort, for the error message)."""
    return list(getattr(_model_at(model, loc), "model_fields", {}))


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> Any:
    """The model of the mapping at ``loc`` (best effort: None where it cannot be told). Where a
    list holds several kinds (a body's headings and passages), the kind with the next key is
    followed; at the end, the last kind (a passage, the usual item)."""
    current: list[Any] = [model]
    for part in loc:
        if isinstance(part, int):
            continue
        owner = next((c for c in current if part in getattr(c, "model_fields", {})), None)
        if owner is not None:
            current = _models_in(owner.model_fields[part].annotation)
        elif isinstance(current[-1], type) and issubclass(current[-1], Localized):  # a language's part
            current = _models_in(typing.get_type_hints(current[-1]).get("__pydantic_extra__"))
        else:
            return None
        if not current:
            return None
    return current[-1]


def _models_in(annotation: Any) -> list[Any]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _models_in(arg)]

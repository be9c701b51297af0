"""YAML syntax errors in words a contributor can act on: the line where the mistake is (not
where the parser gave up), what is wrong, and the usual fix (quote the value, close the
bracket or the quote, fix the indentation)."""

from __future__ import annotations

import re

import yaml

QUOTE = "put the whole value in quotes"
INDENT = ("fix the indentation: keys of one mapping, and items of one list, start in the same column "
          "(two spaces deeper than the key they belong to)")


def explain(error: yaml.MarkedYAMLError, text: str) -> tuple[int | None, str]:
    """(0-based line, message) for a syntax error of ``text``."""
    context, problem = error.context or "", error.problem or ""
    at = error.problem_mark.line if error.problem_mark else None
    start = error.context_mark.line if error.context_mark else at
    lines = text.split("\n")

    def line(n: int | None) -> str:
        return lines[n] if n is not None and 0 <= n < len(lines) else ""

    # A quote left open runs on to the next quote, lines later, and the parser fails there or at
    # the end of the file: the mistake is on the line where the quote opens.
    if (quoted := unclosed_quote(lines, at if at is not None else len(lines))) is not None:
        return quoted[0], _never_closed(quoted[1])
    if "mapping values are not allowed" in problem:
        if _colons(line(at)) > 1:
            return at, f"a ': ' inside a value starts a new key; {QUOTE}, e.g. {_quoted(line(at))}"
        return at, f"this line does not line up with the keys above it; {INDENT}"
    if "while scanning a simple key" in context:  # the parser notices on the next line
        return start, ("this line is neither `key: value` nor a list item (`- ...`); add the colon after the key, "
                       f"or, if it continues the text above, {QUOTE}")
    if m := re.search(r"while parsing a flow (sequence|mapping)", context):
        opened, closed = ("[", "]") if m[1] == "sequence" else ("{", "}")
        return start, (f"the {opened} opened on this line is never closed; close it with {closed}, "
                       f"or, if the brackets are part of the text, {QUOTE}")
    if "while scanning a quoted scalar" in context:
        return start, ("the quote that opens on this line is never closed; close it "
                       "(inside '...', write a ' as '')")
    if "cannot start any token" in problem or "while scanning an alias" in context or "while scanning an anchor" in context:
        column = error.problem_mark.column if error.problem_mark else 0
        char = line(at)[column:column + 1] or "this character"
        return at, f"a value cannot start with {char}; {QUOTE}, e.g. {_quoted(line(at))}"
    if "did not find expected key" in problem and re.search(r":\s*(\"[^\"]*\"|'[^']*')\s*\S", line(at)):
        return at, f"a value that starts with a quote must end with it; {QUOTE} (e.g. {_quoted(line(at))}), or write it without quotes"
    if "did not find expected key" in problem or "expected '-' indicator" in problem or "expected <block end>" in problem:
        return at, f"this line does not line up with the lines above it; {INDENT}"
    return at if at is not None else start, " ".join(x for x in (context, problem) if x)  # rarer: the parser's own words


def _colons(line: str) -> int:
    return len(re.findall(r":(?:\s|$)", line))


def _quoted(line: str) -> str:
    """The line with its value in double quotes, as a contributor would fix it."""
    m = re.match(r"(\s*(?:- )?[^:\s][^:]*:\s+)(.*)$", line)
    if not m:
        return '"..."'
    value = m[2].strip().replace("\\", "\\\\").replace('"', '\\"')
    return f'{m[1].strip()} "{value}"'


def _never_closed(quote: str) -> str:
    inside = "inside '...', write a ' as ''" if quote == "'" else 'inside "...", write a " as \\"'
    return f"the quote that opens on this line is never closed; close it ({inside})"


_BLOCK_SCALAR = re.compile(r"(?:^|:|-)\s*[|>][0-9+-]*\s*(?:#.*)?$")


def unclosed_quote(lines: list[str], last: int) -> tuple[int, str] | None:
    """(0-based line, quote character) of the first value that opens a quote and does not close
    it on its line, among lines ``0..last``: data files never continue a quoted text on the next
    line, so such a quote is a mistake. Block texts (``key: |``) and comments are skipped."""
    block_indent: int | None = None
    for n, text in enumerate(lines[: last + 1]):
        indent = len(text) - len(text.lstrip(" "))
        if block_indent is not None:
            if not text.strip() or indent > block_indent:
                continue
            block_indent = None
        if (quote := _open_quote(text)) is not None:
            return n, quote
        if _BLOCK_SCALAR.search(text.split(" #")[0].rstrip()) and not text.lstrip().startswith("#"):
            key = re.match(r"(\s*(?:-\s+)*)[^\s#:-][^:]*:", text)  # the block's key, after any "- "
            block_indent = len(key[1]) if key else indent
    return None


def _open_quote(text: str) -> str | None:
    """The quote character a value on this line opens and leaves open, if any."""
    i, starts = 0, True  # `starts`: a value may start here (after indentation, "- ", ": ", or a flow bracket or comma)
    while i < len(text):
        ch = text[i]
        if starts and ch in "\"'":
            end = _closing(text, i)
            if end is None:
                return ch
            i, starts = end + 1, False
            continue
        if ch == "#" and (i == 0 or text[i - 1] in " \t"):
            return None  # a comment
        if ch in " \t":
            i += 1
            continue
        starts = ch in "[{," or (ch in ":-" and text[i + 1 : i + 2] in (" ", ""))
        i += 1
    return None


def _closing(text: str, start: int) -> int | None:
    quote, i = text[start], start + 1
    while i < len(text):
        if quote == '"' and text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            if quote == "'" and text[i + 1 : i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return None

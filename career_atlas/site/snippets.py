"""The files a Markdown page includes with pymdownx.snippets, read with that extension's own
patterns: ``--8<-- "file"`` (or single quotes) on a line, or a block of file names between two
``--8<--`` lines; a line escaped with ``;`` includes nothing."""

from __future__ import annotations

from pymdownx.snippets import SnippetPreprocessor

_MARKER = SnippetPreprocessor.RE_ALL_SNIPPETS


def includes(markdown: str) -> list[tuple[int, str]]:
    """The repository files a page includes, as (line, file without its line range or section)."""
    found, block = [], False
    for number, line in enumerate(markdown.split("\n"), 1):  # only \n ends a line, as for pymdownx (not a form feed)
        marker = _MARKER.match(line)
        if marker and marker.group("escape"):
            continue
        if marker and marker.group("block_marker"):
            block = not block
            continue
        if marker and not block:
            found.append((number, _file(marker.group("snippet")[1:-1].strip())))
        elif block and not marker:
            path = line.strip()
            if path and not path.startswith(";"):
                found.append((number, _file(path)))
    return found


def _file(path: str) -> str:
    """``CONTRIBUTING.md:en`` or ``notes.md:3:9`` -> the file."""
    return path.split(":", 1)[0]

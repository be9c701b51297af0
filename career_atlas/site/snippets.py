"""The files a Markdown page includes with pymdownx.snippets, read with that extension's own
patterns: ``--8<-- "file"`` (or single quotes) on a line, or a block of file names between two
``--8<--`` lines; a line escaped with ``;`` includes nothing."""

from __future__ import annotations

from pymdownx.snippets import SnippetPreprocessor

_MARKER = SnippetPreprocessor.RE_ALL_SNIPPETS
_PATH = SnippetPreprocessor.RE_SNIPPET_FILE
_SECTION = SnippetPreprocessor.RE_SNIPPET_SECTION


def includes(markdown: str) -> list[tuple[int, str]]:
    """The repository files a page includes, as (line, file without its line range or section)."""
    return [(number, file) for number, file, _ in included(markdown)]


def included(markdown: str) -> list[tuple[int, str, str | None]]:
    """What a page includes, as (line, file, the section it names or None)."""
    found, block = [], False
    for number, line in enumerate(markdown.split("\n"), 1):  # only \n ends a line, as for pymdownx (not a form feed)
        marker = _MARKER.match(line)
        if marker and marker.group("escape"):
            continue
        if marker and marker.group("block_marker"):
            block = not block
            continue
        if marker and not block:
            found.append((number, *_file(marker.group("snippet")[1:-1].strip())))
        elif block and not marker:
            path = line.strip()
            if path and not path.startswith(";"):
                found.append((number, *_file(path)))
    return found


def sections(text: str) -> set[str]:
    """The sections a file marks for inclusion (``--8<-- [start:name]``)."""
    found = (_SECTION.match(line) for line in text.split("\n"))
    return {m.group("name") for m in found if m and m.group("type").lower() == "start" and not m.group("escape")}


_SPLIT = getattr(SnippetPreprocessor, "split_path", None)
"""pymdownx's own split of a path (newer releases): the same parts as its pattern, in linear time."""
LONGEST_PATH = 1_000
"""Past this many characters a path is taken whole (no file of a repository has such a name): pymdownx's
pattern is quadratic on long paths (16,000 ",1:1" took it minutes)."""


def _file(path: str) -> tuple[str, str | None]:
    """``CONTRIBUTING.md:en`` -> (the file, its section), ``notes.md:3:9`` -> (the file, None),
    read as pymdownx reads it."""
    if _SPLIT is not None and "\n" not in path:
        file, _, section = _SPLIT(SnippetPreprocessor, path)  # it reads only the class's patterns
        return file, (section[1:] if section else None)
    m = _PATH.match(path) if len(path) <= LONGEST_PATH else None
    if m is None:
        return path, None
    return m.group(1), (m.group(3)[1:] if m.group(3) else None)

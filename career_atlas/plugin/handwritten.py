"""What a hand-written page of docs/<lang>/ may hold. Such a page is contributed like the data,
and the theme prints some front matter (title, subtitle, status, icon, template) without
escaping it, so only plain front matter, images and files the repository has get through."""

from __future__ import annotations

import re
import stat
from pathlib import Path

from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

from ..core.budget import work
from ..site.snippets import includes

FRONT_MATTER = {"title", "description"}
"""The front matter keys a hand-written page may use: plain text each."""
IMAGES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
"""Files other than pages that docs/<lang>/ may publish (an SVG or HTML file could hold script)."""
_PLAIN = re.compile(r'^[^<>&"`\x00-\x1f\x7f]*$')
INCLUDED = {".md"}
"""What a page may include: the repository's Markdown pages (CONTRIBUTING.md), not its code or templates."""
PAGE_WORK = 1_000_000
"""The Markdown work (core/budget.py's count) of a page and the files it includes: the English
architecture page costs about 180,000. 8,000 abbreviations over 30,000 words took a build 41 s."""


def included_file(markdown: str) -> str | None:
    """The repository file a hand-written page only includes, so its Edit button opens that file,
    not the one-line stub."""
    files = {file for _, file in includes(markdown)}
    return files.pop() if len(files) == 1 else None


def problems(f: File, lang: str, repo: Path, docs: Path) -> list[str]:
    """Why the hand-written file ``f`` may not be published, as ``docs/<lang>/<file>:<line>: ...``."""
    where = f"docs/{lang}/{f.src_uri}"
    source = Path(f.abs_src_path or "")
    if source.is_symlink() or not source.resolve().is_relative_to(docs):
        return [f"{where}: is a link; a page here must be a file of docs/{lang}/ itself (a link could publish any file of the machine)"]
    if not stat.S_ISREG(source.stat().st_mode):
        return [f"{where}: is not a regular file (a pipe or device would never finish reading); remove it"]
    if not f.is_documentation_page():
        if Path(f.src_uri).suffix.lower() in IMAGES:
            return []
        return [f"{where}: only Markdown pages and images ({', '.join(sorted(IMAGES))}) are published from docs/; "
                "remove this file or link to it elsewhere"]
    try:
        text = f.content_string
    except UnicodeDecodeError as e:
        return [f"{where}: is not UTF-8 text (bad byte at offset {e.start}); save it as UTF-8"]
    found = []
    # MkDocs reads YAML front matter between --- lines, or MultiMarkdown-style key: value lines
    # at the top of the page: whatever it reads is checked.
    _, meta = get_data(text)
    for key, value in meta.items():
        if key not in FRONT_MATTER:
            found.append(f"{where}:{_line(text, f'{key}:')}: front matter: {key!r} is not allowed; "
                         f"a page here may set {', '.join(sorted(FRONT_MATTER))}")
        elif not isinstance(value, str) or not _PLAIN.match(value):
            found.append(f"{where}:{_line(text, f'{key}:')}: front matter: {key} must be plain text, "
                         "without < > & \" ` or control characters")
    root = repo.resolve()
    cost = work(text)
    for line, file in includes(text):
        target = (root / file).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            found.append(f"{where}:{line}: the included file {file!r} is not a file of this repository")
        elif any(part.startswith(".") for part in target.relative_to(root).parts):
            found.append(f"{where}:{line}: the included file {file!r} is in a hidden folder or is a hidden file "
                         "(such as .git/config, which can hold a token); include the repository's own pages only")
        elif target.suffix.lower() not in INCLUDED:
            found.append(f"{where}:{line}: the included file {file!r} is not a Markdown page; include the "
                         f"repository's own pages ({', '.join(sorted(INCLUDED))}) only, not its code or templates")
        elif target.stat().st_size > PAGE_WORK:
            cost += PAGE_WORK + 1
        else:
            cost += work(target.read_text(encoding="utf-8", errors="replace"))
    if cost > PAGE_WORK:
        found.append(f"{where}: its Markdown, with the files it includes, is too much work to build ({cost:,} units, at most "
                     f"{PAGE_WORK:,}: long runs of [ ] * _ or < and thousands of definitions cost the most); split the page")
    return found


def folder_problems(folder: Path, lang: str, repo: Path) -> list[str]:
    """The problems of every hand-written file of another language's ``docs/<lang>/``, found
    before the first language builds (its own pass would find them only after that build)."""
    found: list[str] = []
    if not folder.is_dir():
        return found
    root = folder.resolve()
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or path.is_dir():
            continue  # MkDocs leaves hidden files out too
        found += problems(File(rel.as_posix(), str(folder), str(folder), True), lang, repo, root)
    return found


def _line(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1

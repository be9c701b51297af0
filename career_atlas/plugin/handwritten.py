"""What a hand-written page of docs/<lang>/ may hold. Such a page is contributed like the data,
and the theme prints some front matter (title, subtitle, status, icon, template) without
escaping it, so only plain front matter, images and files the repository has get through."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

from ..core.budget import work
from ..core.textcheck import prose_lines
from ..site.snippets import included, includes, sections

FRONT_MATTER = {"title", "description"}
"""The front matter keys a hand-written page may use: plain text each."""
IMAGES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
"""Files other than pages that docs/<lang>/ may publish (an SVG or HTML file could hold script)."""
_PLAIN = re.compile(r'^[^<>&"`\x00-\x1f\x7f]*$')
INCLUDED = {".md"}
"""What a page may include: the repository's Markdown pages (CONTRIBUTING.md), not its code or templates."""
PAGE_WORK = 1_000_000
"""The Markdown work (core/budget.py's count) of a page and the files it includes: the English
architecture page costs about 200,000. 8,000 abbreviations over 30,000 words took a build 41 s."""
ALL_PAGES_WORK = 3_000_000
"""The work of every language's hand-written pages together (today about 540,000): pages each
under PAGE_WORK, but many, would otherwise add up to any build time."""
_DEFINITION = re.compile(r"^ {0,3}:[ \t]", re.MULTILINE)
DEFINITION_PRICE = 12
"""How many times its work a text with definition lines costs: after each definition, def_list reads
the lines that follow again (290 definitions and 1,800 long lines took 4.4 s, 7 us a unit, 12 times
the rate the work count is set for)."""
LIMITS = {
    "headings": (re.compile(r"^ {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)", re.MULTILINE), 300,
                 "the table of contents makes each heading's id unique by trying _1, _2... in turn"),
    "emoji codes (:name:)": (re.compile(r":[+\-\w]+:"), 300, "each becomes a picture"),
    "definition lines (: ...)": (_DEFINITION, 300, "a list of them without blank lines is re-read for each"),
    "tabs (=== ...)": (re.compile(r"^[ \t]*===[!+]?[ \t]", re.MULTILINE), 300, "a run of tabs is re-read for each"),
    "admonitions and details (!!! or ???)": (re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]", re.MULTILINE), 300, "each is a block of its own"),
    "angle brackets (< of raw HTML and autolinks)": (re.compile("<"), 300,
                                                    "the raw HTML pattern reads the rest of its paragraph again at each: 20,400 took 28 s"),
    "backticks (`)": (re.compile("`"), 2_000, "a code span reads ahead to its closing run: 31,600 took 7 s"),
    "blocks with a markdown attribute": (re.compile(r"<[A-Za-z][^<>]*\smarkdown(?:\s*=|[\s/>])"), 50,
                                         "nested 330 deep they exhausted Python's stack"),
}
"""What a page may have at most of the Markdown blocks whose build time grows with the square of
their number (the work count prices them as text): pattern, limit, why. The real pages have at
most 17 headings, 18 angle brackets and 507 backticks, and none of the rest. Measured: 21,000 "## a" lines took a build 59 s; 140,000
emoji on three pages 246 s; 21,600 ": d" lines on two pages 218 s; 9,000 tabs on a page 12 s."""


DEPTHS = {
    "emphasis marks in a run (* _ ~)": (re.compile(r"[*_~]+"), 50),
    "blockquote levels (>)": (re.compile(r"^(?:[ \t]*>)+", re.MULTILINE), 20),
    "columns of indentation": (re.compile(r"^[ \t]+", re.MULTILINE), 64),
}
"""How deep a page may nest (the real pages: 2, 1 and 14): the table of contents walks the page's
tree recursively, and 2,000 nested emphasis marks ended a build with Python's stack exhausted."""


_REMOVED_WHOLE = re.compile(r"<(script|style|template|noscript|iframe|object|embed|textarea|math)(?=[\s/>]|$)", re.IGNORECASE)
"""Raw elements the page's sanitizer removes with everything inside them (core/sanitize.py): an
unclosed <math> or <style> silently removed the rest of a page (adv20t)."""


def _deepest(pattern: re.Pattern[str], text: str) -> tuple[int, int]:
    """The largest depth ``pattern`` finds in ``text`` (its length, '>' counted once, a tab as four
    columns), and its line."""
    best, at = 0, 0
    for m in pattern.finditer(text):
        depth = m.group(0).count(">") or len(m.group(0).expandtabs(4))
        if depth > best:
            best, at = depth, m.start()
    return best, text.count("\n", 0, at) + 1


@dataclass(frozen=True)
class Checked:
    """A hand-written file: why it may not be published, and the Markdown work of building it."""

    problems: list[str]
    work: int = 0


def included_file(markdown: str) -> str | None:
    """The repository file a hand-written page only includes, so its Edit button opens that file,
    not the one-line stub."""
    files = {file for _, file in includes(markdown)}
    return files.pop() if len(files) == 1 else None


def check_page(f: File, lang: str, repo: Path, docs: Path) -> Checked:
    """Why the hand-written file ``f`` may not be published, as ``docs/<lang>/<file>:<line>: ...``,
    and what it costs to build."""
    where = f"docs/{lang}/{f.src_uri}"
    source = Path(f.abs_src_path or "")
    if source.is_symlink() or not source.resolve().is_relative_to(docs):
        return Checked([f"{where}: is a link; a page here must be a file of docs/{lang}/ itself (a link could publish any file of the machine)"])
    if not stat.S_ISREG(source.stat().st_mode):
        return Checked([f"{where}: is not a regular file (a pipe or device would never finish reading); remove it"])
    if not f.is_documentation_page():
        if Path(f.src_uri).suffix.lower() in IMAGES:
            return Checked([])
        return Checked([f"{where}: only Markdown pages and images ({', '.join(sorted(IMAGES))}) are published from docs/; "
                        "remove this file or link to it elsewhere"])
    try:
        text = f.content_string
    except UnicodeDecodeError as e:
        return Checked([f"{where}: is not UTF-8 text (bad byte at offset {e.start}); save it as UTF-8"])
    if len(text) > PAGE_WORK:  # a unit of work a character at least: refused before any pattern reads it
        return Checked([f"{where}: has {len(text):,} characters; a page's Markdown is at most {PAGE_WORK:,} units of work "
                        "(a unit a character, more for [ ] * _ <); split the page"], len(text))
    found = _front_matter_problems(text, where)
    root = repo.resolve()
    texts = [text]
    for line, file, section in included(text):
        try:
            target = (root / file).resolve()
            missing = not target.is_relative_to(root) or not target.is_file()
        except (OSError, ValueError):  # a name too long for the system, or with a NUL character
            missing = True
        if missing:
            found.append(f"{where}:{line}: the included file {file[:80]!r} is not a file of this repository")
        elif any(part.startswith(".") for part in target.relative_to(root).parts):
            found.append(f"{where}:{line}: the included file {file!r} is in a hidden folder or is a hidden file "
                         "(such as .git/config, which can hold a token); include the repository's own pages only")
        elif target.suffix.lower() not in INCLUDED:
            found.append(f"{where}:{line}: the included file {file!r} is not a Markdown page; include the "
                         f"repository's own pages ({', '.join(sorted(INCLUDED))}) only, not its code or templates")
        elif target.stat().st_size > PAGE_WORK:
            texts.append("x" * (PAGE_WORK + 1))  # priced over the bound, unread
        else:
            content = target.read_text(encoding="utf-8", errors="replace")
            nested = includes(content)
            if nested:
                found.append(f"{where}:{line}: the included file {file!r} includes {nested[0][1]!r} (its line {nested[0][0]}); "
                             "a page may include only pages that include nothing themselves")
            if section is not None and section not in (marked := sections(content)):
                found.append(f"{where}:{line}: the included file {file!r} has no section {section!r} (no `--8<-- [start:{section}]` "
                             f"line); its sections: {', '.join(sorted(marked)) or 'none'}")
            texts.append(content)
    cost = sum(work(t) * (DEFINITION_PRICE if _DEFINITION.search(t) else 1) for t in texts)
    if cost > PAGE_WORK:
        found.append(f"{where}: its Markdown, with the files it includes, is too much work to build ({cost:,} units, at most "
                     f"{PAGE_WORK:,}: long runs of [ ] * _ or < and thousands of definitions cost the most); split the page")
    def place(n: int, line: int) -> str:  # a line of the page (texts[0]) or of a file it includes
        return f"{where}:{line}" if n == 0 else f"{where}: in an included file, line {line}"

    for n, t in enumerate(texts):
        for i, prose in prose_lines(t):
            if m := _REMOVED_WHOLE.search(prose):
                found.append(f"{place(n, i + 1)}: <{m.group(1).lower()}> is not published, with all it holds (unclosed, it would "
                             "take the rest of the page with it); remove it, or write it in `backticks` to show it")
                break
    for what, (pattern, limit) in DEPTHS.items():
        for n, t in enumerate(texts):
            depth, line = _deepest(pattern, t)
            if depth > limit:
                found.append(f"{place(n, line)}: {depth:,} {what}; at most {limit} (deeper, the build runs out of stack); nest less")
    for what, (pattern, limit, why) in LIMITS.items():
        count = sum(len(pattern.findall(t)) for t in texts)
        if count > limit:
            found.append(f"{where}: has {count:,} {what} with the files it includes; at most {limit:,} on a page ({why}); "
                         "split the page or use fewer")
    return Checked(found, cost)


def _front_matter_problems(text: str, where: str) -> list[str]:
    """MkDocs reads YAML front matter between --- lines, or MultiMarkdown-style key: value lines
    at the top of the page: whatever it reads is checked."""
    found = []
    _, meta = get_data(text)
    for key, value in meta.items():
        if key not in FRONT_MATTER:
            found.append(f"{where}:{_line(text, f'{key}:')}: front matter: {key!r} is not allowed; "
                         f"a page here may set {', '.join(sorted(FRONT_MATTER))}")
        elif not isinstance(value, str) or not _PLAIN.match(value):
            found.append(f"{where}:{_line(text, f'{key}:')}: front matter: {key} must be plain text, "
                         "without < > & \" ` or control characters")
    return found


def too_much_together(checked: list[Checked]) -> list[str]:
    """A problem when every language's hand-written pages together cost more than ALL_PAGES_WORK."""
    total = sum(c.work for c in checked)
    if total <= ALL_PAGES_WORK:
        return []
    return [f"docs/: the hand-written pages of all languages together are too much work to build ({total:,} units, "
            f"at most {ALL_PAGES_WORK:,}); shorten or remove some"]


MAX_PAGES = 200
"""Hand-written pages per language at most: the atlas's own pages come from data/, these are the
project's (today two). Each is listed in the navigation of the others: 3,000 tiny pages took a build
260 s, all of it printing that list."""


def too_many_pages(folder: Path, lang: str) -> list[str]:
    """A problem when ``docs/<lang>/`` holds more than MAX_PAGES Markdown pages (hidden ones aside, as MkDocs)."""
    count = 0
    for parent, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        count += sum(1 for name in files if name.endswith(".md") and not name.startswith("."))
    if count <= MAX_PAGES:
        return []
    return [f"docs/{lang}/: {count:,} hand-written pages, at most {MAX_PAGES}: the atlas's pages come from data/, "
            "and each page here is listed beside every other; merge or remove some"]


SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9]+)?")
"""A file or folder name of docs/<lang>/: it becomes the page's address and its title in the
navigation, which the theme prints as HTML (a page named ``<img src=x onerror=...>.md`` ran script
on every page beside it), and Pagefind reads the folder names as a glob (``notes(1)`` broke it)."""


def folder_links(docs_root: Path, languages: list[str] | tuple[str, ...]) -> list[str]:
    """Links to folders anywhere in the languages' folders, found before MkDocs lists the files:
    it follows them, and two links to "." made it walk 2^40 paths."""
    found = []
    for lang in languages:
        for parent, dirs, _ in os.walk(docs_root / lang):  # links are not followed
            for name in sorted(dirs):
                if Path(parent, name).is_symlink():
                    found.append(f"docs/{Path(parent, name).relative_to(docs_root).as_posix()}: is a link to a folder; "
                                 f"a folder here must be the repository's own (MkDocs would walk it, and a link to \".\" forever)")
    return found


def name_problems(folder: Path, lang: str) -> list[str]:
    """The names of ``docs/<lang>/``'s files and folders that are not SAFE_NAME (hidden ones, which
    MkDocs leaves out, aside)."""
    found = []
    for parent, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and not Path(parent, d).is_symlink()]
        for name in sorted(dirs + files):
            if not name.startswith(".") and not SAFE_NAME.fullmatch(name):
                found.append(f"docs/{lang}/{Path(parent, name).relative_to(folder).as_posix()}: the name {name!r} may hold only "
                             "letters a-z, digits, - and _ (and one .extension): it becomes the page's address and its title "
                             "in the navigation; rename it")
    return found


def check_folder(folder: Path, lang: str, repo: Path) -> list[Checked]:
    """Every hand-written file of ``docs/<lang>/`` (as MkDocs lists them: hidden ones aside), checked
    before the first language builds (another language's own pass would find its problems only after
    that build)."""
    if not folder.is_dir():
        return []
    root = folder.resolve()
    return [check_page(File(path.relative_to(folder).as_posix(), str(folder), str(folder), True), lang, repo, root)
            for path in sorted(folder.rglob("*"))
            if not path.is_dir() and not any(part.startswith(".") for part in path.relative_to(folder).parts)]  # as MkDocs


def refusals(folders: dict[str, Path], repo: Path) -> list[str]:
    """Why the hand-written files of each language's folder (``docs/<lang>/``) may not be published,
    all of them at once: each page's problems, their work together, their names and their number."""
    checked = [c for lang, folder in folders.items() for c in check_folder(folder, lang, repo)]
    refused = [p for c in checked for p in c.problems] + too_much_together(checked)
    for lang, folder in folders.items():
        refused += name_problems(folder, lang) + too_many_pages(folder, lang)
    return refused


def _line(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1

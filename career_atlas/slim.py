"""Lighter pages for one built language folder.

Two steps, both invisible to a visitor:

- **Compact HTML.** A line break followed by spaces up to a tag becomes one
  line break. Outside ``<pre>``, ``<textarea>``, ``<script>``, ``<style>``,
  ``<code>`` and ``<kbd>`` the browser collapses both to the same single space, so the page
  renders the same; Material's indented templates lose a quarter of their bytes.
- **One stylesheet holding only what the site can use.** Material's ``main`` and
  ``palette`` stylesheets are pruned (see cssprune.py) against every page and
  script of the folder, joined in the order pages link them, and written under a
  name that hashes their content, so a browser never keeps a stale copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import cssprune

STYLESHEETS = ("main", "palette")  # Material's, in the order its pages link them
# Elements whose white space shows (Material sets pre-wrap on code and kbd) or is not HTML.
_VERBATIM = re.compile(r"(<(pre|textarea|script|style|code|kbd)\b.*?</\2>)", re.S | re.I)
_INDENT = re.compile(r"\n[ \t\r\n]*(?=<|\Z)")  # \Z: a part ends where a verbatim tag starts
# Their scripts never touch a page's document, and their stylesheets read none of
# Material's properties (and pagefind/ is being written while the pages are slimmed).
_DIRS_SKIPPED = {"workers", "lunr", "pagefind"}


@dataclass(frozen=True)
class Report:
    pages: int
    html_before: int
    html_after: int
    css_before: int
    css_after: int
    stylesheet: str | None  # the new stylesheet's path inside the folder


def compact_html(text: str) -> str:
    out, start = [], 0
    for match in _VERBATIM.finditer(text):
        out += [_INDENT.sub("\n", text[start:match.start()]), match.group(0)]
        start = match.end()
    out.append(_INDENT.sub("\n", text[start:]))
    return "".join(out)


def slim_site(site: Path) -> Report:
    """Compact every page of ``site`` and give them one pruned stylesheet."""
    pages = sorted(site.rglob("*.html"))
    html_before = sum(page.stat().st_size for page in pages)
    before = {page: _read(page) for page in pages}
    texts = {page: compact_html(text) if text is not None else None for page, text in before.items()}
    css_dir = site / "assets" / "stylesheets"
    originals = [match for name in STYLESHEETS for match in sorted(css_dir.glob(f"{name}.*.min.css"))[:1]]
    css_before = sum(f.stat().st_size for f in originals)
    stylesheet, css_after = None, css_before
    if originals:
        texts, stylesheet, css_after = _one_stylesheet(site, texts, originals)
    for page, text in texts.items():
        if text is not None and text != before[page]:
            _replace(page, text)
    html_after = sum(page.stat().st_size for page in pages)
    return Report(len(pages), html_before, html_after, css_before, css_after, stylesheet)


def slim_in_background(pool: ThreadPoolExecutor, site: Path) -> Future[Report]:
    """Slim one language folder in a process of its own, so that on two cores it
    runs beside the next language's build instead of after it (its regular
    expressions would hold the interpreter lock a thread shares with MkDocs)."""
    return pool.submit(_slim_process, site)


def _slim_process(site: Path) -> Report:
    cmd = [sys.executable, "-m", "career_atlas", "slim", str(site)]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError((result.stderr or result.stdout).strip()[-800:])
    return Report(**json.loads(result.stdout))


def _replace(page: Path, text: str) -> None:
    """Write the page in one rename, so a reader at the same time (the search
    indexer) sees the old page or the new one, never half of one."""
    partial = page.with_name(page.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, page)


def _read(page: Path) -> str | None:
    """A page's text; None for a file that is not UTF-8 (copied as it is from docs/), which is left alone."""
    try:
        return page.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None


def _one_stylesheet(site: Path, texts: dict[Path, str | None], originals: list[Path]) -> tuple[dict[Path, str | None], str, int]:
    sheets = [cssprune.parse(f.read_text(encoding="utf-8")) for f in originals]
    usage = cssprune.Usage(attribute_names=frozenset().union(*(s.attribute_names for s in sheets)))
    # Pages that are not UTF-8 are left alone, but what they link and use still counts.
    lossy = {page: page.read_text(encoding="utf-8", errors="replace") for page, text in texts.items() if text is None}
    usage.scan_pages([text if text is not None else lossy[page] for page, text in texts.items()])
    for sheet in _site_files(site, "*.css"):
        if sheet not in originals:  # extra_css and the like may read Material's custom properties
            usage.scan_stylesheet(sheet.read_text(encoding="utf-8", errors="replace"))
    for script in _site_files(site, "*.js"):
        usage.scan_script(script.read_text(encoding="utf-8", errors="replace"))
    css = "\n".join(cssprune.prune(sheets, usage)) + "\n"
    data = css.encode()
    name = f"atlas.{hashlib.sha256(data).hexdigest()[:8]}.min.css"
    (originals[0].parent / name).write_bytes(data)
    first, *others = (re.escape(f.name) for f in originals)
    link = re.compile(rf'<link rel="stylesheet" href="([^"]*)(?:{first})">')
    extra = re.compile(rf'<link rel="stylesheet" href="[^"]*(?:{"|".join(others) or "(?!)"})">\n?')
    relinked = {page: _relink(text, link, extra, name) for page, text in texts.items()}
    for f in originals:  # unless a page links it some other way, which is left working
        if not any(f.name in (text if text is not None else lossy[page]) for page, text in relinked.items()):
            f.unlink()
            f.with_name(f.name + ".map").unlink(missing_ok=True)
    return relinked, f"assets/stylesheets/{name}", len(data)


def _site_files(site: Path, pattern: str) -> list[Path]:
    return [f for f in site.rglob(pattern) if not _DIRS_SKIPPED.intersection(f.relative_to(site).parts[:-1])]


def _relink(text: str | None, link: re.Pattern[str], extra: re.Pattern[str], name: str) -> str | None:
    """Point the page's link to Material's first stylesheet at ``name`` and drop its links to the
    others, which ``name`` now holds; a page whose first link has another shape keeps all of them."""
    if text is None:
        return None
    text, replaced = link.subn(rf'<link rel="stylesheet" href="\g<1>{name}">', text)
    return extra.sub("", text) if replaced else text

"""Interface words of the generated pages: one YAML file per language in labels/.

Adding a language needs a labels file (and the translations in data/), nothing
else. The views below read the files lazily, so ``UI["home"]["ko"]`` is the Korean
word for Home, and a labels folder loaded later (``load_dir``) adds its languages.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

LABELS_DIR = Path(__file__).parent / "labels"
_files: dict[str, dict[str, Any]] = {}


def load_dir(folder: Path) -> list[str]:
    """Read every ``<lang>.yml`` in ``folder``; return the languages found."""
    found = []
    for path in sorted(folder.glob("*.yml")):
        _files[path.stem] = yaml.safe_load(path.read_text(encoding="utf-8"))
        found.append(path.stem)
    return found


def languages() -> list[str]:
    """The languages that have a labels file."""
    return list(_files)


def unlabelled(site_languages: list[str] | tuple[str, ...]) -> str | None:
    """What to add when a language of the site has no labels file; None when each has one."""
    missing = [lang for lang in site_languages if lang not in _files]
    if not missing:
        return None
    return (f"no labels for {', '.join(missing)}: add career_atlas/render/labels/{missing[0]}.yml "
            "(or a file in the atlas plugin's labels_dir), with the keys of en.yml")


def of(lang: str) -> dict[str, Any]:
    """The whole labels file of one language."""
    return _files[lang]


class View:
    """Labels at one path of the files: ``view[key]`` goes down; a leaf is {lang: text}."""

    def __init__(self, *path: str) -> None:
        self.path = path

    def _node(self, lang: str) -> Any:
        node: Any = _files[lang]
        for key in self.path:
            node = node[key]
        return node

    def __getitem__(self, key: str) -> Any:
        sample = self._node(next(iter(_files)))[key]
        if isinstance(sample, dict):
            return View(*self.path, key)
        return {lang: self._node(lang)[key] for lang in _files}

    def keys(self) -> Iterator[str]:
        return iter(self._node(next(iter(_files))))


class Leaf(View):
    """One label in every language: ``leaf[lang]``."""

    def __getitem__(self, lang: str) -> Any:
        return self._node(lang)


load_dir(LABELS_DIR)

SITE_NAME = Leaf("site", "name")
SITE_DESCRIPTION = Leaf("site", "description")
COLLECTIONS = View("collections")
COLLECTION_INTROS = View("intros")
GROUPS = View("values")
RELATION_LABELS = View("relations")
UI = View("ui")
MAPS = View("maps")
INDEX_QUESTIONS = View("index_questions")  # by collection type, guide section, or "about"


def language_name(lang: str) -> str:
    return str(_files[lang]["language"]["name"])


def locale(lang: str) -> str:
    return str(_files[lang]["language"]["locale"])


def theme_language(lang: str) -> str:
    """The theme's interface language for ``lang`` (a pseudo-locale may borrow one)."""
    return str(_files[lang]["language"]["theme"])

"""The atlas plugin's options, as written under ``plugins: - atlas:`` in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError

from ..core.model import DEFAULT_LANGUAGES


class Languages(c.ListOfItems[str]):
    """A list of language codes; each needs a labels file (render/labels/<lang>.yml or labels_dir)."""

    def __init__(self, default: list[str]) -> None:
        super().__init__(c.Type(str), default=default)

    def run_validation(self, value: object) -> list[str]:
        languages = super().run_validation(value)
        if not languages:
            raise ValidationError(f"list at least one language, the default first, e.g. [{', '.join(DEFAULT_LANGUAGES)}]")
        if len(set(languages)) != len(languages):
            raise ValidationError(f"each language once, e.g. [{', '.join(DEFAULT_LANGUAGES)}]")
        return languages


class AtlasConfig(Config):
    """Typed options of the atlas plugin; each has a default, so ``- atlas`` alone works."""

    enabled = c.Type(bool, default=True)
    """Turn the plugin off to build only the hand-written pages."""

    data_dir = c.Type(str, default="data")
    """The folder of YAML data files, relative to mkdocs.yml."""

    languages = Languages(default=list(DEFAULT_LANGUAGES))
    """The languages of the site, each built from ``docs/<lang>/`` into ``<site_dir>/<lang>/``.
    The first is the default language: the invoked command builds it, the plugin the others."""

    notes_dir = c.Optional(c.Type(str))
    """Where the texts of the notes the lecture passages cite are (relative to mkdocs.yml),
    so the build verifies each quote. Without it, ``$ATLAS_NOTES_DIR``, else ``../shared``."""

    labels_dir = c.Optional(c.Type(str))
    """A folder of extra ``<lang>.yml`` labels files (relative to mkdocs.yml), for a
    language the package has no labels for; see career_atlas/render/labels/."""

    search_engine = c.Choice(("pagefind", "material"), default="pagefind")
    """`pagefind`: Material's search box answered by a Pagefind index per language.
    `material`: Material's own lunr search, unchanged (kept for the benchmark)."""

"""The atlas plugin's options, as written under ``plugins: - atlas:`` in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError

from ..core.model import LANGS


class Languages(c.ListOfItems[str]):
    """A list of language codes, each one the data model has texts for."""

    def __init__(self, default: list[str]) -> None:
        super().__init__(c.Type(str), default=default)

    def run_validation(self, value: object) -> list[str]:
        languages = super().run_validation(value)
        if not languages:
            raise ValidationError(f"list at least one language, the default first, e.g. [{', '.join(LANGS)}]")
        unknown = [x for x in languages if x not in LANGS]
        if unknown:
            raise ValidationError(f"the data has no texts in {', '.join(unknown)}; use some of {', '.join(LANGS)}")
        if len(set(languages)) != len(languages):
            raise ValidationError(f"each language once, e.g. [{', '.join(LANGS)}]")
        return languages


class AtlasConfig(Config):
    """Typed options of the atlas plugin; each has a default, so ``- atlas`` alone works."""

    enabled = c.Type(bool, default=True)
    """Turn the plugin off to build only the hand-written pages."""

    data_dir = c.Type(str, default="data")
    """The folder of YAML data files, relative to mkdocs.yml."""

    languages = Languages(default=["ko", "en"])
    """The languages of the site, each built from ``docs/<lang>/`` into ``<site_dir>/<lang>/``.
    The first is the default language: the invoked command builds it, the plugin the others."""

    search_engine = c.Choice(("pagefind", "material"), default="pagefind")
    """`pagefind`: Material's search box answered by a Pagefind index per language.
    `material`: Material's own lunr search, unchanged (kept for the benchmark)."""

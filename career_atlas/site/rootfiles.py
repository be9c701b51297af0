"""The few files at the site root, above the language folders."""

from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import urlsplit

from ..render import labels


def root_files(kb: dict[str, Any], site_url: str) -> dict[str, str]:
    languages = tuple(kb["languages"])
    """Path -> content of every root file: the language chooser, sitemap index, kb.json."""
    return {
        "index.html": _chooser(site_url, languages),
        "404.html": _not_found(site_url, languages),
        "sitemap.xml": _sitemap_index(site_url, languages),
        "robots.txt": f"User-agent: *\nAllow: /\nSitemap: {site_url}sitemap.xml\n",
        "api/kb.json": json.dumps(kb, ensure_ascii=False, indent=1) + "\n",
    }


def _sitemap_index(site_url: str, languages: tuple[str, ...]) -> str:
    items = "".join(f"  <sitemap><loc>{html.escape(site_url)}{lang}/sitemap.xml</loc></sitemap>\n" for lang in languages)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}</sitemapindex>\n'


def _not_found(site_url: str, languages: tuple[str, ...]) -> str:
    """The page GitHub Pages shows for any missing URL: every language says so in its
    own words, with a search (Material opens it from ?q=) and a way home."""
    root = urlsplit(site_url).path or "/"  # shown at any depth, so links start from the host
    sections = "\n".join(
        f'<section lang="{lang}">\n<h2>{html.escape(labels.UI["not_found"][lang])}</h2>\n'
        f'<p>{html.escape(labels.UI["not_found_text"][lang])}</p>\n'
        f'<form action="{html.escape(root)}{lang}/" method="get" role="search"><label>{html.escape(labels.UI["search_label"][lang])} '
        f'<input type="search" name="q" required></label> <button type="submit">{html.escape(labels.UI["search_label"][lang])}</button></form>\n'
        f'<p><a href="{html.escape(root)}{lang}/" hreflang="{lang}">{html.escape(labels.UI["to_home"][lang])} ({html.escape(labels.SITE_NAME[lang])})</a></p>\n</section>'
        for lang in languages
    )
    title = " / ".join(labels.UI["not_found"][lang] for lang in languages)
    return f"""<!doctype html>
<html lang="{languages[0]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>{html.escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.6}}a{{color:#3949ab}}section+section{{margin-top:2.5rem}}[lang=ko]{{word-break:keep-all}}</style>
</head>
<body>
<main>
<h1>404</h1>
{sections}
</main>
</body>
</html>
"""


def _chooser(site_url: str, languages: tuple[str, ...]) -> str:
    """A tiny page that sends visitors to their language, and works without script."""
    default = languages[0]
    links = "\n".join(
        f'<li><a href="{lang}/" hreflang="{lang}" lang="{lang}">{html.escape(labels.SITE_NAME[lang])} ({labels.language_name(lang)})</a></li>'
        for lang in languages
    )
    alternates = "\n".join(f'<link rel="alternate" hreflang="{lang}" href="{site_url}{lang}/">' for lang in languages)
    title = " / ".join(labels.SITE_NAME[lang] for lang in languages)
    redirect = (
        "<script>(function(){var l=(navigator.languages||[navigator.language||'']).join(',').toLowerCase();"
        f"var langs={json.dumps(list(languages))};var pick=langs.find(function(x){{return l.split(',').some(function(y){{return y.indexOf(x)===0}})}})||'{default}';"
        "location.replace(pick+'/');})();</script>"
    )
    description = html.escape(labels.SITE_DESCRIPTION["en"])
    return f"""<!doctype html>
<html lang="{default}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{html.escape(title)}</title>
<meta name="description" content="{description}">
{alternates}
<link rel="alternate" hreflang="x-default" href="{site_url}">
<style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.6}}a{{color:#3949ab}}</style>
{redirect}
</head>
<body>
<main>
<h1>{html.escape(title)}</h1>
<ul>
{links}
</ul>
</main>
</body>
</html>
"""

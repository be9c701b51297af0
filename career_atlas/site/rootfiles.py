"""The few files at the site root, above the language folders."""

from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import urlsplit

from ..render import labels


def root_files(kb: dict[str, Any], site_url: str) -> dict[str, str]:
    languages = tuple(kb["languages"])
    """Path -> content of every root file: the language chooser, sitemap index, kb.json (the
    404 page is made from the languages' built ones: :func:`not_found`)."""
    return {
        "index.html": _chooser(site_url, languages),
        "sitemap.xml": _sitemap_index(site_url, languages),
        "robots.txt": f"User-agent: *\nAllow: /\nSitemap: {site_url}sitemap.xml\n",
        "api/kb.json": json.dumps(kb, ensure_ascii=False, indent=1) + "\n",
    }


def _sitemap_index(site_url: str, languages: tuple[str, ...]) -> str:
    items = "".join(f"  <sitemap><loc>{html.escape(site_url)}{lang}/sitemap.xml</loc></sitemap>\n" for lang in languages)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}</sitemapindex>\n'


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


def not_found(built: dict[str, str], site_url: str) -> str:
    """The page GitHub Pages shows for any missing URL, at any depth: the first language's own
    404 page (the theme's, with its header, search and language switch: its links are absolute,
    and it has a line leading home in each other language for readers without JavaScript), which
    becomes the reader's language's 404 page in place: the language of the folder the address is
    in, else the first of the browser's languages (navigator.languages) the site has. The address
    stays as the reader typed it."""
    languages = list(built)
    root = urlsplit(site_url).path or "/"
    others = {lang: f"{root}{lang}/404.html" for lang in languages[1:]}
    script = ("<script>(function(){var pages=" + json.dumps(others) + ",langs=" + json.dumps(languages) + ",root=" + json.dumps(root) + ","
              "path=location.pathname,pick=null,i,j;"
              "for(i=0;i<langs.length;i++)if(path.indexOf(root+langs[i]+'/')===0)pick=langs[i];"
              "if(!pick){var wanted=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];"
              "for(j=0;j<wanted.length&&!pick;j++){var w=String(wanted[j]).toLowerCase();"
              "for(i=0;i<langs.length;i++)if(w===langs[i]||w.indexOf(langs[i]+'-')===0){pick=langs[i];break}}}"
              "if(!pick||!Object.prototype.hasOwnProperty.call(pages,pick))return;"
              "fetch(pages[pick]).then(function(r){return r.ok?r.text():null}).then(function(t){"
              "if(t){document.open();document.write(t);document.close()}})})()</script>")
    page = built[languages[0]]
    return page.replace("<head>", "<head>" + script, 1) if others else page

"""Lighthouse on the built site: desktop and mobile, home/role/stage/ethics, both languages.

    .venv/bin/python scripts/lighthouse.py [--site site] [--out test-artifacts/lighthouse]
                                           [--lang en] [--page role] [--form mobile] [--runs 3]

Installs the npm package `lighthouse` into .cache/lighthouse on first use and runs
it against Debian's Chromium (CHROME_PATH=/usr/bin/chromium), with the site served
on 127.0.0.1. Prints the four category scores per page and exits non-zero when one
misses its target (accessibility, best practices, SEO: 100; performance: 95).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from itertools import product
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "scripts")]

from staticserver import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

PAGES = {"home": "", "role": "roles/data-engineer/", "stage": "stages/data-collection/", "ethics": "ethics/bias/"}
TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
CACHE = REPO / ".cache" / "lighthouse"


def lighthouse_bin() -> Path:
    binary = CACHE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(CACHE), "lighthouse@12"], check=True)
    return binary


def run(binary: Path, url: str, form: str, out: Path) -> dict[str, float]:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    cmd = [str(binary), url, "--quiet", "--output=json", f"--output-path={out}", f"--chrome-flags={flags}",
           "--only-categories=performance,accessibility,best-practices,seo"]
    if form == "desktop":
        cmd.append("--preset=desktop")
    subprocess.run(cmd, check=True, env=dict(os.environ, CHROME_PATH=CHROMIUM))
    report = json.loads(out.read_text(encoding="utf-8"))
    return {k: report["categories"][k]["score"] for k in TARGETS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default=REPO / "site", type=Path)
    parser.add_argument("--out", default=REPO / "test-artifacts" / "lighthouse", type=Path)
    parser.add_argument("--lang", action="append", choices=("ko", "en"), help="only this language (repeatable)")
    parser.add_argument("--page", action="append", choices=tuple(PAGES), help="only this page type (repeatable)")
    parser.add_argument("--form", action="append", choices=("desktop", "mobile"), help="only this form factor (repeatable)")
    parser.add_argument("--runs", type=int, default=1, help="run each page this many times; every run is printed")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    binary = lighthouse_bin()
    failed = []
    print(f"{'page':16} {'form':8} " + " ".join(f"{k:>15}" for k in TARGETS))
    with serve(args.site) as base:
        for lang in args.lang or ("ko", "en"):
            for kind in args.page or PAGES:
                for form, i in product(args.form or ("desktop", "mobile"), range(args.runs)):
                    scores = run(binary, f"{base}{lang}/{PAGES[kind]}", form, args.out / f"{lang}-{kind}-{form}{f'-{i + 1}' if args.runs > 1 else ''}.json")
                    print(f"{lang + ' ' + kind:16} {form:8} " + " ".join(f"{100 * scores[k]:>15.0f}" for k in TARGETS))
                    failed += [f"{lang} {kind} {form} {k}" for k, v in scores.items() if v < TARGETS[k]]
    if failed:
        print("below target:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

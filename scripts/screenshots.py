"""Screenshots of the built site in headless Chromium, both languages, desktop and phone.

    python scripts/screenshots.py [--site site] [--out test-artifacts/screenshots] [PAGE ...]

PAGE is a path below the language root, e.g. ``roles/data-engineer/`` (default: a
few pages of each type). The site is served on 127.0.0.1 for the run only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from staticserver import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

WIDTHS = {"desktop": (1280, 900), "phone": (375, 812)}
DEFAULT_PAGES = ["", "map/landscape/", "map/matrix/", "map/pipeline/", "roles/data-engineer/", "stages/data-collection/", "ethics/bias/"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", default="site", type=Path)
    parser.add_argument("--out", default="test-artifacts/screenshots", type=Path)
    parser.add_argument("--full", action="store_true", help="capture the full page height")
    parser.add_argument("pages", nargs="*", default=DEFAULT_PAGES)
    args = parser.parse_args()
    if not (args.site / "ko" / "index.html").is_file():
        sys.exit(f"{args.site} holds no built site: build it first (.venv/bin/mkdocs build)")
    args.out.mkdir(parents=True, exist_ok=True)
    with serve(args.site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for device, (w, h) in WIDTHS.items():
            page = browser.new_page(viewport={"width": w, "height": h})
            for lang in ("ko", "en"):
                for path in args.pages:
                    response = page.goto(f"{base}{lang}/{path}")
                    if response is None or response.status != 200:
                        sys.exit(f"{lang}/{path}: HTTP {response.status if response else 'no response'}, not screenshotted")
                    name = (path.strip("/").replace("/", "-") or "home") + f"-{lang}-{device}.png"
                    page.screenshot(path=str(args.out / name), full_page=args.full)
                    print(args.out / name)
            page.close()
        browser.close()


if __name__ == "__main__":
    main()

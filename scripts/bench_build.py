"""Build benchmark: the atlas against plain MkDocs + Material building the same pages.

    .venv/bin/python scripts/bench_build.py [--scale 10] [--runs 3] [--weight-only]

Prints, measured in the same run on this machine:
- the full build of both languages with the atlas plugin, and plain MkDocs +
  Material building the same pages written out as static Markdown (one build per
  language) with the atlas's own navigation, as a ratio; at today's size, at half of
  --scale and at --scale times the data;
- the cost of each page added from x1 to x(scale/2) and from there to x(scale), start-up
  excluded (it should stay flat: their ratio is the growth);
- the time `mkdocs serve` takes to rebuild after one data file changes;
- the page weight per page type and language in Chromium (median of --runs
  views), beside the same page built by plain Material.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import product
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

os.environ["ATLAS_DATA_SCALE"] = "20"  # the volume limits of a twenty-times atlas: --scale copies of the data must load
REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "scripts")]

from staticserver import CHROMIUM, CHROMIUM_ARGS, serve, stop_serve  # noqa: E402
from synthetic import multiply  # noqa: E402

from career_atlas.core.check import load_graph  # noqa: E402
from career_atlas.core.model import DEFAULT_LANGUAGES as LANGS  # noqa: E402
from career_atlas.render.language import Renderer  # noqa: E402
from career_atlas.render.page import NavItem  # noqa: E402

ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")
WEIGHT_KINDS = {"document": "html", "stylesheet": "css", "script": "js", "fetch": "data", "xhr": "data"}
RATIO_TARGET = 1.2
"""Issue 24: the atlas's build at most this many times plain MkDocs + Material's, at --scale times the data."""
GROWTH_TARGET = 1.1
"""Issue 24: the cost of a page added in the upper half of --scale, over its cost in the lower half, at most this."""
PAGE_TYPES = {"home": "", "role": "roles/data-engineer/", "stage": "stages/data-collection/", "ethics": "ethics/bias/", "map": "map/landscape/"}


def atlas_project(work: Path, scale: int) -> Path:
    dest = work / f"atlas-x{scale}"
    for name in ("docs", "data"):
        shutil.copytree(REPO / name, dest / name)
    shutil.copy(REPO / "mkdocs.yml", dest)
    shutil.copy(REPO / "CONTRIBUTING.md", dest)
    if scale > 1:
        multiply(dest / "data", scale)
    return dest


def plain_projects(atlas: Path) -> list[Path]:
    """The same pages as static Markdown, one plain MkDocs + Material project per language."""
    graph = load_graph(atlas / "data")
    config = yaml.safe_load((atlas / "mkdocs.yml").read_text(encoding="utf-8").replace("!!python", "#"))
    out = []
    for lang in LANGS:
        dest = atlas.parent / f"plain-{atlas.name}-{lang}"
        shutil.copytree(atlas / "docs" / lang, dest / "docs")
        shutil.copy(atlas / "CONTRIBUTING.md", dest)
        renderer = Renderer(graph, lang)
        for spec in renderer.pages():
            path = dest / "docs" / spec.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(spec.markdown, encoding="utf-8")
        written = sorted(p.relative_to(atlas / "docs" / lang).as_posix() for p in (atlas / "docs" / lang).rglob("*.md"))
        project = [NavItem("", page) for page in written if page != "index.md"]
        nav = plain_nav([item.to_mkdocs() for item in renderer.nav(project)])
        text = (atlas / "mkdocs.yml").read_text(encoding="utf-8")
        text = re.sub(r"\n  - atlas:\n(?:      .*\n)*", "\n", text).replace("docs_dir: docs", "docs_dir: docs").replace("language: ko", f"language: {lang}")
        text = text.replace(f"site_url: {config['site_url']}", f"site_url: {config['site_url']}{lang}/")
        text += "\n" + yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False)
        (dest / "mkdocs.yml").write_text(text, encoding="utf-8")
        out.append(dest)
    return out


def marginal(times: dict[int, float], pages: dict[int, int], low: int, high: int) -> float:
    """Seconds each page added between two sizes costs: a build's fixed start-up cancels out,
    so a cost that grows faster than the pages shows as a larger figure for the larger step."""
    return (times[high] - times[low]) / (pages[high] - pages[low])


def plain_nav(item: object) -> object:
    """The atlas's own navigation as plain YAML values (its titles are Markup strings), so
    that plain MkDocs lays out the same sidebar: with MkDocs' own navigation, flat by
    folder, every page of a section would list the whole section, a cost the atlas
    does not pay."""
    if isinstance(item, dict):
        return {str(k): plain_nav(v) for k, v in item.items()}
    if isinstance(item, list):
        return [plain_nav(v) for v in item]
    return str(item)


def timed_build(project: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, capture_output=True, text=True, env=ENV)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"build failed in {project}:\n{result.stderr[-2000:]}")
    return elapsed


def pages_in(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))


def serve_rebuild(project: Path) -> float:
    """Seconds from saving a data file to `mkdocs serve` having rebuilt both languages."""
    log = project / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", "127.0.0.1:0"], cwd=project, stdout=out, stderr=subprocess.STDOUT, env=ENV)
    try:
        while "Serving on" not in log.read_text():
            if proc.poll() is not None:
                sys.exit(log.read_text()[-2000:])
            time.sleep(0.1)
        before = log.read_text().count("career_atlas: built")
        target = project / "data/roles/data-engineer.yml"
        start = time.perf_counter()
        target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        while log.read_text().count("career_atlas: built") == before:
            time.sleep(0.02)
        return time.perf_counter() - start
    finally:
        stop_serve(proc)


def page_weight(browser, url: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Bytes Chromium downloads for one view of ``url`` (headers and bodies, by kind),
    counted once the page has loaded and no request started or ended for a second:
    scripts on the page start requests of their own after the load event (Material's
    search index), and counting only until "network idle" is what made this noisy."""
    context = browser.new_context()
    page = context.new_page()
    pending: set = set()
    done: list = []
    last = [time.perf_counter()]

    def started(request) -> None:  # type: ignore[no-untyped-def]
        pending.add(request)
        last[0] = time.perf_counter()

    def ended(request) -> None:  # type: ignore[no-untyped-def]
        pending.discard(request)
        done.append(request)
        last[0] = time.perf_counter()

    page.on("request", started)
    page.on("requestfinished", ended)
    def failed(request) -> None:  # type: ignore[no-untyped-def]
        pending.discard(request)  # nothing arrived, so no bytes to count
        last[0] = time.perf_counter()

    page.on("requestfailed", failed)
    page.goto(url, wait_until="load")
    deadline = time.perf_counter() + 15
    while (pending or time.perf_counter() - last[0] < 1.0) and time.perf_counter() < deadline:
        page.wait_for_timeout(100)
    weight: dict[str, int] = {}
    for request in done:
        sizes = request.sizes()
        kind = WEIGHT_KINDS.get(request.resource_type, "other")
        weight[kind] = weight.get(kind, 0) + sizes["responseBodySize"] + sizes["responseHeadersSize"]
    context.close()
    return weight


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--weight-only", action="store_true", help="skip the timings; build once and weigh the pages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"{'data':>6} {'pages':>6} {'atlas s':>8} {'plain s':>8} {'ratio':>6} {'run ratios':>18} {'atlas ms/page':>14} {'plain ms/page':>14}")
        projects = {}
        ratio, atlas_s, plain_s, pages = {}, {}, {}, {}
        sizes = [1] if args.weight_only else sorted({1, max(1, args.scale // 2), args.scale})
        for scale in sizes:
            atlas = atlas_project(work, scale)
            plains = plain_projects(atlas)
            projects[scale] = (atlas, plains)
            a_times, p_times = [], []
            for _ in range(1 if args.weight_only else args.runs):  # alternate, so machine noise hits both alike
                a_times.append(timed_build(atlas))
                p_times.append(sum(timed_build(p) for p in plains))
            a, p = statistics.median(a_times), statistics.median(p_times)
            n = pages_in(atlas / "site")
            pairs = sorted(x / y for x, y in zip(a_times, p_times))  # each run's atlas build over the plain builds beside it
            ratio[scale], atlas_s[scale], plain_s[scale], pages[scale] = statistics.median(pairs), a, p, n
            spread = f"{pairs[0]:.2f}-{pairs[-1]:.2f}" if len(pairs) > 1 else ""
            print(f"{'x' + str(scale):>6} {n:>6} {a:>8.2f} {p:>8.2f} {ratio[scale]:>6.2f} {spread:>18} {1000 * a / n:>14.1f} {1000 * p / n:>14.1f}")
        if len(sizes) == 3:
            low, mid, high = sizes
            print(f"\ncost of each added page (start-up excluded), ms: x{low} to x{mid}, x{mid} to x{high}, growth")
            growth = {}
            for name, times in (("atlas", atlas_s), ("plain", plain_s)):
                first = marginal(times, pages, low, mid)
                second = marginal(times, pages, mid, high)
                growth[name] = second / first
                print(f"{name:>6} {1000 * first:>8.1f} {1000 * second:>8.1f} {growth[name]:>6.2f}")
            for name, value, target in (("ratio to plain at x" + str(high), ratio[high], RATIO_TARGET),
                                        ("growth of the cost per added page", growth["atlas"], GROWTH_TARGET)):
                print(f"{name}: {value:.2f} (target <= {target}): {'met' if value <= target else 'NOT met'}")
        if not args.weight_only:
            rebuild = statistics.median(serve_rebuild(projects[1][0]) for _ in range(args.runs))
            print(f"\nmkdocs serve, rebuild after one data file changes: {rebuild:.2f} s")
        atlas, plains = projects[1]
        kinds = ("html", "css", "js", "data", "other")
        print(f"\npage weight, KB (median of {args.runs} views; html/css/js/data/other, then the total)")
        print(f"{'page type':10} {'atlas':>32} {'plain Material':>32} {'ratio':>6}")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            with serve(atlas / "site") as base, serve(plains[0] / "site") as plain_ko, serve(plains[1] / "site") as plain_en:
                plain_bases = dict(zip(LANGS, (plain_ko, plain_en)))
                for (kind, path), lang in product(PAGE_TYPES.items(), LANGS):
                    cells = []
                    for url in (f"{base}{lang}/{path}", f"{plain_bases[lang]}{path}"):
                        views = [page_weight(browser, url) for _ in range(args.runs)]
                        views.sort(key=lambda w: sum(w.values()))
                        median = views[len(views) // 2]
                        cells.append(("/".join(f"{median.get(k, 0) / 1024:.0f}" for k in kinds), sum(median.values()) / 1024))
                    (ours, ours_total), (theirs, theirs_total) = cells
                    print(f"{lang + ' ' + kind:10} {ours:>24} {ours_total:>7.1f} {theirs:>24} {theirs_total:>7.1f} {ours_total / theirs_total:>6.2f}")
            browser.close()


if __name__ == "__main__":
    main()

"""Search benchmark: the atlas's search against Material's default, in Chromium.

    .venv/bin/python scripts/bench_search.py [--scale 10] [--misses] [--runs 7]

Builds the site twice from the same data (Pagefind behind Material's UI, and
Material's own lunr search), serves each on 127.0.0.1, types every query into the
search box and prints hit@1, hit@3 and MRR per language and per set: `main`
(tests/search_queries.yml, which the synonyms were tuned on), `heldout`
(tests/search_heldout.yml, written before the first tuning, seen since) and
`heldout2` onwards (tests/search_heldoutN.yml, each written blind and committed
before it was first measured; docs/en/architecture.md says which were tuned on since:
a new blind set is the only fair measure of the next change). A set's `out_of_scope`
queries (topics the atlas does not cover) score the share with no page in the top 3. Then the time from the last
keystroke to the rendered results for the first query after a page load (median
of --runs fresh pages), and the bytes a visitor downloads to search and the time to
the first results, at today's size and at --scale times the data (synthetic copies).
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
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

os.environ["ATLAS_DATA_SCALE"] = "20"  # the volume limits of a twenty-times atlas: --scale copies of the data must load
REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "scripts")]

from searchprobe import keystroke_latency, load_cost, rank_queries, scores  # noqa: E402
from staticserver import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from synthetic import multiply  # noqa: E402

ENGINES = ("pagefind", "material")
FIRST_QUERY = {"ko": "배관공", "en": "plumber"}
# First queries of a fresh page, for the keystroke latency (several, so no one index chunk decides).
# Questions too: a question of three words or more is also searched word by word.
LATENCY_QUERIES = {"ko": ["배관공", "연구원", "데이터 엔지니어는 무슨 일을 하나요", "양자화", "인턴십", "편향", "AI 회사 들어가면 논문만 읽나요"],
                   "en": ["plumber", "researcher", "what does a data engineer do", "internship", "bias", "Kubeflow",
                          "shrink a big model by training a smaller one"]}
SETS = {"main": "tests/search_queries.yml"} | {
    p.stem.removeprefix("search_"): f"tests/{p.name}"
    for p in sorted((REPO / "tests").glob("search_heldout*.yml"), key=lambda p: int(p.stem.removeprefix("search_heldout") or 1))}


def project_copy(work: Path, engine: str, scale: int) -> Path:
    """A copy of the project with the chosen search engine and `scale` times the data."""
    dest = work / f"{engine}-x{scale}"
    shutil.copytree(REPO / "docs", dest / "docs")
    shutil.copytree(REPO / "data", dest / "data")
    shutil.copy(REPO / "CONTRIBUTING.md", dest / "CONTRIBUTING.md")
    shutil.copytree(REPO / "search", dest / "search")  # the synonyms the worker expands queries with
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    # `- atlas` alone or `- atlas:` with options: either way, the engine goes in its options.
    config = re.sub(r"^  - atlas:?\n", f"  - atlas:\n      search_engine: {engine}\n", config, count=1, flags=re.MULTILINE)
    if f"search_engine: {engine}" not in config:
        sys.exit("could not set search_engine in the copy of mkdocs.yml")
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    if scale > 1:
        multiply(dest / "data", scale)
    return dest


def build(project: Path) -> Path:
    # This checkout's code, not whichever copy of the package the interpreter has installed.
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"build failed in {project}:\n{result.stderr[-3000:]}")
    return project / "site"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--misses", action="store_true", help="list the queries whose page is not in the top 3")
    parser.add_argument("--engines", nargs="+", default=list(ENGINES), choices=ENGINES)
    parser.add_argument("--no-cost", action="store_true", help="measure accuracy only")
    parser.add_argument("--runs", type=int, default=7, help="fresh page loads per language for the keystroke latency")
    parser.add_argument("--key-delay", type=float, default=50, help="ms between keystrokes when measuring latency")
    parser.add_argument("--latency-only", action="store_true", help="only the keystroke latency (builds today's size only)")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS,
                        help="query sets to score (leave a held-out set out while tuning, so its misses stay unseen)")
    parser.add_argument("--site", type=Path, help="an already built site (pagefind) instead of building: accuracy only")
    parser.add_argument("--compare-latency", type=Path, nargs=2, metavar=("BEFORE", "AFTER"),
                        help="two built sites (say, before and after a change): keystroke latency only, measured alternately")
    args = parser.parse_args()
    if args.compare_latency:
        compare_latency(args.compare_latency, args.runs, args.key_delay)
        return
    sets = {name: yaml.safe_load((REPO / SETS[name]).read_text(encoding="utf-8")) for name in args.sets}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        engines = ["pagefind"] if args.site else args.engines
        scales = (1,) if args.no_cost or args.site or args.latency_only else (1, args.scale)
        if args.site:
            sites = {("pagefind", 1): args.site}
        else:
            sites = {(e, s): build(project_copy(Path(tmp), e, s)) for e in engines for s in scales}
        print(f"{'engine':10} {'lang':4} {'set':8} {'n':>3} {'hit@1':>6} {'hit@3':>6} {'MRR':>6}")
        misses = []
        for engine in engines if not args.latency_only else ():
            with serve(sites[(engine, 1)]) as base:
                for lang in ("ko", "en"):
                    everything = []
                    for name, queries in sets.items():
                        page = browser.new_page()
                        ranked = rank_queries(page, base, lang, queries[lang])
                        page.close()
                        everything += ranked
                        s = scores(ranked)
                        print(f"{engine:10} {lang:4} {name:8} {s['n']:>3} {s['hit@1']:>6.2f} {s['hit@3']:>6.2f} {s['mrr']:>6.2f}")
                        misses += [(engine, lang, name, r) for r in ranked if r.rank != 1]
                    s = scores(everything)
                    print(f"{engine:10} {lang:4} {'all':8} {s['n']:>3} {s['hit@1']:>6.2f} {s['hit@3']:>6.2f} {s['mrr']:>6.2f}")
                    # Out-of-scope queries (a set's `out_of_scope`): every page is a wrong page; the share
                    # whose top 3 is empty (the reader is told the atlas does not cover it).
                    for name, queries in sets.items():
                        outside = (queries.get("out_of_scope") or {}).get(lang)
                        if outside:
                            page = browser.new_page()
                            ranked = rank_queries(page, base, lang, outside)
                            page.close()
                            clean = sum(not r.results[:3] for r in ranked) / len(ranked)
                            print(f"{engine:10} {lang:4} {name + '-oos':8} {len(ranked):>3} no page in top 3: {clean:.2f}")
                            misses += [(engine, lang, name + "-oos", r) for r in ranked if r.results[:3]]
        if not (args.no_cost or args.site):
            print(f"\nlast keystroke -> results rendered, first query after a page load, {args.key_delay:.0f} ms a key, {args.runs} runs")
            print(f"{'engine':10} {'lang':4} {'median ms':>10} {'min':>6} {'max':>6}")
            for engine in engines:
                with serve(sites[(engine, 1)]) as base:
                    for lang, queries in LATENCY_QUERIES.items():
                        keystroke_latency(browser, base, lang, queries[0], args.key_delay)  # warm the server's disk cache
                        ms = sorted(keystroke_latency(browser, base, lang, queries[i % len(queries)], args.key_delay) for i in range(args.runs))
                        print(f"{engine:10} {lang:4} {statistics.median(ms):>10.0f} {ms[0]:>6.0f} {ms[-1]:>6.0f}")
            print()
            print(f"{'engine':10} {'lang':4} {'scale':>5} {'search KB':>10} {'first results ms':>17}")
            for engine in engines if not args.latency_only else ():
                for scale in scales:
                    with serve(sites[(engine, scale)]) as base:
                        for lang in ("ko", "en"):
                            load_cost(browser, base, lang, FIRST_QUERY[lang])  # warm the server's disk cache
                            cost = load_cost(browser, base, lang, FIRST_QUERY[lang])
                            print(f"{engine:10} {lang:4} {scale:>5} {cost.search_bytes / 1024:>10.1f} {cost.first_results_ms:>17.0f}")
        browser.close()
        if args.misses:
            print("\nnot first:")
            for engine, lang, name, r in misses:
                print(f"  {engine:10} {lang} {name:8} {r.query!r}: expected {r.expect} (rank {r.rank}), got {r.results[:3]}")


def compare_latency(sites: list[Path], runs: int, key_delay: float) -> None:
    """The keystroke latency of two built sites, one query on each in turn, so that whatever
    else the machine does weighs on both alike."""
    with sync_playwright() as p, serve(sites[0]) as first, serve(sites[1]) as second:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        print(f"last keystroke -> results rendered, first query after a page load, {key_delay:.0f} ms a key, {runs} runs each, alternately")
        print(f"{'site':40} {'lang':4} {'median ms':>10} {'min':>6} {'max':>6}")
        for lang, queries in LATENCY_QUERIES.items():
            for base in (first, second):
                keystroke_latency(browser, base, lang, queries[0], key_delay)  # warm the server's disk cache
            times: dict[str, list[float]] = {first: [], second: []}
            for i in range(runs):
                for base in (first, second) if i % 2 == 0 else (second, first):
                    times[base].append(keystroke_latency(browser, base, lang, queries[i % len(queries)], key_delay))
            for site, base in zip(sites, (first, second)):
                ms = sorted(times[base])
                print(f"{str(site)[-40:]:40} {lang:4} {statistics.median(ms):>10.0f} {ms[0]:>6.0f} {ms[-1]:>6.0f}")
        browser.close()


if __name__ == "__main__":
    main()

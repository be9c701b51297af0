/* Ranking: the results of the queries merged into one score per page, the pages worth
 * fetching picked, and their order. */
import { markedWords } from "./excerpt.mjs"
import { key } from "./text.mjs"

/* Pages shown. Each is fetched (its fragment: title, aliases, excerpt) to be re-ranked, and
   these requests decide the time from the last keystroke to the results
   (scripts/bench_search.py --latency-only, ko median of 15: 12 shown 191 ms, 8 shown
   111 ms, with the same hit@1 and hit@3). */
export const SHOWN = 8

/* Each query's best this many pages are shown, whatever the others score (a synonym's page
   may score low against the typed word's: MLE -> ML engineer). */
export const EACH_QUERY_BEST = 3

/* A question of this many words or more also ranks pages by their summed word scores
   (`coverage`): Pagefind wants every word of a query on a page, and a reader's question
   seldom has all of them on the page that answers it. */
export const COVERAGE_WORDS = 3

/* A word on more than this share of the pages (AI, ML, 모델, take, jobs) says little about
   which page answers, and Pagefind scores it high on pages whose words merely start with
   it (AIOps, MLOps): its score counts FREQUENT_WEIGHT. It still counts: "will AI take away
   our jobs" has one rarer word, "away", which alone finds one page. */
export const FREQUENT_SHARE = 1 / 3, FREQUENT_WEIGHT = 0.2

/* A page's summed word score counts this much against a query's score. */
export const COVERAGE_WEIGHT = 0.9

/* A page named by this share of the query, or more, is shown wherever Pagefind ranked it. */
export const MOSTLY_NAMED = 0.75

/* A page named by this share is named by the whole query (a little under 1: rounding). */
export const WHOLLY_NAMED = 0.99

/* Tiers, above any score: the page a question is routed to; a page whose name is the
   query. Pagefind's scores differ a hundredfold between a page that repeats a word and one
   that is about it (KLUE), so a factor alone cannot put the name's page first. */
export const TIER = { routed: 2, named: 1 }, TIER_SCALE = 1e9

/* A page in a section the question asks for (routes.mjs `kinds`) ranks this much higher. */
export const KIND = 2

/* A page named by a share s of the query, or one of whose questions has a share s of its
   words, ranks (1 + NAMED_BOOST s²) times higher. */
export const NAMED_BOOST = 7

/* Pagefind also matches stems and prefixes (COMPAS finds "companies"): a page that has all
   the query's words exactly as typed ranks (1 + EXACT_BOOST) times higher, a share of them
   that share of it. */
export const EXACT_BOOST = 2

/* Each page's score summed over the words of a question (`runs`: each word's results).
   Empty for a query of fewer than COVERAGE_WORDS words. */
export function coverage(runs, pageCount) {
  const found = new Map()
  for (const results of runs) {
    const weight = pageCount && results.length > pageCount * FREQUENT_SHARE ? FREQUENT_WEIGHT : 1
    for (const r of results) {
      const entry = found.get(r.id) || { result: r, score: 0 }
      entry.score += r.score * weight
      found.set(r.id, entry)
    }
  }
  return found
}

/* One entry per page: its best weighted score over the queries (`runs`: [query, results]),
   or over the question's summed words (`covered`, see coverage), and the words of the
   query that gave it. Best first. */
export function merge(runs, covered, question) {
  const merged = new Map()
  const offer = (result, score, q) => {
    if (!merged.has(result.id) || merged.get(result.id).score < score) merged.set(result.id, { result, score, words: q.split(" ").map(key).filter(Boolean) })
  }
  for (const [v, results] of runs) for (const r of results) offer(r, r.score * v.weight, v.q)
  for (const { result, score } of covered.values()) offer(result, score * COVERAGE_WEIGHT, question)
  return [...merged.values()].sort((a, b) => b.score - a.score)
}

/* The ids of the pages to fetch: each query's best few, then the best of the rest up to
   SHOWN, and the pages that must be shown (`must`) wherever they ranked. */
export function pick(runs, best, must) {
  const picked = new Set(runs.flatMap(([, results]) => results.slice(0, EACH_QUERY_BEST).map(r => r.id)))
  for (const { result } of best) if (picked.size < SHOWN) picked.add(result.id)
  const found = new Set(best.map(({ result }) => result.id))
  for (const id of must) if (found.has(id)) picked.add(id)
  return picked
}

/* A factor for a page that has the query's words (keys) exactly as typed among its marked words. */
export function exactBoost(excerpt, words) {
  const marked = new Set(markedWords(excerpt).map(key))
  const exact = words.filter(w => marked.has(w)).length
  return 1 + EXACT_BOOST * exact / words.length
}

/* The tier of a page: routed, named by the whole query, or 0. */
export function tier(page, route, share) {
  if (route && page === route.page) return TIER.routed
  if (share >= WHOLLY_NAMED) return TIER.named
  return 0
}

/* A page's rank: its tier, then its score raised for the section asked for (`kind`), for the
   share of the query that names it or that one of its questions has (`share`), and for the
   words it has as typed (`exact`). */
export function rank({ tier, score, kind, share, exact }) {
  return tier * TIER_SCALE + (kind ? KIND : 1) * score * (1 + NAMED_BOOST * share ** 2) * exact
}

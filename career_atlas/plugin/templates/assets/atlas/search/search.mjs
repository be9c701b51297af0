/* One search: what was typed -> Material's result items. Pagefind is reached only through
 * `lookup` (a query -> Pagefind's results), so the steps can be tested without a browser. */
import { safeExcerpt, escapeHtml, markedWords } from "./excerpt.mjs"
import { variants } from "./expand.mjs"
import { namedPages } from "./names.mjs"
import { normalize, splitCompounds } from "./normalize.mjs"
import { asked } from "./questions.mjs"
import { knownPieces, madeOfKnown } from "./pieces.mjs"
import { onPages } from "./presence.mjs"
import { beyondNamed } from "./focus.mjs"
import { COVERAGE_WORDS, FREQUENT_SHARE, MOSTLY_NAMED, coverage, exactBoost, merge, pick, rank, tier } from "./rank.mjs"
import { kinds, listed, namesProject, routed } from "./routes.mjs"
import { kindPicks, sectionIds } from "./sections.mjs"
import { TOPICAL_WORDS, mostlyUncovered, titleWord, topical } from "./scope.mjs"
import { isHangul, key } from "./text.mjs"
import { correct } from "./typos.mjs"

/* The pages whose questions are most like the query: this many are shown wherever Pagefind
   ranked them, and the best ANSWERS_SEARCHED of them are searched by title (in case
   Pagefind does not find them by the query's words). */
export const ANSWERS_SHOWN = 3, ANSWERS_SEARCHED = 2

/* The pages the query names best: this many are searched by title too. */
export const NAMED_SEARCHED = 3

/* The weight of a search for a named or question-matched page's title: it is there to find
   the page; its rank comes from the tiers and boosts (rank.mjs). */
export const TITLE_WEIGHT = 0.3

/* A query whose searches find fewer pages than this in all, and that is no long question,
   also searches each of its words on its own, at SINGLE_WORD_WEIGHT. */
export const FEW_RESULTS = 3, SINGLE_WORD_WEIGHT = 0.5

/* A result's sections (Pagefind's sub-results with an anchor) shown under it, how many of
   them keep the page's score, and the share of it the others get. */
export const SECTIONS_SHOWN = 4, SECTIONS_FULL_SCORE = 2, LATER_SECTION_SHARE = 0.5

/* A word shorter than this (one letter or syllable: 팀, 뭐) is not searched on its own, as a
   long question's word or a short query's single word: Pagefind matches it as the start of
   too many of the pages' words. */
export const SHORTEST_SEARCHED_WORD = 2

/* A Korean word of this many syllables on a reader's page is a word of its own (용어), not
   corrected; a longer one on the pages may be a typo of a title's word, and one on no page is
   always corrected (쟝고 -> 장고). */
export const OWN_WORD_SYLLABLES = 2

/* A page's path below the language root (`root`), from a URL of Pagefind's. */
export function relative(url, root) {
  const absolute = new URL(url, root)
  return absolute.href.startsWith(root.href) ? absolute.href.slice(root.href.length) : absolute.pathname
}

/* The query's words in no title, alias or synonym (no stopword, number or sign), as two sets:
   `missing`, those on no reader's page (presence.mjs: "salary", 연봉); `absent`, those that
   `variants` corrects: every one but a Korean word of OWN_WORD_SYLLABLES on the pages (쟝고
   is corrected, not 용어; a longer word on the pages may be a typo of a title's word, and its
   correction is then only searched: expand.mjs). */
async function unknownWords(text, terms, find) {
  const unknown = [...new Set(text.toLowerCase().split(" "))].filter(w => /\p{L}/u.test(w) && !terms.vocabulary.has(w) && !terms.stop.has(w) && !Object.hasOwn(terms.synonyms, w) && !/\d/.test(w))
  const present = await Promise.all(unknown.map(w => onPages(w, find)))
  return {
    missing: new Set(unknown.filter((_, i) => !present[i])),
    absent: new Set(unknown.filter((w, i) => !present[i] || !(w.length === OWN_WORD_SYLLABLES && isHangul(w)))),
  }
}

/* Whether a query says too little once its words on no page are left out: nothing is left,
   or, of a query of one or two words, only a word on many pages (FREQUENT_SHARE: prompt
   engineer is not about every page with "engineer"). */
async function saysTooLittle(typed, left, terms, find) {
  if (!left.length) return true
  if (typed.length >= COVERAGE_WORDS) return false
  const counts = await Promise.all(left.map(w => find(w).then(results => results.length)))
  return counts.every(n => n >= terms.ids.size * FREQUENT_SHARE)
}

/* Whether the query is mostly about what the pages do not cover (scope.mjs): its words,
   compounds split and with their known pieces, are counted on the pages; `naming`, whether
   it names a page in part. A query of TOPICAL_WORDS words or fewer is `short`: only its
   words that say what it is about count against its words on no page. */
async function aboutElsewhere(typed, uncovered, naming, terms, find) {
  const words = withPieces([...new Set(splitCompounds(typed, terms.vocabulary).flatMap(w => w.split(" ")))], terms)
  const counts = new Map(await Promise.all(words.map(w => find(w).then(results => [w.toLowerCase(), results.length]))))
  const short = typed.filter(w => !terms.stop.has(w.toLowerCase())).length <= TOPICAL_WORDS
  return mostlyUncovered(words, uncovered, counts, terms, terms.ids.size, FREQUENT_SHARE, naming, short)
}

/* Whether a short query says nothing the titles cover (scope.mjs `topical`): none of the
   words of its versions (`queries`: corrected, with synonyms, compounds split) is a page's
   name or a title's word on few pages ("parental leave", 노트북 추천). Counted as typed
   ("quoted"): a word's start matches too many pages. */
async function saysNothingTopical(typed, queries, terms, find) {
  if (typed.length > TOPICAL_WORDS) return false
  // A query of titles' words only (엔지니어, AI) asks about what the titles name.
  if (typed.every(w => terms.vocabulary.has(w.toLowerCase()))) return false
  const words = withPieces([...new Set(queries.flatMap(v => splitCompounds(v.q.split(" "), terms.vocabulary).flatMap(w => w.split(" "))).map(w => w.toLowerCase()))].filter(w => /\p{L}/u.test(w) && !terms.stop.has(w)), terms)
  for (const w of words) {
    if (terms.names.has(key(w))) return false
    if (!titleWord(w, terms)) continue
    if (topical(w, (await find(`"${w}"`)).length, terms, terms.ids.size, FREQUENT_SHARE)) return false
  }
  return true
}

/* The words, each followed by the known pieces of a Korean compound none of whose forms is
   a title's word (pieces.mjs: 인종차별 -> 차별, a page's name). */
function withPieces(words, terms) {
  return [...new Set(words.flatMap(w => titleWord(w, terms) ? [w] : [w, ...knownPieces(w, terms)]))]
}

/* Material's result group for a page: the page, then its sections; `uncovered`, the query's
   words on no page, are listed as missing (Material strikes them through under the result). */
function group(page, data, score, text, uncovered, root) {
  const words = markedWords(data.excerpt)
  const marked = Object.fromEntries([...(words.length ? words : text.toLowerCase().split(" ")).map(w => [w, true]), ...uncovered.map(w => [w, false])])
  const items = [{ location: page, title: escapeHtml(data.meta.title || page), text: safeExcerpt(data.excerpt), score, terms: marked }]
  for (const [i, sub] of (data.sub_results || []).entries()) {
    const location = relative(sub.url, root)
    if (!location.includes("#") || i >= SECTIONS_SHOWN) continue
    items.push({ location, title: escapeHtml(sub.title), text: safeExcerpt(sub.excerpt), score: i < SECTIONS_FULL_SCORE ? score : score * LATER_SECTION_SHARE, terms: marked })
  }
  return items
}

/* Results for a query: {items}, Material's answer; null once `stale()` says a newer query
   came (typing on should not wait for fragments of the words typed before).
   `terms`: terms.mjs prepare; `search(q)`: Pagefind's search; `root`: the language root's URL. */
export async function search(query, { terms, search: pagefindSearch, root, stale = () => false }) {
  const text = normalize(query)
  if (!text) return { items: [] }
  // Each query searched once: a word's results serve `coverage` and the typo check.
  const searched = new Map()
  const lookup = q => searched.get(q) || searched.set(q, pagefindSearch(q).then(found => found.results)).get(q)
  // The project's pages are left out before any page is picked, unless the query names the
  // project: they would take the place of a reader's page.
  const project = namesProject(text, terms)
  const find = q => lookup(q).then(results => project ? results : results.filter(r => !terms.projectIds.has(r.id)))
  const { missing, absent } = await unknownWords(text, terms, find)
  // Words on no page are searched for nowhere: Pagefind would match a letter or two of them.
  // They still count as typed (a name's share of the query, the words a page has as typed).
  const searchable = q => q.split(" ").filter(w => !missing.has(w.toLowerCase())).join(" ")
  const queries = variants(text, absent, terms)
  // A query that names a page also searches for that page's title, and ranks it first.
  const named = namedPages(queries, terms)
  // A question routed to a guide (search/synonyms.yml routes), or to a section's list.
  const route = routed(text, terms) || listed(text, queries, terms)
  if (route) named.set(route.page, 1)  // so its title is searched, and it is shown
  const answers = new Map([...asked(query, terms)].sort((a, b) => b[1] - a[1]).slice(0, ANSWERS_SHOWN))
  const titled = [...[...answers.keys()].slice(0, ANSWERS_SEARCHED).filter(page => !named.has(page)), ...[...named.keys()].slice(0, NAMED_SEARCHED)]
  for (const page of titled) queries.push({ q: normalize(terms.titles.get(page) || ""), weight: TITLE_WEIGHT })
  // The queries and a long question's words, searched at once.
  const question = searchable(queries[0].q)
  const questionWords = [...new Set(question.split(" ").filter(w => w.length >= SHORTEST_SEARCHED_WORD))]
  // Words on no page that no correction replaces: the atlas does not cover them. Too little
  // left, and the reader is told so instead of shown pages about something else (partials/search.html).
  const typed = queries[0].q.split(" ")
  const uncovered = splitCompounds(typed, terms.vocabulary).flatMap(w => w.split(" ")).filter(w => missing.has(w.toLowerCase()) && !correct(w.toLowerCase(), terms) && !madeOfKnown(w, terms))
  const left = [...new Set(queries.flatMap(v => searchable(v.q).split(" ")).filter(Boolean))]
  if (uncovered.length && !route && await saysTooLittle(typed, left, terms, find)) return { items: [] }
  // Or its words on no page are as many as those about what it asks (a page's name in it,
  // when it names one in part, among them), and no page is mostly named by it or has a
  // question like it (scope.mjs).
  if (uncovered.length && !route && ![...named.values()].some(share => share >= MOSTLY_NAMED) && !answers.size && await aboutElsewhere(typed, uncovered, named.size > 0, terms, find)) return { items: [] }
  // Or it names a page and adds a word that page does not have (focus.mjs).
  if (!route && !project && !answers.size && await beyondNamed(typed, missing, terms, find)) return { items: [] }
  // Or it is short and none of its words is about what the pages cover.
  if (!route && !project && !named.size && !answers.size && await saysNothingTopical(typed.filter(w => !terms.stop.has(w.toLowerCase())), queries, terms, find)) return { items: [] }
  const [found, covered] = await Promise.all([
    Promise.all(queries.map(v => searchable(v.q) ? find(searchable(v.q)).then(results => [v, results]) : [v, []])),
    questionWords.length >= COVERAGE_WORDS ? Promise.all(questionWords.map(find)).then(runs => coverage(runs, terms.ids.size)) : new Map(),
  ])
  let runs = found
  if (!covered.size && runs.reduce((n, [, results]) => n + results.length, 0) < FEW_RESULTS) {
    const single = [...new Set(queries.flatMap(v => searchable(v.q).split(" ")))].filter(w => w.length >= SHORTEST_SEARCHED_WORD).map(q => ({ q, weight: SINGLE_WORD_WEIGHT }))
    if (single.length > 1 && !stale()) runs = runs.concat(await Promise.all(single.map(v => find(v.q).then(results => [v, results]))))
  }
  if (stale()) return null
  const best = merge(runs, covered, question)
  // Shown wherever Pagefind ranked them: the routed page, the pages the query mostly names
  // and those whose questions are like it (terms.ids: each page's Pagefind id).
  const must = new Set([route?.page, ...[...named].filter(([, share]) => share >= MOSTLY_NAMED).map(([page]) => page), ...answers.keys()].map(page => terms.ids.get(page)).filter(Boolean))
  const sections = kinds(text, terms)
  for (const id of kindPicks(best, sectionIds(sections, terms.ids))) must.add(id)
  const picked = pick(runs, best, must)
  const scored = await Promise.all(best.filter(({ result }) => picked.has(result.id)).map(async ({ result, score, words }) => {
    const data = await result.data()
    const page = relative(data.url, root)
    const share = named.get(page) || 0
    return [page, data, rank({
      tier: tier(page, route, share),
      score,
      kind: sections.some(section => page.startsWith(section)),
      share: Math.max(share, answers.get(page) || 0),
      exact: exactBoost(data.excerpt, words),
    })]
  }))
  scored.sort((a, b) => b[2] - a[2])
  return { items: scored.map(([page, data, score]) => group(page, data, score, text, uncovered, root)) }
}

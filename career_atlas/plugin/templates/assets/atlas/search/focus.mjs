/* Whether a query that names a page asks about something that page does not say. A page's
 * name with a topic the atlas does not cover (퀀트 개발자 연봉, quant developer salary,
 * 차분 프라이버시) finds the named page by its name alone; the other words are on no page, or
 * on other pages in passing (some of which mention the name), never on the named one. */
import { matches } from "./presence.mjs"
import { PREDICATE, titleWord } from "./scope.mjs"
import { correct } from "./typos.mjs"
import { isHangul, key } from "./text.mjs"
import { takenNames } from "./names.mjs"

/* A query of at most this many words (stopwords aside) asks about what its name and its other
   words share: a longer one describes, in its own words, what a page says in others. */
export const FOCUSED_WORDS = 4

/* The pages the query's names name (any share of it), and the indexes of the words those
   names cover: a name is matched on whole consecutive words, longest first. */
export function nameSpans(words, terms) {
  const pages = new Set(), names = []
  const { spans, taken } = takenNames(words, terms)
  for (const { i, j, name } of spans) {
    names.push(words.slice(i, j).join(" "))
    for (const page of terms.names.get(name)) pages.add(page)
  }
  return { pages, taken, names }
}

/* The query's words besides its names that the atlas has no word for: no stopword, number,
   sign, Korean predicate or synonym, no word of the titles, aliases or pages' questions (or
   a form of one), and no typo of a title's word (풀스텍, develper). */
export function addedWords(words, taken, terms) {
  return words.filter((w, i) => {
    const word = w.toLowerCase()
    return !taken.has(i) && /\p{L}/u.test(w) && !/\d/.test(w) && !terms.stop.has(word) && !Object.hasOwn(terms.synonyms, word)
      && !titleWord(word, terms) && !(isHangul(w) && PREDICATE.test(w)) && !correct(word, terms)
  })
}

/* Whether `word` is on one of the pages whose Pagefind ids are `ids`: as typed ("quoted"),
   or as Pagefind's best match of it there (presence.mjs `matches`). */
export async function onAnyOf(word, ids, find) {
  if ((await find(`"${word}"`)).some(r => ids.has(r.id))) return true
  if (!isHangul(word)) return false
  const here = (await find(word)).filter(r => ids.has(r.id))
  for (const r of here) if (matches(word, await r.data())) return true
  return false
}

/* Whether `word`, or one of its synonyms (컴파스 -> COMPAS), is on one of the pages `ids`. */
export async function orSynonym(word, ids, terms, find) {
  const synonyms = Object.hasOwn(terms.synonyms, word.toLowerCase()) ? terms.synonyms[word.toLowerCase()] : []
  for (const w of [word, ...synonyms]) if (await onAnyOf(w, ids, find)) return true
  return false
}

/* Whether the query names a page and is mostly about something else: its words that the
   atlas has no word for and that the named pages do not have (`addedWords`, `onAnyOf`)
   outnumber its other words (stopwords and the names aside). */
export async function beyondNamed(words, missing, terms, find) {
  const asked = words.filter(w => !terms.stop.has(w.toLowerCase()))
  if (asked.length > FOCUSED_WORDS) return false
  const { pages, taken, names } = nameSpans(asked, terms)
  // A query naming two things (장고 쿠버네티스 비교) asks what they share, as in names.mjs.
  if (!pages.size || new Set(names.map(name => terms.names.get(key(name.split(" ").join("")))[0])).size > 1) return false
  const added = addedWords(asked, taken, terms)
  if (!added.length) return false
  // The named pages only: a page that mentions the name in passing has many words, and
  // finding the added one there says nothing of the named page (quant developer salary).
  const ids = new Set([...pages].map(p => terms.ids.get(p)).filter(Boolean))
  const rest = asked.filter((w, i) => !taken.has(i) && /\p{L}/u.test(w) && !/\d/.test(w) && !(isHangul(w) && PREDICATE.test(w)))
  const on = await Promise.all(rest.map(w => orSynonym(w, ids, terms, find)))
  const off = rest.filter((w, i) => !on[i])
  return added.some(w => off.includes(w) && missing.has(w.toLowerCase())) && off.length > rest.length - off.length
}

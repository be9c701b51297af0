/* Pages named by the query: a page's title, alias or speaker among the query's words. */
import { key } from "./text.mjs"

/* A name is looked for in up to this many consecutive words of the query. */
export const LONGEST_NAME = 4

/* A name covering less than this share of the query's letters names no page. */
export const SMALLEST_NAMING_SHARE = 0.5

/* A section's word next to a name (박은정 강연) adds its letters to the name's share, up to
   this: below the tiers of rank.mjs, so it says which page, never that the name is the query. */
export const SECTION_WORD_CAP = 0.7

/* Pages sharing a name (서빙: a stage and a glossary term): the first listed has it in its
   title, or is the entry (site/search.py ENTRY_FOLDERS); the others are named this much less. */
export const SHARED_NAME = 0.8

/* The query's names, matched on whole consecutive words, longest first: the spans taken
   ({ i, j, name }: words i to j, the name's key), in that order, and the indexes of the words
   they cover. */
export function takenNames(words, terms) {
  const spans = []
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + LONGEST_NAME); j > i; j--) {
      const name = key(words.slice(i, j).join(""))
      if (terms.names.has(name)) spans.push({ i, j, name })
    }
  }
  spans.sort((a, b) => b.name.length - a.name.length)
  const taken = new Set(), kept = []
  for (const span of spans) {
    if ([...Array(span.j - span.i).keys()].some(k => taken.has(span.i + k))) continue
    for (let k = span.i; k < span.j; k++) taken.add(k)
    kept.push(span)
  }
  return { spans: kept, taken }
}

/* Pages named in the queries (not those from a guessed correction), each with the share of
   the query's letters its name covers (0.5 to 1): 데이터 엔지니어 in 데이터 엔지니어 무슨 일
   (question words are stopwords), "ai researcher" in "become ai researcher". Names are
   matched on whole words, longest first, so "ner" is not found in "engineer", nor 데이터
   inside 데이터 엔지니어. Best share first. */
export function namedPages(queries, terms) {
  const found = new Map()
  for (const { q } of queries.filter(v => v.corrected !== "guess")) {
    const names = new Map()
    const words = q.split(" ")
    const letters = key(q).length
    const { spans, taken } = takenNames(words, terms)
    for (const { name } of spans) names.set(name, name.length / letters)
    // A word asking for the named page's section (`kinds`) is part of naming it (박은정 강연
    // names her talk), but it says only which section: it never makes the name the whole
    // query, so "researcher vs engineer" is still routed.
    for (const [k, word] of words.entries()) {
      if (taken.has(k)) continue
      const sections = terms.kinds.filter(kind => kind.words.some(w => w.toLowerCase() === word.toLowerCase())).map(kind => kind.section)
      for (const [name, share] of names) {
        if (sections.some(section => terms.names.get(name)[0].startsWith(section))) names.set(name, Math.max(share, Math.min(share + key(word).length / letters, SECTION_WORD_CAP)))
      }
    }
    // A query naming two things (버트랑 엘모, BERT vs ELMo) asks about both: neither page's
    // name decides, Pagefind finds the pages that have both.
    if (new Set([...names.keys()].map(name => terms.names.get(name)[0])).size > 1) continue
    for (const [name, share] of names) {
      if (share < SMALLEST_NAMING_SHARE) continue
      for (const [n, page] of terms.names.get(name).entries()) found.set(page, Math.max(found.get(page) || 0, n ? share * SHARED_NAME : share))
    }
  }
  return new Map([...found].sort((a, b) => b[1] - a[1]))
}

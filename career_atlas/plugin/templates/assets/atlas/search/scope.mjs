/* Whether the atlas covers what a query is about. A query on a topic the atlas does not
 * cover (연봉, visa sponsorship, React hooks) still finds pages: a word of it may be on a
 * page in passing (추천, design, parental), or be a generic one (AI, engineer, 방법). The
 * reader is better served by the "not covered" notice than by those pages. */
import { isHangul, key } from "./text.mjs"

/* A Korean word on no page ending as a sentence does (하나요, 나을까, 뭐임, 고민인데,
   못하면): the question's verb, conjugated, not what it is about. */
export const PREDICATE = /(요|까|임|데|면)$/

/* An English plural whose singular is a title's or alias's word (PMs, LLMs) is that word. */
const PLURAL = /(?<=[a-z]{2})s$/

/* Whether the words on no page (`uncovered`: no typo of a title's word) outnumber, or
   equal, the words that say what the query is about: the other words on few pages
   (`counts`, a word -> how many pages have it; at most `pageCount` × `frequentShare`).
   Never when one of those is a page's name or a synonym (a page's topic: 장고; a word of a
   longer name, speech of part-of-speech tagging, is not).
   A page's name in the query (`naming`: AI 개발자 in AI 개발자 신입 연봉) counts as one such word. */
export function mostlyUncovered(words, uncovered, counts, terms, pageCount, frequentShare, naming = false) {
  const off = new Set(uncovered.map(w => w.toLowerCase()).filter(w => !(isHangul(w) && PREDICATE.test(w)) && !terms.vocabulary.has(w.replace(PLURAL, ""))))
  if (!off.size) return false
  const topical = words.map(w => w.toLowerCase()).filter(w => !off.has(w) && !terms.stop.has(w) && counts.has(w) && counts.get(w) <= pageCount * frequentShare)
  if (topical.some(w => terms.names.has(key(w)) || Object.hasOwn(terms.synonyms, w))) return false
  return off.size >= topical.length + Number(naming)
}

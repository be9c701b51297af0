/* Whether the atlas covers what a query is about. A query on a topic the atlas does not
 * cover (연봉, visa sponsorship, React hooks) still finds pages: a word of it may be on a
 * page in passing (추천, design, parental), or be a generic one (AI, engineer, 방법). The
 * reader is better served by the "not covered" notice than by those pages. */
import { LONE_PARTICLE } from "./normalize.mjs"
import { isHangul, key, singular } from "./text.mjs"

/* A Korean word on no page ending as a sentence does (하나요, 나을까, 뭐임, 고민인데,
   못하면, 이뭐야): the question's verb, conjugated, not what it is about. */
export const PREDICATE = /(요|까|임|데|면|야)$/

/* Whether the words on no page (`uncovered`: no typo of a title's word) outnumber, or
   equal, the words that say what the query is about: the other words on few pages
   (`counts`, a word -> how many pages have it; at most `pageCount` × `frequentShare`).
   Never when one of those is a page's name or a synonym (a page's topic: 장고; a word of a
   longer name, speech of part-of-speech tagging, is not).
   A page's name in the query (`naming`: AI 개발자 in AI 개발자 신입 연봉) counts as one such word.
   Of a `short` query, only the words that `saysWhat` count. */
export function mostlyUncovered(words, uncovered, counts, terms, pageCount, frequentShare, naming = false, short = false) {
  const off = new Set(uncovered.map(w => w.toLowerCase()).filter(w => !(isHangul(w) && PREDICATE.test(w)) && !terms.vocabulary.has(singular(w))))
  if (!off.size) return false
  const topical = words.map(w => w.toLowerCase()).filter(w => !off.has(w) && !terms.stop.has(w) && counts.has(w) && counts.get(w) <= pageCount * frequentShare && (!short || saysWhat(w, terms)))
  if (topical.some(w => terms.names.has(key(w)) || Object.hasOwn(terms.synonyms, w))) return false
  return off.size >= topical.length + Number(naming)
}

/* Whether a word of a short query says what it is about: a page's name, a synonym, or a
   title's, alias's or page question's word (or a form of one). A word on the pages only in
   passing does not: 지수 and 계산법 in 샤프 지수 계산법, "values" in "SHAP values explained". */
export function saysWhat(word, terms) {
  return terms.names.has(key(word)) || Object.hasOwn(terms.synonyms, word) || Boolean(titleWord(word, terms))
}

/* A query of at most this many words (stopwords aside) is out of scope when none of them
   is topical (`topical`): a longer one is a reader's description, whose words are seldom
   the titles' (its page is found by its question or its summed word scores). */
export const TOPICAL_WORDS = 3

/* The shortest title word that a longer query word may start with and be a form of
   (engineers, 취업이, biased): letters, or syllables of a Korean word. */
export const SHORTEST_FORM = { hangul: 2, latin: 4 }

/* The title, alias or page-question word that `word` (lowercase) is, or is a form of
   (a longer word starting with it, or a Korean one with a particle: 팀은); null when none. */
export function titleWord(word, terms) {
  const known = v => terms.vocabulary.has(v) || terms.questions.df.has(v)
  if (known(word)) return word
  const hangul = isHangul(word)
  if (hangul && LONE_PARTICLE.test(word.slice(-1)) && known(word.slice(0, -1))) return word.slice(0, -1)
  const shortest = SHORTEST_FORM[hangul ? "hangul" : "latin"]
  for (const v of [...terms.ordered, ...terms.questions.df.keys()]) if (v.length >= shortest && v.length < word.length && word.startsWith(v) && isHangul(v) === hangul) return v
  return null
}

/* Whether a word says what the query is about: a page's name, or a word of the titles,
   aliases or pages' questions (or a form of one) that fewer than `pageCount` ×
   `frequentShare` pages have (`count`, as typed: "work", 엔지니어 and AI are on most pages
   and say nothing of which). */
export function topical(word, count, terms, pageCount, frequentShare) {
  if (terms.names.has(key(word))) return true
  return Boolean(titleWord(word, terms)) && count < pageCount * frequentShare
}

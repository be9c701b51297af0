/* Pages whose listed questions are like the query. A reader's question seldom repeats the
 * page's title ("do I need a PhD to get a job in AI": the FAQ), but it is often one of the
 * questions the page answers (an entry's `questions`, the start page's, the self-check's,
 * the maps', the section indexes' and the About page's: site/search.py). */
import { normalize } from "./normalize.mjs"
import { isHangul, singular } from "./text.mjs"

/* A query of fewer words than this is matched with no page's questions. */
export const FEWEST_WORDS = 2

/* A page is found when one of its questions has this share of the query's words (weighted by rarity). */
export const SMALLEST_SHARE = 0.6

/* Two words are one when the shorter, at least this long, starts the longer (크롤링 and
   크롤링한, train and training). */
export const SHORTEST_STEM = { hangul: 2, latin: 4 }

/* The words of a question, as compared: lowercase, without stopwords, a Korean word without
   its particle, an English one without a plural s; no single Latin letter (what's and
   don't leave one once the apostrophe is a space). */
export function questionWords(text, terms) {
  const words = normalize(text).toLowerCase().split(" ").filter(w => w && !terms.stop.has(w) && !/^[a-z]$/.test(w))
  return [...new Set(words.map(w => isHangul(w) ? w : singular(w)))]
}

/* The same word, or one a form of the other. */
export function sameWord(a, b) {
  if (a === b) return true
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return short.length >= SHORTEST_STEM[isHangul(short) ? "hangul" : "latin"] && long.startsWith(short)
}

/* The pages' questions as words, and in how many pages' questions each word is. */
export function questionIndex(questions, terms) {
  const asked = Object.entries(questions).map(([page, list]) => ({ page, questions: list.map(q => questionWords(q, terms)) }))
  const df = new Map()
  for (const { questions } of asked) for (const w of new Set(questions.flat())) df.set(w, (df.get(w) || 0) + 1)
  return { asked, df }
}

/* Each page with the share, weighted by rarity, of the query's words its best question has
   (SMALLEST_SHARE to 1). */
export function asked(query, terms) {
  const words = questionWords(query, terms)
  const found = new Map()
  if (words.length < FEWEST_WORDS) return found
  const { asked, df } = terms.questions
  const weight = new Map(words.map(w => [w, Math.log(1 + asked.length / ((df.get(w) || 0) + 1))]))
  const total = words.reduce((n, w) => n + weight.get(w), 0)
  for (const { page, questions } of asked) {
    let best = 0
    for (const question of questions) {
      const have = words.filter(w => question.some(q => sameWord(w, q))).reduce((n, w) => n + weight.get(w), 0)
      best = Math.max(best, have / total)
    }
    if (best >= SMALLEST_SHARE) found.set(page, best)
  }
  return found
}

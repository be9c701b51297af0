/* A query as the search reads it: Korean particles dropped, compounds typed together split.
 * Pure functions of the text (and of the titles' words, to split compounds). */
import { isHangul, words } from "./text.mjs"

/* Particles that stand on their own once a query is split (AI로 -> AI 로, PM은 -> PM 은),
   or follow a phrase (연구원이). */
export const LONE_PARTICLE = /^(은|는|이|가|을|를|의|에|에서|에게|도|와|과|랑|이랑|로|으로|하고)$/

/* Korean particles and endings that a searcher may type after a noun
   (연구자랑, 리서처와, 엔지니어의, 취업이냐, 학교하고). */
const PARTICLES = /(을|를|이|가|은|는|의|에|에서|에게|으로|로|와|과|도|만|이나|나|랑|이랑|하고|이며|이냐|냐|부터|까지|처럼|보다|라는|이라는|란|이란|하는|하기|하다|한|할|인가요|인가|이다|입니다|해요|하려면|된|되는|되려면|되면|이에요|예요)$/

/* Adverbs that end as if in a particle: 앞으로 (from now on) is not 앞 (front). (Two-syllable
   ones, 바로 or 서로, keep their ending anyway: see SHORTEST_STRIPPED.) */
const ADVERBS = new Set(["앞으로", "실제로", "스스로", "제대로", "그대로", "반대로", "대체로", "정말로", "진짜로", "억지로", "마음대로", "절대로"])

/* A word shorter than this keeps what looks like a particle: 차이 and 사과 end in 이 and 과.
   (A two-syllable word with a particle, 팀은, is found as typed: Pagefind indexes it so.) */
const SHORTEST_STRIPPED = 3

/* English contractions: what's, I'm, I've are the word alone. */
const CONTRACTION = /['’](s|m|ve|re|ll|d)\b/gi

/* Hangul glued to Latin letters or digits (AI엔지니어, 어노테이션(annotation)): two words. */
const SCRIPT_BOUNDARY = /([\p{Script=Hangul}])([A-Za-z0-9])|([A-Za-z0-9])([\p{Script=Hangul}])/gu

/* A Korean word without its particle: 연구자랑 -> 연구자. */
export function stripParticle(word) {
  const stem = word.replace(PARTICLES, "")
  return stem && word.length >= SHORTEST_STRIPPED && !ADVERBS.has(word) ? stem : word
}

/* The query's words joined by spaces: Korean words lose a trailing particle; English words
   lose a contraction's ending and otherwise stay as typed, as ids do; a lone particle
   after a word is dropped (PM은 -> PM, not PM 은). */
export function normalize(query) {
  return words(query.replace(CONTRACTION, "").replace(SCRIPT_BOUNDARY, "$1$3 $2$4"))
    .map(word => /\p{Script=Hangul}$/u.test(word) ? stripParticle(word) : word)
    .filter((word, i) => !(i > 0 && LONE_PARTICLE.test(word)))
    .join(" ")
}

/* Where the query (words joined by spaces) has this word or phrase, as whole words; a
   Korean one may have a particle after it (연구원이). -1 when it has not: 폰 is not in 폰트,
   nor 지도 in 지도학습. */
export function find(text, phrase) {
  const p = phrase.toLowerCase(), padded = ` ${text} `
  for (let at = padded.indexOf(` ${p}`); at >= 0; at = padded.indexOf(` ${p}`, at + 1)) {
    const rest = padded.slice(at + 1 + p.length).split(" ")[0]
    if (!rest || (isHangul(p.slice(-1)) && LONE_PARTICLE.test(rest))) return at
  }
  return -1
}

export const has = (text, phrase) => find(text, phrase) >= 0

/* A part of a compound after its first is at least this long: one-syllable title words
   (한, 일, 간) are more often the end of a longer word than a word of their own. The first
   part may be one syllable. */
export const SHORTEST_LATER_PART = 2

/* A Korean compound typed without spaces, cut into the fewest known words
   (머신러닝엔지니어 -> 머신러닝 엔지니어); null when it cannot be. */
export function split(word, vocabulary) {
  const best = [[]]  // best[i]: fewest words covering word.slice(0, i)
  for (let i = 1; i <= word.length; i++) {
    for (let j = 0; j < i; j++) {
      const part = word.slice(j, i)
      if (best[j] && (part.length >= SHORTEST_LATER_PART || j === 0) && vocabulary.has(part) && (!best[i] || best[j].length + 1 < best[i].length)) best[i] = [...best[j], part]
    }
  }
  const parts = best[word.length]
  return parts && parts.length > 1 ? parts : null
}

/* The words with each unknown Korean compound split (an entry may then hold several words, spaced). */
export function splitCompounds(words, vocabulary) {
  return words.map(w => isHangul(w) && !vocabulary.has(w) ? (split(w, vocabulary) || [w]).join(" ") : w)
}

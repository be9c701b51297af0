/* A query as the search reads it: Korean particles dropped, words typed apart joined,
 * compounds typed together split. Pure functions of the text and the pages' words. */
import { isHangul, words } from "./text.mjs"

/* Particles that stand on their own once a query is split (AI로 -> AI 로, PM은 -> PM 은),
   or follow a phrase (연구원이). */
export const LONE_PARTICLE = /^(은|는|이|가|을|를|의|에|에서|에게|도|와|과|랑|이랑|로|으로|하고)$/

/* Korean particles and endings that a searcher may type after a noun
   (연구자랑, 리서처와, 엔지니어의, 취업이냐, 학교하고). */
const PARTICLES = /(을|를|이|가|은|는|의|에|에서|에게|으로|로|와|과|도|만|이나|나|랑|이랑|하고|이며|이냐|냐|부터|까지|처럼|보다|라는|이라는|란|이란|하는|하기|하다|한|할|인가요|인가|이다|입니다|해요|하려면|된|되는|되려면|되면|이에요|예요)$/

/* Particles that cannot end a noun: a two-syllable word ending in one may lose it (팀은 -> 팀;
   차이 and 사과 end in 이 and 과, and stay). */
const NEVER_ENDS_A_NOUN = /[은는을를의랑]$/

/* Adverbs that end as if in a particle: 앞으로 (from now on) is not 앞 (front). (Two-syllable
   ones, 바로 or 서로, keep their ending anyway: see stripParticle.) */
const ADVERBS = new Set(["앞으로", "실제로", "스스로", "제대로", "그대로", "반대로", "대체로", "정말로", "진짜로", "억지로", "마음대로", "절대로"])

/* A word of this many syllables or more always loses a particle; a shorter one only as below. */
const ALWAYS_STRIPPED_FROM = 3

/* English contractions: what's, I'm, I've are the word alone. */
const CONTRACTION = /['’](s|m|ve|re|ll|d)\b/gi

/* Hangul glued to Latin letters or digits (AI엔지니어, 어노테이션(annotation)): two words. */
const SCRIPT_BOUNDARY = /([\p{Script=Hangul}])([A-Za-z0-9])|([A-Za-z0-9])([\p{Script=Hangul}])/gu

/* A Korean word without its particle: 연구자랑 -> 연구자; a two-syllable word only when
   the particle cannot end a noun and what is left is a word of the pages (`vocabulary`). */
export function stripParticle(word, vocabulary) {
  const stem = word.replace(PARTICLES, "")
  if (!stem || ADVERBS.has(word)) return word
  if (word.length >= ALWAYS_STRIPPED_FROM) return stem
  return NEVER_ENDS_A_NOUN.test(word) && vocabulary.has(stem) ? stem : word
}

/* The query's words joined by spaces: Korean words lose a trailing particle; English words
   lose a contraction's ending and otherwise stay as typed, as ids do; a lone particle
   after a word is dropped (PM은 -> PM, not PM 은). */
export function normalize(query, vocabulary = new Set()) {
  return words(query.replace(CONTRACTION, "").replace(SCRIPT_BOUNDARY, "$1$3 $2$4"))
    .map(word => /\p{Script=Hangul}$/u.test(word) ? stripParticle(word, vocabulary) : word)
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

/* A Korean compound typed without spaces, cut into the fewest known words
   (머신러닝엔지니어 -> 머신러닝 엔지니어); null when it cannot be. */
export function split(word, vocabulary) {
  const best = [[]]  // best[i]: fewest words covering word.slice(0, i)
  for (let i = 1; i <= word.length; i++) {
    for (let j = 0; j < i; j++) {
      const part = word.slice(j, i)
      if (best[j] && (part.length > 1 || j === 0) && vocabulary.has(part) && (!best[i] || best[j].length + 1 < best[i].length)) best[i] = [...best[j], part]
    }
  }
  const parts = best[word.length]
  return parts && parts.length > 1 ? parts : null
}

/* The words with neighbours whose concatenation is a known word joined (머신 러닝), then
   unknown Korean compounds split (each entry may hold several words, spaced). */
export function respace(words, vocabulary) {
  const spaced = []
  for (const w of words) {
    const last = spaced[spaced.length - 1]
    if (last && vocabulary.has((last + w).toLowerCase())) spaced[spaced.length - 1] = last + w
    else spaced.push(w)
  }
  return spaced.map(w => isHangul(w) && !vocabulary.has(w) ? (split(w, vocabulary) || [w]).join(" ") : w)
}

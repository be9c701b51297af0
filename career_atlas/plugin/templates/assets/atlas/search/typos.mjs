/* Typo correction: an unknown word to the nearest word of the pages' titles and aliases. */
import { isHangul, jamo } from "./text.mjs"

/* The shortest word corrected: Korean by syllables, other words by letters ("take" is no
   typo of "fake", "move" none of "mobile"). */
export const SHORTEST_CORRECTED = { hangul: 2, latin: 5 }

/* How far off (edits of letters, jamo for Korean) a word may be, by its length in letters:
   [from this many letters, this many edits], longest first. Korean loanwords are misspelt
   by whole syllables (쿠베르네티스, 12 letters), so a long one may be further off. */
export const MAX_EDITS = {
  hangul: [[12, 3], [9, 2], [0, 1]],
  latin: [[0, 1]],
}

/* A word this long and one letter off a title word was most likely meant (pytroch,
   풀스텍): the correction is "sure" and may name a page (see names.mjs). */
export const SURE_CORRECTION = { hangul: 3, latin: 6 }

/* Korean spellings of loanwords further off than a typo, as people write them: 네트웍 and
   프레임웍 for 네트워크 and 프레임워크. A word so spelt is one edit off the title's word. */
export const SPELLINGS = [[/웍/g, "워크"]]

/* Edit distance with adjacent swaps, stopping early past `max` (then max + 1). */
export function distance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev2 = null, prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], prev2[j - 2] + 1)
    }
    if (Math.min(...row) > max) return max + 1
    prev2 = prev
    prev = row
  }
  return prev[b.length]
}

/* The letters a word is compared by. */
export const letters = word => isHangul(word) ? jamo(word) : [...word]

/* The title or alias word `word` was most likely meant to be: the nearest by letters, the
   most common among equals (`lexicon.ordered` is by how many pages use a word, and
   `lexicon.letters` holds each one's letters). {word, distance}, or null when nothing is near.
   A one-letter or one-syllable title word is never near: a word corrected is at least
   SHORTEST_CORRECTED long, further off it than MAX_EDITS allows. */
export function correct(word, lexicon) {
  const hangul = isHangul(word)
  const script = hangul ? "hangul" : "latin"
  if (word.length < SHORTEST_CORRECTED[script]) return null
  for (const [spelling, usual] of SPELLINGS) {
    const respelt = word.replace(spelling, usual)
    if (respelt !== word && lexicon.vocabulary?.has(respelt)) return { word: respelt, distance: 1 }
  }
  const spelt = letters(word)
  const max = MAX_EDITS[script].find(([from]) => spelt.length >= from)[1]
  let best = null, bestDistance = max + 1
  for (const [i, v] of lexicon.ordered.entries()) {
    if (isHangul(v) !== hangul) continue
    const d = distance(spelt, lexicon.letters[i], Math.min(max, bestDistance - 1))
    if (d < bestDistance) { best = v; bestDistance = d; if (d === 1) break }
  }
  return best && { word: best, distance: bestDistance }
}

/* Whether a correction is sure: one letter off a long word. */
export function sure(typed, correction) {
  return correction.distance === 1 && typed.length >= SURE_CORRECTION[isHangul(typed) ? "hangul" : "latin"]
}

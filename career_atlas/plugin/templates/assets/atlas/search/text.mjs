/* Words and names as the search compares them. */

/* What separates the words of a query. */
const SEPARATOR = /[()[\]{}<>"'“”‘’·,.!?/\\\s]+/g

export const isHangul = word => /^\p{Script=Hangul}+$/u.test(word)

/* A Korean word's letters (jamo: 데이타 and 데이터 differ by one vowel), not its syllables. */
export const jamo = word => [...word.normalize("NFD")]

/* The words of a text, as typed (case kept). */
export function words(text) {
  return text.split(SEPARATOR).filter(Boolean)
}

/* A name as people type it: case, spaces and punctuation aside (site/search.py `_key`). */
export function key(text) {
  return text.toLowerCase().replace(/[\s·•×,.()[\]/&'’"-]+/g, "")
}

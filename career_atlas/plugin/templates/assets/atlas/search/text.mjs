/* Words and names as the search compares them. site/search.py splits the pages' titles
 * into words and keys their names the same way (its `words` and `name_key`): both test
 * suites check the cases of tests/js/fixtures/tokens.json. */

/* The characters that separate words (a character class, unbracketed): spaces, brackets,
   punctuation, quotes, the middle dot and the multiplication sign of titles (역할 × 단계 표);
   not the hyphen (full-stack). */
export const SEPARATORS = "\\s()\\[\\]{}<>,.:;!?/\\\\·•×—–&\"'“”‘’"

const SEPARATOR = new RegExp(`[${SEPARATORS}]+`, "u")

export const isHangul = word => /^\p{Script=Hangul}+$/u.test(word)

/* A Korean word's letters (jamo: 데이타 and 데이터 differ by one vowel), not its syllables. */
export const jamo = word => [...word.normalize("NFD")]

/* The words of a text, as written. */
export function words(text) {
  return text.split(SEPARATOR).filter(Boolean)
}

/* An English plural, lowercase, as its singular: pms -> pm, jobs -> job; a word needs two
   letters before the s (is, as stay). One rule for a question's words (questions.mjs) and
   for a plural of a title's word (scope.mjs). */
export const PLURAL = /(?<=[a-z]{2})s$/

export const singular = word => word.replace(PLURAL, "")

/* A name as people type it: lowercase, without separators or hyphens (풀 스택 = 풀스택,
   full-stack = fullstack). */
export function key(text) {
  return words(text.toLowerCase()).join("").replaceAll("-", "")
}

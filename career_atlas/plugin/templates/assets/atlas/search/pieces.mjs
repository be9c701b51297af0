/* The words the atlas knows inside a Korean compound typed without spaces (인종차별,
 * 재범예측, 데이터센터냉각): its parts say what the query is about, though the whole is in no
 * title, question or synonym. */
import { isHangul } from "./text.mjs"

/* A piece is at least this many syllables: a one-syllable word (일, 한, 간) is more often
   part of a longer word than a word of its own. */
export const SHORTEST_PIECE = 2

/* Whether the atlas knows a word: a word of the titles or aliases, of the pages' questions,
   or a synonym. */
export const knownWord = (word, terms) => terms.vocabulary.has(word) || terms.questions.df.has(word) || Object.hasOwn(terms.synonyms, word)

/* The known words inside `word` (lowercase), longest first: the longest known span is taken,
   then the longest in what is left on either side of it, and so on. In the order typed; []
   for a word that is known itself, is not Korean, or has no known piece. */
export function knownPieces(word, terms) {
  if (!isHangul(word) || knownWord(word, terms)) return []
  const pieces = []
  const cut = (start, end) => {
    for (let length = end - start; length >= SHORTEST_PIECE; length--) {
      for (let at = start; at + length <= end; at++) {
        if (!knownWord(word.slice(at, at + length), terms)) continue
        cut(start, at)
        pieces.push(word.slice(at, at + length))
        cut(at + length, end)
        return
      }
    }
  }
  cut(0, word.length)
  return pieces
}

/* Whether a Korean word is made wholly of known pieces (데이터센터냉각: 데이터센터 and 냉각, two
   words of the pages' questions): a compound of what the atlas knows, not a word it does not
   cover. */
export function madeOfKnown(word, terms) {
  const pieces = knownPieces(word, terms)
  return pieces.length > 1 && pieces.join("") === word
}

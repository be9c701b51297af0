/* Whether a query's words are on the pages. Pagefind matches a word as the start of a page's
 * words (kuber: kubernetes), and cuts a word that starts none down to the longest start that
 * does: "salary" finds "sa", 연봉 finds 연, "prompt" finds "pro". That fallback helps a word
 * typed halfway or with an unknown ending (엔지니어한테), but a cut to a letter or two finds
 * pages the reader did not mean: such a word counts as on no page. */
import { markedWords } from "./excerpt.mjs"
import { isHangul, words } from "./text.mjs"

/* A word Pagefind finds only when cut to fewer than this many letters (syllables, for a
   Korean word) is on no page. */
export const SHORTEST_MATCH = { hangul: 2, latin: 4 }

/* An English word whose match on a page leaves more than this many of its letters
   unmatched is on no page: an ending (deploying: deploy) is shorter; "trademark" found as
   "trade", "lidar" as "lid", are other words. (Not a Korean word: its compounds are typed
   together, 인턴못구하면.) */
export const LONGEST_ENDING = 3

/* How much of `word` the page's word `found` starts with: letters, or whole syllables of a
   Korean word (Pagefind cuts Korean by letters: 읽나요 finds 이). */
export function kept(word, found) {
  word = word.toLowerCase()
  found = found.toLowerCase()
  if (isHangul(word)) {
    let n = 0
    while (n < word.length && found.normalize("NFD").startsWith(word.slice(0, n + 1).normalize("NFD"))) n++
    return n
  }
  let n = 0
  while (n < word.length && n < found.length && word[n] === found[n]) n++
  return n
}

/* Whether Pagefind's match of `word` on a page (its data: excerpt marks, title, aliases)
   is the word, or a start of it long enough. */
export function matches(word, data) {
  const candidates = [...markedWords(data.excerpt), ...words(`${data.meta.title || ""} ${data.meta.aliases || ""}`)]
  const longest = Math.max(0, ...candidates.map(found => kept(word, found)))
  if (longest >= word.length) return true
  if (isHangul(word)) return longest >= SHORTEST_MATCH.hangul
  return longest >= SHORTEST_MATCH.latin && longest >= word.length - LONGEST_ENDING
}

/* Whether `word` is on a reader's page. `search(q)` resolves to Pagefind's results for q,
   the project's pages left out. An exact ("quoted") search finds the word, or its stem,
   with no cut; otherwise the best page's match is looked at. */
export async function onPages(word, search) {
  if ((await search(`"${word}"`)).length) return true
  const [best] = await search(word)
  return Boolean(best) && matches(word, await best.data())
}

/* The queries searched for what was typed, each with a weight its pages' scores are
 * multiplied by: as typed, with compounds split, corrected, and with synonyms. */
import { find, splitCompounds } from "./normalize.mjs"
import { correct, sure } from "./typos.mjs"

/* The weight of each kind of query: what was typed is the surest. */
export const WEIGHT = {
  typed: 1,       // as typed, question words aside
  split: 0.95,    // compounds typed together split
  synonym: 0.9,   // a word or phrase replaced by a synonym (search/synonyms.yml)
  corrected: 0.8, // a word in no title corrected to the nearest title word
}

/* The queries to run for `text` (normalized), each {q, weight, corrected}: as typed
   (question words aside); with compounds split (머신러닝엔지니어); with each word of `absent` (in no title: reseacher, 데이타) corrected; with each
   synonym of the query as typed. `corrected` is null, "sure"
   (every correction one letter off a long word: the query may name a page) or "guess"
   (it is only searched: "features" is two letters off "lectures", and a word of its own). */
export function variants(text, absent, terms) {
  const { synonyms, stop, vocabulary } = terms
  const kept = text.split(" ").filter(w => !stop.has(w.toLowerCase()))
  const words = kept.length ? kept : text.split(" ")
  const out = new Map()  // query -> {weight, corrected}
  const add = (q, weight, corrected = null) => {
    q = q.trim().replace(/\s+/g, " ")
    if (q && !(out.get(q)?.weight >= weight)) out.set(q, { weight, corrected })
  }
  add(words.join(" "), WEIGHT.typed)

  const spaced = splitCompounds(words, vocabulary)
  add(spaced.join(" "), WEIGHT.split)

  const corrections = spaced.map(w => absent.has(w.toLowerCase()) ? correct(w.toLowerCase(), terms) : null)
  const fixed = spaced.map((w, i) => corrections[i]?.word || w)
  const allSure = spaced.every((w, i) => !corrections[i] || sure(w, corrections[i]))
  const corrected = corrections.some(Boolean) ? (allSure ? "sure" : "guess") : null
  add(fixed.join(" "), WEIGHT.corrected, corrected)

  // Synonyms: whole words or phrases of the query as typed (with its question words: a
  // phrase may have some, take my job; they are dropped after).
  const base = text.toLowerCase()
  const unstopped = q => q.split(" ").filter(w => !stop.has(w)).join(" ")
  for (const [typed, meant] of Object.entries(synonyms)) {
    const at = find(base, typed)  // with its particle, if any: 연구원이
    if (at < 0) continue
    for (const m of meant) add(unstopped(base.slice(0, at) + m + " " + base.slice(at + typed.length)), WEIGHT.synonym)
  }
  return [...out].map(([q, v]) => ({ q, ...v }))
}

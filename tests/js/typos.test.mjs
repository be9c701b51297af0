import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES, fixtureTerms } from "./fixtures.mjs"

const { distance, correct, sure, letters } = await import(new URL("typos.mjs", MODULES))
const terms = fixtureTerms()
const lexicon = words => ({ ordered: words, letters: words.map(letters) })

test("two neighbouring letters swapped are one edit", () => {
  assert.equal(distance([..."pytroch"], [..."pytorch"], 3), 1)
  assert.equal(distance([..."abc"], [..."abd"], 3), 1)
  assert.equal(distance([..."abcdef"], [..."uvwxyz"], 2), 3)  // past the limit: limit + 1
})

test("a Korean word is corrected by its letters: one vowel off is one edit", () => {
  assert.deepEqual(correct("데이타", terms), { word: "데이터", distance: 1 })
})

test("short words are no typos: Latin under five letters, Korean under two syllables", () => {
  assert.equal(correct("ml", lexicon(["mlops"])), null)
  assert.equal(correct("move", lexicon(["movie"])), null)
  assert.equal(correct("모", lexicon(["모델"])), null)
  assert.deepEqual(correct("movee", lexicon(["movie"])), { word: "movie", distance: 1 })
})

test("a longer Korean word may be further off; any other word one letter", () => {
  // 쿠베르네티스 (12 letters) is three letters off 쿠버네티스, 쿠베내티스 (10) two: both corrected;
  // 대이타 (6) is two off 데이터: too far.
  assert.deepEqual(correct("쿠베르네티스", terms), { word: "쿠버네티스", distance: 3 })
  assert.deepEqual(correct("쿠베내티스", terms), { word: "쿠버네티스", distance: 2 })
  assert.equal(correct("대이타", terms), null)
  assert.equal(correct("reserchr", lexicon(["researcher"])), null)  // two letters off
  assert.equal(correct("reserchers", lexicon(["researchers"])).distance, 1)
})

test("a one-syllable title word is no correction: a word corrected is too far off it", () => {
  // A corrected Korean word has two syllables or more, four jamo or more, and may be one
  // edit off (under nine jamo); 팀 has three, its last a final consonant (ᆷ, not ᄆ).
  assert.equal(distance(letters("티미"), letters("팀"), 3), 2)
  assert.equal(correct("티미", lexicon(["팀"])), null)
  assert.deepEqual(correct("티미", lexicon(["팀", "티머"])), { word: "티머", distance: 1 })
})

test("among equally near words, the one on more pages wins", () => {
  assert.equal(correct("modal", lexicon(["model", "medal"])).word, "model")
  assert.equal(correct("modal", lexicon(["medal", "model"])).word, "medal")
})

test("a correction is sure when one letter off a long word", () => {
  assert.equal(sure("pytroch", { word: "pytorch", distance: 1 }), true)
  assert.equal(sure("pytroch", { word: "pytorch", distance: 2 }), false)
  assert.equal(sure("movee", { word: "movie", distance: 1 }), false)  // under six letters
  assert.equal(sure("풀스텍", { word: "풀스택", distance: 1 }), true)
  assert.equal(sure("장구", { word: "장고", distance: 1 }), false)  // under three syllables
})

test("a loanword spelt as people write it (웍 for 워크) is the title's word, one edit off", () => {
  const words = ["네트워크", "수술"]
  assert.deepEqual(correct("네트웍", { ...lexicon(words), vocabulary: new Set(words) }), { word: "네트워크", distance: 1 })
})

import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES } from "./fixtures.mjs"

const { normalize, stripParticle, find, split, respace } = await import(new URL("normalize.mjs", MODULES))
const vocabulary = new Set(["팀", "머신러닝", "엔지니어", "데이터", "엔지니어링"])

test("a word of three syllables or more loses its particle", () => {
  assert.equal(stripParticle("연구자랑", vocabulary), "연구자")
  assert.equal(stripParticle("엔지니어의", vocabulary), "엔지니어")
})

test("a two-syllable word loses only a particle no noun ends in, and only when what is left is a word of the pages", () => {
  assert.equal(stripParticle("팀은", vocabulary), "팀")
  assert.equal(stripParticle("차이", vocabulary), "차이")  // 이 ends nouns
  assert.equal(stripParticle("곰은", vocabulary), "곰은")  // 곰 is on no title
})

test("adverbs that end as if in a particle keep it", () => {
  assert.equal(stripParticle("앞으로", vocabulary), "앞으로")
  assert.equal(stripParticle("뒤로는", vocabulary), "뒤로")
})

test("a lone particle after a word is dropped, not a first word", () => {
  assert.equal(normalize("PM 은 뭐", vocabulary), "PM 뭐")
  assert.equal(normalize("은 PM", vocabulary), "은 PM")
})

test("an English contraction leaves the word alone", () => {
  assert.equal(normalize("What's KLUE", vocabulary), "What KLUE")
  assert.equal(normalize("I'm new", vocabulary), "I new")
})

test("Hangul glued to Latin letters is two words", () => {
  assert.equal(normalize("AI엔지니어", vocabulary), "AI 엔지니어")
})

test("brackets and punctuation separate words", () => {
  assert.equal(normalize("어노테이션(annotation)? 편향, 데이터", vocabulary), "어노테이션 annotation 편향 데이터")
})

test("a phrase is found as whole words, a Korean one with a particle after it", () => {
  assert.equal(find("폰트 크기", "폰"), -1)
  assert.equal(find("지도학습", "지도"), -1)
  assert.ok(find("연구원이 하는 일", "연구원") >= 0)
  assert.ok(find("take my job please", "take my job") >= 0)
})

test("a compound typed without spaces is cut into the fewest known words", () => {
  assert.deepEqual(split("머신러닝엔지니어", vocabulary), ["머신러닝", "엔지니어"])
  assert.equal(split("머신러닝", vocabulary), null)  // one word: nothing to cut
  assert.equal(split("머신러닝쿠키", vocabulary), null)  // a part is no known word
})

test("words typed apart are joined when together they are a known word", () => {
  assert.deepEqual(respace(["머신", "러닝", "엔지니어"], vocabulary), ["머신러닝", "엔지니어"])
  assert.deepEqual(respace(["데이터엔지니어"], vocabulary), ["데이터 엔지니어"])
})

import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES } from "./fixtures.mjs"

const { normalize, stripParticle, find, split, splitCompounds } = await import(new URL("normalize.mjs", MODULES))
const vocabulary = new Set(["팀", "머신러닝", "엔지니어", "데이터"])

test("a word of three syllables or more loses its particle, a shorter one keeps it", () => {
  assert.equal(stripParticle("연구자랑"), "연구자")
  assert.equal(stripParticle("엔지니어의"), "엔지니어")
  assert.equal(stripParticle("차이"), "차이")  // 이 ends nouns too
  assert.equal(stripParticle("팀은"), "팀은")
})

test("adverbs that end as if in a particle keep it", () => {
  assert.equal(stripParticle("앞으로"), "앞으로")
  assert.equal(stripParticle("뒤로는"), "뒤로")
})

test("a lone particle after a word is dropped, not a first word", () => {
  assert.equal(normalize("PM 은 뭐"), "PM 뭐")
  assert.equal(normalize("은 PM"), "은 PM")
})

test("an English contraction leaves the word alone", () => {
  assert.equal(normalize("What's KLUE"), "What KLUE")
  assert.equal(normalize("I'm new"), "I new")
})

test("Hangul glued to Latin letters is two words", () => {
  assert.equal(normalize("AI엔지니어"), "AI 엔지니어")
})

test("brackets and punctuation separate words", () => {
  assert.equal(normalize("어노테이션(annotation)? 편향, 데이터"), "어노테이션 annotation 편향 데이터")
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

test("a compound's parts after the first have two syllables or more; its first may have one (SHORTEST_LATER_PART)", () => {
  const known = new Set(["데이터", "도구", "한"])
  assert.equal(split("데이터한", known), null)
  assert.deepEqual(split("한도구", known), ["한", "도구"])
  assert.deepEqual(split("데이터도구", known), ["데이터", "도구"])
})

test("each unknown compound of a query is split; known words stay whole", () => {
  assert.deepEqual(splitCompounds(["데이터엔지니어", "머신러닝", "팀"], vocabulary), ["데이터 엔지니어", "머신러닝", "팀"])
})

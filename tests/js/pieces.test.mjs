import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES, fixtureTerms } from "./fixtures.mjs"

const { knownPieces, madeOfKnown } = await import(new URL("pieces.mjs", MODULES))

test("a Korean compound's known pieces are found longest first, in the order typed (SHORTEST_PIECE)", () => {
  const terms = fixtureTerms()
  // 데이터베이스 (a title's word) is taken before 데이터 inside it; 편견 is a synonym.
  assert.deepEqual(knownPieces("인종편견데이터베이스", terms), ["편견", "데이터베이스"])
  // 팀 is a title's word of one syllable: no piece.
  assert.deepEqual(knownPieces("축구팀", terms), [])
  // A known word, or a word not Korean, is no compound.
  assert.deepEqual(knownPieces("데이터", terms), [])
  assert.deepEqual(knownPieces("mlopsx", terms), [])
})

test("a word is made of known pieces when they cover all of it", () => {
  const terms = fixtureTerms()
  assert.equal(madeOfKnown("편견데이터베이스", terms), true)
  assert.equal(madeOfKnown("인종편견", terms), false)  // 인종 is no known word
  assert.equal(madeOfKnown("데이터베이스", terms), false)  // one known word, no compound
})

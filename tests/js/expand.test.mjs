import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES, fixtureTerms } from "./fixtures.mjs"

const { variants } = await import(new URL("expand.mjs", MODULES))
const terms = fixtureTerms()
const asMap = list => Object.fromEntries(list.map(({ q, weight, corrected }) => [q, { weight, corrected }]))

test("question words are dropped, unless the query has nothing else", () => {
  assert.deepEqual(variants("what does klue", new Set(), terms).map(v => v.q), ["klue"])
  assert.deepEqual(variants("what does", new Set(), terms).map(v => v.q), ["what does"])
})

// Weights: as typed 1, compounds split 0.95, a synonym 0.9, corrected 0.8 (expand.mjs WEIGHT).

test("the query with its compounds split is searched too, a little lower", () => {
  const found = asMap(variants("데이터엔지니어", new Set(), terms))
  assert.deepEqual(found["데이터엔지니어"], { weight: 1, corrected: null })
  assert.deepEqual(found["데이터 엔지니어"], { weight: 0.95, corrected: null })
})

test("a word in no title is corrected: a guess, or sure when one letter off a long word", () => {
  const guessed = asMap(variants("데이타", new Set(["데이타"]), terms))
  assert.deepEqual(guessed["데이터"], { weight: 0.8, corrected: "sure" })
  const far = asMap(variants("쿠베르네티스", new Set(["쿠베르네티스"]), terms))
  assert.deepEqual(far["쿠버네티스"], { weight: 0.8, corrected: "guess" })
  // A word that is not absent (on the pages) is left as typed.
  assert.deepEqual(Object.keys(asMap(variants("데이타", new Set(), terms))), ["데이타"])
})

test("a synonym of a whole word or phrase is a query of its own", () => {
  const found = asMap(variants("편견", new Set(), terms))
  assert.deepEqual(found["편향"], { weight: 0.9, corrected: null })
  assert.ok(!("편향" in asMap(variants("편견들", new Set(), terms))))  // not inside a longer word
  assert.ok("will ai employment" in asMap(variants("will ai take my job", new Set(), terms)))  // with its question words
})

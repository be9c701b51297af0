import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES, fixtureTerms } from "./fixtures.mjs"

const { namedPages } = await import(new URL("names.mjs", MODULES))
const terms = fixtureTerms()
const named = (q, corrected = null) => Object.fromEntries(namedPages([{ q, weight: 1, corrected }], terms))

test("a query that is a page's name names it wholly", () => {
  assert.deepEqual(named("배관공"), { "roles/data-engineer/": 1 })
  assert.deepEqual(named("ML 엔지니어"), { "roles/ai-engineer/": 1 })  // spaces aside
})

test("the longest name wins: 데이터 엔지니어, not 데이터", () => {
  const found = named("데이터 엔지니어 연봉")
  assert.deepEqual(Object.keys(found), ["roles/data-engineer/"])
  assert.equal(found["roles/data-engineer/"], "데이터엔지니어".length / "데이터엔지니어연봉".length)
})

test("a name covering less than half of the query names nothing", () => {
  assert.deepEqual(named("장고 웹 프레임워크 배우기"), {})
})

test("a query naming two things names neither", () => {
  assert.deepEqual(named("장고 쿠버네티스"), {})
})

test("a section's word next to a name adds to its share, up to a cap below the tiers", () => {
  // 박은정 is 3 of the query's 8 letters, under half; with 강연 (a lecture's word), 5 of 8.
  assert.deepEqual(named("박은정 정리 소개해"), {})
  assert.deepEqual(named("박은정 강연 소개해"), { "lectures/careers-in-ai/": 5 / 8 })
  // 박은정 강연: 3 of 5 letters, and 강연 would make it all of them: capped.
  assert.deepEqual(named("박은정 강연"), { "lectures/careers-in-ai/": 0.7 })  // SECTION_WORD_CAP
})

test("pages sharing a name: the first listed is named, the others a little less", () => {
  assert.deepEqual(named("서빙"), { "glossary/serving/": 1, "stages/serving/": 0.8 })
})

test("a sure correction names a page; a guessed one names nothing", () => {
  assert.deepEqual(named("장고", "sure"), { "tools/django/": 1 })
  assert.deepEqual(named("장고", "guess"), {})
})

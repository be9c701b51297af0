import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES, fixtureTerms } from "./fixtures.mjs"

const { routed, listed, kinds, namesProject } = await import(new URL("routes.mjs", MODULES))
const terms = fixtureTerms()

test("a question is routed when it has one alternative of each of the route's word groups", () => {
  assert.equal(routed("연구자 엔지니어 차이", terms)?.page, "career/know-yourself/")
  assert.equal(routed("리서처랑 엔지니어 vs", terms)?.page, "career/know-yourself/")
  assert.equal(routed("연구자 엔지니어", terms), null)  // no word of the third group
})

test("a list word with a section's name goes to the section's index", () => {
  assert.deepEqual(listed("도구 목록", [{ q: "도구 목록" }], terms), { page: "tools/" })
  assert.equal(listed("도구 설명", [{ q: "도구 설명" }], terms), null)  // no list word
  assert.equal(listed("쿠버네티스 목록", [{ q: "쿠버네티스 목록" }], terms), null)  // names no section
})

test("words that ask for a kind of page name its section", () => {
  assert.deepEqual(kinds("데이터 직무", terms), ["roles/"])
  assert.deepEqual(kinds("KLUE meaning", terms), ["glossary/"])
  assert.deepEqual(kinds("데이터", terms), [])
})

test("a query names the project by one of the project's words", () => {
  assert.equal(namesProject("데이터 엔지니어", terms), false)
  assert.equal(namesProject("기여 방법", terms), true)
  assert.equal(namesProject("how to contribute", terms), false)  // contributing, as a whole word
})

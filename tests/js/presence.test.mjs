import assert from "node:assert/strict"
import { test } from "node:test"
import { fakePagefind } from "./fake-pagefind.mjs"
import { MODULES, PAGES } from "./fixtures.mjs"

const { LONGEST_ENDING, kept, matches, onPages, SHORTEST_MATCH } = await import(new URL("presence.mjs", MODULES))
const page = (excerpt, title = "", aliases = "") => ({ excerpt, meta: { title, aliases } })

test("how much of a word a page's word starts with: letters, or a Korean word's whole syllables", () => {
  assert.equal(kept("installa", "install"), 7)
  assert.equal(kept("salary", "SA"), 2)
  assert.equal(kept("엔지니어한테", "엔지니어"), 4)
  assert.equal(kept("연봉", "연"), 1)
  assert.equal(kept("읽나요", "이"), 0)  // Pagefind cuts Korean by letters: 읽 -> 이
})

test("a match counts when it is the whole word, or keeps enough of it", () => {
  assert.equal(matches("kuber", page("the <mark>Kubernetes</mark> tool")), true)  // typed halfway
  assert.equal(matches("installa", page("<mark>install</mark> it")), true)  // four letters or more kept
  assert.equal(matches("salary", page("NonCommercial, <mark>(SA).</mark>")), false)
  assert.equal(matches("prompt", page("a <mark>pro</mark> tip")), false)
  assert.equal(matches("연봉", page("<mark>연</mark> 100%")), false)
  assert.equal(matches("구", page("<mark>구축</mark>")), true)  // a one-syllable word, whole
  assert.equal(SHORTEST_MATCH.latin, 4)
})

test(`an English word matched with more than ${LONGEST_ENDING} letters left over is another word; a Korean compound is not`, () => {
  assert.equal(matches("trademark", page("<mark>trade</mark> off")), false)  // 4 letters left
  assert.equal(matches("deploying", page("<mark>deploy</mark> it")), true)  // an ending: 3 left
  assert.equal(matches("인턴못구하면", page("<mark>인턴</mark> 경험")), true)
})

test("a word found in a page's title or aliases only counts too", () => {
  assert.equal(matches("plumber", page("no mark here", "Data plumber")), true)
  assert.equal(matches("mlops", page("", "", "Also known as: MLOps engineer")), true)
})

test("a word is on the pages when an exact search finds it, or when the best page's match keeps enough of it", async () => {
  const pagefind = fakePagefind(PAGES)
  const search = q => pagefind.search(q).then(found => found.results)
  assert.equal(await onPages("쿠버네티스", search), true)  // exact
  assert.equal(await onPages("쿠버", search), true)  // typed halfway
  assert.equal(await onPages("salary", search), false)  // Pagefind cuts it to "s"
  assert.equal(await onPages("블록체인", search), false)
})

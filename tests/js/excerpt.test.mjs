import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES } from "./fixtures.mjs"

const { safeExcerpt, markedWords } = await import(new URL("excerpt.mjs", MODULES))

test("an excerpt is escaped but for Pagefind's marks", () => {
  assert.equal(safeExcerpt("<img src=x onerror=alert(1)> <mark>AI</mark> &amp; you"), "&lt;img src=x onerror=alert(1)&gt; <mark>AI</mark> &amp; you")
})

test("the marked words, lowercase, without the punctuation around them", () => {
  assert.deepEqual(markedWords("<mark>(SA).</mark> and <mark>Data</mark>, <mark>data</mark>"), ["sa", "data"])
})

import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES } from "./fixtures.mjs"

const S = await import(new URL("sections.mjs", MODULES))

test("a page of the section asked for is picked when its doubled score is among the best shown", () => {
  // Nine pages outscore the stage by Pagefind alone; doubled, it is among the eight best.
  const best = [...Array(9).keys()].map(i => ({ result: { id: `p${i}` }, score: 20 - i })).concat([{ result: { id: "stage" }, score: 9 }])
  assert.deepEqual(S.kindPicks(best, new Set(["stage"])), ["stage"])
  // Scored too low even doubled: not picked.
  best.at(-1).score = 5
  assert.deepEqual(S.kindPicks(best, new Set(["stage"])), [])
})

test("the section's pages are known by their Pagefind ids", () => {
  const ids = new Map([["stages/data-collection/", "a"], ["stages/", "b"], ["roles/pm/", "c"]])
  assert.deepEqual([...S.sectionIds(["stages/"], ids)], ["a", "b"])
})

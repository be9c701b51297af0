import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES } from "./fixtures.mjs"

const R = await import(new URL("rank.mjs", MODULES))
const result = (id, score) => ({ id, score })

test("in a question's summed word scores, a word on many pages counts a fifth", () => {
  const rare = [result("a", 1)]
  const common = [result("a", 1), result("b", 1), result("c", 1), result("d", 1)]
  const found = R.coverage([rare, common], 9)  // 4 of 9 pages have the common word
  assert.equal(found.get("a").score, 1 + R.FREQUENT_WEIGHT)
  assert.equal(found.get("b").score, R.FREQUENT_WEIGHT)
})

test("each page keeps its best weighted score over the queries, and the words of that query", () => {
  const best = R.merge([
    [{ q: "편견", weight: 1 }, [result("a", 1), result("b", 4)]],
    [{ q: "편향", weight: 0.5 }, [result("a", 4)]],
  ], new Map(), "편견")
  assert.deepEqual(best.map(({ result, score, words }) => [result.id, score, words]), [["b", 4, ["편견"]], ["a", 2, ["편향"]]])
})

test("a question's summed word score counts a little less than a query's", () => {
  const best = R.merge([], new Map([["a", { result: result("a", 1), score: 10 }]]), "some long question")
  assert.equal(best[0].score, 10 * R.COVERAGE_WEIGHT)
  assert.deepEqual(best[0].words, ["some", "long", "question"])
})

test("each query's best three are fetched, then the best of the rest up to eight, and the pages that must be shown", () => {
  const many = Array.from({ length: 12 }, (_, i) => result(`p${i}`, 12 - i))
  const synonym = [result("s0", 0.1), result("s1", 0.05), result("s2", 0.04), result("s3", 0.03)]
  const runs = [[{ q: "typed", weight: 1 }, many], [{ q: "synonym", weight: 1 }, synonym]]
  const best = R.merge(runs, new Map(), "typed")
  const picked = R.pick(runs, best, new Set(["p11"]))
  assert.deepEqual([...picked].sort(), ["p0", "p1", "p2", "p3", "p4", "s0", "s1", "s2", "p11"].sort())
  assert.equal(R.SHOWN, 8)
})

test("a page that has the query's words as typed ranks higher than one with only their stems", () => {
  assert.equal(R.exactBoost("the <mark>companies</mark> hire", ["companies"]), 1 + R.EXACT_BOOST)
  assert.equal(R.exactBoost("the <mark>company</mark> hires", ["companies"]), 1)
  assert.equal(R.exactBoost("<mark>data</mark> <mark>engineering</mark>", ["data", "engineer"]), 1 + R.EXACT_BOOST / 2)
})

test("tiers: the routed page, then a page the whole query names, whatever their scores", () => {
  const route = { page: "career/" }
  assert.equal(R.tier("career/", route, 0), R.TIER.routed)
  assert.equal(R.tier("roles/x/", route, 1), R.TIER.named)
  assert.equal(R.tier("roles/x/", null, 0.8), 0)
  const named = R.rank({ tier: R.TIER.named, score: 0.001, kind: false, share: 1, exact: 1 })
  const routed = R.rank({ tier: R.TIER.routed, score: 0.001, kind: false, share: 0, exact: 1 })
  const high = R.rank({ tier: 0, score: 1000, kind: true, share: 0.8, exact: 3 })
  assert.ok(routed > named && named > high)
})

test("within a tier: the section asked for doubles a page's score; a name's share raises it", () => {
  const base = { tier: 0, score: 1, kind: false, share: 0, exact: 1 }
  assert.equal(R.rank({ ...base, kind: true }), R.KIND)
  assert.equal(R.rank({ ...base, share: 0.5 }), 1 + R.NAMED_BOOST * 0.25)
})

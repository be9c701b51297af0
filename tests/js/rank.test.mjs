import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES } from "./fixtures.mjs"

const R = await import(new URL("rank.mjs", MODULES))
const result = (id, score) => ({ id, score })

/* Which of "a" and "b" sums more in `found` (coverage). */
const ahead = found => found.get("a").score > found.get("b").score ? "a" : "b"

test("in a question's summed word scores, a word on more than a third of the pages counts a fifth", () => {
  // "b" has only the common word (4 of 9 pages have it), at 1; "a" only the rare one.
  const common = [result("b", 1), result("c", 1), result("d", 1), result("e", 1)]
  assert.equal(ahead(R.coverage([[result("a", 0.19)], common], 9)), "b")
  assert.equal(ahead(R.coverage([[result("a", 0.21)], common], 9)), "a")
  // On a third of the pages (3 of 9), it counts fully.
  assert.equal(ahead(R.coverage([[result("a", 0.9)], common.slice(0, 3)], 9)), "b")
})

test("each page keeps its best weighted score over the queries, and the words of that query", () => {
  const best = R.merge([
    [{ q: "편견", weight: 1 }, [result("a", 1), result("b", 4)]],
    [{ q: "편향", weight: 0.5 }, [result("a", 4)]],
  ], new Map(), "편견")
  assert.deepEqual(best.map(({ result, score, words }) => [result.id, score, words]), [["b", 4, ["편견"]], ["a", 2, ["편향"]]])
})

test("a question's summed word score counts 0.9 of a query's", () => {
  // "a" sums 10 over the question's words; "b" scores 8.9, then 9.1, for a query.
  const covered = new Map([["a", { result: result("a", 1), score: 10 }]])
  const ranked = score => R.merge([[{ q: "question", weight: 1 }, [result("b", score)]]], covered, "some long question")
  assert.deepEqual(ranked(8.9).map(({ result }) => result.id), ["a", "b"])
  assert.deepEqual(ranked(9.1).map(({ result }) => result.id), ["b", "a"])
  assert.deepEqual(ranked(8.9)[0].words, ["some", "long", "question"])
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
  assert.equal(R.exactBoost("the <mark>companies</mark> hire", ["companies"]), 3)
  assert.equal(R.exactBoost("the <mark>company</mark> hires", ["companies"]), 1)
  assert.equal(R.exactBoost("<mark>data</mark> <mark>engineering</mark>", ["data", "engineer"]), 2)  // half the words: half the boost
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

test("within a tier: the section asked for doubles a page's score", () => {
  // A page of that section outranks an otherwise equal page scoring up to twice as much.
  const base = { tier: 0, kind: false, share: 0, exact: 1 }
  const kind = R.rank({ ...base, score: 1, kind: true })
  assert.ok(kind > R.rank({ ...base, score: 1.9 }))
  assert.ok(kind < R.rank({ ...base, score: 2.1 }))
})

test("within a tier: a page named by a share s of the query ranks 1 + 7s² times higher", () => {
  const base = { tier: 0, score: 1, kind: false, exact: 1 }
  assert.equal(R.rank({ ...base, share: 0.5 }) / R.rank({ ...base, share: 0 }), 2.75)
})

import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES, fixtureTerms } from "./fixtures.mjs"

const { questionWords, sameWord, asked, SMALLEST_SHARE } = await import(new URL("questions.mjs", MODULES))
const terms = fixtureTerms()

test("a question's words: lowercase, no stopwords, no plural s, no single Latin letter", () => {
  assert.deepEqual(questionWords("What does a PhD do for jobs? don't", terms), ["phd", "for", "job", "don"])
  assert.deepEqual(questionWords("편향을 왜", terms), ["편향", "왜"])
  assert.deepEqual(questionWords("PMs LLMs", terms), ["pm", "llm"])  // text.mjs singular
})

test("one word is a form of another when the shorter, long enough, starts the longer", () => {
  assert.equal(sameWord("train", "training"), true)
  assert.equal(sameWord("크롤링", "크롤링한"), true)
  assert.equal(sameWord("job", "jobless"), false)  // under four letters
  assert.equal(sameWord("편", "편향"), false)  // under two syllables
})

test("a page is found when one of its questions has most of the query's words, weighted by rarity", () => {
  const found = asked("do I need a PhD for an AI job", terms)
  assert.deepEqual([...found.keys()], ["career/faq/"])
  assert.ok(found.get("career/faq/") >= SMALLEST_SHARE)
  assert.deepEqual([...asked("need PhD", terms).keys()], ["career/faq/"])
  assert.deepEqual([...asked("computer science degree jobs", terms).keys()], ["career/faq/"])
  assert.equal(asked("PhD", terms).size, 0)  // one word: no question matched
  assert.equal(asked("AI job market salary", terms).size, 0)  // too little of it
})

test("a page is found when its best question has 60% of the query's words, weighted alike: 3 of 5, not 4 of 7 (SMALLEST_SHARE)", () => {
  // Each word is in one page's questions: the words weigh the same.
  const terms = fixtureTerms({ questions: { "p/": ["alpha bravo charlie delta"], "q/": ["echo foxtrot golf hotel"] } })
  assert.deepEqual([...asked("alpha bravo charlie echo foxtrot", terms).keys()], ["p/"])
  assert.deepEqual([...asked("alpha bravo charlie delta echo foxtrot golf", terms).keys()], [])
})

import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES, fixtureTerms } from "./fixtures.mjs"

const { PREDICATE, mostlyUncovered, titleWord, topical } = await import(new URL("scope.mjs", MODULES))

const PAGES = 30, FREQUENT = 1 / 3
const about = (words, uncovered, counts) => mostlyUncovered(words, uncovered, new Map(Object.entries(counts)), fixtureTerms(), PAGES, FREQUENT)

test("a query whose words on no page are as many as its words on few pages is about something else", () => {
  // "recipes" is on a page in passing; "cooking" on none.
  assert.equal(about(["cooking", "recipes"], ["cooking"], { cooking: 0, recipes: 1 }), true)
  // Two words on some pages outweigh one on none: the reader may mean them.
  assert.equal(about(["cooking", "recipes", "design"], ["cooking"], { cooking: 0, recipes: 1, design: 5 }), false)
})

test("a word on many pages says nothing of what the query is about", () => {
  // 엔지니어 and ai are on more than a third of the pages: only 연봉 says what is asked.
  assert.equal(about(["ai", "엔지니어", "연봉"], ["연봉"], { ai: 25, 엔지니어: 20, 연봉: 0 }), true)
})

test("a page's name or a synonym on few pages keeps the query in scope", () => {
  // 장고 is a page's name in the fixture; 편견 a synonym.
  assert.equal(about(["블록체인", "장고"], ["블록체인"], { 블록체인: 0, 장고: 2 }), false)
  const withSynonym = fixtureTerms({ synonyms: { 편견: ["편향"] } })
  assert.equal(mostlyUncovered(["블록체인", "편견"], ["블록체인"], new Map([["블록체인", 0], ["편견", 2]]), withSynonym, PAGES, FREQUENT), false)
  // A title's word that is no page's name (머신러닝, of 머신러닝 엔지니어) does not.
  assert.equal(about(["블록체인", "머신러닝"], ["블록체인"], { 블록체인: 0, 머신러닝: 2 }), true)
})

test("a Korean word on no page ending as a sentence does is the question's verb, not its topic", () => {
  assert.ok(PREDICATE.test("힘든가요") && PREDICATE.test("뭐임") && PREDICATE.test("고민인데") && !PREDICATE.test("연봉"))
  assert.equal(about(["영어", "힘든가요"], ["힘든가요"], { 영어: 3, 힘든가요: 0 }), false)
})

test("an English plural of a title's word is that word, not a word on no page", () => {
  // "ml" is a title word of the fixture: "mls" is its plural, not another topic.
  assert.equal(about(["mls", "team"], ["mls"], { mls: 0, team: 20 }), false)
  // text.mjs singular: the same rule as a question's words (questions.mjs).
  assert.equal(about(["mlx", "team"], ["mlx"], { mlx: 0, team: 20 }), true)
})

test("a query with no word on no page is never out of scope here", () => {
  assert.equal(about(["recipes"], [], { recipes: 1 }), false)
})

test("a page's name in part of the query counts as a word about what it asks", () => {
  const counts = new Map(Object.entries({ ai: 25, 엔지니어: 20, 신입: 0, 연봉: 0, 좋은: 5, 힘든: 0 }))
  // Two words on no page outweigh the name (AI 엔지니어 신입 연봉)...
  assert.equal(mostlyUncovered(["ai", "엔지니어", "신입", "연봉"], ["신입", "연봉"], counts, fixtureTerms(), PAGES, FREQUENT, true), true)
  // ...one does not outweigh the name and a word on few pages.
  assert.equal(mostlyUncovered(["ai", "엔지니어", "좋은", "힘든"], ["힘든"], counts, fixtureTerms(), PAGES, FREQUENT, true), false)
})

test("a title's word, a page question's word, or a form of either is a title word", () => {
  const terms = fixtureTerms()
  assert.equal(titleWord("engineers", terms), "engineer")  // a longer word starting with it
  assert.equal(titleWord("팀은", terms), "팀")  // a one-syllable title word with its particle
  assert.equal(titleWord("automation", terms), "automation")  // in a page's questions only
  assert.equal(titleWord("파이썬", terms), null)  // on a page, in no title or question
})

test("a word is topical when it is a page's name, or a title word on few pages", () => {
  const terms = fixtureTerms()
  assert.equal(topical("장고", 14, terms, PAGES, FREQUENT), true)  // a name, on however many pages
  assert.equal(topical("팀은", 3, terms, PAGES, FREQUENT), true)
  assert.equal(topical("엔지니어", 12, terms, PAGES, FREQUENT), false)  // on a third of the pages or more
  assert.equal(topical("파이썬", 1, terms, PAGES, FREQUENT), false)  // on a page in passing
})

test("of a short query, only a name, a synonym or a title's word says what it is about (saysWhat)", () => {
  // 지수 and 계산법 are on a few pages in passing: they outweigh 샤프 in a longer query, not in a short one.
  const counts = { 샤프: 0, 지수: 2, 계산법: 1 }
  assert.equal(mostlyUncovered(["샤프", "지수", "계산법"], ["샤프"], new Map(Object.entries(counts)), fixtureTerms(), PAGES, FREQUENT, false, true), true)
  assert.equal(mostlyUncovered(["샤프", "지수", "계산법"], ["샤프"], new Map(Object.entries(counts)), fixtureTerms(), PAGES, FREQUENT, false, false), false)
  // A title's word still counts in a short query.
  assert.equal(mostlyUncovered(["샤프", "장고", "계산법"], ["샤프"], new Map(Object.entries({ ...counts, 장고: 2 })), fixtureTerms(), PAGES, FREQUENT, false, true), false)
})

test("a Korean word on no page ending in 야 (뭐야, 이뭐야) is the question's verb", () => {
  assert.ok(PREDICATE.test("이뭐야"))
  assert.equal(about(["장고", "이뭐야"], ["이뭐야"], { 장고: 3, 이뭐야: 0 }), false)
})

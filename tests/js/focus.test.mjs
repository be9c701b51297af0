import assert from "node:assert/strict"
import { test } from "node:test"
import { MODULES, pathTerms } from "./fixtures.mjs"
import { table, tablePagefind } from "./table-pagefind.mjs"

const { FOCUSED_WORDS, addedWords, beyondNamed, nameSpans, onAnyOf, orSynonym } = await import(new URL("focus.mjs", MODULES))

const DJANGO = "tools/django/", TOOLS = "tools/"
const lookup = rows => {
  const pagefind = tablePagefind(table(rows))
  return q => pagefind.search(q).then(found => found.results)
}
const beyond = (words, rows, missing = []) => beyondNamed(words, new Set(missing), pathTerms(), lookup(rows))

test("a query's names: the pages they name and the words they take", () => {
  const { pages, taken, names } = nameSpans(["장고", "연봉"], pathTerms())
  assert.deepEqual([...pages], [DJANGO])
  assert.deepEqual([...taken], [0])
  assert.deepEqual(names, ["장고"])
})

test("a word the atlas has a word for is not what a query adds to a name", () => {
  const terms = pathTerms()
  // 연봉 is nobody's word; 엔지니어 a title's; 엔지니어들 a form of it; 쿠버네티슨 a typo of 쿠버네티스; 무슨 a stopword.
  assert.deepEqual(addedWords(["장고", "연봉", "엔지니어", "엔지니어들", "쿠버네티슨", "무슨"], new Set([0]), terms), ["연봉"])
})

test("a page's name with a word on no page the name is on: the query is about something else", async () => {
  // 장고 names the Django page; 연봉 is on no page.
  assert.equal(await beyond(["장고", "연봉"], { 장고: [[DJANGO, 1]] }, ["연봉"]), true)
  // The word is on the named page: in scope.
  assert.equal(await beyond(["장고", "연봉"], { 장고: [[DJANGO, 1]], 연봉: [[DJANGO, 1]] }, ["연봉"]), false)
  // No name in the query: nothing to measure against (scope.mjs decides).
  assert.equal(await beyond(["블록체인", "연봉"], {}, ["블록체인", "연봉"]), false)
})

test("a query naming two things asks what they share", async () => {
  // 장고 and 쿠버네티스 name two pages; 비교 is on no page with either.
  const rows = { 장고: [[DJANGO, 1]], 쿠버네티스: [["tools/kubernetes/", 1]] }
  assert.equal(await beyond(["장고", "쿠버네티스", "비교"], rows, ["비교"]), false)
  assert.equal(await beyond(["장고", "비교"], rows, ["비교"]), true)
})

test("a page that mentions the name in passing is not the named page: the added word on it does not count", async () => {
  // The tools' list mentions 장고 and has 연봉: the Django page has no 연봉.
  assert.equal(await beyond(["장고", "연봉"], { 장고: [[DJANGO, 1], [TOOLS, 0.5]], 연봉: [[TOOLS, 1]] }, ["연봉"]), true)
})

test("the added word must be on no page at all: one on pages in passing is not enough", async () => {
  assert.equal(await beyond(["장고", "연봉"], { 장고: [[DJANGO, 1]] }, []), false)
})

test("the words on the name's pages outweigh one off them", async () => {
  // 연봉 is off the Django page, but 배포 and 서버 are on it.
  const rows = { 장고: [[DJANGO, 1]], 배포: [[DJANGO, 1]], 서버: [[DJANGO, 1]] }
  assert.equal(await beyond(["장고", "연봉", "배포", "서버"], rows, ["연봉"]), false)
  assert.equal(await beyond(["장고", "연봉", "배포"], { 장고: [[DJANGO, 1]] }, ["연봉"]), true)
})

test("a word is on a page with the name when its synonym is", async () => {
  const terms = pathTerms({ synonyms: { 컴파스: ["COMPAS"] } })
  const find = lookup({ COMPAS: [[DJANGO, 1]] })
  assert.equal(await orSynonym("컴파스", new Set([DJANGO]), terms, find), true)
  assert.equal(await orSynonym("컴파스", new Set([DJANGO]), pathTerms(), find), false)
})

test(`a query of more than ${FOCUSED_WORDS} words describes a page in its own words`, async () => {
  const words = ["장고", "연봉", "연봉표", "연봉협상", "연봉계산"].slice(0, FOCUSED_WORDS + 1)
  assert.equal(await beyond(words, { 장고: [[DJANGO, 1]] }, words.slice(1)), false)
  assert.equal(await beyond(words.slice(0, FOCUSED_WORDS), { 장고: [[DJANGO, 1]] }, words.slice(1)), true)
})

test("a Korean word with an ending is on a page by Pagefind's match; a Latin word only as typed", async () => {
  const ids = new Set([DJANGO])
  // Pagefind finds no word as typed ("quoted"), only its start in a longer one.
  const cut = excerpt => q => q.startsWith('"') ? Promise.resolve([]) : lookup({ [q]: [[DJANGO, 1, { excerpt }]] })(q)
  assert.equal(await onAnyOf("배포", ids, cut("<mark>배포하는</mark> 법")), true)
  // "differential" found as "different": not the word.
  assert.equal(await onAnyOf("differential", ids, cut("<mark>different</mark> ways")), false)
  assert.equal(await onAnyOf("deploy", ids, lookup({ deploy: [[DJANGO, 1]] })), true)
})

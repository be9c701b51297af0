import assert from "node:assert/strict"
import { test } from "node:test"
import { fakePagefind } from "./fake-pagefind.mjs"
import { MODULES, PAGES, ROOT, fixtureTerms } from "./fixtures.mjs"

const { search } = await import(new URL("search.mjs", MODULES))

async function pages(query, { terms = fixtureTerms(), fixture = PAGES, stale } = {}) {
  const pagefind = fakePagefind(fixture, { ids: Object.fromEntries(terms.ids) })
  const answer = await search(query, { terms, search: q => pagefind.search(q), root: ROOT, stale })
  return answer && answer.items.map(group => group[0].location)
}

test("a page's name puts the page first", async () => {
  assert.equal((await pages("배관공"))[0], "roles/data-engineer/")
  assert.equal((await pages("MLE"))[0], "roles/ai-engineer/")  // through a synonym
})

test("a routed question puts its page first", async () => {
  assert.equal((await pages("연구자랑 엔지니어 차이"))[0], "career/know-yourself/")
})

test("a page whose questions are like the query is shown first among equals", async () => {
  assert.equal((await pages("do I need a PhD for an AI job"))[0], "career/faq/")
})

test("a page named by a name in none of its words is found by its title", async () => {
  // 플러머 (plumber) is a name of the data engineer's page here, but on no page.
  const terms = fixtureTerms()
  terms.names.set("플러머", ["roles/data-engineer/"])
  assert.equal((await pages("플러머", { terms }))[0], "roles/data-engineer/")
})

test("a word in no title is corrected, and the corrected query searched", async () => {
  assert.equal((await pages("쿠베르네티스"))[0], "tools/kubernetes/")
  // 데이타 is on the project's pages only (the architecture page quotes it): still a typo.
  assert.equal((await pages("데이타 엔지니어"))[0], "roles/data-engineer/")
})

test("the project's pages are left out unless the query names the project", async () => {
  assert.ok(!(await pages("데이터 엔지니어")).includes("architecture/"))
  assert.ok((await pages("구조 기여")).includes("architecture/"))
})

test("the project's pages are left out before the pages shown are picked: still eight shown", async () => {
  // Ten reader pages have 데이터 once; three project pages have it most.
  const fixture = [
    ...Array.from({ length: 10 }, (_, i) => ({ page: `glossary/t${i}/`, title: `용어 ${i}`, text: `데이터 설명 ${i} 하나 둘 셋 넷` })),
    ...["architecture/", "contributing/", "ids/"].map(page => ({ page, title: page, text: "데이터 데이터 데이터" })),
  ]
  const ids = Object.fromEntries(fixture.map(({ page }) => [page, page]))
  const terms = fixtureTerms({ ids, titles: {}, names: {}, project: { pages: ["architecture/", "contributing/", "ids/"], words: ["기여"] } })
  const found = await pages("데이터", { terms, fixture })
  assert.equal(found.length, 8)
  assert.ok(found.every(page => page.startsWith("glossary/")), found)
})

test("a query whose words are on no page together searches each word", async () => {
  // No page has both 장고 and 서빙: each is searched alone.
  const found = await pages("장고 서빙")
  assert.ok(found.includes("tools/django/") && found.includes("glossary/serving/"), found)
})

test("a question of three words or more ranks pages by their summed word scores", async () => {
  // No page has all four words; the tools index has three of them.
  assert.equal((await pages("쿠버네티스 장고 도구 비교"))[0], "tools/")
})

test("an answer overtaken by a newer query is dropped", async () => {
  assert.equal(await pages("배관공", { stale: () => true }), null)
})

test("titles and excerpts are escaped, but for Pagefind's marks", async () => {
  const fixture = [{ page: "x/", title: "<img src=x onerror=alert(1)>", text: "배관공 <script>" }]
  const terms = fixtureTerms({ ids: { "x/": "x" }, titles: { "x/": "<img src=x onerror=alert(1)>" } })
  const pagefind = fakePagefind(fixture, { ids: { "x/": "x" } })
  const { items: [[item]] } = await search("배관공", { terms, search: q => pagefind.search(q), root: ROOT })
  assert.equal(item.title, "&lt;img src=x onerror=alert(1)&gt;")
  assert.equal(item.text, "<mark>배관공</mark> &lt;script&gt;")
})

test("no page is shown for a word Pagefind finds only cut to a letter or a syllable", async () => {
  assert.deepEqual(await pages("salary"), [])  // Pagefind alone finds "s"
  assert.deepEqual(await pages("블록체인"), [])
})

test("a query of one or two words says too little once its word on no page is left out, when the rest is on many pages", async () => {
  // 엔지니어 is on a third of the fixture's pages or more: "prompt engineer" is not about all of them.
  assert.deepEqual(await pages("프롬프트 엔지니어"), [])
  // 장고 is on few pages: the reader may mean it. The missing word is listed as missing.
  const terms = fixtureTerms()
  const pagefind = fakePagefind(PAGES, { ids: Object.fromEntries(terms.ids) })
  const { items } = await search("블록체인 장고", { terms, search: q => pagefind.search(q), root: ROOT })
  assert.equal(items[0][0].location, "tools/django/")
  assert.equal(items[0][0].terms["블록체인"], false)
})

test("a longer question is answered by its other words", async () => {
  const found = await pages("블록체인 쿠버네티스 장고 도구")
  assert.equal(found[0], "tools/")
})

test("a word on no page that a correction replaces is no missing word", async () => {
  const terms = fixtureTerms()
  const pagefind = fakePagefind(PAGES, { ids: Object.fromEntries(terms.ids) })
  const { items } = await search("쿠베르네티스", { terms, search: q => pagefind.search(q), root: ROOT })
  assert.equal(items[0][0].location, "tools/kubernetes/")
  assert.ok(!Object.values(items[0][0].terms).includes(false), items[0][0].terms)
})

test("a short query none of whose words is a name or a title word on few pages gets the notice", async () => {
  // 파이썬 and 프레임워크 are on the Django page in passing, in no title or question.
  assert.deepEqual(await pages("파이썬 프레임워크"), [])
  // A page's name keeps it in scope; so does a query of titles' words only, however common.
  assert.equal((await pages("장고 프레임워크"))[0], "tools/django/")
  assert.ok((await pages("엔지니어")).length)
})

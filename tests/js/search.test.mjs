import assert from "node:assert/strict"
import { test } from "node:test"
import { fakePagefind } from "./fake-pagefind.mjs"
import { MODULES, PAGES, ROOT, fixtureTerms, pathTerms } from "./fixtures.mjs"
import { table, tablePagefind } from "./table-pagefind.mjs"

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
  const { items } = await search("블록체인 장고 파이썬", { terms, search: q => pagefind.search(q), root: ROOT })
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

test("a short query with a compound of known words is not emptied for want of a topical word (pieces.mjs)", async () => {
  // 인종편향 is in no title, but 편향 (a page's name) is a piece of it; 블록체인 stays out of scope.
  const passing = table({ "블록체인 인종편향": [["ethics/bias/", 1]], "인종편향": [["ethics/bias/", 1]], "블록체인": [["ethics/bias/", 1]], "편향": [["ethics/bias/", 1]] })
  assert.deepEqual((await answer("블록체인 인종편향", passing)).pages, ["ethics/bias/"])
  assert.deepEqual((await answer("블록체인 인종차", passing)).pages, [])
})

test("a Korean word on no page made wholly of known pieces is no word the atlas does not cover (pieces.mjs madeOfKnown)", async () => {
  // 냉각 and 절감 are words of a page's questions only; 냉각절감 is on no page.
  const terms = pathTerms({ questions: { "tools/django/": ["서버 냉각 비용은?"], "tools/": ["전기 절감 방법은?"] } })
  const passing = table({ "프레임워크": [["tools/django/", 1]] })
  assert.deepEqual((await answer("냉각절감 프레임워크", passing, terms)).pages, ["tools/django/"])
  assert.deepEqual((await answer("냉각절간 프레임워크", passing, terms)).pages, [])
})

test("a short query's words on pages in passing do not outweigh its word on no page (scope.mjs saysWhat)", async () => {
  // 샤프 is on no page, 계산법 on one in passing, 머신러닝 a title's word: one against one.
  const passing = table({ "머신러닝": [["roles/", 1], ["tools/", 1]], "계산법": [["roles/", 1]], "머신러닝 계산법": [["roles/", 1]] })
  assert.deepEqual((await answer("샤프 머신러닝 계산법", passing)).pages, [])
})

test("the known pieces of a compound count among the query's words against its words on no page", async () => {
  // 장고, a page's name, is a piece of 인종장고; 샤프 is on no page.
  const passing = table({ "인종장고": [["tools/django/", 1]], "계산법": [["tools/django/", 1]], "인종장고 계산법": [["tools/django/", 1]] })
  assert.deepEqual((await answer("샤프 인종장고 계산법", passing)).pages, ["tools/django/"])
})

// The rules below are pinned with a Pagefind whose answers the test sets (table-pagefind.mjs):
// each test fails when its rule is removed or its number changed.

/* The answer to `query` over `answers` (tablePagefind), and the queries searched. */
async function answer(query, answers, terms = pathTerms()) {
  const pagefind = tablePagefind(answers)
  const found = await search(query, { terms, search: q => pagefind.search(q), root: ROOT })
  return { items: found.items, pages: found.items.map(group => group[0].location), searched: pagefind.searched }
}
const scoreOf = (items, page) => items.find(group => group[0].location === page)[0].score
const close = (actual, expected) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} is not ${expected}`)

test("a named page found only by its title scores 0.3 of what the query itself would give it (TITLE_WEIGHT)", async () => {
  // 배관공 팀: 배관공 names the data engineer's page by 3 of 4 letters (no tier).
  const page = "roles/data-engineer/"
  const byQuery = await answer("배관공 팀", table({ "배관공 팀": [[page, 1]] }))
  const byTitle = await answer("배관공 팀", table({ "데이터 모델 배관공 데이터 엔지니어 AIOps": [[page, 1]] }))
  close(scoreOf(byTitle.items, page) / scoreOf(byQuery.items, page), 0.3)
})

test("a query whose searches find fewer than three pages searches each word alone, at half weight (SINGLE_WORD_WEIGHT)", async () => {
  // No page has both 장고 and 서빙 but the tools index; 장고 alone finds the Django page.
  const { items } = await answer("장고 서빙", table({ "장고 서빙": [["tools/", 1]], "장고": [["tools/django/", 1]] }))
  close(scoreOf(items, "tools/django/") / scoreOf(items, "tools/"), 0.5)
})

test("a one-letter or one-syllable word is never searched alone (SHORTEST_SEARCHED_WORD)", async () => {
  // Neither as a question's word (장고 팀 서빙 has two words of two syllables or more: no
  // summed word scores) nor as a single word when the query finds little.
  const { searched } = await answer("장고 팀 서빙", table({ "장고": [["tools/django/", 1]] }))
  assert.ok(searched.includes("장고") && searched.includes("서빙"), searched)
  assert.ok(!searched.includes("팀"), searched)
})

test("a result shows its first four sections, the first two at its score and the next two at half (SECTIONS_SHOWN, SECTIONS_FULL_SCORE, LATER_SECTION_SHARE)", async () => {
  const sections = Array.from({ length: 6 }, (_, i) => ({ url: `/roles/data-engineer/#s${i}`, title: `s${i}`, excerpt: "" }))
  const { items: [group] } = await answer("배관공", table({ "배관공": [["roles/data-engineer/", 1, { sections }]] }))
  assert.deepEqual(group.map(item => item.location), ["roles/data-engineer/", ...[0, 1, 2, 3].map(i => `roles/data-engineer/#s${i}`)])
  assert.deepEqual(group.slice(1).map(item => item.score / group[0].score), [1, 1, 0.5, 0.5])
})

test("of the pages whose questions are like the query, three are shown wherever ranked and the best two searched by title (ANSWERS_SHOWN, ANSWERS_SEARCHED)", async () => {
  // Four pages ask "how to train a tokenizer", in this order; eight others score far higher.
  const asking = ["q/one/", "q/two/", "q/three/", "q/four/"]
  const terms = pathTerms({
    vocabulary: [...pathTerms().ordered, "train", "tokenizer"],
    questions: Object.fromEntries(asking.map(page => [page, ["How to train a tokenizer?"]])),
    titles: { ...Object.fromEntries(pathTerms().titles), ...Object.fromEntries(asking.map(page => [page, `Title ${page.split("/")[1]}`])) },
    ids: { ...Object.fromEntries(pathTerms().ids), ...Object.fromEntries(asking.map(page => [page, page])) },
  })
  const high = Array.from({ length: 8 }, (_, i) => [`f/${i}/`, 10 - i])
  const { pages, searched } = await answer("train tokenizer", table({ "train tokenizer": [...high, ...asking.map(page => [page, 0.1])] }), terms)
  assert.deepEqual(asking.filter(page => pages.includes(page)), ["q/one/", "q/two/", "q/three/"])
  assert.deepEqual(asking.filter(page => searched.includes(`Title ${page.split("/")[1]}`)), ["q/one/", "q/two/"])
})

test("a two-syllable Korean word on a reader's page is not corrected; on no page, it is (OWN_WORD_SYLLABLES)", async () => {
  // 장구 is one letter (jamo) off 장고, a page's name.
  const django = { "장고": [["tools/django/", 1]] }
  const onPage = await answer("장구", table({ ...django, "장구": [["tools/", 1]] }))
  assert.ok(!onPage.pages.includes("tools/django/"), onPage.pages)
  assert.ok(!onPage.searched.some(q => q.includes("장고")), onPage.searched)
  assert.equal((await answer("장구", table(django))).pages[0], "tools/django/")
})

test("a query's words on no page are searched nowhere: Pagefind would match a letter of them", async () => {
  // Pagefind finds the bias page for 블록체인 장고 (by a letter of 블록체인); the word is on no page.
  const { pages, searched } = await answer("블록체인 장고 파이썬", table({ "블록체인 장고 파이썬": [["ethics/bias/", 9]], "장고 파이썬": [["tools/django/", 1]], "파이썬": [["tools/django/", 1]] }))
  assert.deepEqual(pages, ["tools/django/"])
  assert.ok(searched.filter(q => q.includes("블록체인")).every(q => q === "블록체인" || q === "\"블록체인\""), searched)
})

test("a query whose words on no page are as many as its topical words gets the notice (scope.mjs mostlyUncovered)", async () => {
  // 머신러닝 is a title's word on one page, no page's name: 블록체인 머신러닝 is about blockchains.
  const machine = table({ "머신러닝": [["roles/ai-engineer/", 1]], "블록체인 머신러닝": [["roles/ai-engineer/", 1]] })
  assert.deepEqual((await answer("블록체인 머신러닝", machine)).pages, [])
})

test("a page's name in part of the query counts as a topical word against its words on no page", async () => {
  // AI 엔지니어 names the AI engineer's page (7 of 11 letters); ai and 엔지니어 are on many
  // pages, 좋은 on one, 힘든 on none: one word on no page against 좋은 and the name.
  const many = Array.from({ length: 6 }, (_, i) => [`f/${i}/`, 1])
  const answers = table({ "AI": many, "엔지니어": many, "좋은": [["roles/ai-engineer/", 1]], "AI 엔지니어 좋은": [["roles/ai-engineer/", 1]] })
  assert.equal((await answer("AI 엔지니어 좋은 힘든", answers)).pages[0], "roles/ai-engineer/")
})

test("a routed question searches its page's title, so the page is shown first even when its words are not on it", async () => {
  const routed = "career/know-yourself/"
  const { pages } = await answer("연구자 엔지니어 차이", q => q.includes("알라") ? [[routed, 0.01]] : [["roles/", 1]])
  assert.equal(pages[0], routed)
})

test("a query whose searches find fewer than three pages in all searches its words alone; three, not (FEW_RESULTS)", async () => {
  const found = n => table({ "장고 서빙": Array.from({ length: n }, (_, i) => [`f/${i}/`, 1]) })
  assert.ok((await answer("장고 서빙", found(2))).searched.includes("장고"))
  assert.ok(!(await answer("장고 서빙", found(3))).searched.includes("장고"))
})

test("the three pages a query names best are searched by their titles, not a fourth (NAMED_SEARCHED)", async () => {
  const sharing = ["a/", "b/", "c/", "d/"]
  const base = pathTerms()
  const terms = pathTerms({
    names: { ...Object.fromEntries(base.names), 서빙: sharing },
    titles: { ...Object.fromEntries(base.titles), ...Object.fromEntries(sharing.map(page => [page, `Title ${page[0]}`])) },
    ids: { ...Object.fromEntries(base.ids), ...Object.fromEntries(sharing.map(page => [page, page])) },
  })
  const { searched } = await answer("서빙", table({}), terms)
  assert.deepEqual(sharing.filter(page => searched.includes(`Title ${page[0]}`)), ["a/", "b/", "c/"])
})

test("a page named by three quarters of the query is shown wherever Pagefind ranks it; by 0.7, not (MOSTLY_NAMED)", async () => {
  // Eight pages score far above the named one for the query itself.
  const high = Array.from({ length: 8 }, (_, i) => [`f/${i}/`, 10 - i])
  // 배관공 팀: 배관공 is 3 of 4 letters. 박은정 강연: 박은정 with a lecture's word, capped at 0.7.
  assert.ok((await answer("배관공 팀", table({ "배관공 팀": [...high, ["roles/data-engineer/", 0.01]] }))).pages.includes("roles/data-engineer/"))
  const lecture = [...high, ["lectures/careers-in-ai/", 0.01]]
  assert.ok(!(await answer("박은정 강연", table({ "박은정 강연": lecture, "강연": lecture }))).pages.includes("lectures/careers-in-ai/"))
})

test("a query of three words or fewer, none of them topical, gets the notice; of four, not by that rule (TOPICAL_WORDS)", async () => {
  // Words on a page in passing, in no title, alias or page question.
  const passing = table(Object.fromEntries(["alpha", "bravo", "charlie", "delta", "alpha bravo charlie", "alpha bravo charlie delta"].map(q => [q, [["roles/", 1]]])))
  assert.deepEqual((await answer("alpha bravo charlie", passing)).pages, [])
  assert.deepEqual((await answer("alpha bravo charlie delta", passing)).pages, ["roles/"])
})

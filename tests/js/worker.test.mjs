/* The protocol shell (search-worker.js) run as Material runs it, over a folder laid out like
 * a built language root: the worker and its modules, a stand-in Pagefind module and the
 * fixture terms file. */
import assert from "node:assert/strict"
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { after, test } from "node:test"
import { MODULES, PAGES, json } from "./fixtures.mjs"
import { loadWorker } from "./replay.mjs"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3

/* A language root with the real worker and a Pagefind that counts its loads in globalThis. */
async function languageRoot() {
  const root = await mkdtemp(path.join(tmpdir(), "atlas-worker-"))
  const assets = new URL("../", MODULES)
  await cp(new URL("search-worker.js", assets), path.join(root, "assets/atlas/search-worker.js"))
  await cp(MODULES, path.join(root, "assets/atlas/search"), { recursive: true })
  await mkdir(path.join(root, "pagefind"))
  const terms = json("terms.json")
  const fake = await readFile(new URL("fake-pagefind.mjs", import.meta.url), "utf8")
  await writeFile(path.join(root, "pagefind/pagefind.js"), `${fake}
globalThis.pagefindLoads = (globalThis.pagefindLoads || 0) + 1
const found = fakePagefind(${JSON.stringify(PAGES)}, { ids: ${JSON.stringify(terms.ids)} })
export const options = async o => { globalThis.pagefindOptions = o }
export const init = async () => {}
export const search = q => found.search(q)`)
  await writeFile(path.join(root, "pagefind/atlas-terms.json"), JSON.stringify(terms))
  return root
}

const root = await languageRoot()
const worker = await loadWorker(root)
after(() => rm(root, { recursive: true, force: true }))  // leave no folder behind in the system temp

test("SETUP is answered READY without loading Pagefind: a page view costs no search bytes", async () => {
  assert.deepEqual(await worker.post({ type: SETUP }), { type: READY })
  assert.deepEqual(await worker.post({ type: QUERY, data: "" }), { type: RESULT, data: { items: [] } })  // Material's first query
  assert.equal(globalThis.pagefindLoads, undefined)
})

test("a query is answered with Material's result items, pages first", async () => {
  const answer = await worker.post({ type: QUERY, data: "배관공" })
  assert.equal(answer.type, RESULT)
  assert.equal(answer.data.items[0][0].location, "roles/data-engineer/")
  assert.equal(globalThis.pagefindLoads, 1)
  assert.deepEqual(globalThis.pagefindOptions, { excerptLength: 26 })  // EXCERPT_WORDS
})

test("of queries typed in a row, only the newest is answered", async () => {
  const before = worker.answers.length
  await Promise.all([worker.post({ type: QUERY, data: "배" }), worker.post({ type: QUERY, data: "배관" }), worker.post({ type: QUERY, data: "장고" })])
  const answers = worker.answers.slice(before)
  assert.equal(answers.length, 1)
  assert.equal(answers[0].data.items[0][0].location, "tools/django/")
})

test("a message of no known type is refused", async () => {
  await assert.rejects(worker.post({ type: 9 }), TypeError)
})

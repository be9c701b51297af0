/* Post queries straight to a built site's search worker, in Node, with the site's real
 * Pagefind index: the pages each query ranks, as the search box would list them.
 *
 *   node tests/js/replay.mjs SITE/LANG < queries.json > ranked.json
 *
 * queries.json is a list of query strings; ranked.json lists, for each, the page paths
 * below the language root, best first. Used by scripts/bench_search.py --node (accuracy
 * in seconds rather than minutes; the browser stays the measure of record).
 *
 * The worker is the classic script Material starts (assets/atlas/search-worker.js),
 * run with the globals a worker has: `self.location`, `addEventListener`, `postMessage`,
 * and a `fetch` that reads the site's files.
 */
import { readFile } from "node:fs/promises"
import { register } from "node:module"
import { pathToFileURL } from "node:url"
import path from "node:path"

const SETUP = 0, QUERY = 2, RESULT = 3
/* The site as the worker sees it: an http origin, as in a browser, so Pagefind's result
   URLs are paths below it (with file: URLs, Pagefind makes "/file:/..." of them). */
const ORIGIN = "http://atlas.invalid/"
/* Node imports no http: modules; these hooks read them from the site's folder. */
const HOOKS = `
let folder
export function initialize(data) { folder = data.folder }
export function resolve(specifier, context, next) {
  const url = new URL(specifier, context.parentURL).href
  return url.startsWith(${JSON.stringify(ORIGIN)}) ? { url, shortCircuit: true } : next(specifier, context)
}
export async function load(url, context, next) {
  if (!url.startsWith(${JSON.stringify(ORIGIN)})) return next(url, context)
  const { readFile } = await import("node:fs/promises")
  const source = await readFile(new URL(url.slice(${ORIGIN.length}).split("?")[0], folder), "utf8")
  return { format: "module", source, shortCircuit: true }
}`

/* Run the worker script of a language folder (a built site's <lang>/, or one laid out like
   it) as a worker would run: `post(data)` sends it a message and resolves to its answer
   (undefined when it answers none); `answers` holds every message it posted. */
export async function loadWorker(languageRoot) {
  const folder = pathToFileURL(languageRoot + path.sep)
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, { data: { folder: folder.href } })
  const script = "assets/atlas/search-worker.js"
  const fetchFile = async input => {
    const url = String(input instanceof Request ? input.url : input).split("?")[0]
    try {
      return new Response(await readFile(new URL(url.slice(ORIGIN.length), folder)))
    } catch {
      return new Response(null, { status: 404 })
    }
  }
  let listener = null
  const worker = {
    self: { location: { href: ORIGIN + script } },
    addEventListener: (type, handler) => { if (type === "message") listener = handler },
    postMessage: message => worker.answers.push(message),
    BroadcastChannel: class { set onmessage(_) {} },
    fetch: fetchFile,
  }
  worker.answers = []
  // Pagefind's own module reads its files with the global fetch.
  globalThis.fetch = fetchFile
  const names = ["self", "addEventListener", "postMessage", "BroadcastChannel", "fetch"]
  new Function(...names, await readFile(new URL(script, folder), "utf8"))(...names.map(n => worker[n]))
  return {
    answers: worker.answers,
    post: async data => {
      const before = worker.answers.length
      await listener({ data })
      return worker.answers[before]
    },
  }
}

/* The worker of a language folder, set up as Material sets it up: `ask(query)` resolves to
   the pages of its answer, best first. */
export async function startWorker(languageRoot) {
  const { post } = await loadWorker(languageRoot)
  await post({ type: SETUP })
  return async query => {
    const answer = await post({ type: QUERY, data: query })
    if (!answer || answer.type !== RESULT) return []
    return [...new Set(answer.data.items.map(([page]) => page.location.split("#")[0]))]
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ask = await startWorker(path.resolve(process.argv[2]))
  let input = ""
  for await (const chunk of process.stdin) input += chunk
  const ranked = []
  for (const query of JSON.parse(input)) ranked.push(await ask(query))
  process.stdout.write(JSON.stringify(ranked))
}

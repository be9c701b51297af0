/* Material's search interface, answered by Pagefind.
 *
 * Material starts this script as its search worker (the atlas template points
 * __config.search here) and speaks its worker protocol:
 *   SETUP (0) -> READY (1);  QUERY (2, the query text) -> RESULT (3, {items}).
 * This file is only that protocol shell; the search itself is in search/*.mjs, plain
 * ES modules tested with `node --test tests/js/`.
 *
 * Material creates the worker as a classic script (`new Worker(url)`, in its bundle), so
 * the modules are loaded with a dynamic import(), which classic workers allow (Chromium
 * 80, Firefox 114, Safari 15), as Pagefind's own module is. A module worker would need
 * Material's bundle changed.
 */
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const root = new URL("../../", self.location.href)  // this language's root
let engine = null  // {search, terms, pagefind} once loaded
let ready = null   // resolves once everything is loaded; queries wait for it
let latest = 0     // the newest query: answers to older ones are dropped

/* Vocabulary words searched when loading, spread over it, to load Pagefind's index chunks. */
const WARM_WORDS = 8

/* The words of each excerpt Pagefind gives (its default is 30). Its marked words count too:
   they say whether a page has the query's words as typed (rank.mjs exactBoost) and whether a
   word is on the pages (presence.mjs). 26 since Pagefind came in (05396c3), unmeasured. */
const EXCERPT_WORDS = 26

async function load() {
  const [pagefind, loaded, { search }, { prepare }] = await Promise.all([
    import(new URL("pagefind/pagefind.js", root).href),
    fetch(new URL("pagefind/atlas-terms.json", root)).then(r => r.ok ? r.json() : {}).catch(() => ({})),
    import(new URL("search/search.mjs", self.location.href).href),
    import(new URL("search/terms.mjs", self.location.href).href),
  ])
  const terms = prepare(loaded)
  await pagefind.options({ excerptLength: EXCERPT_WORDS })
  await pagefind.init()
  // Measured: init takes ~40 ms, but the first search ~300 ms (its index chunk is
  // fetched and parsed) and the first fragments ~100 ms. Searching words spread over
  // the vocabulary loads the index chunks (one per language today) before the reader
  // has typed, and one fragment warms up reading them.
  const words = terms.ordered
  const sample = words.filter((_, i) => i % Math.ceil(words.length / WARM_WORDS || 1) === 0)
  const warm = await Promise.all(sample.map(w => pagefind.search(w)))
  await warm.find(found => found.results.length)?.results[0].data()
  engine = { search, terms, pagefind }
}

/* Load once; a failed load is retried on the next query or focus. */
function ensureLoaded() {
  ready = ready || load().catch(err => { ready = null; throw err })
  return ready
}

/* The page asks for a preload when the search box gets focus (main.html): Material's
   protocol has no message for it, so the page and this worker share a channel named
   after the language root. By the last keystroke, Pagefind is loaded. */
try {
  new BroadcastChannel(`atlas-search:${root.href}`).onmessage = () => ensureLoaded().catch(err => console.warn("search preload failed", err))
} catch (err) { /* no BroadcastChannel: Pagefind loads at the first query */ }

async function handle(message) {
  switch (message.type) {
    case SETUP:
      // Material sends SETUP on every page load; Pagefind is loaded only when
      // someone opens the search box (the preload above) or types, so a page view
      // costs no search bytes.
      return { type: READY }
    case QUERY:
      try {
        const id = ++latest
        if (!message.data.trim()) return { type: RESULT, data: { items: [] } }  // Material sends "" on start
        await ensureLoaded()
        // Keystrokes queued behind this one are read first: a query typed on from starts no
        // search, so the newest one does not wait for searches of words half typed.
        await new Promise(resolve => setTimeout(resolve, 0))
        if (id !== latest) return null  // typed on: only the newest query is answered
        const { search, terms, pagefind } = engine
        const data = await search(message.data, { terms, search: q => pagefind.search(q), root, stale: () => id !== latest })
        return data && id === latest ? { type: RESULT, data } : null
      } catch (err) {
        console.warn("search failed", err)
        return { type: RESULT, data: { items: [] } }
      }
    default:
      throw new TypeError("Invalid message type")
  }
}

addEventListener("message", async ev => {
  const answer = await handle(ev.data)
  if (answer) postMessage(answer)
})

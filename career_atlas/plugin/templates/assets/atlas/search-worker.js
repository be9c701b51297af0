/* Material's search interface, answered by Pagefind.
 *
 * Material starts this script as its search worker (the atlas template points
 * __config.search here) and speaks its worker protocol:
 *   SETUP (0) -> READY (1);  QUERY (2, the query text) -> RESULT (3, {items}).
 * Each item group is [page, ...sections], each {location, title, text, score,
 * terms}; Material inserts title and text as HTML, so both are escaped here,
 * keeping only Pagefind's <mark> highlights.
 */
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const root = new URL("../../", self.location.href)       // this language's root
let pagefind = null
let ready = null  // resolves once Pagefind is loaded; queries wait for it
let latest = 0    // the newest query: answers to older ones are dropped

/* Korean particles and endings that a searcher may type after a noun. */
const PARTICLES = /(을|를|이|가|은|는|의|에|에서|에게|으로|로|와|과|도|만|이나|나|랑|이랑|부터|까지|처럼|보다|라는|이라는|란|이란|하는|하기|하다|한|할|인가요|인가|이다|입니다|해요|하려면)$/

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c])
}

function unescapeHtml(text) {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: "\"", "#39": "'", "#x27": "'" })[e])
}

/* Escape everything but <mark> and </mark>. */
function safeExcerpt(html) {
  return html.split(/(<\/?mark>)/).map(part => /^<\/?mark>$/.test(part) ? part : escapeHtml(unescapeHtml(part))).join("")
}

function markedWords(html) {
  const words = new Set()
  for (const m of html.matchAll(/<mark>(.*?)<\/mark>/g)) {
    const word = unescapeHtml(m[1]).toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    if (word) words.add(word)
  }
  return [...words]
}

/* Korean words lose a trailing particle; English words and ids stay as typed.
   Runs of Hangul glued to Latin (어노테이션(annotation)) are split. */
function normalize(query) {
  return query
    .replace(/([\p{Script=Hangul}])([A-Za-z0-9])|([A-Za-z0-9])([\p{Script=Hangul}])/gu, "$1$3 $2$4")
    .replace(/[()[\]{}<>"'“”‘’·,.!?/\\]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map(word => word.length > 2 && /\p{Script=Hangul}$/u.test(word) ? word.replace(PARTICLES, "") || word : word)
    .join(" ")
}

function relative(url) {
  const absolute = new URL(url, root)
  return absolute.href.startsWith(root.href) ? absolute.href.slice(root.href.length) : absolute.pathname
}

/* Compare names the way people type them: case, spaces and punctuation aside. */
function key(text) {
  return text.toLowerCase().replace(/[\s·•,.()[\]/&'’"-]+/g, "")
}

/* Pagefind ranks by term statistics; a page whose title or alias *is* the query
   (배관공, living library, 모델러) should still come first. Returns a factor. */
function nameBoost(data, wanted) {
  const title = data.meta.title || ""
  const aliases = (data.meta.aliases || "").replace(/^[^:]*:/, "").split(",")
  const names = [title, ...title.split(/[()·,]/), ...aliases].map(key).filter(Boolean)
  if (names.includes(wanted)) return 4
  if (key(title).includes(wanted)) return 2
  if (names.some(name => name.includes(wanted))) return 1.5
  return 1
}

/* Pagefind also matches stems and prefixes (COMPAS finds "companies"); a page
   that has the words exactly as typed ranks above one that only has their stems. */
function exactBoost(data, words) {
  const marked = new Set(markedWords(data.excerpt).map(key))
  const exact = words.filter(w => marked.has(w)).length
  return 1 + 2 * exact / words.length
}

const RERANK = 16  // results whose fragment is loaded to re-rank; the rest keep Pagefind's order

async function search(query) {
  const text = normalize(query)
  if (!text) return { items: [] }
  const found = await pagefind.search(text)
  const wanted = key(text)
  const words = text.split(" ").map(key).filter(Boolean)
  const head = await Promise.all(found.results.slice(0, RERANK).map(r => r.data().then(d => [r, d, r.score * nameBoost(d, wanted) * exactBoost(d, words)])))
  head.sort((a, b) => b[2] - a[2])
  const tail = await Promise.all(found.results.slice(RERANK, 20).map(r => r.data().then(d => [r, d, r.score])))
  const items = [...head, ...tail].map(([result, data, score]) => {
    const page = relative(data.url)
    const words = markedWords(data.excerpt)
    const terms = Object.fromEntries((words.length ? words : text.toLowerCase().split(" ")).map(w => [w, true]))
    const group = [{ location: page, title: escapeHtml(data.meta.title || page), text: safeExcerpt(data.excerpt), score, terms }]
    for (const [i, sub] of (data.sub_results || []).entries()) {
      const location = relative(sub.url)
      if (!location.includes("#") || i >= 4) continue
      group.push({ location, title: escapeHtml(sub.title), text: safeExcerpt(sub.excerpt), score: i < 2 ? score : score / 2, terms })
    }
    return group
  })
  return { items }
}

async function load() {
  pagefind = await import(new URL("pagefind/pagefind.js", root).href)
  await pagefind.options({ excerptLength: 26 })
  await pagefind.init()
}

async function handle(message) {
  switch (message.type) {
    case SETUP:
      // Material sends SETUP on every page load; Pagefind is loaded only when
      // someone actually searches, so a page view costs no search bytes.
      return { type: READY }
    case QUERY:
      try {
        const id = ++latest
        if (!normalize(message.data)) return { type: RESULT, data: { items: [] } }  // Material sends "" on start
        ready = ready || load()
        await ready
        if (id !== latest) return null  // typed on: only the newest query is answered
        const data = await search(message.data)
        return id === latest ? { type: RESULT, data } : null
      } catch (err) {
        ready = null  // try loading again on the next query
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

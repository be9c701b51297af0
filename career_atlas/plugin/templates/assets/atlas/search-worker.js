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
let terms = null  // pagefind/atlas-terms.json (site/search.py write_terms): synonyms, routes, lists, kinds, stopwords, project pages; the pages' vocabulary, names, titles, Pagefind ids and questions
let ready = null  // resolves once Pagefind is loaded; queries wait for it
let latest = 0    // the newest query: answers to older ones are dropped

/* Particles that stand on their own once a query is split (AI로 -> AI 로, PM은 -> PM 은),
   or follow a phrase (연구원이). */
const LONE_PARTICLE = /^(은|는|이|가|을|를|의|에|에서|에게|도|와|과|랑|이랑|로|으로|하고)$/

/* Korean particles and endings that a searcher may type after a noun
   (연구자랑, 리서처와, 엔지니어의, 취업이냐, 학교하고). */
const PARTICLES = /(을|를|이|가|은|는|의|에|에서|에게|으로|로|와|과|도|만|이나|나|랑|이랑|하고|이며|이냐|냐|부터|까지|처럼|보다|라는|이라는|란|이란|하는|하기|하다|한|할|인가요|인가|이다|입니다|해요|하려면|된|되는|되려면|되면|이에요|예요)$/

/* Adverbs that end as if in a particle: 앞으로 (from now on) is not 앞 (front). (Two-syllable
   ones, 바로 or 서로, keep their ending anyway: see stripParticle.) */
const ADVERBS = new Set(["앞으로", "실제로", "스스로", "제대로", "그대로", "반대로", "대체로", "정말로", "진짜로", "억지로", "마음대로", "절대로"])

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

/* Korean words lose a trailing particle; English words lose a contraction's ending
   (what's, I'm) and otherwise stay as typed, as ids do. Runs of Hangul glued to Latin
   (어노테이션(annotation)) are split. */
function normalize(query) {
  return query
    .replace(/['’](s|m|ve|re|ll|d)\b/gi, "")  // what's, I'm, I've: the word alone
    .replace(/([\p{Script=Hangul}])([A-Za-z0-9])|([A-Za-z0-9])([\p{Script=Hangul}])/gu, "$1$3 $2$4")
    .replace(/[()[\]{}<>"'“”‘’·,.!?/\\]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map(word => /\p{Script=Hangul}$/u.test(word) ? stripParticle(word) : word)
    .filter((word, i) => !(i > 0 && LONE_PARTICLE.test(word)))  // PM은 -> PM, not PM 은
    .join(" ")
}

/* A Korean word without its particle: 연구자랑 -> 연구자; a two-syllable word only when
   the particle cannot end a noun and what is left is a word of the pages (팀은 -> 팀,
   but 차이 and 사과 stay). */
function stripParticle(word) {
  const stem = word.replace(PARTICLES, "")
  if (!stem || ADVERBS.has(word)) return word
  if (word.length > 2) return stem
  return /[은는을를의랑]$/.test(word) && terms?.vocabulary.has(stem) ? stem : word
}

function relative(url) {
  const absolute = new URL(url, root)
  return absolute.href.startsWith(root.href) ? absolute.href.slice(root.href.length) : absolute.pathname
}

/* Compare names the way people type them: case, spaces and punctuation aside. */
function key(text) {
  return text.toLowerCase().replace(/[\s·•×,.()[\]/&'’"-]+/g, "")
}

/* A page whose title has the query in it (모델 in AI 엔지니어 (모델러)), or one of whose
   names does, ranks a little higher. Returns a factor. (A query that *is* a page's name,
   or mostly is, is ranked by namedPages.) */
function nameBoost(data, wanted) {
  const title = data.meta.title || ""
  const aliases = (data.meta.aliases || "").replace(/^[^:]*:/, "").split(",")
  const names = [title, ...aliases].map(key).filter(Boolean)
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

/* Results shown, each re-ranked with its fragment (title, aliases, excerpt). Every
   fragment is a request, and they decide the time from the last keystroke to the
   results (scripts/bench_search.py --latency-only, ko median of 15: 12 shown
   191 ms, 8 shown 111 ms, with the same hit@1 and hit@3). */
const SHOWN = 8

const isHangul = word => /^\p{Script=Hangul}+$/u.test(word)

/* Where the query (words joined by spaces) has this word or phrase, as whole words; a
   Korean one may have a particle after it (연구원이). -1 when it has not: 폰 is not in 폰트,
   nor 지도 in 지도학습. */
function find(text, phrase) {
  const p = phrase.toLowerCase(), padded = ` ${text} `
  for (let at = padded.indexOf(` ${p}`); at >= 0; at = padded.indexOf(` ${p}`, at + 1)) {
    const rest = padded.slice(at + 1 + p.length).split(" ")[0]
    if (!rest || (isHangul(p.slice(-1)) && LONE_PARTICLE.test(rest))) return at
  }
  return -1
}

const has = (text, phrase) => find(text, phrase) >= 0

/* Edit distance with adjacent swaps, stopping early past `max`. Korean words are
   compared letter by letter (jamo: 데이타 and 데이터 differ by one vowel), not by syllable. */
function distance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev2 = null, prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], prev2[j - 2] + 1)
    }
    if (Math.min(...row) > max) return max + 1
    prev2 = prev
    prev = row
  }
  return prev[b.length]
}

const jamo = word => [...word.normalize("NFD")]

/* The title or alias word an unknown word (see `search`) was most likely meant to be: the
   nearest by letters, the most common among equals (terms.ordered is by how many pages use
   a word; terms.letters holds its letters). Korean words of 2+ syllables, up to one letter
   (jamo) off, two from 9 letters, three from 12; other words of 5+ letters ("take" is no
   typo of "fake"), one off, two from 8. The word and how far off it is; null when nothing
   is near. */
function correct(word) {
  const hangul = isHangul(word)
  if (word.length < (hangul ? 2 : 5)) return null
  const letters = hangul ? jamo(word) : [...word]
  // Korean loanwords are misspelt by whole syllables (쿠베르네티스, 12 letters): a long
  // word may be further off.
  const max = hangul ? (letters.length >= 12 ? 3 : letters.length >= 9 ? 2 : 1) : letters.length >= 8 ? 2 : 1
  let best = null, bestDistance = max + 1
  for (const [i, v] of terms.ordered.entries()) {
    if (isHangul(v) !== hangul || v.length < 2) continue
    const d = distance(letters, terms.letters[i], Math.min(max, bestDistance - 1))
    if (d < bestDistance) { best = v; bestDistance = d; if (d === 1) break }
  }
  return best && { word: best, distance: bestDistance }
}

/* A Korean compound typed without spaces, cut into the fewest known words
   (머신러닝엔지니어 -> 머신러닝 엔지니어); null when it cannot be. */
function split(word, vocabulary) {
  const best = [[]]  // best[i]: fewest words covering word.slice(0, i)
  for (let i = 1; i <= word.length; i++) {
    for (let j = 0; j < i; j++) {
      const part = word.slice(j, i)
      if (best[j] && (part.length > 1 || j === 0) && vocabulary.has(part) && (!best[i] || best[j].length + 1 < best[i].length)) best[i] = [...best[j], part]
    }
  }
  const parts = best[word.length]
  return parts && parts.length > 1 ? parts : null
}

/* A page in the section a question asks for (`kinds`) ranks KIND times higher. A
   question of ASKED.words words or more finds the pages one of whose questions has
   ASKED.share of them (weighted by rarity); each ranks (1 + 7 share²) times higher, like
   a page whose name is that share of the query. */
const KIND = 2
const ASKED = { words: 2, share: 0.6 }
const FREQUENT = 0.2  // the weight, in `coverage`, of a word on more than a third of the pages
const CORRECTED = 0.8  // the weight of a query with a typo corrected
/* A word this long and one letter off a title word was most likely meant (pytroch,
   풀스텍): the corrected query may name a page, at NAMED_IF_CORRECTED of the share. */
const SURE_CORRECTION = { latin: 6, hangul: 3 }
const NAMED_IF_CORRECTED = 0.9

/* The queries to run for what was typed, each with a weight: as typed (question words
   aside); with known words typed apart joined (머신 러닝) and compounds split; with a word
   in no title corrected (reseacher, 데이타); with each synonym, of the query as typed and
   of the corrected one. A query made from a correction keeps its `corrected` flag. */
function variants(text, absent = new Set()) {
  const { synonyms, stop, vocabulary } = terms
  const kept = text.split(" ").filter(w => !stop.has(w.toLowerCase()))
  const words = kept.length ? kept : text.split(" ")
  const out = new Map()  // query -> {weight, corrected}
  const add = (q, weight, corrected = null) => {
    q = q.trim().replace(/\s+/g, " ")
    if (q && !(out.get(q)?.weight >= weight)) out.set(q, { weight, corrected })
  }
  add(words.join(" "), 1)

  // Spacing: join neighbours whose concatenation is a known word, split unknown compounds.
  const spaced = []
  for (const w of words) {
    const last = spaced[spaced.length - 1]
    if (last && vocabulary.has((last + w).toLowerCase())) spaced[spaced.length - 1] = last + w
    else spaced.push(w)
  }
  const respaced = spaced.map(w => isHangul(w) && !vocabulary.has(w) ? (split(w, vocabulary) || [w]).join(" ") : w)
  add(respaced.join(" "), 0.95)

  // Typos: a word in no title (`absent`: reseacher, 쟝고; not 용어, which is on pages)
  // corrected to the nearest title or alias word (see `correct`). Most corrections are
  // only searched (a "guess"): the word may be one of its own, on pages but in no title
  // ("features" is two letters off "lectures"), so it names no page (namedPages). One
  // letter off a long word is "sure" and may name a page (SURE_CORRECTION).
  const corrections = respaced.map(w => absent.has(w.toLowerCase()) ? correct(w.toLowerCase()) : null)
  const fixed = respaced.map((w, i) => corrections[i]?.word || w)
  const sure = respaced.every((w, i) => !corrections[i] || (corrections[i].distance === 1 && w.length >= (isHangul(w) ? SURE_CORRECTION.hangul : SURE_CORRECTION.latin)))
  const corrected = corrections.some(Boolean) ? (sure ? "sure" : "guess") : null
  add(fixed.join(" "), CORRECTED, corrected)

  // Synonyms: whole words or phrases of the query as typed (with its question words: a
  // phrase may have some, take my job; they are dropped after) and of the corrected one,
  // each replacement a query of its own.
  const bases = [{ base: text.toLowerCase(), corrected: null }]
  if (corrected) bases.push({ base: fixed.join(" ").toLowerCase(), corrected })
  const unstopped = q => q.split(" ").filter(w => !stop.has(w)).join(" ")
  for (const [typed, meant] of Object.entries(synonyms)) {
    for (const { base, corrected } of bases) {
      // The typed phrase (with its particle, if any: 연구원이), replaced.
      const at = find(base, typed)
      if (at < 0) continue
      for (const m of meant) add(unstopped(base.slice(0, at) + m + " " + base.slice(at + typed.length)), 0.9, corrected)
    }
  }
  return [...out].map(([q, v]) => ({ q, ...v }))
}

/* Pages named in the query, each with the share of the query's letters its name
   covers (0.5 to 1; a little less for a corrected query, see NAMED_IF_CORRECTED):
   데이터 엔지니어 in 데이터 엔지니어 무슨 일 (question words are stopwords), "ai
   researcher" in "become ai researcher". Names are matched on whole words, longest
   first, so "ner" is not found in "engineer", nor 데이터 inside 데이터 엔지니어. A name
   covering less than half of the query is not counted. */
function namedPages(queries) {
  const found = new Map()
  for (const { q, corrected } of queries.filter(v => v.corrected !== "guess")) {
    const names = new Map()
    const words = q.split(" ")
    const letters = key(q).length
    const spans = []
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length, i + 4); j > i; j--) {
        const name = key(words.slice(i, j).join(""))
        if (terms.names.has(name)) spans.push({ i, j, name })
      }
    }
    spans.sort((a, b) => b.name.length - a.name.length)
    const taken = new Set()
    for (const { i, j, name } of spans) {
      if ([...Array(j - i).keys()].some(k => taken.has(i + k))) continue
      for (let k = i; k < j; k++) taken.add(k)
      names.set(name, name.length / letters)
    }
    // A word asking for the named page's section (`kinds`) is part of naming it (박은정 강연
    // names her talk), but it says only which section: it never makes the name the whole
    // query (the tiers of `search`), so "researcher vs engineer" is still routed.
    for (const [k, word] of words.entries()) {
      if (taken.has(k)) continue
      const sections = terms.kinds.filter(kind => kind.words.some(w => w.toLowerCase() === word.toLowerCase())).map(kind => kind.section)
      for (const [name, share] of names) {
        if (sections.some(section => terms.names.get(name)[0].startsWith(section))) names.set(name, Math.max(share, Math.min(share + key(word).length / letters, 0.7)))
      }
    }
    // A query naming two things (버트랑 엘모, BERT vs ELMo) asks about both: neither page's
    // name decides, Pagefind finds the pages that have both.
    if (new Set([...names.keys()].map(name => terms.names.get(name)[0])).size > 1) continue
    for (const [name, share] of names) {
      if (share < 0.5) continue
      // Pages sharing a name: the first listed is the entry (site/search.py ENTRY_FOLDERS).
      const named = corrected ? share * NAMED_IF_CORRECTED : share
      for (const [n, page] of terms.names.get(name).entries()) found.set(page, Math.max(found.get(page) || 0, n ? named * 0.8 : named))
    }
  }
  return new Map([...found].sort((a, b) => b[1] - a[1]))
}

/* The route a question takes (search/synonyms.yml `routes`: page and title), or null. */
function routed(text) {
  const lower = text.toLowerCase()
  return terms.routes.find(r => r.words.every(alts => alts.split("|").some(a => has(lower, a)))) || null
}

/* A question for the list of a section (특강 목록, all tools): the section's index, when the
   query has a list word (search/synonyms.yml `lists`) and a word naming a section. */
function listed(text, queries) {
  const lower = text.toLowerCase()
  if (!terms.lists.some(w => has(lower, w.toLowerCase()))) return null
  for (const { q } of queries) {
    for (const word of q.split(" ")) {
      const page = (terms.names.get(key(word)) || []).find(path => /^[^/]+\/$/.test(path))
      if (page) return { page, title: terms.titles.get(page) }
    }
  }
  return null
}

/* The sections a question asks for by its words (search/synonyms.yml `kinds`): "who",
   "engineer" or 직무 ask for a role; "meaning" or 뜻 for a glossary term. */
function kinds(text) {
  const lower = text.toLowerCase()
  return terms.kinds.filter(k => k.words.some(w => has(lower, w.toLowerCase()))).map(k => k.section)
}

/* Project pages (architecture, contributing) only when the query names them. */
const isProject = page => (terms.project.pages || []).some(p => page.startsWith(p))

function hidden(page, text) {
  return isProject(page) && !(terms.project.words || []).some(w => has(text.toLowerCase(), w))
}

/* For a question of three words or more: each page's score summed over the question's
   words, each searched on its own (Pagefind's score of a word already weighs how rare
   it is). Pagefind wants every word of a query on a page; a reader's question ("shrink
   a big model by training a smaller one to copy it") seldom has all of them on the page
   that answers it. */
async function coverage(text, lookup) {
  const words = [...new Set(text.split(" ").filter(w => w.length > 1))]
  const found = new Map()
  if (words.length < 3) return found
  const runs = await Promise.all(words.map(lookup))
  const pages = terms.ids.size
  for (const results of runs) {
    // A word on many pages (AI, ML, 모델, take, jobs) says little about which page answers;
    // Pagefind also scores it high on pages whose words merely start with it (AIOps,
    // MLOps). It counts for little (FREQUENT), but it counts: "will AI take away our
    // jobs" has one rarer word, "away", which alone finds one page.
    const weight = pages && results.length > pages / 3 ? FREQUENT : 1
    for (const r of results) {
      const entry = found.get(r.id) || { result: r, score: 0 }
      entry.score += r.score * weight
      found.set(r.id, entry)
    }
  }
  return found
}

/* The words of a question as typed, as compared with the pages' questions: lowercase,
   without stopwords, a Korean word without its particle, an English one without a plural
   s; no single Latin letter (what's and don't leave one once the apostrophe is a space). */
function questionWords(text) {
  const words = normalize(text).toLowerCase().split(" ").filter(w => w && !terms.stop.has(w) && !/^[a-z]$/.test(w))
  return [...new Set(words.map(w => isHangul(w) ? w : w.replace(/(?<=[a-z]{3})s$/, "")))]
}

/* The same word, or one a form of the other: 크롤링 and 크롤링한, train and training. */
function sameWord(a, b) {
  if (a === b) return true
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return short.length >= (isHangul(short) ? 2 : 4) && long.startsWith(short)
}

/* Pages whose questions (an entry's `questions`, the start page's, the self-check's, the
   maps', the section indexes' and the About page's: site/search.py) have the query's words:
   each page with the share, weighted by rarity, of the query's words its best question
   has (0 to 1). A reader's question seldom repeats the page's title ("do I need a PhD to
   get a job in AI": the FAQ), but it is often one of the questions the page answers. */
function asked(text) {
  const words = questionWords(text)
  const found = new Map()
  if (words.length < ASKED.words) return found
  const weight = new Map(words.map(w => [w, Math.log(1 + terms.asked.length / ((terms.askedDf.get(w) || 0) + 1))]))
  const total = words.reduce((n, w) => n + weight.get(w), 0)
  for (const { page, questions } of terms.asked) {
    let best = 0
    for (const question of questions) {
      const have = words.filter(w => question.some(q => sameWord(w, q))).reduce((n, w) => n + weight.get(w), 0)
      best = Math.max(best, have / total)
    }
    if (best >= ASKED.share) found.set(page, best)
  }
  return found
}

/* Results for a query, or null once `stale()` says a newer query came: typing on
   should not wait for fragments of the words typed before. */
async function search(query, stale) {
  const text = normalize(query)
  if (!text) return { items: [] }
  // Each query searched once: a word's results serve `coverage` and the typo check below.
  const searched = new Map()
  const lookup = q => searched.get(q) || searched.set(q, pagefind.search(q).then(found => found.results)).get(q)
  // The words `variants` corrects: those in no title, alias or synonym; a two-syllable
  // Korean one only if Pagefind finds it on no reader's page (쟝고, not 용어). (A longer
  // word is not checked: Pagefind finds a typo such as 풀스텍 or dokcer on pages with words
  // like it.)
  const unknown = [...new Set(text.toLowerCase().split(" "))].filter(w => !terms.vocabulary.has(w) && !terms.stop.has(w) && !Object.hasOwn(terms.synonyms, w) && !/\d/.test(w))
  const onPages = await Promise.all(unknown.map(w => w.length === 2 && isHangul(w) ? lookup(w).then(results => results.some(r => !terms.projectIds.has(r.id))) : false))
  const absent = new Set(unknown.filter((_, i) => !onPages[i]))
  const queries = variants(text, absent)
  // What was typed, in its versions: not a correction (a guess) nor the titles added below.
  const wanted = queries.filter(v => v.corrected !== "guess").map(v => key(v.q))
  // A query that names a page (is its name or alias, or has it among a few question
  // words) also searches for that page's title (see site/search.py), at a low weight:
  // it is there to find the page; the rank below puts it first.
  const named = namedPages(queries)
  // A question routed to a guide, unless it is mostly a page's name (which jobs does a
  // data engineer do: the data engineer).
  const route = [...named].some(([, share]) => share >= 0.75) ? null : routed(text) || listed(text, queries)
  if (route) {
    queries.push({ q: normalize(route.title), weight: 1 })  // so the routed page is found
    named.set(route.page, Math.max(named.get(route.page) || 0, 1))
  }
  // The three pages whose questions are most like it: shown, and the best two searched
  // by title (like named pages) in case Pagefind does not find them by the query's words.
  const answers = new Map([...asked(query)].sort((a, b) => b[1] - a[1]).slice(0, 3))
  const titled = [...[...answers.keys()].slice(0, 2).filter(page => !named.has(page)), ...[...named.keys()].slice(0, 3)]
  for (const page of titled) queries.push({ q: normalize(terms.titles.get(page) || ""), weight: 0.3 })
  // Pagefind wants every word of a query on a page: a question of three words or more
  // also ranks pages by how much of it they cover; a shorter one that finds little
  // searches each word on its own too (at half weight).
  // Both at once: the word-by-word searches of a long question need not wait for the others.
  const [found, covered] = await Promise.all([
    Promise.all(queries.map(v => lookup(v.q).then(results => [v, results]))),
    coverage(queries[0].q, lookup),
  ])
  let runs = found
  if (!covered.size && runs.reduce((n, [, results]) => n + results.length, 0) < 3) {
    const single = [...new Set(queries.flatMap(v => v.q.split(" ")))].filter(w => w.length > 1).map(q => ({ q, weight: 0.5 }))
    if (single.length > 1 && !stale()) runs = runs.concat(await Promise.all(single.map(v => lookup(v.q).then(results => [v, results]))))
  }
  if (stale()) return null
  // One entry per page: its best weighted score over the queries, and the query that gave it.
  const merged = new Map()
  for (const [v, results] of runs) {
    for (const r of results) {
      const score = r.score * v.weight
      if (!merged.has(r.id) || merged.get(r.id).score < score) merged.set(r.id, { result: r, score, words: v.q.split(" ").map(key).filter(Boolean) })
    }
  }
  // A long question also ranks pages by their summed score over its words (see `coverage`).
  for (const [id, { result, score: summed }] of covered) {
    const score = summed * 0.9
    if (!merged.has(id) || merged.get(id).score < score) merged.set(id, { result, score, words: queries[0].q.split(" ").map(key).filter(Boolean) })
  }
  // Shown: each query's best few (a synonym's page may score low against the typed
  // word's pages: MLE -> ML engineer), then the best of the rest.
  const best = [...merged.values()].sort((a, b) => b.score - a.score)
  const picked = new Set(runs.flatMap(([, results]) => results.slice(0, 3).map(r => r.id)))
  for (const { result } of best) if (picked.size < SHOWN) picked.add(result.id)
  // The routed page, the pages the query mostly names and those whose questions are
  // like it are shown wherever Pagefind ranked them (terms.ids: each page's result id, from site/search.py).
  const must = new Set([route?.page, ...[...named].filter(([, share]) => share >= 0.75).map(([page]) => page)].map(page => terms.ids.get(page)).filter(Boolean))
  for (const [page] of answers) if (terms.ids.has(page)) must.add(terms.ids.get(page))
  for (const id of must) if (merged.has(id)) picked.add(id)
  const ordered = best.filter(({ result }) => picked.has(result.id))
  // Ranked in tiers, then by score: the page a question is routed to; a page whose
  // name is the query; one whose name is most of it (the rest being words Pagefind
  // found elsewhere too); then the rest, a named page's score raised by its share (an
  // entry's by how much one of its questions is the query's), in the section asked for
  // (`kinds`) doubled.
  // Pagefind's scores differ a hundredfold between a page that repeats a word and one
  // that is about it (KLUE), so a factor alone cannot put the name's page first.
  const sections = kinds(text)
  const rank = (d, score, words) => {
    const page = relative(d.url)
    const kind = sections.some(section => page.startsWith(section)) ? KIND : 1
    const share = named.get(page) || 0
    const answer = answers.get(page) || 0
    const tier = route && page === route.page ? 3 : share >= 0.99 ? 2 : share >= 0.75 ? 1 : 0
    return tier * 1e9 + kind * score * Math.max(1 + 7 * Math.max(share, answer) ** 2, ...wanted.map(w => nameBoost(d, w))) * exactBoost(d, words)
  }
  const shown = await Promise.all(ordered.map(({ result, score, words }) => result.data().then(d => [result, d, rank(d, score, words)])))
  shown.sort((a, b) => b[2] - a[2])
  const items = shown.filter(([, data]) => !hidden(relative(data.url), text)).map(([result, data, score]) => {
    const page = relative(data.url)
    const words = markedWords(data.excerpt)
    const marked = Object.fromEntries((words.length ? words : text.toLowerCase().split(" ")).map(w => [w, true]))
    const group = [{ location: page, title: escapeHtml(data.meta.title || page), text: safeExcerpt(data.excerpt), score, terms: marked }]
    for (const [i, sub] of (data.sub_results || []).entries()) {
      const location = relative(sub.url)
      if (!location.includes("#") || i >= 4) continue
      group.push({ location, title: escapeHtml(sub.title), text: safeExcerpt(sub.excerpt), score: i < 2 ? score : score / 2, terms: marked })
    }
    return group
  })
  return { items }
}

async function load() {
  const [module, loaded] = await Promise.all([
    import(new URL("pagefind/pagefind.js", root).href),
    fetch(new URL("pagefind/atlas-terms.json", root)).then(r => r.ok ? r.json() : {}).catch(() => ({})),
  ])
  pagefind = module
  terms = { synonyms: {}, routes: [], stopwords: [], project: {}, names: {}, titles: {}, ids: {}, lists: [], kinds: [], ...loaded }
  const words = terms.vocabulary || []
  terms.ordered = words
  terms.letters = words.map(w => isHangul(w) ? jamo(w) : [...w])
  terms.vocabulary = new Set(words)
  // Looked up by what readers type: Maps, so "constructor" is no name of Object's.
  for (const name of ["names", "titles", "ids"]) terms[name] = new Map(Object.entries(terms[name]))
  // The project's pages (architecture...) quote typos: no evidence that a word is on the pages.
  terms.projectIds = new Set([...terms.ids].filter(([page]) => isProject(page)).map(([, id]) => id))
  terms.synonyms = Object.fromEntries(Object.entries(terms.synonyms).map(([k, v]) => [k.toLowerCase(), v]))
  terms.stop = new Set(terms.stopwords.map(w => w.toLowerCase()))
  terms.asked = Object.entries(terms.questions || {}).map(([page, questions]) => ({ page, questions: questions.map(questionWords) }))
  terms.askedDf = new Map()
  for (const { questions } of terms.asked) for (const w of new Set(questions.flat())) terms.askedDf.set(w, (terms.askedDf.get(w) || 0) + 1)
  await pagefind.options({ excerptLength: 26 })
  await pagefind.init()
  // Measured: init takes ~40 ms, but the first search ~300 ms (its index chunk is
  // fetched and parsed) and the first fragments ~100 ms. Searching words spread over
  // the vocabulary loads the index chunks (one per language today) before the reader
  // has typed, and one fragment warms up reading them.
  const sample = words.filter((_, i) => i % Math.ceil(words.length / 8 || 1) === 0)
  const warm = await Promise.all(sample.map(w => pagefind.search(w)))
  await warm.find(found => found.results.length)?.results[0].data()
}

/* Load Pagefind once; a failed load is retried on the next query or focus. */
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
        if (!normalize(message.data)) return { type: RESULT, data: { items: [] } }  // Material sends "" on start
        await ensureLoaded()
        // Keystrokes queued behind this one are read first: a query typed on from starts no
        // search, so the newest one does not wait for searches of words half typed.
        await new Promise(resolve => setTimeout(resolve, 0))
        if (id !== latest) return null  // typed on: only the newest query is answered
        const data = await search(message.data, () => id !== latest)
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

/* A stand-in for Pagefind's search over a few pages (fixtures/pages.json), enough to test
 * the worker's steps in Node: a page is found when it has every word of the query, each as
 * the start of one of its words; a word that starts none is cut back letter by letter until
 * it does (Pagefind's fallback: "salary" finds "sa"). An exact ("quoted") search finds the
 * words themselves, uncut. A page scores the share of its words that match, its title's five times. */

const tokens = text => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)

export function fakePagefind(pages, { ids = {} } = {}) {
  const docs = pages.map(p => ({ ...p, id: ids[p.page] || p.page, words: tokens(`${p.title} ${p.aliases || ""} ${p.text}`) }))
  const indexed = [...new Set(docs.flatMap(d => d.words))]
  const starts = prefix => indexed.some(w => w.startsWith(prefix))
  const matched = (term, exact) => {
    if (exact) return indexed.includes(term) ? term : null
    for (let t = term; t; t = t.slice(0, -1)) if (starts(t)) return t
    return null
  }
  const searched = []
  return {
    searched,  // every query, in order
    async search(query) {
      searched.push(query)
      const exact = /^\s*".*"\s*$/.test(query)
      const terms = tokens(query).map(t => matched(t, exact))
      if (!terms.length || terms.includes(null)) return { results: [] }
      const results = docs
        .filter(d => terms.every(t => d.words.some(w => exact ? w === t : w.startsWith(t))))
        .map(d => {
          // A word in the title counts five times, as Pagefind weighs titles above text.
          const hits = [...tokens(d.title), ...tokens(d.title), ...tokens(d.title), ...tokens(d.title), ...d.words].filter(w => terms.some(t => w.startsWith(t)))
          const excerpt = d.text.split(" ").map(w => terms.some(t => tokens(w)[0]?.startsWith(t)) ? `<mark>${w}</mark>` : w).join(" ")
          return {
            id: d.id,
            score: hits.length / d.words.length,
            data: async () => ({ url: `/${d.page}`, meta: { title: d.title, ...(d.aliases ? { aliases: d.aliases } : {}) }, excerpt, sub_results: [] }),
          }
        })
        .sort((a, b) => b.score - a.score)
      return { results }
    },
  }
}

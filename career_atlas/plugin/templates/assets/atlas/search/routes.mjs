/* What a question's words ask for, from search/synonyms.yml: the page a question is routed
 * to, a section's list, the kind of page, and whether the project's own pages may show. */
import { has } from "./normalize.mjs"
import { key } from "./text.mjs"

/* The route a question takes (`routes`: a page, when the query has one alternative of each
   of its `words`), as {page}, or null. */
export function routed(text, terms) {
  const lower = text.toLowerCase()
  return terms.routes.find(r => r.words.every(alts => alts.split("|").some(a => has(lower, a)))) || null
}

/* A question for the list of a section (특강 목록, all tools): the section's index ({page}),
   when the query has a list word (`lists`) and a word naming a section; null otherwise. */
export function listed(text, queries, terms) {
  const lower = text.toLowerCase()
  if (!terms.lists.some(w => has(lower, w.toLowerCase()))) return null
  for (const { q } of queries) {
    for (const word of q.split(" ")) {
      const page = (terms.names.get(key(word)) || []).find(path => /^[^/]+\/$/.test(path))
      if (page) return { page }
    }
  }
  return null
}

/* The sections a question asks for by its words (`kinds`): "who", "engineer" or 직무 ask
   for a role; "meaning" or 뜻 for a glossary term. */
export function kinds(text, terms) {
  const lower = text.toLowerCase()
  return terms.kinds.filter(k => k.words.some(w => has(lower, w.toLowerCase()))).map(k => k.section)
}

/* The project's own pages (architecture, contributing, ids: `project.pages`). */
export const isProject = (page, terms) => (terms.project.pages || []).some(p => page.startsWith(p))

/* Whether the query names the project (`project.words`): only then are its pages shown. */
export function namesProject(text, terms) {
  return (terms.project.words || []).some(w => has(text.toLowerCase(), w))
}

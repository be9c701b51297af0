/* pagefind/atlas-terms.json (site/search.py write_terms), made ready to look things up. */
import { questionIndex } from "./questions.mjs"
import { isProject } from "./routes.mjs"
import { letters } from "./typos.mjs"

/* The terms as the search reads them, from the file's JSON (a missing part is empty):
   - synonyms, routes, lists, kinds, stopwords (as `stop`), project: search/synonyms.yml;
   - vocabulary: the words of the titles and aliases, a Set; `ordered` lists them by how many
     pages use them, with their `letters` (typos.mjs);
   - names: a name's key -> its pages; titles: page -> title; ids: page -> Pagefind's id;
     `projectIds`: the ids of the project's pages;
   - questions: the pages' questions as words (questions.mjs).
   Looked up by what readers type, so Maps and Sets: "constructor" is no name of Object's. */
export function prepare(loaded) {
  const terms = { synonyms: {}, routes: [], stopwords: [], project: {}, names: {}, titles: {}, ids: {}, lists: [], kinds: [], ...loaded }
  const words = terms.vocabulary || []
  terms.ordered = words
  terms.letters = words.map(letters)
  terms.vocabulary = new Set(words)
  for (const name of ["names", "titles", "ids"]) terms[name] = new Map(Object.entries(terms[name]))
  // The project's pages (architecture...) quote typos: no evidence that a word is on the pages.
  terms.projectIds = new Set([...terms.ids].filter(([page]) => isProject(page, terms)).map(([, id]) => id))
  terms.synonyms = Object.fromEntries(Object.entries(terms.synonyms).map(([k, v]) => [k.toLowerCase(), v]))
  terms.stop = new Set(terms.stopwords.map(w => w.toLowerCase()))
  terms.questions = questionIndex(terms.questions || {}, terms)
  return terms
}

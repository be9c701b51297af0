/* What the worker's unit tests share: the modules' folder, the fixture terms file (in the
 * format site/search.py writes) made ready by terms.mjs, and the fixture pages. */
import { readFileSync } from "node:fs"

export const MODULES = new URL("../../career_atlas/plugin/templates/assets/atlas/search/", import.meta.url)

const { prepare } = await import(new URL("terms.mjs", MODULES))

export const json = name => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8"))

/* A fresh copy each time: a test may change its terms. */
export const fixtureTerms = (changes = {}) => prepare({ ...json("terms.json"), ...changes })

export const PAGES = json("pages.json")

export const ROOT = new URL("http://atlas.test/")

/* The fixture terms with each page's path as its Pagefind id (for tablePagefind). */
export const pathTerms = (changes = {}) => {
  const loaded = json("terms.json")
  return fixtureTerms({ ids: Object.fromEntries(Object.keys(loaded.ids).map(page => [page, page])), ...changes })
}

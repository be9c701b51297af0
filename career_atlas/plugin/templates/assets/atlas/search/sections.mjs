/* Pages of the sections a question asks for (routes.mjs `kinds`: "stage", 단계, "who"), picked
 * before they are fetched: only the pages fetched are ranked (rank.mjs), so a page of the
 * section asked for must be among them for its KIND factor to raise it. */
import { KIND, SHOWN } from "./rank.mjs"

/* The Pagefind ids of the pages in `sections` (terms.ids: page -> id). */
export function sectionIds(sections, ids) {
  return new Set([...ids].filter(([page]) => sections.some(section => page.startsWith(section))).map(([, id]) => id))
}

/* The ids of the section's pages (`inSection`, a Set of ids) that are among the SHOWN best
   (`best`, rank.mjs merge) once their scores count KIND times: "At which stage of an ML project
   do you check data licenses?" found the data-collection stage 14th by Pagefind's score, it
   was never fetched, and the home page came first. */
export function kindPicks(best, inSection) {
  const weighted = best.map(({ result, score }) => ({ id: result.id, score: inSection.has(result.id) ? score * KIND : score }))
  return weighted.sort((a, b) => b.score - a.score).slice(0, SHOWN).filter(({ id }) => inSection.has(id)).map(({ id }) => id)
}

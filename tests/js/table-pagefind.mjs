/* A stand-in for Pagefind whose answers are set by the test, to pin a rule's numbers:
 * `answers(q)` gives, for a query as searched (an exact "quoted" one without its quotes),
 * its results as [page, score, {excerpt, sections}]; a page's id is its path. Every query
 * is kept in `searched`, in order. */
export function tablePagefind(answers) {
  const searched = []
  const result = (page, score, { excerpt = "", sections = [] } = {}) => ({
    id: page,
    score,
    data: async () => ({ url: `/${page}`, meta: { title: page }, excerpt, sub_results: sections }),
  })
  return {
    searched,
    async search(q) {
      searched.push(q)
      return { results: (answers(q.replace(/^"(.*)"$/, "$1")) || []).map(([page, score, extra]) => result(page, score, extra)) }
    },
  }
}

/* A table of answers: a query -> its results; any other query finds nothing. */
export const table = rows => q => rows[q]

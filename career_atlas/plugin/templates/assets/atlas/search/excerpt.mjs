/* Pagefind's excerpts, as Material shows them: Material inserts a result's title and text
 * as HTML, so both are escaped here, keeping only Pagefind's <mark> highlights. */

export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c])
}

export function unescapeHtml(text) {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: "\"", "#39": "'", "#x27": "'" })[e])
}

/* Escape everything but <mark> and </mark>. */
export function safeExcerpt(html) {
  return html.split(/(<\/?mark>)/).map(part => /^<\/?mark>$/.test(part) ? part : escapeHtml(unescapeHtml(part))).join("")
}

/* The words Pagefind marked in an excerpt, lowercase, without the punctuation around them. */
export function markedWords(html) {
  const words = new Set()
  for (const m of html.matchAll(/<mark>(.*?)<\/mark>/g)) {
    const word = unescapeHtml(m[1]).toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    if (word) words.add(word)
  }
  return [...words]
}

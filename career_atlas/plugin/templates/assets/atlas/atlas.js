/* The atlas's language links point straight at the twin page (see
   partials/alternate.html), so Material's twin look-up, which fetches the
   sitemap.xml of every <link rel=alternate> (absolute, production URLs), is not
   needed: answer those requests (Material uses XMLHttpRequest) with an empty
   sitemap instead of sending them, and let language links navigate as plain
   links. This language's own sitemap,
   used by Material itself, is fetched as usual. */
(function () {
  var own = new URL(document.currentScript.dataset.base + "/sitemap.xml", location.href).href
  var open = XMLHttpRequest.prototype.open
  XMLHttpRequest.prototype.open = function (method, url) {
    var href = new URL(String(url), location.href).href
    var args = Array.prototype.slice.call(arguments)
    if (/\/sitemap\.xml$/.test(href) && href !== own)
      args[1] = "data:application/xml,%3Curlset%3E%3C/urlset%3E"
    return open.apply(this, args)
  }
  window.addEventListener("click", function (ev) {
    if (ev.target instanceof Element && ev.target.closest("a.md-select__link[hreflang]"))
      ev.stopPropagation()
  }, true)
  /* Material reads the search box on keyup. Korean IMEs, phone keyboards and
     pasting change it without a keyup, so pass every input on as one. */
  document.addEventListener("input", function (ev) {
    if (ev.target instanceof HTMLInputElement && ev.target.matches(".md-search__input"))
      ev.target.dispatchEvent(new KeyboardEvent("keyup"))
  })
})()

/* The self-check (render/selfcheck.py): without this script the page is a plain
   list. With it, the checkboxes show, and each ticked question counts for its
   kinds (the shared question for every kind); the result blocks of the kinds with
   the most ticks, already written in the page, are shown. The leading semicolon
   keeps the script above from calling this function with its result. */
;(function () {
  var form = document.querySelector("form[data-atlas-selfcheck]")
  if (!form) return
  var result = form.querySelector(".atlas-selfcheck__result")
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=q]"))
  Array.prototype.forEach.call(form.querySelectorAll("[data-selfcheck-js]"), function (el) { el.hidden = false })
  function show() {
    var counts = Object.create(null)  // no inherited keys: a kind may be called "constructor"
    boxes.forEach(function (box) {
      box.dataset.kinds.split(" ").forEach(function (kind) {
        counts[kind] = (counts[kind] || 0) + (box.checked ? 1 : 0)
      })
    })
    var best = Math.max.apply(null, Object.keys(counts).map(function (k) { return counts[k] }))
    var top = Object.keys(counts).filter(function (k) { return best > 0 && counts[k] === best })
    var shared = boxes.some(function (box) { return box.checked && box.hasAttribute("data-shared") })
    Array.prototype.forEach.call(result.querySelectorAll("[data-outcome]"), function (block) {
      var outcome = block.dataset.outcome
      block.hidden = !(outcome === "none" ? top.length === 0
        : outcome === "tie" ? top.length > 1
        : outcome === "shared" ? shared
        : top.indexOf(outcome) >= 0)
    })
    result.dataset.kinds = top.join(" ")
  }
  form.addEventListener("change", show)
  form.addEventListener("submit", function (ev) {
    ev.preventDefault()
    show()
    result.focus()
  })
  show()
})()

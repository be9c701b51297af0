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

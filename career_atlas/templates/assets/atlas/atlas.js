/* The atlas's language links point straight at the twin page. Material would
   instead look the twin up in a sitemap.xml next to each <link rel=alternate>;
   those files exist only at each language root, so answer such look-ups with an
   empty sitemap (no 404 in the console) and let language links navigate as
   plain links. */
(function () {
  var root = document.currentScript.dataset.siteRoot
  var langs = document.currentScript.dataset.roots.split(" ")
  var isRootSitemap = function (href) {
    return langs.some(function (l) { return href === root + l + "/sitemap.xml" })
  }
  var realFetch = window.fetch.bind(window)
  window.fetch = function (input, init) {
    var href = new URL(typeof input === "string" ? input : input.url, location.href).href
    if (/\/sitemap\.xml$/.test(href) && !isRootSitemap(href))
      return Promise.resolve(new Response("<urlset></urlset>", { headers: { "Content-Type": "application/xml" } }))
    return realFetch(input, init)
  }
  window.addEventListener("click", function (ev) {
    if (ev.target instanceof Element && ev.target.closest("a.md-select__link[hreflang]"))
      ev.stopPropagation()
  }, true)
})()

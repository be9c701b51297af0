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

/* The self-check (render/selfcheck.py): without this script the page is a plain list. With
   it, the checkboxes show; each ticked question counts for its kind (the question every kind
   shares counts for each, so it never decides); exactly one result block shows: nothing yet, one
   kind, or both equally, with the ticked questions behind it. The ticks are kept in the address
   (?answers=), so a result can be shared and reopened. The leading semicolon keeps the script
   above from calling this function with its result. */
;(function () {
  var form = document.querySelector("form[data-atlas-selfcheck]")
  if (!form) return
  var result = form.querySelector(".atlas-selfcheck__result")
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=q]"))
  Array.prototype.forEach.call(form.querySelectorAll("[data-selfcheck-js]"), function (el) { el.hidden = false })
  var asked = new URLSearchParams(location.search).get("answers")
  if (asked) asked.split(",").forEach(function (id) {
    boxes.forEach(function (box) { if (box.value === id) box.checked = true })
  })
  function textOf(box) {
    var item = box.closest("[data-question]")
    var text = item && item.querySelector(".atlas-selfcheck__text")
    return text ? text.cloneNode(true) : document.createTextNode(box.value)
  }
  function show(remember) {
    var counts = Object.create(null)  // no inherited keys: a kind may be called "constructor"
    var kinds = []
    boxes.forEach(function (box) {
      box.dataset.kinds.split(" ").forEach(function (kind) {
        if (!(kind in counts)) { counts[kind] = 0; kinds.push(kind) }
        if (box.checked && !box.hasAttribute("data-shared")) counts[kind] += 1
      })
    })
    var best = Math.max.apply(null, kinds.map(function (k) { return counts[k] }))
    var top = kinds.filter(function (k) { return best > 0 && counts[k] === best })
    var answer = top.length === 0 ? "none" : top.length > 1 ? "tie" : top[0]
    var ticked = boxes.filter(function (box) {
      return box.checked && !box.hasAttribute("data-shared") && (answer === "tie" || box.dataset.kinds.split(" ").indexOf(answer) >= 0)
    })
    Array.prototype.forEach.call(result.querySelectorAll("[data-outcome]"), function (block) {
      block.hidden = block.dataset.outcome !== answer
      var why = block.querySelector("[data-selfcheck-why]")
      if (why && !block.hidden) {
        why.textContent = ""
        ticked.forEach(function (box) { var li = document.createElement("li"); li.appendChild(textOf(box)); why.appendChild(li) })
      }
    })
    var shared = result.querySelector("[data-selfcheck-shared]")
    if (shared) shared.hidden = !boxes.some(function (box) { return box.checked && box.hasAttribute("data-shared") })
    var ids = boxes.filter(function (box) { return box.checked }).map(function (box) { return box.value })
    var url = new URL(location.href)
    if (ids.length) url.searchParams.set("answers", ids.join(","))
    else url.searchParams.delete("answers")
    var share = result.querySelector("[data-selfcheck-share]")
    if (share) {
      share.hidden = ids.length === 0
      share.querySelector("[data-selfcheck-link]").href = url.href
    }
    if (remember) history.replaceState(null, "", url.href)
    result.dataset.answer = answer
  }
  form.addEventListener("change", function () { show(true) })
  form.addEventListener("submit", function (ev) {
    ev.preventDefault()
    show(true)
    result.focus()
  })
  show(false)
})()

/* The comparison picker (render/compare.py): two roles, any pair, drawn from the roles' data the
   page carries; the pair is kept in the address (?a=&b=). The static comparisons listed below it
   serve readers without this script. Every text is set as text, every link from the page's data. */
;(function () {
  var form = document.querySelector("form[data-atlas-compare]")
  var out = document.querySelector("[data-compare-result]")
  if (!form || !out) return
  var roles = JSON.parse(out.dataset.roles)
  var words = JSON.parse(out.dataset.labels)
  var aspects = ["compare_areas", "compare_stages", "compare_skills", "compare_tools", "compare_ethics", "compare_questions"]
  form.hidden = false
  var params = new URLSearchParams(location.search)
  ;["a", "b"].forEach(function (name, i) {
    var select = form.elements[name]
    var wanted = params.get(name)
    if (wanted && roles[wanted]) select.value = wanted
    else if (i === 1 && select.options.length > 1 && select.value === form.elements.a.value) select.selectedIndex = 1
  })
  function el(tag, cls, html) {  // html: the page's own escaped markup (render/compare.py), never the address
    var node = document.createElement(tag)
    if (cls) node.className = cls
    if (html !== undefined) node.innerHTML = html
    return node
  }
  function esc(text) { var d = document.createElement("div"); d.textContent = text; return d.innerHTML }
  function fill(template, values) { return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k] }) }
  function draw(a, b) {
    out.textContent = ""
    if (!roles[a] || !roles[b] || a === b) { out.appendChild(el("p", "", esc(words.compare_pick_two))); return }
    var A = roles[a], B = roles[b]
    out.appendChild(el("h2", "", esc(fill(words.compare_pair, { a: A.name, b: B.name }))))
    var intro = el("div", "atlas-compare__roles")
    ;[A, B].forEach(function (r) { intro.appendChild(el("p", "", '<a href="' + esc(r.href) + '">' + esc(r.name) + "</a>: " + esc(r.summary))) })
    out.appendChild(intro)
    var list = el("ul"), differs = false
    aspects.forEach(function (key) {
      if (!A.aspects[key]) return
      var keysA = A.aspects[key].map(function (i) { return i[0] }), keysB = B.aspects[key].map(function (i) { return i[0] })
      var onlyA = A.aspects[key].filter(function (i) { return keysB.indexOf(i[0]) < 0 }).map(function (i) { return i[1] })
      var onlyB = B.aspects[key].filter(function (i) { return keysA.indexOf(i[0]) < 0 }).map(function (i) { return i[1] })
      if (!onlyA.length && !onlyB.length) return
      differs = true
      var parts = [[A, onlyA], [B, onlyB]].filter(function (x) { return x[1].length }).map(function (x) {
        return fill(words.compare_only, { role: esc(x[0].name), items: x[1].join(", "), lectures: x[0].lectures })
      })
      list.appendChild(el("li", "", "<strong>" + esc(words[key]) + "</strong>: " + parts.join(" ")))
    })
    var summary = el("div", "atlas-compare__summary")
    if (differs) { summary.appendChild(el("p", "", esc(words.compare_summary))); summary.appendChild(list) }
    else summary.appendChild(el("p", "", esc(words.compare_same)))
    out.appendChild(summary)
    var table = el("table", "atlas-compare")
    table.appendChild(el("thead", "", "<tr>" + [A, B].map(function (r) { return '<th scope="col"><a href="' + esc(r.href) + '">' + esc(r.name) + "</a></th>" }).join("") + "</tr>"))
    aspects.forEach(function (key) {
      if (!A.aspects[key]) return
      var keysB = B.aspects[key].map(function (i) { return i[0] })
      var both = A.aspects[key].filter(function (i) { return keysB.indexOf(i[0]) >= 0 })
      var shared = both.map(function (i) { return i[0] })
      function cell(items) {
        items = items.filter(function (i) { return shared.indexOf(i[0]) < 0 })
        if (!items.length) return '<td class="atlas-compare__none">' + esc(words.compare_none) + "</td>"
        return "<td><ul>" + items.map(function (i) { return "<li>" + i[1] + "</li>" }).join("") + "</ul></td>"
      }
      var rows = '<tr><th colspan="2" scope="rowgroup">' + esc(words[key]) + "</th></tr><tr>" + cell(A.aspects[key]) + cell(B.aspects[key]) + "</tr>"
      if (both.length) rows += '<tr class="atlas-compare__both"><td colspan="2"><strong>' + esc(words.compare_both) + ":</strong> " + both.map(function (i) { return i[1] }).join(", ") + "</td></tr>"
      table.appendChild(el("tbody", "", rows))
    })
    out.appendChild(table)
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault()
    var url = new URL(location.href)
    url.searchParams.set("a", form.elements.a.value)
    url.searchParams.set("b", form.elements.b.value)
    history.replaceState(null, "", url.href)
    draw(form.elements.a.value, form.elements.b.value)
    out.focus && out.setAttribute("tabindex", "-1")
  })
  if (params.get("a") && params.get("b")) draw(form.elements.a.value, form.elements.b.value)
})()

/* Reading paths (render/start.py): a page on several paths shows each path's box; a reader who
   came from one (?path=) sees that path's only. */
;(function () {
  var wanted = new URLSearchParams(location.search).get("path")
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".atlas-pathnav[data-path]"))
  if (!wanted || !boxes.some(function (box) { return box.dataset.path === wanted })) return
  boxes.forEach(function (box) { box.hidden = box.dataset.path !== wanted })
})()

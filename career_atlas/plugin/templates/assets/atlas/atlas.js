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
  /* Switching language keeps what the reader was doing: the twin page gets this address's query
     (?a=&b= on the picker, ?path= on a reading path, ?answers= on the self-check) and hash (ids
     are the same in every language). Set just before the link is used: the scripts below change
     the address as the reader goes. The 404 page's links (no data-atlas-keep) go home as they are. */
  function keep(ev) {
    var link = ev.target instanceof Element && ev.target.closest("a.md-select__link[hreflang][data-atlas-keep]")
    if (!link) return
    if (!link.dataset.atlasHref) link.dataset.atlasHref = link.getAttribute("href")
    var url = new URL(link.dataset.atlasHref, location.href)
    url.search = location.search
    url.hash = location.hash
    link.href = url.href
  }
  ;["pointerdown", "focusin", "click", "contextmenu"].forEach(function (type) { window.addEventListener(type, keep, true) })
  /* Material reads the search box on keyup. Korean IMEs, phone keyboards and
     pasting change it without a keyup, so pass every input on as one. */
  document.addEventListener("input", function (ev) {
    if (ev.target instanceof HTMLInputElement && ev.target.matches(".md-search__input"))
      ev.target.dispatchEvent(new KeyboardEvent("keyup"))
  })
})()

/* Source markers (render/context.py): the quote shows on hover and on focus (CSS). A tap on a
   touch screen is neither: it would follow the link at once, and a phone's reader would never
   see the quote. So on touch the first tap on a marker shows its quote, with a link that opens
   the note; a second tap on the marker, or that link, opens it; a tap elsewhere or Escape closes
   the quote. A mouse and the keyboard use the marker as a plain link. */
;(function () {
  var label = document.currentScript && document.currentScript.dataset.openNote
  var open = null, pointer = ""
  function close() {
    if (open) open.classList.remove("atlas-anchor--open")
    open = null
  }
  document.addEventListener("pointerdown", function (ev) { pointer = ev.pointerType }, true)
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") close() })
  document.addEventListener("click", function (ev) {
    var link = ev.target instanceof Element ? ev.target.closest(".atlas-anchor > a.atlas-anchor__link") : null
    var anchor = link && link.parentElement
    var how = ev.pointerType || pointer
    if (!anchor) {
      if (open && !(ev.target instanceof Node && open.contains(ev.target))) close()
      return
    }
    if ((how !== "touch" && how !== "pen") || anchor === open) return
    ev.preventDefault()
    close()
    open = anchor
    anchor.classList.add("atlas-anchor--open")
    var quote = anchor.querySelector(".atlas-anchor__quote")
    if (quote && label && !quote.querySelector(".atlas-anchor__open")) {
      var more = document.createElement("a")
      more.className = "atlas-anchor__open"
      more.href = link.href
      if (link.rel) more.rel = link.rel
      more.textContent = label
      quote.appendChild(more)
    }
  })
})()

/* The self-check (render/selfcheck.py): without this script the page is a plain list. With
   it, the checkboxes show; each ticked question counts for its kind (the question every kind
   shares counts for each, so it never decides); exactly one result block shows: nothing yet, one
   kind, both equally, or only the shared question (it points both ways), with every ticked
   question behind it, under the side it points to. The ticks are kept in the address
   (?answers=), so a result can be shared and reopened: such an address opens at the result. The
   leading semicolon keeps the script above from calling this function with its result. */
;(function () {
  var form = document.querySelector("form[data-atlas-selfcheck]")
  if (!form) return
  var result = form.querySelector(".atlas-selfcheck__result")
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=q]"))
  var groups = Array.prototype.slice.call(form.querySelectorAll(".atlas-selfcheck__group"))
  Array.prototype.forEach.call(form.querySelectorAll("[data-selfcheck-js]"), function (el) { el.hidden = false })
  var asked = new URLSearchParams(location.search).get("answers")
  if (asked) asked.split(",").forEach(function (id) {
    boxes.forEach(function (box) { if (box.value === id) box.checked = true })
  })
  function copyOf(el) {  // a copy to show again: without its source markers and ids (the page's own)
    var copy = el.cloneNode(true)
    Array.prototype.forEach.call(copy.querySelectorAll(".atlas-anchors, .headerlink"), function (x) { x.parentNode.removeChild(x) })
    Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (x) { x.removeAttribute("id") })
    copy.removeAttribute("id")
    return copy
  }
  function textOf(box) {
    var item = box.closest("[data-question]")
    var text = item && item.querySelector(".atlas-selfcheck__text")
    return text ? copyOf(text) : document.createTextNode(box.value)
  }
  function listTicks(why) {  // every ticked question, under the heading of the side it points to
    why.textContent = ""
    groups.forEach(function (group) {
      var ticked = boxes.filter(function (box) { return box.checked && group.contains(box) })
      var heading = group.querySelector("h2")
      if (!ticked.length) return
      var item = document.createElement("li"), side = document.createElement("span"), list = document.createElement("ul")
      side.className = "atlas-selfcheck__side"
      side.textContent = heading ? copyOf(heading).textContent.trim() : ""
      ticked.forEach(function (box) { var li = document.createElement("li"); li.appendChild(textOf(box)); list.appendChild(li) })
      item.appendChild(side)
      item.appendChild(list)
      why.appendChild(item)
    })
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
    var sharedTicked = boxes.some(function (box) { return box.checked && box.hasAttribute("data-shared") })
    var best = Math.max.apply(null, kinds.map(function (k) { return counts[k] }))
    var top = kinds.filter(function (k) { return best > 0 && counts[k] === best })
    var answer = top.length === 0 ? (sharedTicked ? "shared" : "none") : top.length > 1 ? "tie" : top[0]
    Array.prototype.forEach.call(result.querySelectorAll("[data-outcome]"), function (block) {
      block.hidden = block.dataset.outcome !== answer
      var why = block.querySelector("[data-selfcheck-why]")
      if (why && !block.hidden) listTicks(why)
    })
    var shared = result.querySelector("[data-selfcheck-shared]")
    if (shared) {
      shared.hidden = !sharedTicked
      Array.prototype.forEach.call(shared.querySelectorAll("[data-selfcheck-lead]"), function (lead) {
        lead.hidden = lead.dataset.selfcheckLead !== (answer === "shared" ? "alone" : "also")
      })
    }
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
  // A shared result opens at the result (unless the address names a place of its own).
  if (asked && !location.hash) result.scrollIntoView({ block: "start" })
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
  var title = document.title  // the page's own; a drawn pair goes in front of it
  ;["a", "b"].forEach(function (name, i) {
    var select = form.elements[name]
    var wanted = params.get(name)
    if (wanted && known(wanted)) select.value = wanted
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
  function known(id) { return Object.prototype.hasOwnProperty.call(roles, id) }
  function say(text) {  // a line of plain text (it may hold the address's words)
    var p = document.createElement("p")
    p.textContent = text
    out.appendChild(p)
  }
  function draw(a, b) {
    out.textContent = ""
    document.title = title
    if (!known(a) || !known(b) || a === b) { say(words.compare_pick_two); return }
    var A = roles[a], B = roles[b]
    var pair = fill(words.compare_pair, { a: A.name, b: B.name })
    document.title = pair + " - " + title
    var heading = document.createElement("h2")
    heading.textContent = pair
    out.appendChild(heading)
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
  // An address with a pair draws it; an unknown id in it is named, nothing drawn in its place,
  // and the pickers are left to the reader.
  var asked = [params.get("a"), params.get("b")]
  var unknown = asked.filter(function (id) { return id && !known(id) })
  if (unknown.length) unknown.forEach(function (id) { say(fill(words.compare_unknown, { id: id })) })
  else if (asked[0] && asked[1]) draw(asked[0], asked[1])
})()

/* Reading paths (render/start.py): a page on several paths shows each path's box; a reader who
   came from one (?path=) sees that path's only, and the theme's footer (and its rel=prev/next
   links, Material's "p" and "n" keys) follows that path too, so the page has one "next": the
   path's step, or none when the path has no step that way. */
;(function () {
  var wanted = new URLSearchParams(location.search).get("path")
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".atlas-pathnav[data-path]"))
  var mine = boxes.filter(function (box) { return box.dataset.path === wanted })
  if (!wanted || !mine.length) return
  boxes.forEach(function (box) { box.hidden = box.dataset.path !== wanted })
  ;["prev", "next"].forEach(function (rel) {
    var step = mine[0].querySelector('a[rel="' + rel + '"]')
    var footer = document.querySelector(".md-footer__link--" + rel)
    var head = document.querySelector('head link[rel="' + rel + '"]')
    if (footer && !step) footer.hidden = true
    else if (footer) {
      var title = step.dataset.title || step.textContent
      var name = footer.querySelector(".md-ellipsis"), direction = footer.querySelector(".md-footer__direction")
      footer.href = step.href
      if (name) name.textContent = title
      footer.setAttribute("aria-label", (direction ? direction.textContent.trim() + ": " : "") + title)
    }
    if (head && step) head.href = step.href
    else if (head) head.parentNode.removeChild(head)
  })
})()

"""The report page's own style and script (the list view); the evidence view brings its own
from formats.html_style. Kept apart from view.py so the report's logic reads without them."""

from __future__ import annotations

ROW_HEIGHT = 30  # px: the virtual list places row i at i * ROW_HEIGHT


VIEW_CSS = """
body.report { background: #f4f5f7; }
#list-view header { display: flex; flex-wrap: wrap; align-items: center; gap: 12px;
  padding: 12px 20px; background: #fff; border-bottom: 1px solid #ddd; }
#list-view h1 { font-size: 18px; margin: 0; }
#q { font: inherit; padding: 4px 8px; width: min(28em, 90vw); border: 1px solid #bbb;
  border-radius: 4px; }
#shown { color: #555; font-size: 13px; }
.grid { display: grid; grid-template-columns: var(--cols); align-items: center; }
.thead { position: sticky; top: 0; background: #eceff1; font-size: 12px; font-weight: 600;
  border-bottom: 1px solid #ccc; min-width: max-content; }
.thead button { font: inherit; font-size: 11px; line-height: 1.15; background: none; border: 0;
  padding: 4px; text-align: left; cursor: pointer; align-self: stretch; }
.thead button.n { text-align: right; }
.thead button[aria-sort="ascending"]::after { content: " \\25B2"; }
.thead button[aria-sort="descending"]::after { content: " \\25BC"; }
#list-view { display: flex; flex-direction: column; height: 100vh; }
#list-view[hidden] { display: none; }
#rows { position: relative; overflow: auto; flex: 1; min-height: 0; }
#spacer { position: relative; min-width: max-content; }
a.row { position: absolute; left: 0; right: 0; height: 30px; font-size: 13px; color: inherit;
  text-decoration: none; border-bottom: 1px solid #e3e3e3; background: #fff;
  min-width: max-content; }
a.row:nth-child(even) { background: #fafbfc; }
a.row:hover, a.row:focus { background: #e3f2fd; outline: none; }
a.row > span { padding: 0 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
a.row .num { text-align: right; color: #333; font-variant-numeric: tabular-nums; }
a.row .zero { color: #bbb; }
a.row .warn { color: #b71c1c; font-weight: 600; }
a.row.failed { color: #b71c1c; }
#article-view nav { position: sticky; top: 0; z-index: 20; background: #263238; color: #fff;
  padding: 8px 20px; font-size: 13px; }
#article-view nav a { color: #fff; }
.missing { background: #fff3e0; border: 1px solid #ffcc80; padding: 10px 14px;
  border-radius: 4px; }
"""

VIEW_JS = """
(function () {
  var columns = JSON.parse(document.getElementById("columns").textContent);
  var rows = JSON.parse(document.getElementById("index").textContent);
  var packed = null;
  var H = ROW_HEIGHT;
  var view = document.getElementById("rows"), spacer = document.getElementById("spacer");
  var q = document.getElementById("q"), shown = document.getElementById("shown");
  var head = document.getElementById("thead");
  var hay = rows.map(function (r) {
    return [r[1], r[2], r[3], r[r.length - 1]].join(" ").toLowerCase();
  });
  var order = rows.map(function (r, i) { return i; }), visible = order.slice();
  var sortCol = 0, sortDir = 1, listTop = 0;
  function cell(r, c) {
    var v = r[c], s = document.createElement("span");
    if (typeof v === "number" && c > 0) {
      s.className = "num" + (v === 0 ? " zero" : "") +
        (columns[c] === "warnings" && v > 0 ? " warn" : "");
    }
    s.textContent = String(v);
    if (c === 1 || c === 2) { s.title = String(v); }
    return s;
  }
  function draw() {
    var first = Math.max(0, Math.floor(view.scrollTop / H) - 5);
    var last = Math.min(visible.length, first + Math.ceil(view.clientHeight / H) + 10);
    var frag = document.createDocumentFragment();
    for (var k = first; k < last; k++) {
      var i = visible[k], r = rows[i], a = document.createElement("a");
      a.className = "row grid" + (r[3] === "error" || r[3] === "unreadable" ? " failed" : "");
      a.href = "#a=" + i;
      a.style.top = (k * H) + "px";
      a.setAttribute("data-idx", String(i));
      for (var c = 0; c < columns.length; c++) { a.appendChild(cell(r, c)); }
      frag.appendChild(a);
    }
    spacer.replaceChildren(frag);
  }
  function refresh() {
    var needle = q.value.trim().toLowerCase();
    visible = needle ? order.filter(function (i) { return hay[i].indexOf(needle) >= 0; })
                     : order.slice();
    spacer.style.height = (visible.length * H) + "px";
    shown.textContent = visible.length + " of " + rows.length + " shown";
    draw();
  }
  function sortBy(c) {
    var numeric = rows.length > 0 && typeof rows[0][c] === "number" && c > 0;
    sortDir = c === sortCol ? -sortDir : (numeric ? -1 : 1);
    sortCol = c;
    order.sort(function (x, y) {
      var a = rows[x][c], b = rows[y][c];
      var d = typeof a === "number" ? a - b : String(a).localeCompare(String(b));
      return d * sortDir || x - y;
    });
    head.querySelectorAll("button").forEach(function (b, k) {
      b.setAttribute("aria-sort", k === c ? (sortDir > 0 ? "ascending" : "descending") : "none");
    });
    refresh();
  }
  function inflate(b64) {
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var k = 0; k < bin.length; k++) { bytes[k] = bin.charCodeAt(k); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }
  function route() {
    var m = /^#a=([0-9]+)$/.exec(location.hash);
    var list = document.getElementById("list-view"), art = document.getElementById("article-view");
    if (location.hash.indexOf("#s-") === 0) { return; }
    if (!m || +m[1] >= rows.length) {
      art.hidden = true; list.hidden = false;
      document.getElementById("article").replaceChildren();
      document.documentElement.removeAttribute("data-article");
      view.scrollTop = listTop;
      draw();
      return;
    }
    var i = +m[1];
    if (!list.hidden) { listTop = view.scrollTop; }
    if (packed === null) { packed = JSON.parse(document.getElementById("data").textContent); }
    inflate(packed[i]).then(function (html) {
      document.getElementById("article").innerHTML = html;
      document.getElementById("pos").textContent = rows[i][1];
      list.hidden = true; art.hidden = false;
      window.scrollTo(0, 0);
      document.documentElement.setAttribute("data-article", String(i));
    });
  }
  columns.forEach(function (name, c) {
    var b = document.createElement("button");
    b.type = "button"; b.textContent = name.replace(/_/g, " "); b.title = "sort by " + name;
    b.setAttribute("aria-sort", c === 0 ? "ascending" : "none");
    if (c === 0 || c > 3) { b.className = "n"; }
    b.addEventListener("click", function () { sortBy(c); });
    head.appendChild(b);
  });
  view.addEventListener("scroll", draw, { passive: true });
  window.addEventListener("resize", draw);
  q.addEventListener("input", function () { view.scrollTop = 0; refresh(); });
  window.addEventListener("hashchange", route);
  refresh();
  route();
  document.documentElement.setAttribute("data-view-ready", "1");
})();
""".replace("ROW_HEIGHT", str(ROW_HEIGHT))

// The query page of `kgbuild serve`: runs the query against ./sparql and shows the answer.
// Everything from the server goes into the page as text (textContent), never as markup.
"use strict";
(function () {
  var endpoint = new URL("sparql", document.baseURI).toString();
  document.getElementById("endpoint").textContent = endpoint;
  var qbox = document.getElementById("query");
  var status = document.getElementById("status");
  var result = document.getElementById("result");
  var select = document.getElementById("examples");
  var examples = [];

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function cell(term) {
    var td = el("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      td.className = "iri";
      td.appendChild(document.createTextNode("<" + term.value + ">"));
      return td;
    }
    td.appendChild(document.createTextNode(term.type === "bnode" ? "_:" + term.value : term.value));
    if (term["xml:lang"]) { td.appendChild(el("span", " @" + term["xml:lang"])).className = "lang"; }
    return td;
  }
  function showBindings(data) {
    var vars = data.head.vars || [];
    var rows = data.results.bindings || [];
    var table = el("table");
    var tr = el("tr");
    vars.forEach(function (v) { tr.appendChild(el("th", v)); });
    table.appendChild(tr);
    rows.forEach(function (b) {
      var r = el("tr");
      vars.forEach(function (v) { r.appendChild(cell(b[v])); });
      table.appendChild(r);
    });
    result.appendChild(table);
    return rows.length + " row" + (rows.length === 1 ? "" : "s");
  }
  function run() {
    clear(result);
    setStatus("running\u2026", false);
    var t0 = performance.now();
    fetch(endpoint, {
      method: "POST",
      headers: {"Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: qbox.value
    }).then(function (resp) {
      var ctype = resp.headers.get("Content-Type") || "";
      return resp.text().then(function (text) {
        var ms = Math.round(performance.now() - t0) + " ms";
        if (!resp.ok) { setStatus(resp.status + ": " + text, true); return; }
        if (ctype.indexOf("application/sparql-results+json") === 0) {
          var data = JSON.parse(text);
          if (typeof data.boolean === "boolean") {
            result.appendChild(el("pre", String(data.boolean)));
            setStatus(ms, false);
            return;
          }
          setStatus(showBindings(data) + ", " + ms, false);
        } else {
          result.appendChild(el("pre", text));
          setStatus(ms, false);
        }
      });
    }).catch(function (err) { setStatus("request failed: " + err, true); });
  }
  document.getElementById("run").addEventListener("click", run);
  qbox.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  select.addEventListener("change", function () {
    var ex = examples[select.selectedIndex - 1];
    if (ex) { qbox.value = ex.query; }
  });
  fetch(new URL("queries.json", document.baseURI).toString()).then(function (r) { return r.json(); })
    .then(function (list) {
      examples = list;
      list.forEach(function (ex) {
        var o = el("option", ex.title);
        o.value = ex.name;
        select.appendChild(o);
      });
      // start from an example (top_speakers when there is one) unless something is typed already
      var first = list.findIndex(function (ex) { return ex.name === "top_speakers.rq"; });
      if (!qbox.value && list.length) {
        select.selectedIndex = (first < 0 ? 0 : first) + 1;
        qbox.value = list[select.selectedIndex - 1].query;
      }
    }).catch(function () { /* no examples */ });
})();

// Waarborg's only script: a print button, a notice while a long form runs, and a running simulation followed.
// Every page works without it.
document.querySelectorAll("[data-print]").forEach(function (b) {
  b.addEventListener("click", function () { window.print(); });
});
document.querySelectorAll("form[data-busy]").forEach(function (f) {
  f.addEventListener("submit", function () { f.classList.add("busy"); f.setAttribute("aria-busy", "true"); });
});
// A running simulation: follow its progress, and show the result when it is done.
(function () {
  var box = document.getElementById("simulation-progress");
  if (!box || !window.fetch) { return; }
  var id = box.getAttribute("data-run");
  var bar = document.getElementById("run-progress");
  var status = document.getElementById("run-status");
  function tick() {
    fetch("/simulation/runs/" + encodeURIComponent(id) + "/status", { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.finished) { window.location.reload(); return; }
        bar.value = s.percent;
        bar.textContent = s.percent + " %";
        status.textContent = s.line;
        setTimeout(tick, 1000);
      })
      .catch(function () { setTimeout(tick, 3000); });
  }
  setTimeout(tick, 500);
})();

// Waarborg's only script: a print button, and a notice while a long form (a simulation) runs.
// Every page works without it.
document.querySelectorAll("[data-print]").forEach(function (b) {
  b.addEventListener("click", function () { window.print(); });
});
document.querySelectorAll("form[data-busy]").forEach(function (f) {
  f.addEventListener("submit", function () { f.classList.add("busy"); f.setAttribute("aria-busy", "true"); });
});

/* Applies the visitor's saved font size and contrast before the page is drawn (loaded in <head>, not deferred). */
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var size = window.localStorage.getItem("portal-font-size");
    if (size === "large" || size === "xlarge") { root.classList.add("font-" + size); }
    if (window.localStorage.getItem("portal-contrast") === "high") { root.classList.add("contrast-high"); }
  } catch (e) { /* storage blocked: defaults apply */ }
})();

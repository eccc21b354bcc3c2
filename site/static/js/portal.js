/* Font-size and contrast switches ("Czcionki / Kontrast"); choices persist between pages in localStorage. */
(function () {
  var root = document.documentElement;
  var tools = document.querySelector("[data-a11y-tools]");
  if (!tools) { return; }
  tools.hidden = false;

  function store(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* ignore */ }
  }

  var sizeButtons = tools.querySelectorAll("[data-font-size]");
  function showSize(size) {
    root.classList.remove("font-large", "font-xlarge");
    if (size !== "normal") { root.classList.add("font-" + size); }
    sizeButtons.forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-font-size") === size));
    });
  }
  var current = root.classList.contains("font-xlarge") ? "xlarge" : root.classList.contains("font-large") ? "large" : "normal";
  showSize(current);
  sizeButtons.forEach(function (button) {
    button.addEventListener("click", function () {
      var size = button.getAttribute("data-font-size");
      showSize(size);
      store("portal-font-size", size);
    });
  });

  var contrast = tools.querySelector("[data-contrast-toggle]");
  contrast.setAttribute("aria-pressed", String(root.classList.contains("contrast-high")));
  contrast.addEventListener("click", function () {
    var on = !root.classList.contains("contrast-high");
    root.classList.toggle("contrast-high", on);
    contrast.setAttribute("aria-pressed", String(on));
    store("portal-contrast", on ? "high" : "normal");
  });
})();

/* Forms: move focus to the error summary after a failed submit; a second click on submit sends nothing. */
(function () {
  var summary = document.getElementById("form-errors");
  if (summary) {
    summary.focus();
    // The form posts to its own #fragment; scrolling to that fragment after load would leave focus on <body>,
    // so focus (and the screen reader's announcement) is put back on the summary once the page has loaded.
    window.addEventListener("load", function () {
      if (document.activeElement === document.body) { summary.focus(); }
    });
  }
  document.querySelectorAll("form[data-single-submit]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.getAttribute("data-submitting") === "true") {
        event.preventDefault();
        return;
      }
      form.setAttribute("data-submitting", "true");
      form.querySelectorAll("button[type=submit]").forEach(function (button) {
        button.setAttribute("aria-disabled", "true");
      });
    });
  });
})();

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

/* Narrow screens: search and the main menu fold behind the header's two disclosure buttons
   (WAI-ARIA disclosure: aria-expanded on the button, Escape closes and returns focus to it). The buttons are
   hidden in the HTML, so without JavaScript the form and the menu are simply shown; on wide screens CSS hides
   the buttons and shows both whatever their state. The top bar's links move into the menu while it is folded. */
(function () {
  var buttons = document.querySelectorAll("[data-disclosure]");
  function setOpen(button, panel, open) {
    button.setAttribute("aria-expanded", String(open));
    panel.classList.toggle("is-open", open);
  }
  Array.prototype.forEach.call(buttons, function (button) {
    var panel = document.getElementById(button.getAttribute("aria-controls"));
    if (!panel) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      setOpen(button, panel, open);
      var field = open && panel.querySelector("input[type=search]");
      if (field) { field.focus(); }
    });
    function closeOnEscape(event) {
      if ((event.key === "Escape" || event.key === "Esc") && button.getAttribute("aria-expanded") === "true") {
        event.preventDefault();
        setOpen(button, panel, false);
        button.focus();
      }
    }
    button.addEventListener("keydown", closeOnEscape);
    panel.addEventListener("keydown", closeOnEscape);
  });

  // The header folds by a container query in rem (header.css), so it is folded when its buttons are shown; the
  // header's size changes whenever it folds or unfolds (window width, text size), and that moves the top bar.
  var header = document.querySelector(".site-header");
  var topBar = document.querySelector(".site-header > .top-bar");
  var menu = document.querySelector("[data-site-menu]");
  var toggles = document.querySelector(".header-toggles");
  if (!header || !topBar || !menu || !toggles) { return; }
  var home = document.createComment("top bar");
  topBar.parentNode.insertBefore(home, topBar);
  function place() {
    var folded = toggles.getClientRects().length > 0;
    if (folded && topBar.parentNode !== menu) {
      menu.appendChild(topBar);
    } else if (!folded && topBar.parentNode === menu) {
      home.parentNode.insertBefore(topBar, home.nextSibling);
    }
  }
  place();
  if (window.ResizeObserver) {
    new window.ResizeObserver(place).observe(header);
  } else {
    window.addEventListener("resize", place);
  }
})();

/* Tables that scroll sideways (.table-scroll): the hint under each shows only while the table is wider than its box,
   rechecked when the window or the text size changes. */
(function () {
  var regions = document.querySelectorAll("[data-table-scroll]");
  function update() {
    Array.prototype.forEach.call(regions, function (region) {
      var hint = region.nextElementSibling;
      if (hint && hint.classList.contains("table-scroll__hint")) {
        hint.hidden = region.scrollWidth <= region.clientWidth + 1;
      }
    });
  }
  if (!regions.length) { return; }
  update();
  if (window.ResizeObserver) {
    var observer = new window.ResizeObserver(update);
    Array.prototype.forEach.call(regions, function (region) {
      observer.observe(region);
      if (region.firstElementChild) { observer.observe(region.firstElementChild); }
    });
  } else {
    window.addEventListener("resize", update);
  }
})();

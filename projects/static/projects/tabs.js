/*
 * The project page's three tabs as a WAI-ARIA tabs widget (automatic activation).
 *
 * Without JavaScript the tabs are plain links to three URLs, each rendering its own panel.
 * With it: role="tablist"/"tab"/"tabpanel", Left/Right arrows (and Up/Down, for the column the tabs
 * form on narrow screens) move between tabs (wrapping),
 * Home/End jump to the first/last, and the address bar, <title>, canonical link and breadcrumb
 * follow the selected tab, so the page reads as if the tab's own URL had been loaded.
 */
(function () {
  "use strict";

  function setup(container) {
    var list = container.querySelector(".tabs__list");
    var nav = container.querySelector("nav.tabs");
    var tabs = Array.prototype.slice.call(container.querySelectorAll(".tabs__tab"));
    var panels = tabs.map(function (tab) { return document.getElementById(tab.getAttribute("data-panel")); });
    if (!list || !tabs.length || panels.indexOf(null) !== -1) {
      return;
    }

    // The navigation landmark becomes a tab list: its label moves to the list.
    if (nav) {
      list.setAttribute("aria-label", nav.getAttribute("aria-label") || "");
      nav.removeAttribute("aria-label");
      nav.setAttribute("role", "none");
    }
    list.setAttribute("role", "tablist");

    tabs.forEach(function (tab, index) {
      tab.parentElement.setAttribute("role", "none");
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", panels[index].id);
      tab.removeAttribute("aria-current");
      panels[index].setAttribute("role", "tabpanel");
      panels[index].setAttribute("tabindex", "0");
    });

    // The breadcrumb ends with the page (description tab) or with the page's link and the tab's name.
    var crumbs = document.querySelector("nav.breadcrumbs ol");
    var canonical = document.querySelector('link[rel="canonical"]');
    var pageTitle = container.getAttribute("data-page-title") || "";
    var pageUrl = container.getAttribute("data-page-url") || "";
    var initial = 0;
    panels.forEach(function (panel, i) { if (!panel.hidden) { initial = i; } });
    var crumbBase = crumbs ? crumbs.children.length - (initial === 0 ? 1 : 2) : 0;

    function current(text) {
      var span = document.createElement("span");
      span.setAttribute("aria-current", "page");
      span.textContent = text;
      return span;
    }

    function updateBreadcrumb(index) {
      if (!crumbs || crumbBase < 0) {
        return;
      }
      while (crumbs.children.length > crumbBase) {
        crumbs.removeChild(crumbs.lastElementChild);
      }
      var item = document.createElement("li");
      if (index === 0) {
        item.appendChild(current(pageTitle));
      } else {
        var link = document.createElement("a");
        link.href = pageUrl;
        link.textContent = pageTitle;
        item.appendChild(link);
        crumbs.appendChild(item);
        item = document.createElement("li");
        item.appendChild(current(tabs[index].textContent.trim()));
      }
      crumbs.appendChild(item);
    }

    function select(index, options) {
      options = options || {};
      tabs.forEach(function (tab, i) {
        var selected = i === index;
        tab.setAttribute("aria-selected", selected ? "true" : "false");
        tab.setAttribute("tabindex", selected ? "0" : "-1");
        tab.classList.toggle("is-selected", selected);
        panels[i].hidden = !selected;
      });
      var tab = tabs[index];
      if (tab.getAttribute("data-document-title")) {
        document.title = tab.getAttribute("data-document-title");
      }
      if (canonical && tab.getAttribute("data-canonical")) {
        canonical.setAttribute("href", tab.getAttribute("data-canonical"));
      }
      if (options.push || options.restore) {
        updateBreadcrumb(index);
      }
      if (options.push && window.history && window.history.pushState && tab.href !== window.location.href) {
        window.history.pushState({ projectTab: index }, "", tab.href);
      }
      if (options.focus) {
        tab.focus();
      }
    }

    select(initial);

    tabs.forEach(function (tab, index) {
      tab.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) {
          return; // let the browser open the tab's own URL in a new tab or window
        }
        event.preventDefault();
        select(index, { push: true, focus: true });
      });
      tab.addEventListener("keydown", function (event) {
        var target = null;
        switch (event.key) {
          // Up and Down too: on narrow screens the tabs stand in a column
          case "ArrowRight": case "ArrowDown": target = (index + 1) % tabs.length; break;
          case "ArrowLeft": case "ArrowUp": target = (index - 1 + tabs.length) % tabs.length; break;
          case "Home": target = 0; break;
          case "End": target = tabs.length - 1; break;
          case " ": case "Spacebar": target = index; break;
          default: return;
        }
        event.preventDefault();
        select(target, { push: true, focus: true });
      });
    });

    window.addEventListener("popstate", function () {
      var path = window.location.pathname;
      tabs.forEach(function (tab, i) {
        if (new URL(tab.href, window.location.href).pathname === path) {
          select(i, { restore: true });
        }
      });
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-project-tabs]"), setup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

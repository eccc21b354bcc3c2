// The resolution editor: when a document chooser gets a file (picked or just uploaded), ask the portal whether
// it is a scan without a text layer and say so under the chooser, before the page is saved.
(function () {
  "use strict";
  var marker = document.querySelector("[data-scan-check-url]");
  if (!marker) return;
  var url = marker.getAttribute("data-scan-check-url");

  function noteFor(wrapper) {
    var note = wrapper.querySelector(".portal-scan-check");
    if (!note) {
      note = document.createElement("div");
      note.className = "portal-scan-check help-block";
      note.setAttribute("role", "status");
      wrapper.appendChild(note);
    }
    return note;
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "hidden") return;
    if (!/(^|-)document$/.test(input.name)) return;
    var wrapper = input.closest("[data-field-wrapper]") || input.parentElement;
    if (!input.value) {
      var old = wrapper.querySelector(".portal-scan-check");
      if (old) old.remove();
      return;
    }
    fetch(url + "?document=" + encodeURIComponent(input.value), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) return;
        var note = noteFor(wrapper);
        note.classList.toggle("help-warning", data.is_scan);
        note.classList.toggle("help-info", !data.is_scan);
        note.textContent = data.message;
      });
  });
})();

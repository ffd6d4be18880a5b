// The partner area's small helpers. Everything works without JavaScript too: steps are
// saved with their Save button, e-mails can be selected and copied by hand.
(function () {
  "use strict";

  // Print buttons on activities and the playbook.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // "Copy" buttons on standard e-mails.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var status = button.closest("article").querySelector(".copy-status");
      copyText(source.textContent).then(function () {
        if (status) status.textContent = button.getAttribute("data-copied");
      }, function () {
        // Copying was refused: select the text so that Ctrl+C / Cmd+C does it.
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      });
    });
  });

  // Onboarding steps: ticking a box saves it at once.
  document.querySelectorAll("[data-step-form]").forEach(function (form) {
    var box = form.querySelector("input[type=checkbox]");
    var save = form.querySelector(".step__save");
    if (!box || !window.fetch) return;
    if (save) save.hidden = true;
    box.addEventListener("change", function () {
      var data = new FormData(form);
      fetch(form.action || window.location.pathname, {
        method: "POST",
        body: data,
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      }).then(function (progress) {
        form.closest(".step").classList.toggle("step--done", box.checked);
        document.querySelectorAll("[data-progress]").forEach(function (element) {
          var bar = element.querySelector("progress");
          var text = element.querySelector(".progress__text");
          if (bar) { bar.max = progress.total; bar.value = progress.done; }
          if (text) {
            text.textContent = text.textContent.replace(/\d+(\D+)\d+/, progress.done + "$1" + progress.total);
          }
        });
      }).catch(function () {
        // Not saved (signed out, offline): fall back to the form, so nothing is lost.
        box.checked = !box.checked;
        if (save) save.hidden = false;
      });
    });
  });
})();

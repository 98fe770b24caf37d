// Progressive enhancement only: every form and link works without this file.
(function () {
  "use strict";

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  // Live Markdown preview in place of the server round trip.
  document.querySelectorAll("form[data-preview-url]").forEach(function (form) {
    var button = form.querySelector("button[name=preview]");
    var textarea = form.querySelector("textarea[name=body]");
    if (!button || !textarea) return;
    var region = document.createElement("section");
    region.className = "preview";
    region.hidden = true;
    region.setAttribute("aria-live", "polite");
    form.querySelector(".form-actions").before(region);
    button.addEventListener("click", function (event) {
      event.preventDefault();
      var body = new FormData();
      body.append("body", textarea.value);
      fetch(form.dataset.previewUrl, {
        method: "POST",
        body: body,
        headers: { "X-CSRFToken": csrfToken(form) },
        credentials: "same-origin",
      })
        .then(function (response) { return response.text().then(function (text) { return { ok: response.ok, text: text }; }); })
        .then(function (result) {
          region.hidden = false;
          if (result.ok) {
            region.innerHTML = result.text; // sanitized on the server by nh3
          } else {
            region.textContent = result.text;
          }
        });
    });
  });

  // Quote into the reply box on the same page instead of opening the reply page.
  var replyBox = document.querySelector(".reply textarea[name=body]");
  if (replyBox) {
    document.querySelectorAll("a[data-quote]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        fetch(link.href, { credentials: "same-origin" })
          .then(function (response) { return response.text(); })
          .then(function (html) {
            var page = new DOMParser().parseFromString(html, "text/html");
            var quoted = page.querySelector("textarea[name=body]");
            if (!quoted) return;
            replyBox.value = (replyBox.value ? replyBox.value.replace(/\s*$/, "\n\n") : "") + quoted.value;
            replyBox.focus();
            replyBox.setSelectionRange(replyBox.value.length, replyBox.value.length);
          });
      });
    });
  }
})();

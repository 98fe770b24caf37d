// "Helpful" and "Thanks" without reloading the page. Progressive enhancement only: the forms
// in templates/forum/_post_reactions.html work without this file.
(function () {
  "use strict";

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-reaction-form]")) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector("button");
    var state = form.querySelector('input[name="state"]');
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (data) {
        button.querySelector("[data-reaction-label]").textContent = data.label;
        button.setAttribute("aria-pressed", data.pressed ? "true" : "false");
        state.value = data.pressed ? "off" : "on";
        button.disabled = false;
      })
      .catch(function () {
        // Refused, rate-limited or offline: the plain form shows the server's explanation.
        button.disabled = false;
        form.submit();
      });
  });
})();

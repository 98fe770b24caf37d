// "Cite a resource" under the post editor: filter the list and insert a code at the caret.
// Progressive enhancement only: without this file the list shows the codes to copy.
(function () {
  "use strict";

  function insertAtCaret(textarea, text) {
    var start = textarea.selectionStart;
    var before = textarea.value.slice(0, start);
    var after = textarea.value.slice(textarea.selectionEnd);
    var inserted = (before && !/\s$/.test(before) ? " " : "") + text;
    textarea.value = before + inserted + after;
    var caret = before.length + inserted.length;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function normalise(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  document.querySelectorAll("[data-cite-helper]").forEach(function (helper) {
    if (helper.dataset.citeReady) return;
    helper.dataset.citeReady = "1";
    var form = helper.closest("form");
    var textarea = form && form.querySelector("textarea[name=body]");
    if (!textarea) return;

    var filter = document.createElement("input");
    filter.type = "search";
    filter.className = "cite-filter";
    filter.setAttribute("aria-label", helper.dataset.filterLabel);
    filter.placeholder = helper.dataset.filterLabel;
    helper.querySelector("summary").after(filter);

    var items = Array.prototype.slice.call(helper.querySelectorAll("li[data-cite-code]"));
    items.forEach(function (item) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "secondary cite-insert";
      button.textContent = helper.dataset.insertLabel;
      button.title = helper.dataset.insertDescription;
      button.addEventListener("click", function () {
        insertAtCaret(textarea, item.dataset.citeCode);
      });
      item.prepend(button);
    });

    filter.addEventListener("input", function () {
      var words = normalise(filter.value).split(/\s+/).filter(Boolean);
      items.forEach(function (item) {
        var text = normalise(item.querySelector(".cite-title").textContent + " " + item.dataset.citeCode);
        item.hidden = !words.every(function (word) { return text.indexOf(word) !== -1; });
      });
    });
    // Enter in the filter must not submit the post.
    filter.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();
    });
  });
})();

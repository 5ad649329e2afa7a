/*
 * Runs in the GraphiQL page, as a classic script before init.js, so it is plain JavaScript.
 *
 * GraphiQL 3.8 titles each tab with its operation's name and never wraps the editors'
 * lines, so the recipes' tabs read "SearchByName" and their long comments run off the
 * pane. This watches the page and, without touching what React renders, shows a recipe's
 * title on its tab (as an attribute the style sheet displays, and as the tab's accessible
 * name) and turns on line wrapping in every editor as it appears.
 */
(function (root) {
  function keepReadable(container, titles) {
    function apply() {
      var buttons = container.querySelectorAll(".graphiql-tab-button");
      for (var i = 0; i < buttons.length; i++) {
        var button = buttons[i];
        var name = (button.textContent || "").trim();
        var title = Object.prototype.hasOwnProperty.call(titles, name) ? titles[name] : null;
        if (title) {
          if (button.getAttribute("data-title") !== title) {
            button.setAttribute("data-title", title);
            button.setAttribute("title", title);
            button.setAttribute("aria-label", title);
          }
        } else if (button.hasAttribute("data-title")) {
          button.removeAttribute("data-title");
          button.removeAttribute("title");
          button.removeAttribute("aria-label");
        }
      }
      var editors = container.querySelectorAll(".CodeMirror");
      for (var j = 0; j < editors.length; j++) {
        var editor = editors[j].CodeMirror;
        if (editor && !editor.getOption("lineWrapping")) editor.setOption("lineWrapping", true);
      }
    }
    var scheduled = false;
    new MutationObserver(function () {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(function () {
        scheduled = false;
        apply();
      });
    }).observe(container, { childList: true, subtree: true, characterData: true });
    apply();
  }

  /** Each recipe's title by the name of the operation its query defines. */
  function titlesByOperation(recipes, operationNames) {
    var titles = {};
    for (var i = 0; i < recipes.length; i++) {
      var names = operationNames(recipes[i].query);
      if (names.length > 0 && recipes[i].title) titles[names[0]] = recipes[i].title;
    }
    return titles;
  }

  root.DiplographGraphiQL = root.DiplographGraphiQL || {};
  root.DiplographGraphiQL.keepReadable = keepReadable;
  root.DiplographGraphiQL.titlesByOperation = titlesByOperation;
})(window);

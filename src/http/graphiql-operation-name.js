/*
 * Runs in the GraphiQL page, as a classic script before init.js, so it is plain JavaScript.
 *
 * GraphiQL 3.8 learns a tab's operation name by parsing its query a moment after the
 * editor changes. Run right after switching tabs, it can send the previous tab's name
 * with this tab's query, and the server answers "Unknown operation named …". The page's
 * fetcher therefore checks the name against the operations the query defines: a stale
 * name becomes the query's only operation, or no name when there are several, and the
 * server then says which one to choose.
 */
(function (root) {
  /** The query with comments and string values blanked out, so that neither can pose as an operation. */
  function withoutCommentsAndStrings(query) {
    var out = "";
    var i = 0;
    while (i < query.length) {
      if (query.startsWith('"""', i)) {
        var endBlock = query.indexOf('"""', i + 3);
        i = endBlock === -1 ? query.length : endBlock + 3;
        out += " ";
      } else if (query[i] === '"') {
        i++;
        while (i < query.length && query[i] !== '"' && query[i] !== "\n") i += query[i] === "\\" ? 2 : 1;
        i++;
        out += " ";
      } else if (query[i] === "#") {
        while (i < query.length && query[i] !== "\n") i++;
      } else {
        out += query[i];
        i++;
      }
    }
    return out;
  }

  /** The names of the operations a GraphQL document defines, in order. */
  function operationNames(query) {
    var names = [];
    var pattern = /(?:^|[^_0-9A-Za-z])(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;
    var source = withoutCommentsAndStrings(query);
    var match;
    while ((match = pattern.exec(source)) !== null) names.push(match[1]);
    return names;
  }

  /** The request's parameters, with an operation name that belongs to its query. */
  function withOwnOperationName(params) {
    if (!params || typeof params.query !== "string" || !params.operationName) return params;
    var names = operationNames(params.query);
    if (names.indexOf(params.operationName) !== -1) return params;
    var fixed = {};
    for (var key in params) fixed[key] = params[key];
    fixed.operationName = names.length === 1 ? names[0] : undefined;
    return fixed;
  }

  root.DiplographGraphiQL = { operationNames: operationNames, withOwnOperationName: withOwnOperationName };
})(typeof window !== "undefined" ? window : globalThis);

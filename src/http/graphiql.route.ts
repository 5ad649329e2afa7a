import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Router } from "express";
import { PAGE_CSP as CSP } from "./csp.js";
import { RECIPES } from "./graphiql-recipes.js";

const require = createRequire(import.meta.url);

/**
 * GraphiQL served from node_modules, never from a CDN: many analysts work on offline
 * networks. GraphiQL 3.8's UMD build runs on React 18's UMD builds (React 19 has none).
 */
const ASSETS: Record<string, string> = {
  "react.js": path.join(path.dirname(require.resolve("react/package.json")), "umd", "react.production.min.js"),
  "react-dom.js": path.join(path.dirname(require.resolve("react-dom/package.json")), "umd", "react-dom.production.min.js"),
  "graphiql.js": path.join(path.dirname(require.resolve("graphiql/package.json")), "graphiql.min.js"),
  "graphiql.css": path.join(path.dirname(require.resolve("graphiql/package.json")), "graphiql.min.css"),
  "operation-name.js": fileURLToPath(new URL("./graphiql-operation-name.js", import.meta.url)),
  "readable.js": fileURLToPath(new URL("./graphiql-readable.js", import.meta.url)),
  "diplograph.css": fileURLToPath(new URL("./graphiql-diplograph.css", import.meta.url)),
};

const page = (base: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Diplograph · GraphiQL</title>
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="/fonts/fonts.css" />
  <link rel="stylesheet" href="${base}/assets/graphiql.css" />
  <link rel="stylesheet" href="${base}/assets/diplograph.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${base}/assets/react.js"></script>
  <script src="${base}/assets/react-dom.js"></script>
  <script src="${base}/assets/graphiql.js"></script>
  <script src="${base}/assets/operation-name.js"></script>
  <script src="${base}/assets/readable.js"></script>
  <script src="${base}/init.js"></script>
</body>
</html>`;

/** Shown in GraphiQL's footer when the server refuses introspection, so nobody hunts for a broken docs pane. */
export const INTROSPECTION_OFF_NOTICE =
  "Introspection is turned off on this server (GRAPHQL_INTROSPECTION=false), so the docs pane and autocompletion are empty. Queries still run; the schema is in schema/schema.graphql.";

const init = (graphqlPath: string, introspection: boolean) => `(function () {
  var recipes = ${JSON.stringify(RECIPES.map((r) => ({ title: r.title, query: r.query, variables: r.variables ? JSON.stringify(r.variables, null, 2) : undefined })))};
  var send = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
  var fetcher = function (params, options) { return send(DiplographGraphiQL.withOwnOperationName(params), options); };
  var container = document.getElementById("graphiql");
  var root = ReactDOM.createRoot(container);
  // GraphiQL opens its first tab from query/variables, not from defaultTabs[0].
  var first = recipes[0] || {};
  var introspection = ${JSON.stringify(introspection)};
  var props = { fetcher: fetcher, defaultTabs: recipes, query: first.query, variables: first.variables, defaultEditorToolsVisibility: true };
  // schema: null tells GraphiQL not to ask for the schema the server would refuse.
  if (!introspection) props.schema = null;
  var logo = React.createElement(GraphiQL.Logo, null, React.createElement("a", { href: "/explore" }, "Explore the graph →"));
  var notice = introspection ? null : React.createElement(GraphiQL.Footer, null, React.createElement("p", { className: "diplograph-introspection-off", role: "status", style: { margin: "0.5em 1em" } }, ${JSON.stringify(INTROSPECTION_OFF_NOTICE)}));
  root.render(React.createElement(GraphiQL, props, logo, notice));
  DiplographGraphiQL.keepReadable(container, DiplographGraphiQL.titlesByOperation(recipes, DiplographGraphiQL.operationNames));
})();
`;

export function graphiqlRouter(options: { base: string; graphqlPath: string; introspection?: boolean }): Router {
  const router = express.Router();
  const html = page(options.base);
  const script = init(options.graphqlPath, options.introspection ?? true);
  router.get("/", (_req, res) => {
    res.set("Content-Security-Policy", CSP).type("html").send(html);
  });
  router.get("/init.js", (_req, res) => {
    res.type("application/javascript").send(script);
  });
  router.get("/assets/:name", (req, res) => {
    // An own property only: "constructor" or "__proto__" must not find Object's.
    const file = Object.hasOwn(ASSETS, req.params.name) ? ASSETS[req.params.name] : undefined;
    if (!file) {
      res.status(404).type("text").send("No GraphiQL asset has this name.");
      return;
    }
    res.sendFile(file, { maxAge: "1d" });
  });
  return router;
}

import path from "node:path";
import { LAYERS, packageHomeOf, rankOf } from "./layers.js";

/**
 * Fails on an import between folders of src/ that goes upward or sideways in LAYERS.
 * It reads every way a module names another (import, import type, export … from,
 * import()) and resolves relative paths, so it sees exactly the folder graph tsc sees.
 * Files directly in src/ (such as an entry point) sit above every layer. It also fails on
 * an import of a package outside the folders src/layers.json gives it (GraphQL only at the
 * boundary, the Neo4j driver only in src/neo4j).
 */
export const layerBoundaries = {
  meta: {
    type: "problem",
    docs: { description: "No folder of src/ imports from a folder above or beside it in the layers (src/layers.json)." },
    schema: [{ type: "object", properties: { root: { type: "string" } }, additionalProperties: false }],
    messages: {
      upward: "src/{{from}} ({{fromLayer}}) may not import src/{{to}} ({{toLayer}}): {{direction}}. Layers, lowest first: {{order}}.",
      unplaced: "src/{{folder}} has no layer: place it in src/layers.json.",
      package: "{{specifier}} may be imported only in src/{{homes}}, not in {{where}}: {{why}}.",
    },
  },
  create(context) {
    const root = path.resolve(context.options[0]?.root ?? context.cwd, "src");
    const file = context.filename;
    const fromFolder = folderOf(root, file);
    if (fromFolder === undefined) return {};
    const fromRank = fromFolder === "" ? Infinity : rankOf(fromFolder);
    const order = LAYERS.map((layer) => layer.folders.join("/")).join(" < ");

    function checkPackage(node, source) {
      const home = packageHomeOf(source);
      if (!home || home.folders.includes(fromFolder)) return;
      context.report({
        node,
        messageId: "package",
        data: { specifier: source, homes: home.folders.join(", src/"), where: fromFolder === "" ? "src/" : `src/${fromFolder}`, why: home.why },
      });
    }

    function check(node, source) {
      if (typeof source !== "string") return;
      if (!source.startsWith(".")) {
        checkPackage(node, source);
        return;
      }
      const toFolder = folderOf(root, path.resolve(path.dirname(file), source));
      if (toFolder === undefined || toFolder === "" || toFolder === fromFolder) return;
      const toRank = rankOf(toFolder);
      if (toRank === undefined) {
        context.report({ node, messageId: "unplaced", data: { folder: toFolder } });
        return;
      }
      if (fromRank === undefined || toRank < fromRank) return;
      context.report({
        node,
        messageId: "upward",
        data: {
          from: fromFolder,
          to: toFolder,
          fromLayer: LAYERS[fromRank].name,
          toLayer: LAYERS[toRank].name,
          direction: toRank === fromRank ? "they share a layer, and imports between them could form a cycle" : "that is upward",
          order,
        },
      });
    }

    return {
      Program(node) {
        if (fromRank === undefined) context.report({ node, messageId: "unplaced", data: { folder: fromFolder } });
      },
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
      TSImportType: (node) => {
        const argument = node.source ?? node.argument;
        const literal = argument?.type === "TSLiteralType" ? argument.literal : argument;
        if (literal?.type === "Literal") check(literal, literal.value);
      },
    };
  },
};

/** The folder directly under src/ that holds a path: "" for a file in src/ itself, undefined outside src/. */
function folderOf(root, file) {
  const relative = path.relative(root, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  const parts = relative.split(path.sep);
  return parts.length === 1 ? "" : parts[0];
}

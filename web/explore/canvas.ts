import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";
import fcose from "cytoscape-fcose";
import { KIND_STYLE, KINDS } from "../shared/kinds.js";
import { edgeLabel, edgeVisibility, type GraphModel } from "./graph-model.js";
import type { DayRange } from "./time-filter.js";

cytoscape.use(fcose);

const kindStyles: StylesheetJson = KINDS.map((kind) => ({
  selector: `node[kind = "${kind}"]`,
  style: { "background-color": KIND_STYLE[kind].colour, shape: KIND_STYLE[kind].shape },
}));

/** The canvas: kinds by colour and shape, CERTAIN facts solid, only-POSSIBLE facts dashed, shared meetings weighted. */
export function createCanvas(container: HTMLElement): Core {
  return cytoscape({
    container,
    selectionType: "additive",
    boxSelectionEnabled: false,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: "node",
        style: {
          label: "data(name)",
          "font-family": 'system-ui, "Noto Sans Thai", "Noto Sans Khmer", sans-serif',
          "font-size": 11,
          "text-wrap": "wrap",
          "text-max-width": "120px",
          "text-valign": "bottom",
          "text-margin-y": 4,
          color: "#1d232b",
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
          "text-background-padding": "1px",
          width: 26,
          height: 26,
          "border-width": 1,
          "border-color": "#ffffff",
        },
      },
      ...kindStyles,
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#f0a500" } },
      { selector: "node.card", style: { "underlay-color": "#0b5cad", "underlay-opacity": 0.25, "underlay-padding": 6 } },
      {
        selector: "edge",
        style: {
          width: 1.6,
          "line-color": "#7b8794",
          "target-arrow-color": "#7b8794",
          "target-arrow-shape": "triangle",
          "arrow-scale": 0.8,
          "curve-style": "bezier",
          label: "data(label)",
          "font-size": 9,
          color: "#4a5561",
          "text-rotation": "autorotate",
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.7,
        },
      },
      { selector: "edge.possible", style: { "line-style": "dashed", "line-dash-pattern": [6, 4], opacity: 0.8 } },
      { selector: "edge.met", style: { width: "mapData(weight, 1, 6, 2, 10)", "line-color": "#d9771f", "target-arrow-shape": "none" } },
      { selector: "edge.path", style: { "line-color": "#0b5cad", "target-arrow-color": "#0b5cad", width: 3.5, "z-index": 10 } },
      { selector: "edge:selected", style: { "line-color": "#f0a500", "target-arrow-color": "#f0a500" } },
      { selector: ".hidden", style: { display: "none" } },
    ] as StylesheetJson,
  });
}

/**
 * Brings the canvas in line with the model and the time range: adds what is new, removes
 * what went, and hides facts outside the range. Nodes left with no visible edge are
 * hidden too, unless they were placed by hand (`anchors`).
 */
export function syncCanvas(cy: Core, model: GraphModel, range: DayRange, anchors: Set<string>, pathEdges: Set<string>): { added: number } {
  const additions: ElementDefinition[] = [];
  for (const node of model.nodes.values()) {
    if (cy.getElementById(node.id).empty()) additions.push({ group: "nodes", data: { id: node.id, name: node.name, kind: node.kind } });
  }
  for (const edge of model.edges.values()) {
    if (cy.getElementById(edge.id).empty())
      additions.push({ group: "edges", data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: edgeLabel(edge), weight: 1 } });
  }
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      if (!model.edges.has(edge.id())) cy.remove(edge);
    });
    cy.nodes().forEach((node) => {
      if (!model.nodes.has(node.id())) cy.remove(node);
    });
    if (additions.length) cy.add(additions);
    cy.edges().forEach((element) => {
      const edge = model.edges.get(element.id());
      if (!edge) return;
      const { visibility, weight } = edgeVisibility(edge, range);
      element.toggleClass("hidden", visibility === "HIDDEN");
      element.toggleClass("possible", visibility === "POSSIBLE");
      element.toggleClass("met", edge.meetings !== undefined);
      element.toggleClass("path", pathEdges.has(edge.id));
      element.data("weight", weight);
      element.data("label", edgeLabel(edge, weight));
      element.data("certainty", visibility);
    });
    cy.nodes().forEach((node) => {
      const shown = anchors.has(node.id()) || node.connectedEdges().not(".hidden").nonempty();
      node.toggleClass("hidden", !shown);
    });
  });
  return { added: additions.length };
}

/** Lays out the graph; new nodes start beside the node they came from, so the picture moves little. */
export function layOut(cy: Core, around?: string): void {
  if (cy.nodes().length === 0) return;
  if (around) {
    const origin = cy.getElementById(around);
    if (origin.nonempty()) {
      const { x, y } = origin.position();
      cy.nodes().forEach((node) => {
        const p = node.position();
        if (p.x === 0 && p.y === 0 && node.id() !== around) node.position({ x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 });
      });
    }
  }
  const visible = cy.elements().not(".hidden");
  visible
    .layout({
      name: "fcose",
      animate: false,
      randomize: !around,
      quality: "default",
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: 110,
      nodeRepulsion: 9000,
      padding: 30,
    } as cytoscape.LayoutOptions)
    .run();
  fitView(cy);
}

/** Fits what is shown, but never zooms in so far that a handful of nodes fill the screen. */
export function fitView(cy: Core): void {
  const visible = cy.elements().not(".hidden");
  cy.fit(visible, 30);
  if (cy.zoom() > 1.25) {
    cy.zoom(1.25);
    cy.center(visible);
  }
}

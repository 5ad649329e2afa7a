/** The seven entity kinds, each with a colour and a shape, so that neither alone has to tell them apart. */
export const KINDS = ["Official", "Organisation", "Country", "Place", "Meeting", "Framework", "Topic"] as const;
export type Kind = (typeof KINDS)[number];

/** Shapes are cytoscape node shapes. */
export type Shape = "ellipse" | "round-rectangle" | "diamond" | "triangle" | "hexagon" | "star" | "pentagon";

export const KIND_STYLE: Record<Kind, { colour: string; shape: Shape; symbol: string }> = {
  Official: { colour: "#1f6fb4", shape: "ellipse", symbol: "●" },
  Organisation: { colour: "#2a8a3e", shape: "round-rectangle", symbol: "▬" },
  Country: { colour: "#c0392b", shape: "diamond", symbol: "◆" },
  Place: { colour: "#7d4fb0", shape: "triangle", symbol: "▲" },
  Meeting: { colour: "#d9771f", shape: "hexagon", symbol: "⬢" },
  Framework: { colour: "#7a5230", shape: "star", symbol: "★" },
  Topic: { colour: "#0f7478", shape: "pentagon", symbol: "⬟" },
};

export const isKind = (value: string): value is Kind => (KINDS as readonly string[]).includes(value);

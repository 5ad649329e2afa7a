import { describe, expect, it } from "vitest";
import type { ExportGraph } from "../../domain/export/export-graph.type.js";
import { csv, csvField } from "./csv.writer.js";
import { gexf } from "./gexf.writer.js";
import { graphml } from "./graphml.writer.js";
import { json } from "./json.writer.js";
import { xmlText } from "./xml-text.js";

const graph: ExportGraph = {
  title: `A "test" <graph> & more`,
  truncated: false,
  nodes: [
    { id: "official:a", kind: "Official", name: 'A, "the" first', countryId: null, country: null, aliases: ["Alpha", "อัลฟา"] },
    { id: "meeting:b", kind: "Meeting", name: "B\u0001 meeting", countryId: "country:KHM", country: "Cambodia", aliases: [] },
  ],
  edges: [
    {
      id: "fact:1",
      type: "PARTICIPATED_IN",
      source: "official:a",
      target: "meeting:b",
      role: "CHAIRED",
      title: null,
      mode: null,
      countryId: "country:KHM",
      certainStart: "2024-01-29",
      certainEnd: "2024-01-29",
      possibleStart: "2024-01-29",
      possibleEnd: "2024-01-29",
      certainty: "CERTAIN",
      disputed: false,
      evidence: [{ quote: 'He said, "yes"\non two lines.', inferred: false, articleId: "article:x", articleTitle: "T & T", url: null }],
    },
  ],
};

const text = (chunks: Iterable<string>) => [...chunks].join("");

describe("export writers", () => {
  it("escape XML and drop the characters XML cannot hold", () => {
    expect(xmlText(`a<b>&"c"\n\u0001\u{1F600}`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&#10;\u{1F600}");
  });

  it("quote CSV fields that hold commas, quotes or line breaks, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", twice\n')).toBe('"say ""hi"", twice\n"');
    expect(csvField(null)).toBe("");
  });

  it("write every node and edge in every format, with no raw control character", () => {
    for (const out of [text(graphml(graph)), text(gexf(graph)), text(csv(graph, "nodes")) + text(csv(graph, "edges")), text(json(graph))]) {
      for (const id of ["official:a", "meeting:b", "fact:1"]) expect(out).toContain(id);
      expect(out).not.toContain("\u0001");
    }
    expect(JSON.parse(text(json(graph))).elements.edges[0].data.evidence[0].quote).toBe(graph.edges[0]!.evidence[0]!.quote);
  });
});

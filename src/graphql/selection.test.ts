import { parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from "graphql";
import { describe, expect, it } from "vitest";
import { onceForSiblings, selectedAlong, selectedBelow, selectedFields } from "./selection.js";

function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition").map((d) => [d.name.value, d]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe("selectedFields", () => {
  it("finds fields through aliases, inline fragments and fragment spreads", () => {
    const info = infoOf(`{ official(id: "x") { n: name ... on Official { named } ...More } } fragment More on Official { counterparts { sharedMeetingCount } }`);
    expect([...selectedFields(info)].sort()).toEqual(["counterparts", "name", "named"]);
  });

  it("looks one level further down with selectedBelow", () => {
    const info = infoOf(`{ official(id: "x") { counterparts { entity { id } } other: counterparts { sharedMeetings { name } } } }`);
    expect([...selectedBelow(info, "counterparts")].sort()).toEqual(["entity", "sharedMeetings"]);
    expect(selectedBelow(info, "positions").size).toBe(0);
  });

  it("follows a path of fields with selectedAlong, through aliases and fragments at every step", () => {
    const info = infoOf(`{ connection(from: "a", to: "b") { steps { from { id } } s: steps { ...Ends } } } fragment Ends on PathStep { to { name ... on Meeting { start } } }`);
    expect([...selectedAlong(info, ["steps", "from"])]).toEqual(["id"]);
    expect([...selectedAlong(info, ["steps", "to"])].sort()).toEqual(["name", "start"]);
    expect(selectedAlong(info, ["steps", "relation"]).size).toBe(0);
  });
});

describe("onceForSiblings", () => {
  it("works a selection out once for every item sharing the same field nodes, and apart for other nodes or purposes", () => {
    const siblings = infoOf(`{ official(id: "x") { name } }`);
    const other = infoOf(`{ official(id: "x") { name } }`);
    let runs = 0;
    const work = () => ({ run: ++runs });
    const first = onceForSiblings(siblings, "relations", work);
    expect(onceForSiblings({ fieldNodes: siblings.fieldNodes }, "relations", work)).toBe(first);
    expect(onceForSiblings(siblings, "counterparts", work)).not.toBe(first);
    expect(onceForSiblings(other, "relations", work)).not.toBe(first);
    expect(runs).toBe(3);
  });
});

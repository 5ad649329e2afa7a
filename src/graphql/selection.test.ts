import { buildSchema, parse, type FragmentDefinitionNode, type GraphQLObjectType, type OperationDefinitionNode, type FieldNode } from "graphql";
import { describe, expect, it } from "vitest";
import { fieldsOn, onceForSiblings, selectedAlong, selectedBelow, selectedFields } from "./selection.js";

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

describe("fieldsOn", () => {
  const schema = buildSchema(`
    interface Entity { id: ID! }
    type Meeting implements Entity { id: ID! name: String places: [Link] participants(role: String): [Link] }
    type Official implements Entity { id: ID! positions: [Link] }
    type Link { id: ID }
    type Query { meetings: [Meeting] }`);
  const meeting = schema.getType("Meeting") as GraphQLObjectType;
  const fieldsIn = (source: string, variableValues: Record<string, unknown> = {}) => {
    const info = { ...infoOf(source), schema, variableValues };
    const fields = fieldsOn(info, meeting, info.fieldNodes);
    return Object.fromEntries([...fields].map(([key, nodes]) => [key, nodes.map((n) => n.name.value)]));
  };

  it("collects the fields an object of the type will be asked, by response name, through fragments that apply to it", () => {
    expect(
      fieldsIn(`{ meetings { id chaired: participants(role: "CHAIRED") { id } participants { id } ...Venue ... on Entity { id } ... on Official { positions { id } } } }
        fragment Venue on Meeting { places { id } participants { id } }`),
    ).toEqual({ id: ["id", "id"], chaired: ["participants"], participants: ["participants", "participants"], places: ["places"] });
  });

  it("leaves out what @skip and @include leave out, with their variables", () => {
    const source = `query ($skip: Boolean!) { meetings { name @include(if: false) places @skip(if: $skip) { id } ... @skip(if: true) { participants { id } } } }`;
    expect(fieldsIn(source, { skip: true })).toEqual({});
    expect(fieldsIn(source, { skip: false })).toEqual({ places: ["places"] });
  });
});

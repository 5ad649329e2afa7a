/**
 * JSON Schemas of the W3C Entity Reconciliation API, version 0.2, copied in structure from
 * the specification's repository (github.com/reconciliation-api/specs, 0.2/schemas/:
 * manifest.json, type.json, reconciliation-query-batch.json,
 * reconciliation-result-batch.json, suggest-entities-response.json), so the tests need
 * no network. Two changes, both noted where made: `$schema` ("http://json-schema.org/schema#",
 * which Ajv does not know) is left out, and the manifest's `authentication` property,
 * a reference into the Swagger 2 schema, is left out; this service declares no
 * authentication scheme in its manifest.
 */

export const TYPE_SCHEMA = {
  $id: "https://reconciliation-api.github.io/specs/0.2/schemas/type.json",
  type: "object",
  properties: {
    id: { type: "string" },
    name: { type: "string" },
    description: { type: "string" },
    broader: { type: "array", items: { $ref: "type.json" } },
  },
  required: ["id", "name"],
} as const;

const serviceDefinition = {
  type: "object",
  properties: {
    service_url: { type: "string" },
    service_path: { type: "string" },
    flyout_service_url: { type: "string" },
    flyout_service_path: { type: "string", pattern: ".*\\$\\{id\\}.*" },
  },
  required: [],
} as const;

export const MANIFEST_SCHEMA = {
  $id: "https://reconciliation-api.github.io/specs/0.2/schemas/manifest.json",
  type: "object",
  properties: {
    versions: { type: "array", items: { type: "string" }, contains: { enum: ["0.2"] } },
    name: { type: "string" },
    identifierSpace: { type: "string" },
    schemaSpace: { type: "string" },
    documentation: { type: "string" },
    serviceVersion: { type: "string" },
    logo: { type: "string" },
    // authentication: left out (a reference into the Swagger 2 schema; see above).
    view: { type: "object", properties: { url: { type: "string", pattern: ".*\\{\\{id\\}\\}.*" } }, required: ["url"] },
    feature_view: { type: "object", properties: { url: { type: "string", pattern: ".*\\{\\{id\\}\\}.*" } }, required: ["url"] },
    defaultTypes: { type: "array", items: { $ref: "type.json" }, uniqueItems: true },
    suggest: {
      type: "object",
      properties: { entity: serviceDefinition, property: serviceDefinition, type: serviceDefinition },
    },
    preview: {
      type: "object",
      properties: {
        url: { type: "string", pattern: ".*\\{\\{id\\}\\}.*" },
        width: { type: "integer" },
        height: { type: "integer" },
      },
      required: ["url", "width", "height"],
    },
    extend: { type: "object" },
  },
  required: ["versions", "name", "identifierSpace", "schemaSpace"],
} as const;

const propertyValue = {
  oneOf: [{ type: "string" }, { type: "number" }, { type: "boolean" }, { type: "object", properties: { id: { type: "string" }, name: { type: "string" } }, required: ["id"] }],
} as const;

export const QUERY_BATCH_SCHEMA = {
  $id: "https://reconciliation-api.github.io/specs/0.2/schemas/reconciliation-query.json",
  type: "object",
  patternProperties: {
    "^.*$": {
      type: "object",
      properties: {
        query: { type: "string" },
        type: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
        limit: { type: "number" },
        properties: {
          type: "array",
          items: {
            type: "object",
            properties: { pid: { type: "string" }, v: { oneOf: [propertyValue, { type: "array", items: propertyValue }] } },
            required: ["pid", "v"],
          },
        },
        type_strict: { type: "string", enum: ["any", "should", "all"] },
      },
      anyOf: [{ required: ["query"] }, { required: ["properties"], properties: { properties: { type: "array", minItems: 1 } } }],
      additionalProperties: false,
    },
  },
} as const;

const typeRef = {
  oneOf: [{ type: "object", properties: { id: { type: "string" }, name: { type: "string" } }, required: ["id"] }, { type: "string" }],
} as const;

export const RESULT_BATCH_SCHEMA = {
  $id: "https://reconciliation-api.github.io/specs/0.2/schemas/reconciliation-result-batch.json",
  type: "object",
  patternProperties: {
    "^.*$": {
      type: "object",
      properties: {
        result: {
          type: "array",
          items: {
            type: "object",
            properties: {
              id: { type: "string" },
              name: { type: "string" },
              description: { type: "string" },
              score: { type: "number" },
              features: {
                type: "array",
                items: { type: "object", properties: { id: { type: "string" }, value: { oneOf: [{ type: "boolean" }, { type: "number" }] } } },
              },
              match: { type: "boolean" },
              type: { type: "array", items: typeRef },
            },
            required: ["id", "name", "score"],
          },
        },
      },
      required: ["result"],
    },
  },
} as const;

export const SUGGEST_ENTITIES_SCHEMA = {
  $id: "https://reconciliation-api.github.io/specs/0.2/schemas/suggest-entities-response.json",
  type: "object",
  properties: {
    result: {
      type: "array",
      items: {
        type: "object",
        properties: { id: { type: "string" }, name: { type: "string" }, description: { type: "string" }, notable: { type: "array", items: typeRef } },
        required: ["id", "name"],
      },
    },
  },
  required: ["result"],
} as const;

/**
 * The example operations GraphiQL opens with, one tab each. They double as the
 * README's "analyst recipes", and tests run them, so they stay valid as the schema grows.
 */
export interface Recipe {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const RECIPES: Recipe[] = [
  {
    title: "Countries in the graph",
    query: `# Countries in the graph, with their ISO codes.
query Countries {
  countries(first: 20) {
    totalCount
    nodes { id name isoCode }
  }
}`,
  },
];

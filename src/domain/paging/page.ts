/** A page of a list: its items, where it sits, and how many match across all pages. */
export interface Page<T> {
  /** null when the caller did not ask for it: counting is a second walk over every match. */
  totalCount: number | null;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

/** A page of a list: its items, where it sits, and how many match across all pages. */
export interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

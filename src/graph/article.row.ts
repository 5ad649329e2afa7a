/** An article as the queries return it: its node properties. */
export interface ArticleRow {
  id: string;
  title: string;
  language: string;
  url: string | null;
  text: string;
  publisherId?: string | null;
  [property: string]: unknown;
}

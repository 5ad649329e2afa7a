/** Wording shared by the filters of several lists, so the same argument reads the same everywhere in GraphiQL. */
export const NAME_FILTER = 'Part of the name or of any alias, in any case and with or without diacritics, e.g. "phnom" or "MFAIC".';
export const FROM_FILTER =
  "Only those whose date could fall on or after this day. Partial dates count when they overlap: a date known only as 2022-02 matches a range on 2022-02-07.";
export const TO_FILTER = "Only those whose date could fall on or before this day. Partial dates count when they overlap the range.";
export const PAGE_SIZE = "At most this many items on the page (default and maximum set by the server; a larger number is refused).";
export const AFTER =
  "Continue after this item: the `pageInfo.endCursor` of the previous page of this list. It must come from the same order (a cursor from another order or list is refused); keep the same filter to walk one result set.";

/** A client's own id for a request, echoed in its log line so both sides can find it. */
export const REQUEST_ID_HEADER = "x-request-id";

/** Only a short, plain id is logged; anything else is dropped rather than written to the log. */
export function readRequestId(header: string | undefined | null): string | undefined {
  return header && /^[A-Za-z0-9._:-]{1,64}$/.test(header) ? header : undefined;
}

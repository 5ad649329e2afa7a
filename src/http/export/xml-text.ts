/** Whether XML 1.0 can hold a character at all, even escaped: tab, line feed, carriage return and the printable planes. */
export function allowed(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
}

/** Text safe in XML content and in double-quoted attributes. */
export function xmlText(value: unknown): string {
  return [...String(value ?? "")]
    .filter(allowed)
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/** A Cypher statement with a name, so logs and counters say which query ran without printing it. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

/**
 * A statement as it is sent: comments dropped and every run of whitespace made one space,
 * outside string literals and backquoted names, which are kept exactly. The named queries
 * are written indented and commented for people; Bolt sends a statement's whole text with
 * every request, and the driver writes a message longer than its 1,400-byte buffer to the
 * socket in pieces, so the layout cost a second write per request on the longer statements.
 */
export function compactCypher(text: string): string {
  let out = "";
  let space = false;
  let i = 0;
  const emit = (chunk: string) => {
    if (space && out !== "") out += " ";
    space = false;
    out += chunk;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === "\\" && c !== "`" ? 2 : 1;
      emit(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i += 1;
      space = true;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 2;
      space = true;
    } else if (/\s/.test(c)) {
      space = true;
      i += 1;
    } else {
      emit(c);
      i += 1;
    }
  }
  return out;
}

export const cypher = (name: string, text: string): CypherQuery => ({ name, text: compactCypher(text) });

/** One line that redraws in place on a terminal: `[#####-----]  3/10  file.json`. */
export function renderProgress(done: number, total: number, label: string, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const counter = `${String(done).padStart(String(total).length)}/${total}`;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${counter}  ${label}`;
}

export interface Progress {
  update(done: number, total: number, label: string): void;
  /** A line that stays, printed above the bar. */
  log(line: string): void;
  done(): void;
}

/** A redrawing bar on a terminal; plain lines when the output is a file or a pipe (CI logs). */
export function createProgress(stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY) {
    return { update: (done, total, label) => void stream.write(`${done}/${total} ${label}\n`), log: (line) => void stream.write(`${line}\n`), done: () => undefined };
  }
  let last = "";
  const clear = () => stream.write(`\r${" ".repeat(last.length)}\r`);
  return {
    update(done, total, label) {
      clear();
      last = renderProgress(done, total, label, Math.min(30, Math.max(10, (stream.columns ?? 80) - 40)));
      stream.write(last);
    },
    log(line) {
      clear();
      stream.write(`${line}\n`);
      if (last) stream.write(last);
    },
    done() {
      clear();
      last = "";
    },
  };
}

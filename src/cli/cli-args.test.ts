import { describe, expect, it } from "vitest";
import { parseIngestArgs, UsageError } from "./cli-args.js";

describe("parseIngestArgs", () => {
  it("reads files and the dry-run flag in any order", () => {
    expect(parseIngestArgs(["a.json", "--dry-run", "b.json"])).toEqual({ files: ["a.json", "b.json"], dryRun: true, help: false });
  });
  it("refuses an unknown option, naming it and what is accepted", () => {
    expect(() => parseIngestArgs(["--force", "a.json"])).toThrowError("Unknown option --force: expected --dry-run or --help.");
    expect(() => parseIngestArgs(["--force"])).toThrow(UsageError);
  });
  it("needs at least one file, unless asked for help", () => {
    expect(() => parseIngestArgs(["--dry-run"])).toThrowError(/No files given/);
    expect(parseIngestArgs(["--help"]).help).toBe(true);
  });
});

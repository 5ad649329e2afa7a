import { describe, expect, it } from "vitest";
import { parseIngestArgs, UsageError } from "./cli-args.js";

describe("parseIngestArgs", () => {
  it("reads files and the dry-run flag in any order", () => {
    expect(parseIngestArgs(["a.json", "--dry-run", "b.json"])).toEqual({ files: ["a.json", "b.json"], dryRun: true, help: false });
  });
  it("refuses an unknown option, naming it and what is accepted", () => {
    expect(() => parseIngestArgs(["--force", "a.json"])).toThrowError("Unknown option --force: expected --dry-run, --batch N or --help.");
    expect(() => parseIngestArgs(["--force"])).toThrow(UsageError);
  });
  it("needs at least one file, unless asked for help", () => {
    expect(() => parseIngestArgs(["--dry-run"])).toThrowError(/No files given/);
    expect(parseIngestArgs(["--help"]).help).toBe(true);
  });
  it("takes the short forms, alone or grouped", () => {
    expect(parseIngestArgs(["-n", "a.json"])).toEqual({ files: ["a.json"], dryRun: true, help: false });
    expect(parseIngestArgs(["-nh"])).toEqual({ files: [], dryRun: true, help: true });
    expect(() => parseIngestArgs(["-x", "a.json"])).toThrowError("Unknown option -x: expected --dry-run, --batch N or --help.");
  });
  it("refuses a value given to a flag", () => {
    expect(() => parseIngestArgs(["--dry-run=yes", "a.json"])).toThrowError("Option --dry-run takes no value.");
  });
  it("reads the articles per transaction, a whole number of 1 or more", () => {
    expect(parseIngestArgs(["--batch", "10", "a.json"])).toEqual({ files: ["a.json"], dryRun: false, help: false, batch: 10 });
    expect(parseIngestArgs(["a.json", "--batch=1"]).batch).toBe(1);
    for (const bad of [
      ["--batch", "0", "a.json"],
      ["--batch", "x", "a.json"],
      ["--batch=2.5", "a.json"],
      ["a.json", "--batch"],
    ]) {
      expect(() => parseIngestArgs(bad)).toThrowError("Option --batch takes a whole number of articles, 1 or more.");
    }
  });
  it("reads everything after -- as a file, even a name starting with a dash", () => {
    expect(parseIngestArgs(["--dry-run", "--", "-odd.json"])).toEqual({ files: ["-odd.json"], dryRun: true, help: false });
  });
});

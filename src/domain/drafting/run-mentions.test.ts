import { describe, expect, it } from "vitest";
import { runMentions } from "./run-mentions.js";
import { segmentWords, wordBoundaries } from "./segment.js";

const run = (text: string, script: "th" | "km") => runMentions(text, script, wordBoundaries(segmentWords(text, script)));
const pairs = (text: string, script: "th" | "km") => run(text, script).map((m) => [m.kind, m.text]);

describe("runMentions in Thai", () => {
  it("reads a person after an honorific, given name and family name, and an organisation inside the office after it", () => {
    const found = pairs("นายสมชาย ใจดี อธิบดีกรมสารนิเทศ เป็นประธาน", "th");
    expect(found).toContainEqual(["Official", "สมชาย ใจดี"]);
    expect(found).toContainEqual(["Organisation", "กรมสารนิเทศ"]);
    expect(found.filter(([k]) => k === "Official")).toHaveLength(1);
  });

  it("reads a ministry, a capital city and a framework with its year", () => {
    const found = pairs("ผู้แทนกระทรวงพาณิชย์ ณ กรุงเวียงจันทน์ หารือวิสัยทัศน์ประชาคม ค.ศ. ๒๐๒๕ ต่อไป", "th");
    expect(found).toContainEqual(["Organisation", "กระทรวงพาณิชย์"]);
    expect(found).toContainEqual(["Place", "กรุงเวียงจันทน์"]);
    expect(found).toContainEqual(["Framework", "วิสัยทัศน์ประชาคม ค.ศ. ๒๐๒๕"]);
  });

  it("reads a meeting's ordinal in Thai digits", () => {
    const [m] = run("การประชุมรัฐมนตรีเศรษฐกิจ ครั้งที่ ๕๖ ", "th").filter((x) => x.kind === "Meeting");
    expect(m!.detail.ordinal).toBe(56);
  });

  it("takes an office with no name before it for an official known by office", () => {
    const found = run("โดยมีเลขาธิการอาเซียนเป็นประธาน", "th").filter((m) => m.kind === "Official");
    expect(found.map((m) => [m.text, m.detail.title])).toEqual([["เลขาธิการอาเซียน", "Secretary-General"]]);
  });
});

describe("runMentions in Khmer", () => {
  it("reads a person after ឯកឧត្តម and stops at the office", () => {
    expect(pairs("ឯកឧត្តម ប្រាក់ សុខុន ឧបនាយករដ្ឋមន្ត្រី បានថ្លែង", "km")).toContainEqual(["Official", "ប្រាក់ សុខុន"]);
  });

  it("reads a ministry and a meeting with its ordinal", () => {
    const found = run("ក្រសួងការបរទេស បានចូលរួមកិច្ចប្រជុំមន្ត្រីជាន់ខ្ពស់អាស៊ាន លើកទី១៧ ", "km");
    expect(found.map((m) => [m.kind, m.text])).toContainEqual(["Organisation", "ក្រសួងការបរទេស"]);
    expect(found.find((m) => m.kind === "Meeting")?.detail.ordinal).toBe(17);
  });
});

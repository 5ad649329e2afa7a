import { describe, expect, it } from "vitest";
import { certaintyOn, spanOf, storedSpan } from "./certainty.js";
import { DateInputError, parsePartialValue } from "./partial-date.js";

const b = (v: string) => {
  const { earliest, latest } = parsePartialValue(v);
  return { earliest, latest };
};

describe("appointed 2023-08, observed 2024-01-29, no end known", () => {
  const span = spanOf({ from: b("2023-08"), observations: [b("2024-01-29")] });

  it("builds the certain and possible intervals", () => {
    expect(span).toEqual({ certainStart: "2023-08-31", certainEnd: "2024-01-29", possibleStart: "2023-08-01" });
  });
  it("is CERTAIN between the end of the appointment month and the sighting", () => {
    expect(certaintyOn(span, "2023-12-01")).toBe("CERTAIN");
    expect(certaintyOn(span, "2023-08-31")).toBe("CERTAIN");
    expect(certaintyOn(span, "2024-01-29")).toBe("CERTAIN");
  });
  it("is only POSSIBLE within the appointment month and after the sighting", () => {
    expect(certaintyOn(span, "2023-08-15")).toBe("POSSIBLE");
    expect(certaintyOn(span, "2023-08-01")).toBe("POSSIBLE");
    expect(certaintyOn(span, "2024-01-30")).toBe("POSSIBLE");
    expect(certaintyOn(span, "2030-01-01")).toBe("POSSIBLE");
  });
  it("is null before the appointment could have happened", () => {
    expect(certaintyOn(span, "2023-07-31")).toBeNull();
  });
});

describe("spanOf", () => {
  it("makes no day certain from a single month-precision sighting", () => {
    const span = spanOf({ observations: [b("2024-05")] });
    expect(span.certainStart).toBeUndefined();
    expect(span.certainEnd).toBeUndefined();
    expect(certaintyOn(span, "2024-05-15")).toBe("POSSIBLE");
  });

  it("makes a single day-precision sighting certain on that day only", () => {
    const span = spanOf({ observations: [b("2024-05-09")] });
    expect(certaintyOn(span, "2024-05-09")).toBe("CERTAIN");
    expect(certaintyOn(span, "2024-05-10")).toBe("POSSIBLE");
  });

  it("assumes continuity between two sightings", () => {
    const span = spanOf({ observations: [b("2024-05"), b("2024-09")] });
    expect(span).toMatchObject({ certainStart: "2024-05-31", certainEnd: "2024-09-01" });
    expect(certaintyOn(span, "2024-07-04")).toBe("CERTAIN");
  });

  it("uses from and until alone when there are no sightings", () => {
    const span = spanOf({ from: b("2020"), until: b("2022-03"), observations: [] });
    expect(span).toEqual({
      certainStart: "2020-12-31",
      certainEnd: "2022-03-01",
      possibleStart: "2020-01-01",
      possibleEnd: "2022-03-31",
    });
    expect(certaintyOn(span, "2022-03-15")).toBe("POSSIBLE");
    expect(certaintyOn(span, "2022-04-01")).toBeNull();
  });

  it("makes nothing certain from a start alone", () => {
    const span = spanOf({ from: b("2023-08-01"), observations: [] });
    expect(span).toEqual({ possibleStart: "2023-08-01" });
  });

  it("makes nothing certain when start and end are coarse and close", () => {
    const span = spanOf({ from: b("2024"), until: b("2024"), observations: [] });
    expect(span.certainStart).toBeUndefined();
    expect(certaintyOn(span, "2024-06-01")).toBe("POSSIBLE");
    expect(certaintyOn(span, "2025-01-01")).toBeNull();
  });

  it("leaves everything possible when nothing is known", () => {
    const span = spanOf({ observations: [] });
    expect(span).toEqual({});
    expect(certaintyOn(span, "1999-01-01")).toBe("POSSIBLE");
  });
});

describe("certaintyOn", () => {
  it("refuses a partial or malformed day", () => {
    expect(() => certaintyOn({}, "2024-05")).toThrow(DateInputError);
    expect(() => certaintyOn({}, "2023-02-29")).toThrow(DateInputError);
  });
});

describe("storedSpan", () => {
  it("reads the four stored days and leaves out those that are missing or not days", () => {
    expect(storedSpan({ certainStart: "2024-01-01", certainEnd: null, possibleStart: "2023-12-01", title: "Minister", possibleEnd: 7 })).toEqual({
      certainStart: "2024-01-01",
      possibleStart: "2023-12-01",
    });
  });
});

describe("certain lies within possible", () => {
  const year = (y: string) => ({ earliest: `${y}-01-01`, latest: `${y}-12-31` });
  it.each([
    ["a sighting after the stated end", { from: year("2016"), until: year("2023"), observations: [year("2025")] }],
    ["a sighting before the stated start", { from: year("2016"), until: year("2023"), observations: [{ earliest: "2015-06-01", latest: "2015-06-01" }] }],
    ["sightings only", { observations: [year("2020"), year("2021")] }],
    ["a sighting inside", { from: year("2016"), until: year("2023"), observations: [{ earliest: "2020-05-05", latest: "2020-05-05" }] }],
  ])("holds for %s", (_name, input) => {
    const span = spanOf(input);
    if (span.certainStart !== undefined && span.possibleStart !== undefined) expect(span.possibleStart <= span.certainStart).toBe(true);
    if (span.certainEnd !== undefined && span.possibleEnd !== undefined) expect(span.certainEnd <= span.possibleEnd).toBe(true);
    for (const day of ["2015-06-01", "2016-06-01", "2020-05-05", "2023-06-01", "2025-06-01"]) {
      if (certaintyOn(span, day) === "CERTAIN") expect(span.possibleStart === undefined || span.possibleStart <= day, day).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { Circuit } from "./circuit.js";

const never = () => new Promise<never>(() => undefined);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("Circuit", () => {
  it("lets quick work through without probing", async () => {
    let probes = 0;
    const circuit = new Circuit(async () => void (probes += 1), { probeAfterMs: 50, probeTimeoutMs: 50 });
    expect(await circuit.guard(async () => 42)).toBe(42);
    await sleep(80);
    expect(probes).toBe(0);
  });

  it("answers every waiting call UNAVAILABLE once one shared probe fails, and refuses new ones at once", async () => {
    let probes = 0;
    const circuit = new Circuit(async () => {
      probes += 1;
      throw new Error("refused");
    }, { probeAfterMs: 30, probeTimeoutMs: 50 });
    const waiting = Array.from({ length: 20 }, () => circuit.guard(never).catch((e: { extensions: { code: string } }) => e.extensions.code));
    expect(await Promise.all(waiting)).toEqual(Array(20).fill("UNAVAILABLE"));
    expect(probes).toBe(1);
    expect(circuit.isOpen).toBe(true);
    await expect(circuit.guard(async () => 1)).rejects.toMatchObject({ extensions: { code: "UNAVAILABLE" } });
    circuit.dispose();
  });

  it("counts a probe that hangs as a failure", async () => {
    const circuit = new Circuit(never, { probeAfterMs: 10, probeTimeoutMs: 20 });
    await expect(circuit.guard(never)).rejects.toMatchObject({ extensions: { code: "UNAVAILABLE" } });
    circuit.dispose();
  });

  it("keeps slow work running while the probe succeeds, and closes again once the database answers", async () => {
    let up = true;
    const circuit = new Circuit(async () => {
      if (!up) throw new Error("down");
    }, { probeAfterMs: 10, probeTimeoutMs: 20 });
    expect(await circuit.guard(async () => (await sleep(60), "slow"))).toBe("slow");
    up = false;
    await expect(circuit.guard(never)).rejects.toMatchObject({ extensions: { code: "UNAVAILABLE" } });
    up = true;
    await sleep(40);
    expect(circuit.isOpen).toBe(false);
    expect(await circuit.guard(async () => "back")).toBe("back");
    circuit.dispose();
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { type CpuProfile, profileTables, summariseProfile } from "./support/cpu-profile.js";

/**
 * Prints where a process spent its busy CPU time, from the `.cpuprofile` files `node
 * --cpu-prof` wrote. Profile Diplograph under one question of the benchmark with:
 *
 *   npm run bench -- --facts 100000 --questions P2 --concurrency 10 --duration 20 --rounds 1 \
 *     --server-flags=--max-old-space-size=256,--max-semi-space-size=8,--cpu-prof,--cpu-prof-dir=.data/profiles
 *   node --import tsx bench/profile-summary.ts .data/profiles/*.cpuprofile
 */
const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: node --import tsx bench/profile-summary.ts <file.cpuprofile>…\n");
  process.exit(2);
}
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  process.stdout.write(`## ${path.basename(file)}\n\n${profileTables(summariseProfile(profile))}\n\n`);
}

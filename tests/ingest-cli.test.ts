import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { cliAuthor } from "../src/cli/cli-author.js";
import { PROJECT_ROOT } from "../src/config/config.js";
import { corpusFiles } from "../src/corpus/corpus-files.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { ArticleBuilder, meeting, official } from "./support/article-builder.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
const dir = mkdtempSync(path.join(tmpdir(), "diplograph-cli-"));
beforeAll(async () => {
  helper = await TestHelper.create();
});
afterAll(async () => {
  await helper.close();
  rmSync(dir, { recursive: true, force: true });
});

function runIngest(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const target = inject("neo4j");
  const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src", "cli", "ingest.cli.ts"), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USERNAME: target.username ?? "", NEO4J_PASSWORD: target.password ?? "", NEO4J_DATABASE: target.database, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr += c));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

const ownArticle = (name: string) => {
  const person = helper.id("official");
  const event = helper.id("meeting");
  const builder = new ArticleBuilder(helper, name)
    .entity(official(person, `${name} Person`))
    .entity(meeting(event, `${name} Meeting`, "2025-02"))
    .fact({ type: "PARTICIPATED_IN", subject: person, object: event, role: "ATTENDED" }, `${name} Person attended the ${name} Meeting.`);
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(builder.build(), null, 2));
  return { file, id: builder.id, person };
};

const articleExists = async (id: string) =>
  (await helper.executor.read<{ n: number }>(cypher("test.articleExists", `MATCH (a:Article {id: $id}) RETURN count(a) AS n`), { id }))[0]?.n === 1;

describe("npm run ingest", () => {
  it("validates the corpus files in a dry run, reports them, and keeps nothing", async () => {
    const own = ownArticle("Dryrun");
    const { code, stdout, stderr } = await runIngest(["--dry-run", ...corpusFiles(), own.file]);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^Dry run: nothing was kept\./m);
    expect(stdout).toMatch(/Summary: 6 would load \(\d+ created, \d+ updated, \d+ unchanged\), 0 invalid, 0 failed\./);
    expect(stdout).toContain("Dryrun.json  created");
    expect(await articleExists(own.id)).toBe(false);
  });

  it("loads the valid files, reports the broken one with its problem, and exits non-zero", async () => {
    const good = ownArticle("Good");
    const broken = path.join(dir, "broken.json");
    writeFileSync(
      broken,
      JSON.stringify({
        formatVersion: 1,
        article: { id: helper.id("article"), title: "Broken", language: "en", text: "Text." },
        entities: [],
        facts: [{ type: "HELD_IN", subject: "meeting:zzzzzzzzzz", object: "place:zzzzzzzzzz", evidence: [{ quote: "Text." }] }],
      }),
    );
    const notJson = path.join(dir, "not-json.json");
    writeFileSync(notJson, "{ this is not json");
    const { code, stdout, stderr } = await runIngest([good.file, broken, notJson]);
    expect(code).toBe(1);
    expect(stderr).toContain("broken.json is invalid:");
    expect(stderr).toContain("facts[0].subject: unknown id meeting:zzzzzzzzzz");
    expect(stderr).toMatch(/not-json\.json is invalid:\n\s+- \(file\): not valid JSON/);
    expect(stdout).toContain("Good.json  created");
    expect(stdout).toContain("Summary: 1 loaded (1 created, 0 updated, 0 unchanged), 2 invalid, 0 failed.");
    expect(await articleExists(good.id)).toBe(true);
    const revisions = await helper.execute(`query($id: ID!) { revisions(article: $id) { action by via } }`, { id: good.id });
    expect(revisions.data?.revisions).toEqual([{ action: "CREATED", by: cliAuthor().by, via: "CLI" }]);
  });

  it("writes a batch together, and when one article of it cannot be written, writes the others one by one and reports that one as failed", async () => {
    const first = ownArticle("BatchFirst");
    const conflict = ownArticle("BatchConflict");
    const last = ownArticle("BatchLast");
    // A stray node the load does not know as an entity: declaring its id as an official breaks the officials' uniqueness constraint.
    await helper.executor.write(cypher("test.strayOfficial", `CREATE (:Official {id: $id})`), { id: conflict.person });
    const { code, stdout, stderr } = await runIngest([first.file, conflict.file, last.file]);
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/BatchConflict\.json: .*ConstraintValidationFailed/);
    expect(stdout).toContain("BatchFirst.json  created");
    expect(stdout).toContain("BatchConflict.json  FAILED");
    expect(stdout).toContain("BatchLast.json  created");
    expect(stdout).toContain("Summary: 2 loaded (2 created, 0 updated, 0 unchanged), 0 invalid, 1 failed.");
    expect(await articleExists(first.id)).toBe(true);
    expect(await articleExists(last.id)).toBe(true);
    expect(await articleExists(conflict.id)).toBe(false);
    for (const id of [first.id, last.id]) {
      const revisions = await helper.execute(`query($id: ID!) { revisions(article: $id) { action via } }`, { id });
      expect(revisions.data?.revisions).toEqual([{ action: "CREATED", via: "CLI" }]);
    }
  });

  it("shows progress for each file", async () => {
    const a = ownArticle("ProgressA");
    const b = ownArticle("ProgressB");
    const { code, stderr } = await runIngest(["--dry-run", a.file, b.file]);
    expect(code).toBe(0);
    expect(stderr).toContain("1/2 ProgressA.json");
    expect(stderr).toContain("2/2 ProgressB.json");
  });

  it("says what went wrong with the database, in Neo4j's words, when it cannot use it", async () => {
    const own = ownArticle("NoDatabase");
    const { code, stderr } = await runIngest([own.file], { NEO4J_DATABASE: "nosuchdatabase" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ingest failed: Neo\.ClientError\.Database\.DatabaseNotFound: .*nosuchdatabase/m);
    expect(stderr).not.toContain("The server failed to answer this request");
  });

  it("refuses bad usage with exit code 2 and the usage text", async () => {
    const { code, stderr } = await runIngest(["--force"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option --force");
    expect(stderr).toContain("Usage: npm run ingest");
  });
});

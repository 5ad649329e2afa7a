import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { delimiter, join, relative, sep } from "node:path";
import { PROJECT_ROOT } from "../../config/config.js";

/** Where the built launcher lives; `classpath` is ready to pass to `java -cp`. */
export interface LauncherPaths {
  jar: string;
  libDir: string;
  classpath: string;
}

const LAUNCHER_DIR = "neo4j-launcher";
const JAR_NAME = "diplograph-neo4j-launcher.jar";
const STAMP_NAME = ".build-stamp";
const LOCK_NAME = ".build-lock";
/** A first build downloads ~120 MB of jars; on a slow mirror that can take minutes. */
const LOCK_WAIT_MS = 10 * 60_000;
const LOCK_STALE_MS = 10 * 60_000;
const LOCK_POLL_MS = 1_000;
const OUTPUT_TAIL_LINES = 40;
const OUTPUT_KEEP_CHARS = 64 * 1024;
const MIN_JAVA_MAJOR = 17;

const MISSING_TOOLCHAIN = "The embedded Neo4j needs Java 17+ (`java`) and Maven 3 (`mvn`) on PATH, " + "or set NEO4J_URI to use an existing Neo4j server instead.";

/**
 * Builds the Java launcher once and reuses it while its sources are unchanged, so only the first
 * run needs Maven Central and every later start works offline and without Maven's start-up cost.
 */
export async function ensureLauncherBuilt(log: (msg: string) => void): Promise<LauncherPaths> {
  const launcherDir = join(PROJECT_ROOT, LAUNCHER_DIR);
  if (!existsSync(join(launcherDir, "pom.xml"))) {
    throw new Error(`The embedded Neo4j launcher sources are missing: no ${LAUNCHER_DIR}/pom.xml in the project.`);
  }
  const targetDir = join(launcherDir, "target");
  const paths = launcherPaths(targetDir);
  const stampFile = join(targetDir, STAMP_NAME);
  const sourceHash = await hashLauncherSources(launcherDir);

  if (await isUpToDate(paths, stampFile, sourceHash)) {
    return paths;
  }

  await mkdir(targetDir, { recursive: true });
  const release = await acquireBuildLock(join(targetDir, LOCK_NAME), log);
  try {
    // Another process may have finished the same build while we waited for the lock.
    if (await isUpToDate(paths, stampFile, sourceHash)) {
      return paths;
    }
    const neo4jVersion = await readNeo4jVersion(launcherDir);
    log(`Building the embedded Neo4j launcher: the first run fetches Neo4j ${neo4jVersion} from Maven Central, later runs start offline…`);
    const started = Date.now();
    await checkJava(neo4jVersion);
    // A build that dies halfway must not leave a stamp vouching for a half-written jar.
    await rm(stampFile, { force: true });
    await runMaven(launcherDir);
    if (!(await hasBuildOutputs(paths))) {
      throw new Error(`Maven finished but ${LAUNCHER_DIR}/target has no ${JAR_NAME} and lib/; the build did not produce the launcher.`);
    }
    await writeFile(stampFile, `${sourceHash}\n`, "utf8");
    log(`Built the embedded Neo4j launcher in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return paths;
  } finally {
    await release();
  }
}

/**
 * The JVM that runs the launcher should be the one Maven compiled it with, and Maven prefers
 * JAVA_HOME over PATH, so the same preference applies here.
 */
export function javaExecutable(): string {
  const javaHome = process.env.JAVA_HOME;
  if (javaHome) {
    const candidate = join(javaHome, "bin", process.platform === "win32" ? "java.exe" : "java");
    if (existsSync(candidate)) return candidate;
  }
  return "java";
}

/** The message to show when the Java/Maven toolchain is absent. */
export function missingToolchainMessage(): string {
  return MISSING_TOOLCHAIN;
}

function launcherPaths(targetDir: string): LauncherPaths {
  const jar = join(targetDir, JAR_NAME);
  const libDir = join(targetDir, "lib");
  // The JVM expands a trailing `*` itself, which keeps the command line short.
  return { jar, libDir, classpath: [jar, join(libDir, "*")].join(delimiter) };
}

/** pom.xml stays the single place the version is set; here it only feeds messages. */
async function readNeo4jVersion(launcherDir: string): Promise<string> {
  const pom = await readFile(join(launcherDir, "pom.xml"), "utf8");
  return /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pom)?.[1] ?? "5.26";
}

async function hashLauncherSources(launcherDir: string): Promise<string> {
  const hash = createHash("sha256");
  const files = ["pom.xml", ...(await listFiles(join(launcherDir, "src"))).map((f) => relative(launcherDir, f))];
  files.sort();
  for (const file of files) {
    // Paths are hashed too, so renaming or moving a source also triggers a rebuild.
    hash.update(file.split(sep).join("/"));
    hash.update("\0");
    hash.update(await readFile(join(launcherDir, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

async function hasBuildOutputs(paths: LauncherPaths): Promise<boolean> {
  if (!existsSync(paths.jar) || !existsSync(paths.libDir)) return false;
  const libs = await readdir(paths.libDir);
  return libs.some((name) => name.endsWith(".jar"));
}

async function isUpToDate(paths: LauncherPaths, stampFile: string, sourceHash: string): Promise<boolean> {
  if (!(await hasBuildOutputs(paths))) return false;
  try {
    return (await readFile(stampFile, "utf8")).trim() === sourceHash;
  } catch {
    return false;
  }
}

/**
 * mkdir is atomic, so it serves as a cross-process lock without extra dependencies. A lock is
 * broken when its owner is gone or it is older than any sane build, so a crashed build never
 * blocks later runs for long.
 */
async function acquireBuildLock(lockDir: string, log: (msg: string) => void): Promise<() => Promise<void>> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  const ownerFile = join(lockDir, "owner");
  let announced = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(ownerFile, `${process.pid}\n`, "utf8");
      return () => rm(lockDir, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const lockInfo = await describeLock(lockDir, ownerFile);
    if (lockInfo === undefined) continue; // released between our mkdir and stat
    if (lockInfo.ownerGone || lockInfo.ageMs > LOCK_STALE_MS || Date.now() > deadline) {
      log("Removing a stale embedded Neo4j launcher build lock");
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!announced) {
      log("Another process is building the embedded Neo4j launcher; waiting for it…");
      announced = true;
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

async function describeLock(lockDir: string, ownerFile: string): Promise<{ ageMs: number; ownerGone: boolean } | undefined> {
  let ageMs: number;
  try {
    ageMs = Date.now() - (await stat(lockDir)).mtimeMs;
  } catch {
    return undefined;
  }
  let ownerGone = false;
  try {
    const pid = Number.parseInt(await readFile(ownerFile, "utf8"), 10);
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 0);
      } catch (err) {
        ownerGone = (err as NodeJS.ErrnoException).code === "ESRCH";
      }
    }
  } catch {
    // The owner may not have written its pid yet; fall back to the age check.
  }
  return { ageMs, ownerGone };
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Output is captured, not inherited, so a successful build stays silent in the server's log. */
function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      // Windows resolves mvn.cmd only through a shell.
      shell: process.platform === "win32",
      windowsHide: true,
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.length > OUTPUT_KEEP_CHARS * 2) output = output.slice(-OUTPUT_KEEP_CHARS);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") reject(new Error(`\`${command}\` was not found. ${MISSING_TOOLCHAIN}`));
      else reject(err);
    });
    child.once("close", (code, signal) => resolve({ code, signal, output }));
  });
}

async function checkJava(neo4jVersion: string): Promise<void> {
  const { code, output } = await run(javaExecutable(), ["-version"], process.cwd());
  if (code !== 0) {
    throw new Error(`\`java -version\` failed (exit ${code}). ${MISSING_TOOLCHAIN}\n${tail(output)}`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (match) {
    const first = Number(match[1]);
    const major = first === 1 ? Number(match[2]) : first;
    if (major < MIN_JAVA_MAJOR) {
      throw new Error(`Found Java ${major}, but Neo4j ${neo4jVersion} needs Java ${MIN_JAVA_MAJOR}+. ${MISSING_TOOLCHAIN}`);
    }
  }
}

async function runMaven(launcherDir: string): Promise<void> {
  const mvn = process.platform === "win32" ? "mvn.cmd" : "mvn";
  const { code, signal, output } = await run(mvn, ["-B", "-q", "package"], launcherDir);
  if (code !== 0) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    throw new Error(
      `Building the embedded Neo4j launcher failed: \`mvn -B -q package\` in ${LAUNCHER_DIR}/ ${how}. ` +
        `Maven Central must be reachable for the first build; alternatively set NEO4J_URI to use an existing Neo4j server.\n` +
        `Last Maven output:\n${tail(output)}`,
    );
  }
}

function tail(output: string): string {
  // Maven colours some lines even in batch mode; escape codes only clutter an error message.
  // eslint-disable-next-line no-control-regex
  const clean = output.replace(/\u001b\[[0-9;]*m/g, "");
  const lines = clean.split(/\r?\n/).filter((line) => line.trim() !== "");
  return lines.slice(-OUTPUT_TAIL_LINES).join("\n");
}

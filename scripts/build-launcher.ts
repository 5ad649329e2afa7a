import { ensureLauncherBuilt } from "../src/neo4j/embedded/launcher-build.js";

const paths = await ensureLauncherBuilt((msg) => process.stdout.write(`${msg}\n`));
process.stdout.write(`embedded Neo4j launcher ready: ${paths.jar}\n`);

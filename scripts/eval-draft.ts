import { corpusFiles, readAnnotationFile } from "../src/corpus/corpus-files.js";
import { validateAnnotation } from "../src/domain/annotation/annotation.validate.js";
import { annotationSchema, type ParsedAnnotation as Annotation } from "../src/domain/annotation/annotation.schema.js";
import { draftArticle } from "../src/domain/drafting/draft-article.js";
import { addCounts, ENTITY_GROUPS, gazetteerOf, prf, scoreDraft, type Counts } from "../src/domain/drafting/evaluate.js";

/**
 * Scores the drafter leave-one-out on the annotated corpus: each article is
 * drafted with a gazetteer of the other articles' entities only, as the graph
 * would stand before that article arrived, and compared with its annotation.
 * Usage: npm run eval:draft [-- --verbose] [-- --misses] [-- dir]
 * --misses lists, per article, the entities and facts the draft missed (FN) and
 * those it proposed that the annotation lacks (FP), by entity group and fact type.
 */
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const showMisses = args.includes("--misses");
const dir = args.find((a) => !a.startsWith("--"));
const files = corpusFiles(dir);
const gold: { file: string; annotation: Annotation }[] = files.map((file) => ({ file, annotation: annotationSchema.parse(readAnnotationFile(file).raw) }));

const entityTotals: Record<string, Counts> = {};
const factTotals: Record<string, Counts> = {};
let falseLinks = 0;
let links = 0;
let invalid = 0;
const cpu: number[] = [];

for (const { file, annotation } of gold) {
  const others = gold.filter((g) => g.file !== file).map((g) => g.annotation);
  const gazetteer = gazetteerOf(others);
  const a = annotation.article;
  const publisher = annotation.entities.find((e) => e.id === a.publisher)?.name;
  const before = process.cpuUsage();
  const draft = draftArticle({ text: a.text, language: a.language, title: a.title, url: a.url, published: a.published?.value, publisher }, gazetteer);
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
  try {
    validateAnnotation(draft.annotation, file);
  } catch (e) {
    invalid++;
    console.error(`${file}: the draft is not valid: ${(e as Error).message}`);
  }
  const score = scoreDraft(annotation, draft.annotation, new Set(gazetteer.map((g) => g.id)));
  for (const [k, c] of Object.entries(score.entities)) entityTotals[k] = addCounts(entityTotals[k] ?? { tp: 0, fp: 0, fn: 0 }, c);
  for (const [k, c] of Object.entries(score.facts)) factTotals[k] = addCounts(factTotals[k] ?? { tp: 0, fp: 0, fn: 0 }, c);
  falseLinks += score.falseLinks.length;
  links += score.links;
  if (verbose) {
    console.log(`\n${file.split("/").pop()}: ${draft.annotation.entities.length} entities, ${draft.annotation.facts.length} facts, ${cpu.at(-1)!.toFixed(0)} ms CPU`);
    for (const l of score.falseLinks) console.log(`  false link: ${l.name} → ${l.draftId} (annotation: ${l.goldId ?? "none"})`);
  }
  if (showMisses) {
    console.log(`\n${file.split("/").pop()} (${a.language}): misses`);
    for (const [area, byKind] of [
      ["entities", score.misses.entities],
      ["facts", score.misses.facts],
    ] as const) {
      for (const [kind, m] of Object.entries(byKind).sort(([x], [y]) => x.localeCompare(y))) {
        for (const item of m.fn) console.log(`  FN ${area === "entities" ? kind : kind.padEnd(15)} ${item}`);
        for (const item of m.fp) console.log(`  FP ${area === "entities" ? kind : kind.padEnd(15)} ${item}`);
      }
    }
  }
}

const pct = (n: number) => n.toFixed(2);
const row = (name: string, c: Counts) => {
  const { precision, recall, f1 } = prf(c);
  return `| ${name.padEnd(18)} | ${String(c.tp).padStart(3)} | ${String(c.fp).padStart(3)} | ${String(c.fn).padStart(3)} | ${pct(precision)} | ${pct(recall)} | ${pct(f1)} |`;
};
const header = "| kind               |  TP |  FP |  FN | P    | R    | F1   |\n|---|---|---|---|---|---|---|";
console.log(`Leave-one-out over ${gold.length} annotated articles.\n\nEntities\n\n${header}`);
for (const group of Object.keys(ENTITY_GROUPS)) console.log(row(group, entityTotals[group]!));
console.log(`\nFacts (subject + type + object + role)\n\n${header}`);
const allFacts = Object.values(factTotals).reduce(addCounts, { tp: 0, fp: 0, fn: 0 });
for (const [type, c] of Object.entries(factTotals).sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn))) console.log(row(type, c));
console.log(row("all facts", allFacts));
const sorted = [...cpu].sort((a, b) => a - b);
console.log(`\nLinks to existing entities: ${links}, false links: ${falseLinks}`);
console.log(`Drafts valid for ingestArticle: ${gold.length - invalid} of ${gold.length}`);
console.log(`CPU per article: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (the first includes warming up)`);

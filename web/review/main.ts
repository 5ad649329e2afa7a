import "../shared/base.css";
import "./review.css";
import { byId, h, replaceKeepingFocus } from "../shared/dom.js";
import { graphql, GraphQLRequestError } from "../shared/graphql.js";
import { KINDS } from "../shared/kinds.js";
import { applyDecisions, initialDecisions, locateIssue, mentionSpans, parseAnnotation, type Annotation, type Decisions, type Edited } from "./annotation-edit.js";
import { draftSupport } from "./draft.js";
import { CANDIDATES, INGEST, type CandidateHit, type IngestResult } from "./queries.js";

/** The editor's key lives in this tab's session storage only: never in the page's code, never in local storage. */
const KEY_STORAGE = "diplograph.editorKey";

let original: Annotation | null = null;
let decisions: Decisions = { entities: [], facts: [] };
const candidates = new Map<number, CandidateHit[]>();

const keyInput = byId<HTMLInputElement>("editor-key");
keyInput.value = sessionStorage.getItem(KEY_STORAGE) ?? "";
keyInput.addEventListener("input", () => {
  if (keyInput.value) sessionStorage.setItem(KEY_STORAGE, keyInput.value);
  else sessionStorage.removeItem(KEY_STORAGE);
});
byId("forget-key").addEventListener("click", () => {
  keyInput.value = "";
  sessionStorage.removeItem(KEY_STORAGE);
  say("load-message", "The key is forgotten.");
});

function say(target: string, message: string, error = false): void {
  const element = byId(target);
  element.textContent = message;
  element.classList.toggle("error", error);
}

const entityName = (id: string) => {
  const i = original?.entities.findIndex((e) => e.id === id) ?? -1;
  return i >= 0 ? decisions.entities[i]!.name : id;
};
const entityKind = (id: string) => original?.entities.find((e) => e.id === id)?.kind ?? id.split(":")[0] ?? "";

function decisionButtons(label: string, accepted: boolean, set: (accepted: boolean) => void): HTMLElement {
  return h(
    "div",
    { class: "decision", role: "group", "aria-label": `Decision on ${label}` },
    h("button", { type: "button", class: "accept", "aria-pressed": String(accepted), onclick: () => set(true) }, "Accept"),
    h("button", { type: "button", class: "reject", "aria-pressed": String(!accepted), onclick: () => set(false) }, "Reject"),
  );
}

/** The article's text with each mention marked in its entity's kind colour. */
function renderText(): void {
  if (!original) return;
  const text = original.article.text;
  const spans = mentionSpans(
    text,
    original.entities.map((e, i) => ({ ...e, name: decisions.entities[i]!.name })),
  );
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const span of spans) {
    const entity = original.entities[span.entity]!;
    const rejected = !decisions.entities[span.entity]!.accepted;
    parts.push(text.slice(at, span.start));
    parts.push(
      h(
        "mark",
        {
          class: `mention kind-${entity.kind}${rejected ? " rejected" : ""}`,
          title: `${entity.kind}: ${decisions.entities[span.entity]!.name}`,
          "data-entity": String(span.entity),
        },
        text.slice(span.start, span.end),
      ),
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  const container = byId("article-text");
  container.setAttribute("lang", original.article.language ?? "");
  container.replaceChildren(...parts);
  byId("article-title").textContent = original.article.title;
}

function renderEntities(): void {
  if (!original) return;
  replaceKeepingFocus(
    byId("entities"),
    ...original.entities.map((entity, i) => {
      const d = decisions.entities[i]!;
      const found = candidates.get(i);
      const existing = found?.find((c) => c.entity.id === entity.id);
      const others = (found ?? []).filter((c) => c.entity.id !== entity.id);
      const name = h("input", { id: `entity-name-${i}`, value: d.name, class: "name" });
      name.addEventListener("change", () => {
        d.name = name.value;
        renderText();
        renderFacts();
      });
      const radio = (value: string, label: (Node | string)[], checked: boolean) => {
        const input = h("input", { type: "radio", name: `link-${i}`, value, id: `link-${i}-${value || "proposed"}`, checked });
        input.addEventListener("change", () => {
          d.linkTo = value || null;
          renderFacts();
        });
        return h("li", {}, input, " ", h("label", { for: input.id }, ...label));
      };
      return h(
        "li",
        { class: `item entity${d.accepted ? "" : " rejected"}`, id: `entity-${i}` },
        h(
          "div",
          { class: "item-head" },
          h("span", { class: `kind kind-${entity.kind}` }, entity.kind),
          h("label", { for: name.id, class: "visually-hidden" }, `Name of ${entity.kind} ${i + 1}`),
          name,
          decisionButtons(d.name, d.accepted, (accepted) => {
            d.accepted = accepted;
            renderAll();
          }),
        ),
        entity.mentions?.length ? h("div", { class: "muted small" }, "Mentioned as ", entity.mentions.map((m) => `“${m}”`).join(", ")) : null,
        h(
          "fieldset",
          { class: "links" },
          h("legend", {}, "Link"),
          h(
            "ul",
            {},
            radio(
              "",
              [
                "Proposed: ",
                h("code", {}, entity.id),
                existing ? ` — already in the graph as ${existing.entity.name}` : found ? " — new to the graph" : " — looking for existing entities…",
              ],
              d.linkTo === null,
            ),
            others.map((c) =>
              radio(
                c.entity.id,
                [
                  "Link to ",
                  h("strong", {}, c.entity.name),
                  " ",
                  h("code", {}, c.entity.id),
                  h("span", { class: "muted small" }, ` · score ${c.score.toFixed(2)}${c.reasons.length ? ` · ${c.reasons.join("; ")}` : ""}`),
                ],
                d.linkTo === c.entity.id,
              ),
            ),
          ),
        ),
        h("ul", { class: "issues", id: `entity-issues-${i}` }),
      );
    }),
  );
}

/** The annotation as it will be sent, kept current under its disclosure. */
function renderSent(): void {
  if (original) byId("edited-json").textContent = JSON.stringify(applyDecisions(original, decisions).annotation, null, 2);
}

function renderFacts(): void {
  if (!original) return;
  const edited = applyDecisions(original, decisions);
  renderSent();
  replaceKeepingFocus(
    byId("facts"),
    ...original.facts.map((fact, i) => {
      const d = decisions.facts[i]!;
      const orphan = edited.orphaned.includes(i);
      const detail = [fact.role, fact.title, fact.mode, fact.country ? `for ${entityName(fact.country)}` : ""].filter(Boolean).join(", ");
      const dates = [
        fact.from ? `from ${(fact.from as { value?: string; text?: string }).value ?? (fact.from as { text?: string }).text}` : "",
        fact.until ? `until ${(fact.until as { value?: string; text?: string }).value ?? (fact.until as { text?: string }).text}` : "",
      ]
        .filter(Boolean)
        .join(" ");
      const label = `${fact.type} ${entityName(fact.subject)} → ${entityName(fact.object)}`;
      return h(
        "li",
        { class: `item fact${d.accepted && !orphan ? "" : " rejected"}`, id: `fact-${i}` },
        h(
          "div",
          { class: "item-head" },
          h(
            "span",
            { class: "fact-title" },
            h("strong", {}, fact.type),
            " ",
            h("span", { class: `kind kind-${entityKind(fact.subject)}` }, entityName(fact.subject)),
            " → ",
            h("span", { class: `kind kind-${entityKind(fact.object)}` }, entityName(fact.object)),
            detail ? h("span", { class: "muted" }, ` (${detail})`) : null,
            dates ? h("span", { class: "muted" }, ` · ${dates}`) : null,
          ),
          decisionButtons(label, d.accepted, (accepted) => {
            d.accepted = accepted;
            renderFacts();
          }),
        ),
        orphan ? h("p", { class: "muted small" }, "Left out: it uses an entity you rejected.") : null,
        fact.evidence.map((_, j) => {
          const area = h("textarea", { id: `fact-${i}-quote-${j}`, rows: 2 }, d.quotes[j] ?? "");
          const check = h("span", { class: "quote-check", "aria-live": "polite" });
          const judge = () => {
            const ok = original!.article.text.includes(area.value);
            check.textContent = ok ? "✓ found in the text" : "✗ not found in the text";
            check.classList.toggle("error", !ok);
          };
          area.addEventListener("input", () => {
            d.quotes[j] = area.value;
            judge();
            renderSent();
          });
          judge();
          return h("div", { class: "evidence" }, h("label", { for: area.id }, `Evidence ${j + 1} for ${label}`), area, check);
        }),
        h("ul", { class: "issues", id: `fact-issues-${i}` }),
      );
    }),
  );
}

function renderLegend(): void {
  byId("kind-legend").replaceChildren(...KINDS.map((kind) => h("span", { class: `mention kind-${kind}` }, kind)));
}

function renderAll(): void {
  renderText();
  renderEntities();
  renderFacts();
}

function review(annotation: Annotation): void {
  original = annotation;
  decisions = initialDecisions(annotation);
  candidates.clear();
  byId("review").hidden = false;
  byId("result").replaceChildren();
  renderAll();
  say("load-message", `Reviewing “${annotation.article.title}”: ${annotation.entities.length} entities, ${annotation.facts.length} facts.`);
  void findCandidates(annotation);
}

/** The existing entities each name may mean, a few requests at a time. */
async function findCandidates(annotation: Annotation): Promise<void> {
  const queue = annotation.entities.map((e, i) => ({ e, i }));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (original !== annotation) return;
      try {
        const { candidates: hits } = await graphql<{ candidates: CandidateHit[] }>(CANDIDATES, { name: next.e.name, kind: next.e.kind }, { key: keyInput.value || undefined });
        candidates.set(next.i, hits);
      } catch {
        candidates.set(next.i, []);
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  if (original === annotation) {
    renderEntities();
    byId("entities").setAttribute("data-candidates", "loaded");
  }
}

function showProblems(error: unknown, edited: Edited): void {
  for (const list of document.querySelectorAll(".issues")) list.replaceChildren();
  const general: HTMLElement[] = [];
  const problems = error instanceof GraphQLRequestError ? error.problems : [{ message: String(error) }];
  for (const problem of problems) {
    if (!problem.issues?.length) {
      general.push(h("li", {}, problem.code ? `${problem.code}: ` : "", problem.message));
      continue;
    }
    for (const issue of problem.issues) {
      const where = locateIssue(issue.path, edited);
      const target =
        where.fact !== undefined
          ? document.getElementById(`fact-issues-${where.fact}`)
          : where.entity !== undefined
            ? document.getElementById(`entity-issues-${where.entity}`)
            : null;
      const item = h("li", { class: "error" }, h("code", {}, issue.path), ": ", issue.message);
      if (target) target.append(item);
      general.push(
        h("li", {}, target ? h("a", { href: `#${target.id.replace("-issues", "")}` }, h("code", {}, issue.path)) : h("code", {}, issue.path || "(file)"), ": ", issue.message),
      );
    }
  }
  byId("result").replaceChildren(h("h3", { class: "error" }, `Not accepted: ${general.length} problem${general.length === 1 ? "" : "s"}`), h("ul", { class: "problems" }, general));
}

function showResult(result: IngestResult): void {
  const count = (set: { created: string[]; updated: string[]; unchanged: string[] }) =>
    `${set.created.length} new, ${set.updated.length} updated, ${set.unchanged.length} unchanged`;
  byId("result").replaceChildren(
    h(
      "h3",
      { class: result.dryRun ? "" : "done" },
      result.dryRun ? `Dry run: the article would be ${result.article.toLowerCase()}. Nothing was kept.` : `Ingested: the article was ${result.article.toLowerCase()}.`,
    ),
    h(
      "ul",
      {},
      h("li", {}, `Entities: ${count(result.entities)}`),
      h("li", {}, `Facts: ${count(result.facts)}`),
      h("li", {}, `Evidence: ${result.evidenceAdded} added, ${result.evidenceRemoved} removed`),
      result.removedFacts || result.removedEntities ? h("li", {}, `Removed: ${result.removedFacts} facts, ${result.removedEntities} entities`) : null,
    ),
    h("h4", {}, `Warnings (${result.warnings.length})`),
    result.warnings.length
      ? h(
          "ul",
          { class: "warnings" },
          result.warnings.map((w) =>
            h(
              "li",
              {},
              h("code", {}, w.code),
              " ",
              w.message,
              w.similar.length && !w.similar.every((s) => w.message.includes(s.id)) ? ` Similar: ${w.similar.map((s) => `${s.name} (${s.id})`).join(", ")}.` : "",
            ),
          ),
        )
      : h("p", { class: "muted" }, "None."),
    result.dryRun
      ? ""
      : h(
          "p",
          {},
          h(
            "a",
            {
              href: `/explore?nodes=${(original?.entities ?? [])
                .slice(0, 1)
                .map((e) => e.id)
                .join(",")}`,
            },
            "Open in the explorer",
          ),
        ),
  );
}

async function send(dryRun: boolean): Promise<void> {
  if (!original) return;
  if (!keyInput.value) {
    say("check-message", "Type the editor key first.", true);
    keyInput.focus();
    return;
  }
  const edited = applyDecisions(original, decisions);
  say("check-message", dryRun ? "Checking…" : "Ingesting…");
  try {
    const { ingestArticle } = await graphql<{ ingestArticle: IngestResult }>(INGEST, { annotation: edited.annotation, dryRun }, { key: keyInput.value });
    for (const list of document.querySelectorAll(".issues")) list.replaceChildren();
    showResult(ingestArticle);
    say("check-message", dryRun ? "The dry run passed." : "Ingested.");
  } catch (error) {
    showProblems(error, edited);
    say("check-message", dryRun ? "The dry run found problems." : "Not ingested.", true);
  }
  byId("result").focus();
}

byId("load-button").addEventListener("click", () => {
  try {
    review(parseAnnotation(byId<HTMLTextAreaElement>("annotation-input").value));
  } catch (error) {
    say("load-message", (error as Error).message, true);
  }
});
byId<HTMLInputElement>("annotation-file").addEventListener("change", async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  const text = await file.text();
  byId<HTMLTextAreaElement>("annotation-input").value = text;
  try {
    review(parseAnnotation(text));
  } catch (error) {
    say("load-message", `${file.name}: ${(error as Error).message}`, true);
  }
});
byId("dry-run").addEventListener("click", () => void send(true));
byId("ingest").addEventListener("click", () => void send(false));

renderLegend();
draftSupport()
  .then((draft) => {
    if (!draft) return;
    byId("draft-section").hidden = false;
    byId("draft-button").addEventListener("click", async () => {
      const input = {
        text: byId<HTMLTextAreaElement>("draft-input").value,
        title: byId<HTMLInputElement>("draft-title").value,
        language: byId<HTMLInputElement>("draft-language").value,
        published: byId<HTMLInputElement>("draft-published").value || undefined,
      };
      if (!keyInput.value) {
        say("load-message", "Drafting needs an editor key: type it first.", true);
        keyInput.focus();
        return;
      }
      say("load-message", "Drafting…");
      try {
        const annotation = await draft(input, keyInput.value || undefined);
        byId<HTMLTextAreaElement>("annotation-input").value = JSON.stringify(annotation, null, 2);
        review(parseAnnotation(JSON.stringify(annotation)));
      } catch (error) {
        say("load-message", error instanceof Error ? error.message : "The draft failed.", true);
      }
    });
  })
  .catch(() => undefined)
  .finally(() => document.body.setAttribute("data-ready", "true"));

import { h } from "../shared/dom.js";
import type { Card, EntityRef, Relation } from "./queries.js";
import { edgeLabel } from "./graph-model.js";

export interface CardActions {
  open(id: string): void;
  place(entity: EntityRef): void;
  counterparts(id: string): void;
}

const kindBadge = (kind: string) => h("span", { class: `kind kind-${kind}` }, kind);

const spanText = (start: string | null, end: string | null) => `${start ?? "open"} – ${end ?? "open"}`;

/** The fact's certainty: CERTAIN over its certain span, POSSIBLE over the wider span it may cover. */
function certainty(relation: Relation): HTMLElement {
  const { certainStart, certainEnd, possibleStart, possibleEnd } = relation.span;
  return h(
    "span",
    { class: "certainties" },
    certainStart || certainEnd
      ? h("span", { class: "certainty CERTAIN", title: "The evidence shows this held over these days" }, `CERTAIN ${spanText(certainStart, certainEnd)}`)
      : null,
    " ",
    h("span", { class: "certainty POSSIBLE", title: "The dates as stated allow this wider span" }, `POSSIBLE ${spanText(possibleStart, possibleEnd)}`),
    relation.disputed ? h("span", { class: "certainty disputed" }, " DISPUTED") : null,
  );
}

/** One fact with every piece of its evidence: the quote word for word, its article and the article's date. */
export function factItem(relation: Relation, self: string | null, actions: CardActions): HTMLElement {
  const other = self === null || relation.subject.id === self ? relation.object : relation.subject;
  const dates = [relation.from ? `from ${relation.from.text ?? relation.from.value}` : "", relation.until ? `until ${relation.until.text ?? relation.until.value}` : ""]
    .filter(Boolean)
    .join(" ");
  return h(
    "li",
    { class: "fact" },
    h(
      "div",
      { class: "fact-head" },
      h("span", { class: "fact-label" }, edgeLabel({ id: relation.id, source: "", target: "", type: relation.type, relation })),
      " ",
      self === null ? h("span", {}, `${relation.subject.name} → `) : relation.subject.id === self ? "→ " : "← ",
      h("button", { type: "button", class: "link", onclick: () => actions.open(other.id), "aria-label": `Open ${other.name} (${other.kind})` }, other.name),
      " ",
      kindBadge(other.kind),
      relation.country ? h("span", { class: "muted" }, ` for ${relation.country.name}`) : null,
      dates ? h("span", { class: "muted" }, ` · ${dates}`) : null,
    ),
    h("div", { class: "fact-time" }, certainty(relation)),
    h(
      "ul",
      { class: "evidence" },
      relation.evidence.map((e) =>
        h(
          "li",
          {},
          h("blockquote", { class: "quote", lang: "" }, e.quote),
          h(
            "div",
            { class: "source" },
            e.article.title,
            e.article.published ? `, ${e.article.published.value}` : ", undated",
            e.inferred ? ` · inferred${e.note ? `: ${e.note}` : ""}` : "",
          ),
        ),
      ),
    ),
  );
}

function section(title: string, items: HTMLElement[], empty: string): HTMLElement {
  return h(
    "section",
    { class: "card-section", "aria-label": title },
    h("h3", {}, `${title} (${items.length})`),
    items.length ? h("ul", { class: "facts" }, items) : h("p", { class: "muted" }, empty),
  );
}

/** The entity card: positions, meetings, timeline and mentions, every fact with its evidence. */
export function renderCard(card: Card, actions: CardActions): HTMLElement {
  const fact = (r: Relation) => factItem(r, card.id, actions);
  const meetings = card.participations ?? card.participants;
  const hasCounterparts = card.kind === "Official" || card.kind === "Country";
  return h(
    "article",
    { class: "card", "aria-labelledby": "card-title" },
    h("h2", { id: "card-title" }, card.name, " ", kindBadge(card.kind)),
    card.designation ? h("p", { class: "muted" }, card.designation) : null,
    card.description ? h("p", {}, card.description) : null,
    card.start ? h("p", {}, `Date: ${card.start.text ?? card.start.value}`) : null,
    card.aliases.length ? h("p", { class: "aliases" }, "Also: ", card.aliases.map((a) => `${a.name} (${a.lang})`).join(" · ")) : null,
    h(
      "div",
      { class: "card-actions" },
      h("button", { type: "button", onclick: () => actions.place(card) }, "Place and expand on canvas"),
      hasCounterparts ? h("button", { type: "button", onclick: () => actions.counterparts(card.id) }, "Who attended with whom") : null,
    ),
    card.positions ? section("Positions", card.positions.map(fact), "No office recorded.") : null,
    meetings ? section(card.kind === "Meeting" ? "Participants" : "Meetings", meetings.map(fact), "No meeting recorded.") : null,
    section(
      "Timeline",
      card.timeline.map((t) =>
        h(
          "li",
          { class: "timeline-entry" },
          h("div", { class: "when" }, t.date.text ? `${t.date.value} (${t.date.text})` : t.date.value),
          h("ul", { class: "facts" }, factItem(t.relation, card.id, actions)),
        ),
      ),
      "No dated fact.",
    ),
    section(
      "Mentions",
      card.mentionedIn.map((m) =>
        h(
          "li",
          { class: "mention" },
          h("div", {}, h("strong", {}, m.article.title), m.article.published ? `, ${m.article.published.value}` : "", " — as ", m.forms.map((f) => `“${f}”`).join(", ")),
          m.quotes.slice(0, 3).map((q) => h("blockquote", { class: "quote" }, q)),
        ),
      ),
      "Not mentioned in any article.",
    ),
  );
}

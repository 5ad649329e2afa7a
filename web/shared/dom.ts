type Attrs = Record<string, string | number | boolean | undefined | null | ((event: Event) => void)>;
type Child = Node | string | number | null | undefined | false;

/**
 * Builds an element. Text always goes in as text nodes, never as HTML, so names and
 * quotes from articles can never inject markup. `on…` attributes become listeners.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]";

/**
 * Replaces a container's children without losing the keyboard user's place: a list that
 * re-renders (a decision taken, candidates arriving) would otherwise drop focus to the
 * page, and the next key press would act on nothing. Focus returns to the element in the
 * same position under the same nearest id.
 */
export function replaceKeepingFocus(container: HTMLElement, ...children: (Child | Child[])[]): void {
  const active = document.activeElement;
  let place: { id: string; index: number } | null = null;
  if (active instanceof HTMLElement && active !== container && container.contains(active)) {
    const owner = active.closest<HTMLElement>("[id]");
    if (owner && owner !== container && container.contains(owner)) {
      place = { id: owner.id, index: owner === active ? -1 : [...owner.querySelectorAll<HTMLElement>(FOCUSABLE)].indexOf(active) };
    }
  }
  container.replaceChildren(...children.flat().map((child) => (child instanceof Node ? child : String(child ?? ""))));
  if (!place) return;
  const owner = document.getElementById(place.id);
  if (!owner || !container.contains(owner)) return;
  const target = place.index < 0 ? owner : owner.querySelectorAll<HTMLElement>(FOCUSABLE)[place.index];
  target?.focus();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as T;
}

/** Offers text as a file to save, without any request leaving the page. */
export function download(filename: string, content: Blob | string, type = "text/plain"): void {
  const blob = typeof content === "string" ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The end-to-end check that no text is left in another language (docs/ARCHITECTURE.md I18N3):
 * every text on the page — visible text, and the texts people hear or hover (aria-label,
 * title, placeholder, alt…) — is compared with every catalogue text of the other languages
 * whose translation into the page's language differs. A match is a string left untranslated.
 * Text marked `translate="no"` (HTML's own mark for content that stays as it is, such as a key's
 * fingerprint words) is not compared.
 */
import type { Page } from "playwright-core";
import { CATALOGUES, type Catalogue } from "../../src/shared/i18n/catalogues.js";

/** Catalogues by language, then namespace (CATALOGUES by default). */
export type CatalogueSet = Readonly<Record<string, Readonly<Record<string, Catalogue>>>>;

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(catalogue: Catalogue, prefix = "", into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

/** Fewest letters of its own a catalogue text with variables needs to be told from someone's words. */
const MIN_OWN_LETTERS = 4;

/**
 * A catalogue text as a pattern: `{{name}}` stands for any text, spaces for any run of spaces.
 * None for a text with no letters, nor for one with variables and fewer than MIN_OWN_LETTERS
 * letters of its own: "{{kind}} in {{chapter}}" would match a member's proposal titled
 * "Plant trees in the yard", which is no untranslated string.
 */
function patternOf(text: string): RegExp | undefined {
  const literal = text.replace(/{{[^}]*}}/g, "");
  const letters = (literal.match(/\p{L}/gu) ?? []).length;
  if (letters === 0 || (literal !== text && letters < MIN_OWN_LETTERS)) return undefined;
  const source = text
    .split(/({{[^}]*}})/)
    .map((part) => (part.startsWith("{{") ? ".+?" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")))
    .join("");
  return new RegExp(`^${source}$`, "u");
}

/** The texts of other languages that `language` translates differently, each with where it comes from. */
function foreignTexts(catalogues: CatalogueSet, language: string): { readonly pattern: RegExp; readonly from: string }[] {
  const own = new Map<string, Set<string>>();
  for (const [namespace, catalogue] of Object.entries(catalogues[language] ?? {}))
    for (const [key, text] of flatten(catalogue)) {
      const base = `${namespace}:${key.replace(PLURAL, "")}`;
      if (!own.has(base)) own.set(base, new Set());
      own.get(base)!.add(text);
    }
  const found: { pattern: RegExp; from: string }[] = [];
  for (const [other, namespaces] of Object.entries(catalogues)) {
    if (other === language) continue;
    for (const [namespace, catalogue] of Object.entries(namespaces))
      for (const [key, text] of flatten(catalogue)) {
        if (own.get(`${namespace}:${key.replace(PLURAL, "")}`)?.has(text) === true) continue;
        const pattern = patternOf(text);
        if (pattern !== undefined) found.push({ pattern, from: `${other} ${namespace}:${key}` });
      }
  }
  return found;
}

/**
 * The texts on `page` that are another language's catalogue text where the page's
 * `language` says it differently, as `"text" (en common:actions.cancel)`; none if all is
 * translated.
 */
export async function findUntranslated(page: Page, language: string, catalogues: CatalogueSet = CATALOGUES): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const ATTRIBUTES = ["aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "title", "placeholder", "alt"];
    const shown = (element: Element | null) => element !== null && element.checkVisibility({ visibilityProperty: true }) && element.closest('[translate="no"]') === null;
    const found = new Set<string>();
    const add = (text: string | null) => {
      const clean = (text ?? "").replace(/\s+/g, " ").trim();
      if (clean !== "") found.add(clean);
    };
    add(document.title);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (shown(node.parentElement)) add(node.textContent);
    for (const element of document.body.querySelectorAll("*"))
      for (const name of ATTRIBUTES) if (element.hasAttribute(name) && (shown(element) || name.startsWith("aria-"))) add(element.getAttribute(name));
    return [...found];
  });
  const foreign = foreignTexts(catalogues, language);
  return texts.flatMap((text) => {
    const match = foreign.find(({ pattern }) => pattern.test(text));
    return match === undefined ? [] : [`"${text}" (${match.from})`];
  });
}

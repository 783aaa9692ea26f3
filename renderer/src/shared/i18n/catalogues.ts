/**
 * The translation catalogues, bundled with the app (never fetched): one plain JSON file per
 * language and namespace, `renderer/src/locales/<language>/<namespace>.json`, that a translator
 * edits. Vite finds them at build time, so adding a language or a namespace is adding files.
 */

/** A catalogue: nested keys, each leaf a text (i18next's JSON v4 format, plurals as `key_one`…). */
export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

/** The language every other is translated from, and the fallback for a key one lacks. */
export const SOURCE_LANGUAGE = "en";

const files = import.meta.glob<Catalogue>("../../locales/*/*.json", { eager: true, import: "default" });

function byLanguage(): Readonly<Record<string, Readonly<Record<string, Catalogue>>>> {
  const catalogues: Record<string, Record<string, Catalogue>> = {};
  for (const [path, catalogue] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (match === null) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    (catalogues[language] ??= {})[namespace] = catalogue;
  }
  return catalogues;
}

/** Every catalogue by language, then by namespace. */
export const CATALOGUES = byLanguage();

/** The languages with a catalogue, the source language first. */
export const LANGUAGES: readonly string[] = Object.keys(CATALOGUES).sort((a, b) =>
  a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a.localeCompare(b),
);

/** The namespaces of the source language: `common` and one per feature. */
export const NAMESPACES: readonly string[] = Object.keys(CATALOGUES[SOURCE_LANGUAGE] ?? {}).sort();

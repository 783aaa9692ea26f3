/** The gallery page's own catalogues (namespace `gallery`), kept apart from the app's. */
import type { Catalogue } from "../../../src/shared/i18n/catalogues.js";

const files = import.meta.glob<Catalogue>("./locales/*/gallery.json", { eager: true, import: "default" });

/** The `gallery` catalogue by language. */
export const GALLERY_CATALOGUES: Readonly<Record<string, Catalogue>> = Object.fromEntries(
  Object.entries(files).map(([path, catalogue]) => [/\/locales\/([^/]+)\//.exec(path)![1]!, catalogue]),
);

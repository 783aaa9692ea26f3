/**
 * The UI kit gallery: the page's translations started as the app starts them (stored choice,
 * else the browser's language), with its own `gallery` catalogue added, and every missing key
 * reported on the console. `window.__gallery.translate(key)` lets the test ask for any key.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { openLocalDb } from "../../../src/shared/data/local-db.js";
import { reportMissingKey } from "../../../src/shared/i18n/create-i18n.js";
import { dexieLanguageStore } from "../../../src/shared/i18n/language-store.js";
import { LanguageProvider } from "../../../src/shared/i18n/LanguageProvider.js";
import { startTranslations } from "../../../src/shared/i18n/translations.js";
import { Gallery } from "./Gallery.js";
import { GALLERY_CATALOGUES } from "./gallery-catalogues.js";

declare global {
  interface Window {
    __gallery?: { translate(key: string): string };
  }
}

const onError = (error: unknown) => console.error(error);
const translations = await startTranslations({
  store: dexieLanguageStore(openLocalDb("ui-gallery-local")),
  browserLanguages: navigator.languages,
  root: document.documentElement,
  onError,
  onMissingKey: reportMissingKey,
});
for (const [language, catalogue] of Object.entries(GALLERY_CATALOGUES)) translations.i18n.addResourceBundle(language, "gallery", catalogue);
window.__gallery = { translate: (key) => (translations.i18n.t as (key: string) => string)(key) };

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <LanguageProvider translations={translations}>
      <Gallery onError={onError} />
    </LanguageProvider>
  </StrictMode>,
);

import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { createI18n } from "../create-i18n.js";
import type { LanguageStore } from "../language-store.js";
import { LanguageProvider } from "../LanguageProvider.js";
import { translationsOf, type Translations } from "../translations.js";

// jsdom has no CSS.escape, which react-aria's overlays call (to find a CSP nonce meta tag).
globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (character) => `\\${character}`);

/** A language store in memory, with what was saved. */
export function memoryLanguageStore(): LanguageStore & { readonly saved: string[] } {
  const saved: string[] = [];
  return {
    saved,
    load: () => Promise.resolve(saved.at(-1)),
    save: (language) => {
      saved.push(language);
      return Promise.resolve();
    },
  };
}

/**
 * Renders `ui` (jsdom) inside a LanguageProvider showing `language`. A key that no catalogue
 * has throws, so a component asking for one fails its test.
 */
export function renderTranslated(
  ui: ReactElement,
  language = "en",
): RenderResult & { readonly translations: Translations; readonly store: ReturnType<typeof memoryLanguageStore> } {
  const store = memoryLanguageStore();
  const i18n = createI18n(language, (lng, namespace, key) => {
    throw new Error(`no catalogue has ${namespace}:${key} (${lng})`);
  });
  const translations = translationsOf(i18n, store, document.documentElement);
  const result = render(
    <LanguageProvider translations={translations} browserLanguages={[language]}>
      {ui}
    </LanguageProvider>,
  );
  return { ...result, translations, store };
}

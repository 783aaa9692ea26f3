import { createInstance, type i18n } from "i18next";
import { CATALOGUES, NAMESPACES, SOURCE_LANGUAGE } from "./catalogues.js";

/** Told of a key found in no catalogue (not even the source language's). */
export type MissingKeyHandler = (language: string, namespace: string, key: string) => void;

/** Reports a missing key as a console error (the test builds do: end-to-end tests fail on any). */
export const reportMissingKey: MissingKeyHandler = (language, namespace, key) =>
  console.error(`No translation for ${namespace}:${key} (${language})`);

/**
 * An i18next instance over the bundled catalogues, set to `language` and ready at once (no
 * backend, nothing loads). A key a language lacks falls back to the source language; a key no
 * catalogue has shows as the key itself and is reported to `onMissingKey` (the test build
 * reports it as a console error, which the end-to-end tests fail on).
 */
export function createI18n(language: string, onMissingKey?: MissingKeyHandler): i18n {
  const instance = createInstance();
  void instance.init({
    resources: CATALOGUES,
    lng: language,
    fallbackLng: SOURCE_LANGUAGE,
    defaultNS: "common",
    ns: [...NAMESPACES],
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    ...(onMissingKey === undefined
      ? {}
      : {
          saveMissing: true,
          saveMissingTo: "current" as const,
          missingKeyHandler: (languages: readonly string[], namespace: string, key: string) =>
            onMissingKey(languages.join(","), namespace, key),
        }),
  });
  return instance;
}

import type { i18n } from "i18next";
import { LANGUAGES, SOURCE_LANGUAGE } from "./catalogues.js";
import { chooseLanguage } from "./choose-language.js";
import { createI18n, type MissingKeyHandler } from "./create-i18n.js";
import type { LanguageStore } from "./language-store.js";

/** The page's translations: the i18next instance and the member's choice of language. */
export interface Translations {
  readonly i18n: i18n;
  /** The languages with a catalogue, the source language first. */
  readonly languages: readonly string[];
  /**
   * Shows the page in `language` and stores the choice on this device.
   * @throws {RangeError} if there is no catalogue for `language` (nothing changes then).
   */
  readonly setLanguage: (language: string) => Promise<void>;
}

/**
 * Wraps `i18n` with the stored choice of language, and keeps `root`'s `lang` and `dir`
 * (the page's `<html>`) in step with the language shown, from now on.
 */
export function translationsOf(instance: i18n, store: LanguageStore, root: HTMLElement): Translations {
  const follow = (language: string) => {
    root.lang = language;
    root.dir = instance.dir(language);
  };
  follow(instance.language);
  instance.on("languageChanged", follow);
  return {
    i18n: instance,
    languages: LANGUAGES,
    async setLanguage(language) {
      if (!LANGUAGES.includes(language)) throw new RangeError(`there is no catalogue for the language ${JSON.stringify(language)}`);
      await instance.changeLanguage(language);
      await store.save(language);
    },
  };
}

/** What startTranslations needs from the page. */
export interface StartOptions {
  readonly store: LanguageStore;
  /** `navigator.languages`, most preferred first. */
  readonly browserLanguages: readonly string[];
  /** The page's `<html>` element. */
  readonly root: HTMLElement;
  /** Where a stored choice that cannot be read is reported; the browser's language is used then. */
  readonly onError: (error: unknown) => void;
  readonly onMissingKey?: MissingKeyHandler;
}

/**
 * The page's translations in the language chooseLanguage picks: the stored choice, else the
 * browser's language if there is a catalogue for it, else English. Never rejects.
 */
export async function startTranslations(options: StartOptions): Promise<Translations> {
  const stored = await options.store.load().catch((error: unknown) => {
    options.onError(error);
    return undefined;
  });
  const language = chooseLanguage(stored, options.browserLanguages, LANGUAGES, SOURCE_LANGUAGE);
  return translationsOf(createI18n(language, options.onMissingKey), options.store, options.root);
}

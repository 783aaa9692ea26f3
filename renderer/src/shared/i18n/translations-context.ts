import { createContext, useContext } from "react";
import type { Translations } from "./translations.js";

/** The page's translations, given by LanguageProvider. */
export const TranslationsContext = createContext<Translations | undefined>(undefined);

/**
 * The page's translations (the languages and setLanguage).
 * @throws {Error} outside a LanguageProvider.
 */
export function useTranslations(): Translations {
  const translations = useContext(TranslationsContext);
  if (translations === undefined) throw new Error("useTranslations() needs a <LanguageProvider> above it");
  return translations;
}

import type { ReactNode } from "react";
import { I18nProvider } from "react-aria-components/I18nProvider";
import { I18nextProvider, useTranslation } from "react-i18next";
import { formattingLocale } from "./formatting-locale.js";
import type { Translations } from "./translations.js";
import { TranslationsContext } from "./translations-context.js";

/**
 * Gives everything below it the page's translations: `useT()` and `useFormat()`, and the
 * locale of react-aria's own words and formats (its buttons' labels, NumberField), re-rendered
 * when the language changes.
 * @param browserLanguages the browser's languages, most preferred first, for the regional
 *   formats of the language shown (formattingLocale); `navigator.languages` by default.
 */
export function LanguageProvider({
  translations,
  browserLanguages = navigator.languages,
  children,
}: {
  readonly translations: Translations;
  readonly browserLanguages?: readonly string[];
  readonly children: ReactNode;
}) {
  return (
    <TranslationsContext.Provider value={translations}>
      <I18nextProvider i18n={translations.i18n}>
        <RegionalLocale browserLanguages={browserLanguages}>{children}</RegionalLocale>
      </I18nextProvider>
    </TranslationsContext.Provider>
  );
}

function RegionalLocale({ browserLanguages, children }: { readonly browserLanguages: readonly string[]; readonly children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={formattingLocale(i18n.language, browserLanguages)}>{children}</I18nProvider>;
}

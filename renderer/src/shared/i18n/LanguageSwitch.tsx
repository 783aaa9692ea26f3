import { Select } from "../ui/Select.js";
import { useTranslations } from "./translations-context.js";
import { useT } from "./use-t.js";

/**
 * The choice of language: each written in its own language (and marked as such), the choice
 * applied at once and kept on this device. A choice that cannot be stored is reported to
 * `onError`; the page still shows the language chosen.
 */
export function LanguageSwitch({ onError }: { readonly onError: (error: unknown) => void }) {
  const { i18n, languages, setLanguage } = useTranslations();
  const t = useT("common");
  const options = languages.map((language) => ({ id: language, label: i18n.getFixedT(language, "common")("languageName"), lang: language }));
  return <Select label={t("language")} options={options} value={i18n.language} onChange={(language) => void setLanguage(String(language)).catch(onError)} />;
}

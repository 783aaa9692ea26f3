import { useMemo } from "react";
import { useLocale } from "react-aria-components/I18nProvider";
import { createFormat, type Format } from "./format.js";
import { useT } from "./use-t.js";

/** Dates, times, numbers and lists in the language shown (createFormat), within a LanguageProvider. */
export function useFormat(): Format {
  const { locale } = useLocale();
  const t = useT("common");
  return useMemo(
    () => createFormat(locale, { unknownTime: t("format.unknownTime"), all: (percent) => t("format.all", { percent }) }),
    [locale, t],
  );
}

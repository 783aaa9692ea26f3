import { useTranslation } from "react-i18next";
import type { Namespace } from "./catalogue-types.js";

/**
 * The translate function of `namespace` (`common` or a feature's), re-rendering the component
 * when the language changes: `const t = useT("proposals"); t("title")`. Keys are checked
 * against the English catalogue at compile time.
 */
export function useT<N extends Namespace>(namespace: N) {
  return useTranslation(namespace).t;
}

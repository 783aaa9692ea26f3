import type { ParseKeys } from "i18next";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Namespace } from "./catalogue-types.js";

/**
 * A catalogue text named by its namespace and key, checked at compile time: how an entry of a
 * registry (a page section's title) names its words before any component renders them.
 */
export type TextKey = { readonly [N in Namespace]: { readonly namespace: N; readonly key: ParseKeys<N> } }[Namespace];

/** Translates TextKeys in the language shown, re-rendering the component when it changes. */
export function useText(): (text: TextKey) => string {
  const { t } = useTranslation();
  return useCallback((text: TextKey) => (t as (key: string, options: { readonly ns: string }) => string)(text.key, { ns: text.namespace }), [t]);
}

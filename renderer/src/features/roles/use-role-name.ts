import { useCallback } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { isKnownRole } from "./role-names.js";

/** A role's name in the language shown; a role the app gives no meaning to is shown as it is named. */
export function useRoleName(): (role: string) => string {
  const t = useT("roles");
  return useCallback((role: string) => (isKnownRole(role) ? t(`names.${role}.name`) : role), [t]);
}

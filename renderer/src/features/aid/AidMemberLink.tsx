import type { MemberPlace } from "../../shared/routing/member-actions.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { aidMemberPath } from "./paths.js";

/** On a member's page: a link to their page of what they offered and asked on the mutual-aid boards. */
export function AidMemberLink({ organisation, member }: MemberPlace) {
  const t = useT("aid");
  return <Link href={aidMemberPath.href({ organisation, member })}>{t("memberLink")}</Link>;
}

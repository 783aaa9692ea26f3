import { settingsPath } from "../settings/index.js";
import { useT } from "../../shared/i18n/use-t.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import type { OrganisationPendingState } from "./organisation-pending.js";

/** What a screen shows while its organisation is opening, or is not on this device (and what to do then). */
export function OrganisationPending({ state }: { readonly state: OrganisationPendingState }) {
  const t = useT("organisation");
  if (state === "opening") return <Skeleton />;
  return (
    <EmptyState
      title={t("pending.unavailableTitle")}
      description={t("pending.unavailableText")}
      action={
        <Link href={settingsPath.href()} variant="standalone">
          {t("pending.settings")}
        </Link>
      }
    />
  );
}

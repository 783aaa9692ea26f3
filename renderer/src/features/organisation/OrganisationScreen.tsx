import { useEffect } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import type { MemberSpace } from "./member-space.js";
import { organisationPendingState } from "./organisation-pending.js";
import { OrganisationPending } from "./OrganisationPending.js";
import { chapterPath } from "./paths.js";
import { RequireUnlocked } from "./RequireUnlocked.js";
import { useOrganisation } from "./use-organisation.js";

/** An organisation's address without a chapter: goes on to its international chapter once known. */
export function OrganisationScreen({ organisation }: { readonly organisation: string }) {
  const t = useT("organisation");
  return <RequireUnlocked title={t("chapter.title")}>{(space) => <ToRoot space={space} organisation={organisation} />}</RequireUnlocked>;
}

function ToRoot({ space, organisation }: { readonly space: MemberSpace; readonly organisation: string }) {
  const t = useT("organisation");
  const { view } = useOrganisation(space, organisation);
  const root = view?.root;
  useEffect(() => {
    if (root !== undefined) window.location.replace(chapterPath.href({ organisation, chapter: root }));
  }, [root, organisation]);
  return (
    <>
      <PageHeading>{t("chapter.title")}</PageHeading>
      <OrganisationPending state={organisationPendingState(view) ?? "opening"} />
    </>
  );
}

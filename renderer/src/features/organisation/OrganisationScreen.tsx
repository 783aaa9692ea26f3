import { useEffect } from "react";
import { useOrganisation } from "./use-organisation.js";
import type { MemberSpace } from "./member-space.js";
import { chapterPath } from "./paths.js";
import { organisationPending } from "./ChapterScreen.js";
import { RequireUnlocked } from "./RequireUnlocked.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";

/** An organisation's address without a chapter: goes on to its root chapter once known. */
export function OrganisationScreen({ organisation }: { readonly organisation: string }) {
  return <RequireUnlocked title="Organisation">{(space) => <ToRoot space={space} organisation={organisation} />}</RequireUnlocked>;
}

function ToRoot({ space, organisation }: { readonly space: MemberSpace; readonly organisation: string }) {
  const { view } = useOrganisation(space, organisation);
  const root = view?.root;
  useEffect(() => {
    if (root !== undefined) window.location.replace(chapterPath.href({ organisation, chapter: root }));
  }, [root, organisation]);
  return (
    <div>
      <ScreenHeading>Organisation</ScreenHeading>
      <p aria-busy="true">{organisationPending(view) ?? "Opening its international chapter…"}</p>
    </div>
  );
}

import { useObservable } from "../../shared/data/use-observable.js";
import { useT } from "../../shared/i18n/use-t.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { RequireUnlocked, YourOrganisations, type MemberSpace } from "../organisation/index.js";
import { useLastVisit } from "./use-last-visit.js";
import { WhatNeedsYou } from "./WhatNeedsYou.js";
import "./home.css";

/** The first screen: what to do first without an identity; once unlocked, what needs the member and their organisations. */
export function HomeScreen() {
  const t = useT("home");
  return <RequireUnlocked title={t("title")}>{(space) => <Home space={space} />}</RequireUnlocked>;
}

function Home({ space }: { readonly space: MemberSpace }) {
  const t = useT("home");
  const home = useObservable(space.homeView);
  const since = useLastVisit(space.member.key);
  const organisations = home.entries.organisations;
  return (
    <div className="home">
      <PageHeading>{t("title")}</PageHeading>
      <p className="home-lede">{t("lede")}</p>
      {!home.loaded || since === "loading" ? (
        <Skeleton />
      ) : organisations.length === 0 ? (
        // What to do is right below: start an organisation, or join one with a link.
        <EmptyState title={t("noOrganisationTitle")} description={t("noOrganisationText")} />
      ) : (
        <WhatNeedsYou space={space} organisations={organisations.map((entry) => entry.organisation)} since={since} />
      )}
      <YourOrganisations space={space} />
    </div>
  );
}

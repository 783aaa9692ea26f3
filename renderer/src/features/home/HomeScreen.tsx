import { useObservable } from "../../shared/data/use-observable.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { RequireUnlocked, startOrganisationPath, YourOrganisations, type MemberSpace } from "../organisation/index.js";
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
        <EmptyState
          title={t("noOrganisationTitle")}
          description={t("noOrganisationText")}
          action={
            <Link href={startOrganisationPath.href()} variant="standalone">
              {t("start")}
            </Link>
          }
        />
      ) : (
        <WhatNeedsYou space={space} organisations={organisations.map((entry) => entry.organisation)} since={since} />
      )}
      <YourOrganisations space={space} />
    </div>
  );
}

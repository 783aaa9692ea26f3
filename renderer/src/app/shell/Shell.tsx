import { useEffect, useRef, type ReactNode } from "react";
import { routeHref, type Route } from "../../shared/routing/route-registry.js";
import { useRoute } from "../../shared/routing/use-route.js";
import { HomeScreen } from "../../features/organisation/HomeScreen.js";
import { NotFoundScreen } from "../NotFoundScreen.js";
import { ChapterScreen } from "../../features/organisation/ChapterScreen.js";
import { CreateIdentityScreen } from "../../features/identity/CreateIdentityScreen.js";
import { FoundChapterScreen } from "../../features/organisation/FoundChapterScreen.js";
import { IdentityScreen } from "../../features/identity/IdentityScreen.js";
import { JoinScreen } from "../../features/organisation/JoinScreen.js";
import { OrganisationScreen } from "../../features/organisation/OrganisationScreen.js";
import { RestoreIdentityScreen } from "../../features/identity/RestoreIdentityScreen.js";
import { SettingsScreen } from "../../features/settings/SettingsScreen.js";
import { StartOrganisationScreen } from "../../features/organisation/StartOrganisationScreen.js";
import { NewProposalScreen } from "../../features/proposals/NewProposalScreen.js";
import { ProposalScreen } from "../../features/proposals/ProposalScreen.js";
import { DecisionsScreen } from "../../features/votes/DecisionsScreen.js";
import { MeetingSharing } from "../../features/meetings/MeetingSharing.js";
import { MeetingsScreen } from "../../features/meetings/MeetingsScreen.js";
import { SyncFileMenuCommands } from "../../features/sync-files/SyncFileMenuCommands.js";
import { SyncFilesScreen } from "../../features/sync-files/SyncFilesScreen.js";
import { CheckBundleScreen } from "../../features/votes/bundle-check/CheckBundleScreen.js";
import { Breadcrumb } from "../../features/organisation/Breadcrumb.js";
import { IdentityStatus } from "../../features/identity/IdentityStatus.js";
import { InsecurePageNotice } from "../../features/settings/InsecurePageNotice.js";
import { ConnectedSyncStatusBar } from "./ConnectedSyncStatusBar.js";
import { OrganisationNames } from "../../features/organisation/OrganisationNames.js";
import { ProblemBanner } from "./ProblemBanner.js";
import type { Observable } from "../../shared/data/observable-value.js";

function screenFor(route: Route): ReactNode {
  switch (route.name) {
    case "home":
      return <HomeScreen />;
    case "create-identity":
      return <CreateIdentityScreen />;
    case "restore-identity":
      return <RestoreIdentityScreen />;
    case "identity":
      return <IdentityScreen />;
    case "start-organisation":
      return <StartOrganisationScreen />;
    case "organisation":
      return <OrganisationScreen organisation={route.organisation} />;
    case "chapter":
      return <ChapterScreen key={`${route.organisation}/${route.chapter}`} organisation={route.organisation} chapter={route.chapter} />;
    case "found-chapter":
      return <FoundChapterScreen organisation={route.organisation} parent={route.parent} />;
    case "decisions":
      return <DecisionsScreen key={`${route.organisation}/${route.chapter}`} organisation={route.organisation} chapter={route.chapter} />;
    case "new-proposal":
      return <NewProposalScreen organisation={route.organisation} chapter={route.chapter} />;
    case "proposal":
      return <ProposalScreen key={`${route.organisation}/${route.chapter}/${route.proposal}`} organisation={route.organisation} chapter={route.chapter} proposal={route.proposal} />;
    case "join":
      return <JoinScreen query={route.query} />;
    case "settings":
      return <SettingsScreen />;
    case "meetings":
      return <MeetingsScreen />;
    case "sync-files":
      return <SyncFilesScreen action={route.action} organisation={route.organisation} />;
    case "check-bundle":
      return <CheckBundleScreen />;
    case "not-found":
      return <NotFoundScreen path={route.path} />;
  }
}

/** Where a route leads, as one string: a change of it is a navigation (another chapter is another place). */
function routePlace(route: Route): string {
  return route.name === "not-found" ? `not-found ${route.path}` : routeHref(route);
}

/**
 * The layout every screen sits in: one header row (name, navigation, identity, sync status), the
 * breadcrumb of a chapter's screens above the content, the main area.
 */
export function Shell({
  problems,
  onError,
}: {
  readonly problems: Observable<readonly string[]>;
  readonly onError: (error: unknown) => void;
}) {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const place = routePlace(route);
  const shown = useRef(place);

  // After navigation (not on first load), the new screen starts at its top, its heading in view
  // below the header, with focus on it: a screen reader announces the new screen.
  useEffect(() => {
    if (shown.current === place) return;
    shown.current = place;
    window.scrollTo(0, 0);
    const heading = main.current?.querySelector<HTMLElement>("h1");
    (heading ?? main.current)?.focus({ preventScroll: true });
  }, [place]);

  const current = (name: Route["name"]) => (route.name === name ? ("page" as const) : undefined);
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-row">
          <a className="app-name" href={routeHref({ name: "home" })}>
            Chapterhouse
          </a>
          <nav aria-label="Main" className="main-nav">
            <ul>
              <li>
                <a href={routeHref({ name: "home" })} aria-current={current("home")}>
                  Home
                </a>
              </li>
              <li>
                <a href={routeHref({ name: "meetings" })} aria-current={current("meetings")}>
                  Meetings
                </a>
              </li>
              <li>
                <a href={routeHref({ name: "sync-files" })} aria-current={current("sync-files")}>
                  Sync by file
                </a>
              </li>
              <li>
                <a href={routeHref({ name: "settings" })} aria-current={current("settings")}>
                  Settings
                </a>
              </li>
            </ul>
          </nav>
          <IdentityStatus />
        </div>
        <ConnectedSyncStatusBar onError={onError} />
      </header>
      <InsecurePageNotice />
      <ProblemBanner problems={problems} />
      <Breadcrumb route={route} />
      <main id="main-content" ref={main} tabIndex={-1} className="app-main">
        <OrganisationNames route={route}>{screenFor(route)}</OrganisationNames>
      </main>
      <MeetingSharing onError={onError} />
      <SyncFileMenuCommands route={route} />
    </div>
  );
}

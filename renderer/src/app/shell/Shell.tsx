import { useEffect, useRef } from "react";
import { IdentityStatus } from "../../features/identity/index.js";
import { MeetingSharing, meetingsPath } from "../../features/meetings/index.js";
import { Breadcrumb, homePath } from "../../features/organisation/index.js";
import { myProfilePath, ProfileNames } from "../../features/profiles/index.js";
import { InsecurePageNotice, settingsPath } from "../../features/settings/index.js";
import { SyncFileMenuCommands, syncFilesPath } from "../../features/sync-files/index.js";
import type { Observable } from "../../shared/data/observable-value.js";
import { useRoute } from "../../shared/routing/use-route.js";
import { NotFoundScreen } from "../NotFoundScreen.js";
import { ConnectedSyncStatusBar } from "./ConnectedSyncStatusBar.js";
import { ProblemBanner } from "./ProblemBanner.js";

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
  const location = useRoute();
  const { open } = location;
  const main = useRef<HTMLElement>(null);
  // Where the address leads, as one string: a change of it is a navigation (another chapter is another place).
  const place = open?.href ?? `not-found ${location.path}`;
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

  const current = (path: { readonly pattern: string }) => (open?.route.pattern === path.pattern ? ("page" as const) : undefined);
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
          <a className="app-name" href={homePath.href()}>
            Chapterhouse
          </a>
          <nav aria-label="Main" className="main-nav">
            <ul>
              <li>
                <a href={homePath.href()} aria-current={current(homePath)}>
                  Home
                </a>
              </li>
              <li>
                <a href={myProfilePath.href()} aria-current={current(myProfilePath)}>
                  My profile
                </a>
              </li>
              <li>
                <a href={meetingsPath.href()} aria-current={current(meetingsPath)}>
                  Meetings
                </a>
              </li>
              <li>
                <a href={syncFilesPath.href({})} aria-current={current(syncFilesPath)}>
                  Sync by file
                </a>
              </li>
              <li>
                <a href={settingsPath.href()} aria-current={current(settingsPath)}>
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
      <Breadcrumb place={open?.place ?? {}} />
      <main id="main-content" ref={main} tabIndex={-1} className="app-main">
        <ProfileNames place={open?.place ?? {}}>{open === undefined ? <NotFoundScreen path={location.path} /> : open.render()}</ProfileNames>
      </main>
      <MeetingSharing onError={onError} />
      <SyncFileMenuCommands location={location} />
    </div>
  );
}

import { useEffect, useRef, useState } from "react";
import { IdentityStatus } from "../../features/identity/index.js";
import { MeetingSharing, meetingsPath } from "../../features/meetings/index.js";
import { NotificationBell } from "../../features/notifications/index.js";
import { Breadcrumb, homePath, OrganisationsNav } from "../../features/organisation/index.js";
import { messagesPath } from "../../features/messages/index.js";
import { myProfilePath, ProfileNames } from "../../features/profiles/index.js";
import { searchPath, useSearchShortcut } from "../../features/search/index.js";
import { InsecurePageNotice, settingsPath } from "../../features/settings/index.js";
import { SyncFileMenuCommands, syncFilesPath } from "../../features/sync-files/index.js";
import type { ObservableValue } from "../../shared/data/observable-value.js";
import { useT } from "../../shared/i18n/use-t.js";
import { useRoute } from "../../shared/routing/use-route.js";
import { Button } from "../../shared/ui/Button.js";
import { NotFoundScreen } from "../NotFoundScreen.js";
import { ConnectedSyncBadge } from "./ConnectedSyncBadge.js";
import { ConnectedSyncStatusBar } from "./ConnectedSyncStatusBar.js";
import { ProblemBanner } from "./ProblemBanner.js";
import "./Shell.css";

/**
 * The layout every screen sits in: one compact header row (menu button on phones, the app's
 * name on wider screens, the sync status in a word, the notifications' bell, who is signed in); beside the content, the navigation panel
 * (the member's organisations and chapters as a tree, the app's other places, the whole sync
 * status), which phones show on request; above the content, the breadcrumb of a chapter's pages.
 */
export function Shell({ problems, onError }: { readonly problems: ObservableValue<readonly unknown[]>; readonly onError: (error: unknown) => void }) {
  const t = useT("app");
  const location = useRoute();
  const { open } = location;
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLSpanElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  useSearchShortcut();
  // Where the address leads, as one string: a change of it is a navigation.
  const place = open?.href ?? `not-found ${location.path}`;
  const shown = useRef(place);

  // After a navigation the panel closes (on phones it covers the page). Each screen's
  // PageHeading takes focus; a screen without one, left with focus outside the content (a link
  // of the panel), gets it on its heading or its main area, so a screen reader says where it is.
  useEffect(() => {
    if (shown.current === place) return;
    shown.current = place;
    setMenuOpen(false);
    if (main.current?.contains(document.activeElement) === true) return;
    const heading = main.current?.querySelector<HTMLElement>("h1");
    (heading ?? main.current)?.focus({ preventScroll: true });
  }, [place]);

  const current = (path: { readonly pattern: string }) => (open?.route.pattern === path.pattern ? ("page" as const) : undefined);
  const placeShown = open?.place ?? {};
  return (
    <div className="shell" data-menu={menuOpen ? "open" : "closed"}>
      <a
        className="shell-skip"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t("skipToContent")}
      </a>
      <header className="shell-header">
        <span className="shell-menu-button" ref={menuButton}>
          <Button variant="quiet" aria-expanded={menuOpen} aria-controls="shell-panel" onPress={() => setMenuOpen(!menuOpen)}>
            {t("menu")}
          </Button>
        </span>
        <a className="shell-name" href={homePath.href()}>
          {t("name")}
        </a>
        <span className="shell-header-end">
          <ConnectedSyncBadge />
          <NotificationBell />
          <IdentityStatus />
        </span>
      </header>
      <div className="shell-body">
        <div
          id="shell-panel"
          className="shell-panel"
          onKeyDown={(event) => {
            if (event.key !== "Escape" || !menuOpen) return;
            setMenuOpen(false);
            menuButton.current?.querySelector("button")?.focus();
          }}
        >
          <OrganisationsNav place={placeShown} />
          <nav aria-label={t("nav.label")} className="shell-places">
            <ul>
              <li>
                <a href={homePath.href()} aria-current={current(homePath)}>
                  {t("nav.home")}
                </a>
              </li>
              <li>
                <a href={myProfilePath.href()} aria-current={current(myProfilePath)}>
                  {t("nav.myProfile")}
                </a>
              </li>
              <li>
                <a href={messagesPath.href()} aria-current={current(messagesPath)}>
                  {t("nav.messages")}
                </a>
              </li>
              <li>
                <a href={searchPath.href()} aria-current={current(searchPath)} aria-keyshortcuts="Control+K /">
                  {t("nav.search")}
                </a>
              </li>
              <li>
                <a href={meetingsPath.href()} aria-current={current(meetingsPath)}>
                  {t("nav.meetings")}
                </a>
              </li>
              <li>
                <a href={syncFilesPath.href({})} aria-current={current(syncFilesPath)}>
                  {t("nav.syncFiles")}
                </a>
              </li>
              <li>
                <a href={settingsPath.href()} aria-current={current(settingsPath)}>
                  {t("nav.settings")}
                </a>
              </li>
            </ul>
          </nav>
          <ConnectedSyncStatusBar onError={onError} />
        </div>
        <div className="shell-content">
          <InsecurePageNotice />
          <ProblemBanner problems={problems} />
          <Breadcrumb place={placeShown} pattern={open?.route.pattern} />
          <main id="main-content" ref={main} tabIndex={-1} className="shell-main">
            <ProfileNames place={placeShown}>{open === undefined ? <NotFoundScreen path={location.path} /> : open.render()}</ProfileNames>
          </main>
        </div>
      </div>
      <MeetingSharing onError={onError} />
      <SyncFileMenuCommands location={location} />
    </div>
  );
}

import { useEffect, useRef, type ReactNode } from "react";
import { routeHref, type Route } from "../routing/routes.js";
import { useRoute } from "../routing/use-route.js";
import { HomeScreen } from "../screens/HomeScreen.js";
import { NotFoundScreen } from "../screens/NotFoundScreen.js";
import { CreateIdentityPlaceholder, RestoreIdentityPlaceholder } from "../screens/PlaceholderScreen.js";
import { SettingsScreen } from "../screens/SettingsScreen.js";
import { ConnectedSyncStatusBar } from "./ConnectedSyncStatusBar.js";
import { ProblemBanner } from "./ProblemBanner.js";
import type { Observable } from "../data/observable-value.js";

function screenFor(route: Route): ReactNode {
  switch (route.name) {
    case "home":
      return <HomeScreen />;
    case "create-identity":
      return <CreateIdentityPlaceholder />;
    case "restore-identity":
      return <RestoreIdentityPlaceholder />;
    case "settings":
      return <SettingsScreen />;
    case "not-found":
      return <NotFoundScreen path={route.path} />;
  }
}

/** The layout every screen sits in: header with breadcrumb and navigation, sync status, main area. */
export function Shell({
  problems,
  onError,
}: {
  readonly problems: Observable<readonly string[]>;
  readonly onError: (error: unknown) => void;
}) {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(route.name);

  // After navigation (not on first load), move focus to the new screen's heading.
  useEffect(() => {
    if (shown.current === route.name) return;
    shown.current = route.name;
    const heading = main.current?.querySelector<HTMLElement>("h1");
    (heading ?? main.current)?.focus();
  }, [route.name]);

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
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <ol>
              <li aria-current="location">No organisation yet</li>
            </ol>
          </nav>
          <nav aria-label="Main" className="main-nav">
            <ul>
              <li>
                <a href={routeHref({ name: "home" })} aria-current={current("home")}>
                  Home
                </a>
              </li>
              <li>
                <a href={routeHref({ name: "settings" })} aria-current={current("settings")}>
                  Settings
                </a>
              </li>
            </ul>
          </nav>
        </div>
        <ConnectedSyncStatusBar onError={onError} />
      </header>
      <ProblemBanner problems={problems} />
      <main id="main-content" ref={main} tabIndex={-1} className="app-main">
        {screenFor(route)}
      </main>
    </div>
  );
}

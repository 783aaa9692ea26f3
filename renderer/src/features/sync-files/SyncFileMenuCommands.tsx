import { useEffect, useRef } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { syncFilesPath } from "./paths.js";
import { navigate } from "../../shared/routing/navigate.js";
import type { Location } from "../../shared/routing/route-registry.js";

/**
 * The desktop's File menu (electron/README.md E4.4, E10.4): "Export…" and "Import…" open sync
 * by file and start the same flow as its buttons; an export from an organisation's page
 * exports that organisation. In a browser no command ever arrives. Renders nothing.
 */
export function SyncFileMenuCommands({ location }: { readonly location: Location }) {
  const { platform } = useAppData();
  const current = useRef(location);
  current.current = location;
  useEffect(
    () =>
      platform.bundleFiles.onMenuCommand((command) => {
        if (command.type === "import-bundle") {
          navigate(syncFilesPath.href({ action: "import" }));
          return;
        }
        const { path, query, open } = current.current;
        // The organisation on screen: the one a page shows, or the one sync by file is exporting.
        const organisation = open?.place.organisation ?? syncFilesPath.match(path, query)?.organisation;
        navigate(syncFilesPath.href({ action: "export", ...(organisation === undefined ? {} : { organisation }) }));
      }),
    [platform],
  );
  return null;
}

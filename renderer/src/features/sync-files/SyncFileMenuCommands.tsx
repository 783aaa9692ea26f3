import { useEffect, useRef } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { navigate, type Route } from "../../shared/routing/route-registry.js";

/**
 * The desktop's File menu (electron/README.md E4.4, E10.4): "Export…" and "Import…" open sync
 * by file and start the same flow as its buttons; an export from an organisation's page
 * exports that organisation. In a browser no command ever arrives. Renders nothing.
 */
export function SyncFileMenuCommands({ route }: { readonly route: Route }) {
  const { platform } = useAppData();
  const current = useRef(route);
  current.current = route;
  useEffect(
    () =>
      platform.bundleFiles.onMenuCommand((command) => {
        if (command.type === "import-bundle") {
          navigate({ name: "sync-files", action: "import" });
          return;
        }
        const shown = current.current;
        const organisation = "organisation" in shown && typeof shown.organisation === "string" ? shown.organisation : undefined;
        navigate({ name: "sync-files", action: "export", ...(organisation === undefined ? {} : { organisation }) });
      }),
    [platform],
  );
  return null;
}

import { isIdSegment, queryPath } from "../../shared/routing/route-path.js";

/** What sync by file's page starts on arrival (the desktop's File menu goes here). */
export interface SyncFilesParams {
  readonly action?: "export" | "import";
  /** The Organisation document's id to export. */
  readonly organisation?: string;
}

/**
 * Sync by file: `#/files`, `#/files?do=import`, `#/files?do=export&o=<document id>`; unknown or
 * malformed values are left out.
 */
export const syncFilesPath = queryPath(
  "/files",
  (query): SyncFilesParams => {
    const params = new URLSearchParams(query);
    const action = params.get("do");
    const organisation = params.get("o");
    return {
      ...(action === "export" || action === "import" ? { action } : {}),
      ...(organisation !== null && isIdSegment(organisation) ? { organisation } : {}),
    };
  },
  ({ action, organisation }: SyncFilesParams) => {
    const query = new URLSearchParams();
    if (action !== undefined) query.set("do", action);
    if (organisation !== undefined) query.set("o", organisation);
    return query.toString();
  },
);

import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useCallback, useEffect, useRef, useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useOpenedVoteBundle } from "../votes/index.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { MemberSpace } from "../organisation/index.js";
import { syncFilesPath } from "./paths.js";
import { checkBundlePath } from "../votes/index.js";
import { navigate } from "../../shared/routing/navigate.js";
import { RequireUnlocked } from "../organisation/index.js";
import { useT } from "../../shared/i18n/use-t.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { exportOrganisation } from "./export-organisation.js";
import { ExportList, type ExportStatus } from "./ExportList.js";
import { importBundleFile } from "./import-bundle-file.js";
import { openImportedOrganisations } from "./imported-organisations.js";
import { ImportPanel, type ImportState } from "./ImportPanel.js";
import "./sync-files.css";

/** How long an export waits for the organisation's chapter documents to be read. */
const READ_TIMEOUT_MS = 10_000;

/** What the route asks for on arrival (the desktop's File menu). */
export interface SyncFilesRequest {
  readonly action?: "export" | "import" | undefined;
  /** The organisation's document id, for an export. */
  readonly organisation?: string | undefined;
}

/** Sync by file: export an organisation to a file, import a file. */
export function SyncFilesScreen(request: SyncFilesRequest) {
  const t = useT("sync-files");
  return <RequireUnlocked title={t("title")}>{(space) => <SyncFiles space={space} {...request} />}</RequireUnlocked>;
}

function SyncFiles({ space, action, organisation }: SyncFilesRequest & { readonly space: MemberSpace }) {
  const t = useT("sync-files");
  const { repo, platform, verifier } = useAppData();
  const openedVoteBundle = useOpenedVoteBundle();
  const home = useObservable(space.homeView);
  const organisations = home.entries.organisations;
  const [statuses, setStatuses] = useState<ReadonlyMap<DocumentUrl, ExportStatus>>(new Map());
  const [importState, setImportState] = useState<ImportState>({ type: "idle" });
  const [askToChoose, setAskToChoose] = useState(false);

  const runExport = useCallback(
    async (url: DocumentUrl) => {
      const entry = space.homeView.get().entries.organisations.find((o) => o.organisation === url);
      if (entry === undefined) return;
      const set = (status: ExportStatus) => setStatuses((previous) => new Map(previous).set(url, status));
      set({ type: "working" });
      setAskToChoose(false);
      try {
        const session = space.organisation(url, { root: entry.root });
        // The roster needs the chapter documents read; export what is held if they are slow.
        const view = await session
          .until((v) => v.state !== "loading" && v.fold !== undefined && v.waiting === 0, "the organisation's chapters were not read in time", READ_TIMEOUT_MS)
          .catch(() => session.view.get());
        const outcome = await exportOrganisation({ repo, verifier: await verifier, bundleFiles: platform.bundleFiles, organisation: url, name: entry.name, roster: view.roster });
        set({ type: "done", outcome });
      } catch (error) {
        set({ type: "failed", problem: error });
      }
    },
    [space, repo, verifier, platform],
  );

  const runImport = useCallback(async () => {
    setImportState({ type: "working" });
    try {
      const outcome = await importBundleFile(platform.bundleFiles, repo);
      if (outcome.type === "vote-bundle") {
        // A vote bundle is checked, not merged (B7): its page shows the verdict.
        openedVoteBundle.set({ fileName: outcome.fileName, text: outcome.text });
        setImportState({ type: "idle" });
        navigate(checkBundlePath.href());
        return;
      }
      const opened = outcome.type === "merged" ? await openImportedOrganisations(space, outcome.documents) : [];
      setImportState({ type: "done", outcome, organisations: opened });
    } catch (error) {
      setImportState({ type: "failed", problem: error });
    }
  }, [space, repo, platform, openedVoteBundle]);

  // A File menu command arrives as a route with an action: run it once, then drop it from the address.
  const handled = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (action === undefined) {
      handled.current = undefined; // the same command may come again
      return;
    }
    if (!home.loaded) return;
    const request = `${action} ${organisation ?? ""}`;
    if (handled.current === request) return;
    handled.current = request;
    window.location.replace(syncFilesPath.href({}));
    if (action === "import") {
      void runImport();
      return;
    }
    const target =
      organisations.find((o) => organisation !== undefined && documentIdOf(o.organisation) === organisation) ??
      (organisations.length === 1 ? organisations[0] : undefined);
    if (target !== undefined) void runExport(target.organisation);
    else if (organisations.length > 1) setAskToChoose(true);
  }, [action, organisation, home.loaded, organisations, runExport, runImport]);

  return (
    <div className="sync-files">
      <PageHeading>{t("title")}</PageHeading>
      <p className="sync-files-lede">{t("lede")}</p>
      {!home.loaded ? (
        <Skeleton />
      ) : (
        <ExportList
          organisations={organisations.map((o) => ({ url: o.organisation, name: o.name }))}
          statuses={statuses}
          onExport={(url) => void runExport(url)}
          askToChoose={askToChoose}
        />
      )}
      <ImportPanel state={importState} onImport={() => void runImport()} />
    </div>
  );
}

import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { describeCounts } from "./bundle-contents.js";
import type { ExportOutcome } from "./export-organisation.js";

/** Where one organisation's export stands. */
export type ExportStatus =
  | { readonly type: "working" }
  | { readonly type: "done"; readonly outcome: ExportOutcome }
  | { readonly type: "failed"; readonly text: string };

/** What the export list shows and does. */
export interface ExportListProps {
  readonly organisations: readonly { readonly url: DocumentUrl; readonly name: string }[];
  readonly statuses: ReadonlyMap<DocumentUrl, ExportStatus>;
  readonly onExport: (organisation: DocumentUrl) => void;
  /** A sentence above the list (e.g. "choose which organisation", after the File menu). */
  readonly prompt?: string | undefined;
}

function statusText(status: ExportStatus): string {
  switch (status.type) {
    case "working":
      return "Gathering its documents…";
    case "failed":
      return status.text;
    case "done":
      switch (status.outcome.type) {
        case "saved":
          return `Saved ${status.outcome.fileName}: ${describeCounts(status.outcome.counts)}.`;
        case "cancelled":
          return "Not saved: the dialog was cancelled.";
        case "not-held":
          return "This device does not hold this organisation's documents yet, so there is nothing to export.";
      }
  }
}

/** "Export to file": one button per organisation of the member, each with what its last export did. */
export function ExportList({ organisations, statuses, onExport, prompt }: ExportListProps) {
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export to file</h2>
      <p>
        Saves everything this device holds of an organisation (its chapters, proposals and ballot boxes) in one file, to
        carry on a USB stick to a device with no network.
      </p>
      {prompt === undefined ? null : (
        <p className="notice" role="status">
          {prompt}
        </p>
      )}
      {organisations.length === 0 ? (
        <p className="empty-state">You are not in an organisation yet: there is nothing to export.</p>
      ) : (
        <ul className="card-list" aria-label="Organisations to export">
          {organisations.map(({ url, name }) => {
            const status = statuses.get(url);
            return (
              <li key={url}>
                <strong>{name}</strong>
                <button type="button" aria-label={`Export ${name} to a file`} disabled={status?.type === "working"} onClick={() => onExport(url)}>
                  Export to file
                </button>
                {status === undefined ? null : (
                  <span role={status.type === "failed" ? "alert" : "status"} className={status.type === "failed" ? "error" : "muted"}>
                    {statusText(status)}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

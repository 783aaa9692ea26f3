import { documentIdOf } from "../../shared/documents/document-ids.js";
import { chapterPath, organisationPath } from "../organisation/index.js";
import { checkBundlePath } from "../votes/index.js";
import { kindName } from "./bundle-contents.js";
import type { ImportOutcome } from "./import-bundle-file.js";
import type { ImportedOrganisation } from "./imported-organisations.js";
import type { MergeStatus } from "./merge-bundle.js";

/** Where the import stands. */
export type ImportState =
  | { readonly type: "idle" }
  | { readonly type: "working" }
  | { readonly type: "done"; readonly outcome: ImportOutcome; readonly organisations: readonly ImportedOrganisation[] }
  | { readonly type: "failed"; readonly text: string };

const STATUS_TEXT: Readonly<Record<MergeStatus, string>> = {
  new: "new on this device",
  updated: "updated",
  unchanged: "unchanged (already here)",
};

/** "Import from file": the button, then what the file did, document by document. */
export function ImportPanel({ state, onImport }: { readonly state: ImportState; readonly onImport: () => void }) {
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import from file</h2>
      <p>
        Merges a file exported on another device into this one. Nothing here is overwritten, and every record in it is
        checked exactly as if it had arrived over the network. A damaged or foreign file is refused whole. A vote
        bundle (<code>.vote-bundle.json</code>) is not merged: it opens on the page that{" "}
        <a href={checkBundlePath.href()}>checks vote bundles</a>.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onImport} disabled={state.type === "working"}>
          Import from file…
        </button>
      </div>
      <ImportResult state={state} />
    </section>
  );
}

function ImportResult({ state }: { readonly state: ImportState }) {
  switch (state.type) {
    case "idle":
      return null;
    case "working":
      return (
        <p role="status" aria-busy="true">
          Reading the file…
        </p>
      );
    case "failed":
      return (
        <p className="error" role="alert">
          {state.text}
        </p>
      );
    case "done":
      break;
  }
  const { outcome, organisations } = state;
  switch (outcome.type) {
    case "cancelled":
      return <p role="status">No file was chosen.</p>;
    case "vote-bundle":
      return (
        <p role="status">
          <strong>{outcome.fileName}</strong> is a vote bundle: nothing was merged.{" "}
          <a href={checkBundlePath.href()}>See its check</a>.
        </p>
      );
    case "refused":
      return (
        <div className="notice" role="alert" data-testid="import-refused">
          <p>
            <strong>{outcome.fileName}</strong> was not imported: {outcome.reason}.
          </p>
          <p>Nothing on this device changed.</p>
        </div>
      );
    case "merged": {
      const count = (status: MergeStatus) => outcome.documents.filter((d) => d.status === status).length;
      return (
        <div data-testid="import-result">
          <p role="status">
            Imported <strong>{outcome.fileName}</strong>: {outcome.documents.length} {outcome.documents.length === 1 ? "document" : "documents"},{" "}
            {count("new")} new, {count("updated")} updated, {count("unchanged")} unchanged.
          </p>
          {organisations.length === 0 ? null : (
            <ul className="card-list" aria-label="Imported organisations">
              {organisations.map((organisation) => (
                <li key={organisation.url}>
                  <a
                    href={
                      organisation.root === undefined
                        ? organisationPath.href({ organisation: documentIdOf(organisation.url) })
                        : chapterPath.href({ organisation: documentIdOf(organisation.url), chapter: organisation.root })
                    }
                  >
                    Open {organisation.name ?? "the organisation"}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <table className="invite-table">
            <caption className="visually-hidden">Documents in the file</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Kind</th>
                <th scope="col">On this device</th>
              </tr>
            </thead>
            <tbody>
              {outcome.documents.map((document) => (
                <tr key={document.documentId}>
                  <td>
                    <code>{document.documentId.slice(0, 10)}…</code>
                  </td>
                  <td>{kindName(document.kind)}</td>
                  <td>{STATUS_TEXT[document.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
  }
}

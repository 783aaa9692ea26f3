// @vitest-environment jsdom
import type { DocumentId } from "@automerge/automerge-repo";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ExportList, type ExportStatus } from "./ExportList.js";
import { ImportPanel } from "./ImportPanel.js";

const RIVERSIDE = { url: "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl, name: "Riverside Tenants" };
const HARBOUR = { url: "automerge:2o5jPmKyXaS3YwBH2kNDoRxYJQ5A" as DocumentUrl, name: "Harbour Co-op" };

afterEach(cleanup);

describe("export to file", () => {
  it("[B5] one button per organisation; each says what its export did", () => {
    const onExport = vi.fn();
    const statuses = new Map<DocumentUrl, ExportStatus>([
      [RIVERSIDE.url, { type: "done", outcome: { type: "saved", fileName: "Riverside Tenants.chapterhouse", counts: { organisation: 1, chapter: 2, proposal: 1, "ballot-box": 3, other: 0 } } }],
      [HARBOUR.url, { type: "working" }],
    ]);
    render(<ExportList organisations={[RIVERSIDE, HARBOUR]} statuses={statuses} onExport={onExport} />);
    fireEvent.click(screen.getByRole("button", { name: "Export Riverside Tenants to a file" }));
    expect(onExport).toHaveBeenCalledWith(RIVERSIDE.url);
    expect(screen.getByText("Saved Riverside Tenants.chapterhouse: 1 organisation, 2 chapters, 1 proposal and 3 ballot boxes.")).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Export Harbour Co-op to a file" }).disabled).toBe(true);
  });

  it("[E10.1] a cancelled dialog, nothing held and a failure each say so; a member in no organisation is told", () => {
    const statuses = new Map<DocumentUrl, ExportStatus>([
      [RIVERSIDE.url, { type: "done", outcome: { type: "cancelled" } }],
      [HARBOUR.url, { type: "failed", text: "The file could not be saved: file-failed: disk full" }],
    ]);
    render(<ExportList organisations={[RIVERSIDE, HARBOUR]} statuses={statuses} onExport={() => undefined} prompt="Choose the organisation to export." />);
    expect(screen.getByText("Not saved: the dialog was cancelled.")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("disk full");
    expect(screen.getByText("Choose the organisation to export.")).toBeTruthy();
    cleanup();
    render(<ExportList organisations={[]} statuses={new Map()} onExport={() => undefined} />);
    expect(screen.getByText(/nothing to export/)).toBeTruthy();
  });
});

describe("import from file", () => {
  it("[B4] a refused file shows the reason and that nothing changed", () => {
    render(
      <ImportPanel
        state={{ type: "done", outcome: { type: "refused", fileName: "short.chapterhouse", reason: "bundle refused (truncated): the file ends inside document abc (10 of 20 bytes)" }, organisations: [] }}
        onImport={() => undefined}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("short.chapterhouse was not imported: bundle refused (truncated)");
    expect(alert.textContent).toContain("Nothing on this device changed.");
  });

  it("[B5] a merged file lists each document as new, updated or unchanged, and links to its organisations", () => {
    const onImport = vi.fn();
    const root = "dHOa-_fVS-vNpyNWC-ycguVXCe66mF03NUGTzSOHhDA" as ChapterId;
    render(
      <ImportPanel
        state={{
          type: "done",
          outcome: {
            type: "merged",
            fileName: "Riverside Tenants.chapterhouse",
            documents: [
              { documentId: "4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentId, status: "updated", kind: "organisation" },
              { documentId: "2o5jPmKyXaS3YwBH2kNDoRxYJQ5A" as DocumentId, status: "new", kind: "chapter" },
              { documentId: "3x5jPmKyXaS3YwBH2kNDoRxYJQ5A" as DocumentId, status: "unchanged", kind: "ballot-box" },
            ],
          },
          organisations: [{ url: RIVERSIDE.url, root, name: "Riverside Tenants" }],
        }}
        onImport={onImport}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("Imported Riverside Tenants.chapterhouse: 3 documents, 1 new, 1 updated, 1 unchanged.");
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1).map((row) => row.textContent);
    expect(rows).toEqual(["4NMNnkMhL8…organisationupdated", "2o5jPmKyXa…chapternew on this device", "3x5jPmKyXa…ballot boxunchanged (already here)"]);
    expect(screen.getByRole<HTMLAnchorElement>("link", { name: "Open Riverside Tenants" }).getAttribute("href")).toBe(`#/org/4NMNnkMhL8jXrdJ9jamS58PAVdXu/chapter/${root}`);
    fireEvent.click(screen.getByRole("button", { name: "Import from file…" }));
    expect(onImport).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment jsdom
import type { DocumentId } from "@automerge/automerge-repo";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import { ExportList, type ExportStatus } from "./ExportList.js";
import { ImportPanel } from "./ImportPanel.js";

const RIVERSIDE = { url: "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl, name: "Riverside Tenants" };
const HARBOUR = { url: "automerge:2o5jPmKyXaS3YwBH2kNDoRxYJQ5A" as DocumentUrl, name: "Harbour Co-op" };

afterEach(cleanup);

describe("export to file", () => {
  it("[B5] one button per organisation; each says what its export did, its contents counted in words", async () => {
    const user = userEvent.setup();
    const onExport = vi.fn();
    const statuses = new Map<DocumentUrl, ExportStatus>([
      [RIVERSIDE.url, { type: "done", outcome: { type: "saved", fileName: "Riverside Tenants.chapterhouse", counts: { organisation: 1, chapter: 2, proposal: 1, "ballot-box": 3, attachment: 0, other: 0 } } }],
      [HARBOUR.url, { type: "working" }],
    ]);
    renderTranslated(<ExportList organisations={[RIVERSIDE, HARBOUR]} statuses={statuses} onExport={onExport} />);
    await user.click(screen.getByRole("button", { name: "Export to file: Riverside Tenants" }));
    expect(onExport).toHaveBeenCalledWith(RIVERSIDE.url);
    expect(screen.getByText("Saved Riverside Tenants.chapterhouse: 1 organisation, 2 chapters, 1 proposal, and 3 sets of ballots.")).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Export to file: Harbour Co-op" }).disabled).toBe(true);
  });

  it("[B5] [I18N1] counts in Spanish with Spanish plurals and list", () => {
    const statuses = new Map<DocumentUrl, ExportStatus>([[RIVERSIDE.url, { type: "done", outcome: { type: "saved", fileName: "r.chapterhouse", counts: { organisation: 1, chapter: 2, proposal: 0, "ballot-box": 1, attachment: 0, other: 0 } } }]]);
    renderTranslated(<ExportList organisations={[RIVERSIDE]} statuses={statuses} onExport={() => undefined} />, "es");
    expect(screen.getByText("Se ha guardado r.chapterhouse: 1 organización, 2 secciones y 1 conjunto de papeletas.")).toBeTruthy();
  });

  it("[E10.1] a cancelled dialog, nothing held and a failure each say so; a member in no organisation is told what to do", async () => {
    const user = userEvent.setup();
    const statuses = new Map<DocumentUrl, ExportStatus>([
      [RIVERSIDE.url, { type: "done", outcome: { type: "cancelled" } }],
      [HARBOUR.url, { type: "failed", problem: new Error("file-failed: disk full") }],
    ]);
    renderTranslated(<ExportList organisations={[RIVERSIDE, HARBOUR]} statuses={statuses} onExport={() => undefined} askToChoose />);
    expect(screen.getByText("Not saved: the dialog was cancelled.")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("The file could not be saved.");
    await user.click(screen.getByRole("button", { name: "Details" }));
    expect(screen.getByText("file-failed: disk full")).toBeTruthy();
    expect(screen.getByText("Choose the organisation to export.")).toBeTruthy();
    cleanup();
    renderTranslated(<ExportList organisations={[]} statuses={new Map()} onExport={() => undefined} />);
    expect(screen.getByRole("heading", { name: "Nothing to export yet" })).toBeTruthy();
    expect(screen.getByText(/Once you start or join one/)).toBeTruthy();
  });
});

describe("import from file", () => {
  it("[B4] a refused file says so plainly and that nothing changed, its reason under Details", async () => {
    const user = userEvent.setup();
    renderTranslated(
      <ImportPanel
        state={{ type: "done", outcome: { type: "refused", fileName: "short.chapterhouse", reason: "bundle refused (truncated): the file ends inside document abc (10 of 20 bytes)" }, organisations: [] }}
        onImport={() => undefined}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("short.chapterhouse was not imported");
    expect(alert.textContent).toContain("Nothing on this device changed.");
    await user.click(within(alert).getByRole("button", { name: "Details" }));
    expect(within(alert).getByText(/bundle refused \(truncated\)/)).toBeTruthy();
  });

  it("[B5] a merged file says how many documents are new, updated or unchanged, links to its organisations, and lists each document in the details", async () => {
    const user = userEvent.setup();
    const onImport = vi.fn();
    const root = "dHOa-_fVS-vNpyNWC-ycguVXCe66mF03NUGTzSOHhDA" as ChapterId;
    renderTranslated(
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
    await user.click(screen.getByRole("button", { name: "What the file held" }));
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1).map((row) => row.textContent);
    expect(rows).toEqual(["4NMNnkMhL8…organisationupdated", "2o5jPmKyXa…chapternew on this device", "3x5jPmKyXa…set of ballotsunchanged (already here)"]);
    expect(screen.getByRole<HTMLAnchorElement>("link", { name: "Open Riverside Tenants" }).getAttribute("href")).toBe(`#/org/4NMNnkMhL8jXrdJ9jamS58PAVdXu/chapter/${root}`);
    await user.click(screen.getByRole("button", { name: "Import from file…" }));
    expect(onImport).toHaveBeenCalledTimes(1);
  });
});

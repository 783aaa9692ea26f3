import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { errorText } from "../../shared/ui/error-text.js";
import { Problem } from "../../shared/ui/Problem.js";
import { ItemList } from "../../shared/ui/ItemList.js";
import { DOCUMENT_KINDS, type KindCounts } from "./bundle-contents.js";
import type { ExportOutcome } from "./export-organisation.js";
import "./sync-files.css";

/** Where one organisation's export stands. */
export type ExportStatus =
  | { readonly type: "working" }
  | { readonly type: "done"; readonly outcome: ExportOutcome }
  | { readonly type: "failed"; readonly problem: unknown };

/** What the export list shows and does. */
export interface ExportListProps {
  readonly organisations: readonly { readonly url: DocumentUrl; readonly name: string }[];
  readonly statuses: ReadonlyMap<DocumentUrl, ExportStatus>;
  readonly onExport: (organisation: DocumentUrl) => void;
  /** Asks the member to choose which organisation (the desktop's File menu, with several). */
  readonly askToChoose?: boolean;
}

/** "1 organisation, 2 chapters and 3 sets of ballots", in the language shown. */
function useDescribeCounts(): (counts: KindCounts) => string {
  const t = useT("sync-files");
  const format = useFormat();
  return (counts) => {
    const parts = DOCUMENT_KINDS.filter((kind) => counts[kind] > 0).map((kind) => t(`kinds.${kind}`, { count: counts[kind], number: format.count(counts[kind]) }));
    return parts.length === 0 ? t("kinds.none") : format.list(parts);
  };
}

function ExportStatusLine({ status }: { readonly status: ExportStatus }) {
  const t = useT("sync-files");
  const describe = useDescribeCounts();
  switch (status.type) {
    case "working":
      return <span role="status">{t("export.working")}</span>;
    case "failed":
      return <Problem details={errorText(status.problem)}>{t("export.failed")}</Problem>;
    case "done":
      switch (status.outcome.type) {
        case "saved":
          return <span role="status">{t("export.saved", { file: status.outcome.fileName, contents: describe(status.outcome.counts) })}</span>;
        case "cancelled":
          return <span role="status">{t("export.cancelled")}</span>;
        case "not-held":
          return <span role="status">{t("export.notHeld")}</span>;
      }
  }
}

/** "Export to file": one button per organisation of the member, each with what its last export did. */
export function ExportList({ organisations, statuses, onExport, askToChoose = false }: ExportListProps) {
  const t = useT("sync-files");
  return (
    <section aria-labelledby="export-heading" className="sync-files-section">
      <h2 id="export-heading">{t("export.title")}</h2>
      <p>{t("export.text")}</p>
      {askToChoose ? (
        <p className="sync-files-notice" role="status">
          {t("export.choose")}
        </p>
      ) : null}
      {organisations.length === 0 ? (
        <EmptyState headingLevel={3} title={t("export.noneTitle")} description={t("export.noneText")} />
      ) : (
        <ItemList label={t("export.list")}>
          {organisations.map(({ url, name }) => {
            const status = statuses.get(url);
            return (
              <li key={url}>
                <strong>{name}</strong>
                <Button aria-label={t("export.buttonLabel", { name })} isDisabled={status?.type === "working"} onPress={() => onExport(url)}>
                  {t("export.button")}
                </Button>
                {status === undefined ? null : (
                  <div className="sync-files-status">
                    <ExportStatusLine status={status} />
                  </div>
                )}
              </li>
            );
          })}
        </ItemList>
      )}
    </section>
  );
}

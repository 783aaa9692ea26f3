import { documentIdOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataTable } from "../../shared/ui/DataTable.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { errorText } from "../../shared/ui/error-text.js";
import { FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { Problem } from "../../shared/ui/Problem.js";
import { ItemList } from "../../shared/ui/ItemList.js";
import { chapterPath, organisationPath } from "../organisation/index.js";
import { checkBundlePath } from "../votes/index.js";
import type { ImportOutcome } from "./import-bundle-file.js";
import type { ImportedOrganisation } from "./imported-organisations.js";
import type { MergeStatus } from "./merge-bundle.js";
import "./sync-files.css";

/** Where the import stands. */
export type ImportState =
  | { readonly type: "idle" }
  | { readonly type: "working" }
  | { readonly type: "done"; readonly outcome: ImportOutcome; readonly organisations: readonly ImportedOrganisation[] }
  | { readonly type: "failed"; readonly problem: unknown };

/** "Import from file": the button, then what the file did, its documents in the details. */
export function ImportPanel({ state, onImport }: { readonly state: ImportState; readonly onImport: () => void }) {
  const t = useT("sync-files");
  return (
    <section aria-labelledby="import-heading" className="sync-files-section">
      <h2 id="import-heading">{t("import.title")}</h2>
      <p>{t("import.text")}</p>
      <p>
        {t("import.voteBundle")} <Link href={checkBundlePath.href()}>{t("import.checkPage")}</Link>
      </p>
      <FormActions>
        <Button variant="primary" onPress={onImport} isDisabled={state.type === "working"}>
          {t("import.button")}
        </Button>
      </FormActions>
      <ImportResult state={state} />
    </section>
  );
}

function ImportResult({ state }: { readonly state: ImportState }) {
  const t = useT("sync-files");
  const format = useFormat();
  switch (state.type) {
    case "idle":
      return null;
    case "working":
      return (
        <p role="status" aria-busy="true">
          {t("import.working")}
        </p>
      );
    case "failed":
      return <Problem details={errorText(state.problem)}>{t("import.failed")}</Problem>;
    case "done":
      break;
  }
  const { outcome, organisations } = state;
  switch (outcome.type) {
    case "cancelled":
      return <p role="status">{t("import.cancelled")}</p>;
    case "vote-bundle":
      return (
        <p role="status">
          {t("import.isVoteBundle", { file: outcome.fileName })} <Link href={checkBundlePath.href()}>{t("import.seeCheck")}</Link>
        </p>
      );
    case "refused":
      return (
        <div data-testid="import-refused">
          <Problem details={outcome.reason}>{t("import.refused", { file: outcome.fileName })}</Problem>
        </div>
      );
    case "merged": {
      const count = (status: MergeStatus) => format.count(outcome.documents.filter((d) => d.status === status).length);
      return (
        <div data-testid="import-result" className="sync-files-section">
          <p role="status">
            {t("import.merged", {
              file: outcome.fileName,
              count: outcome.documents.length,
              number: format.count(outcome.documents.length),
              fresh: count("new"),
              updated: count("updated"),
              unchanged: count("unchanged"),
            })}
          </p>
          {organisations.length === 0 ? null : (
            <ItemList label={t("import.organisations")}>
              {organisations.map((organisation) => (
                <li key={organisation.url}>
                  <Link
                    variant="standalone"
                    href={
                      organisation.root === undefined
                        ? organisationPath.href({ organisation: documentIdOf(organisation.url) })
                        : chapterPath.href({ organisation: documentIdOf(organisation.url), chapter: organisation.root })
                    }
                  >
                    {organisation.name === undefined ? t("import.openUnnamed") : t("import.open", { name: organisation.name })}
                  </Link>
                </li>
              ))}
            </ItemList>
          )}
          <Disclosure title={t("import.documentsTitle")}>
            <DataTable
              caption={t("import.documents")}
              rows={outcome.documents}
              rowKey={(document) => document.documentId}
              columns={[
                { id: "document", title: t("import.document"), isRowHeader: true, cell: (document) => <code>{document.documentId.slice(0, 10)}…</code> },
                { id: "kind", title: t("import.kind"), cell: (document) => t(`kind.${document.kind}`) },
                { id: "status", title: t("import.status"), cell: (document) => t(`import.state.${document.status}`) },
              ]}
            />
          </Disclosure>
        </div>
      );
    }
  }
}

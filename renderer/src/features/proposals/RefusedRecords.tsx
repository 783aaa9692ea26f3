import type { RefusedRecord } from "@chapterhouse/crdt/proposals";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";

/**
 * Records of the proposal this device refused, each with the rule that refused it (PROTOCOL.md P,
 * V2): folded in a details panel, so a forged or misplaced record is visible without getting in the way.
 */
export function RefusedRecords({ refused }: { readonly refused: readonly RefusedRecord[] }) {
  const t = useT("proposals");
  const format = useFormat();
  if (refused.length === 0) return null;
  return (
    <Disclosure title={t("refused.title", { count: refused.length, n: format.count(refused.length) })} headingLevel={2}>
      <p>{t("refused.help")}</p>
      <ul className="refused-records" aria-label={t("refused.label")}>
        {refused.map((record) => (
          <li key={record.id} data-record={record.id}>
            <strong>{record.kind}</strong> <code>{record.id}</code> <span>{t("refused.status", { status: record.status, detail: record.detail })}</span>
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}

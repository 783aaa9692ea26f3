import type { RecordId } from "@chapterhouse/crdt/records";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Select } from "../../shared/ui/Select.js";
import type { DecisionEntry } from "../votes/index.js";

/** The chapter's recorded decisions, newest first, to cite (PROTOCOL.md DU4.4). */
export function DecisionPicker({ decisions, value, onChange, isDisabled }: { readonly decisions: readonly DecisionEntry[]; readonly value: RecordId | null; readonly onChange: (value: RecordId) => void; readonly isDisabled: boolean }) {
  const t = useT("dues");
  const format = useFormat();
  return (
    <Select
      label={t("decision.label")}
      description={decisions.length === 0 ? t("decision.noneYet") : t("decision.text")}
      options={decisions.map((entry) => ({ id: entry.id, label: t("decision.option", { title: entry.title ?? t("decision.untitled"), date: format.date(entry.at) }) }))}
      selectedKey={value}
      onSelectionChange={(key) => onChange(String(key) as RecordId)}
      isDisabled={isDisabled || decisions.length === 0}
    />
  );
}

import { MAX_COMMENT_LENGTH } from "@chapterhouse/crdt/proposals";
import { useT } from "../../../shared/i18n/use-t.js";
import { TextArea } from "../../../shared/ui/TextArea.js";

/**
 * The concern of a "consent with concerns" ballot. A ballot's choice is the word alone (PROTOCOL.md
 * T1.1), so the concern travels as what it is, deliberation: a comment on the proposal (P4)
 * naming the version voted on, posted with the ballot.
 */
export function ConcernField({ value, onChange }: { readonly value: string; readonly onChange: (text: string) => void }) {
  const t = useT("votes");
  return (
    <div className="concern-field">
      <TextArea label={t("concern.label")} description={t("concern.help")} optional limit={MAX_COMMENT_LENGTH} rows={3} value={value} onChange={onChange} />
    </div>
  );
}

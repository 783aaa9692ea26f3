import type { RecordId } from "@chapterhouse/crdt/records";
import type { OpenSummary } from "@chapterhouse/crdt/report";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { useMemberLabel } from "../profiles/index.js";

/** Props of the list of a proposal's votes. */
export interface OpensListProps {
  readonly opens: readonly OpenSummary[];
  /** The open shown below. */
  readonly shown: RecordId;
  readonly onSelect: (open: RecordId | null) => void;
}

const STATUSES = new Set(["valid", "superseded", "contested"] as const);
type ListedStatus = typeof STATUSES extends Set<infer S> ? S : never;
const isListed = (status: string): status is ListedStatus => (STATUSES as ReadonlySet<string>).has(status);

/**
 * The proposal's votes when there is more than one (a vote replaced by a later one, or two opened
 * at once): each with its state, the shown one marked; contested opens explained. Nothing when
 * the proposal has a single vote.
 */
export function OpensList({ opens, shown, onSelect }: OpensListProps) {
  const t = useT("votes");
  const format = useFormat();
  const labelOf = useMemberLabel();
  if (opens.length < 2) return null;
  const contested = opens.filter((o) => o.status === "contested");
  return (
    <div className="opens-list">
      {contested.length > 0 && (
        <p className="vote-note" role="status" data-testid="contested-opens">
          {t("opens.contested", { n: format.count(contested.length) })}
        </p>
      )}
      <ul aria-label={t("opens.label")}>
        {opens.map((open) => (
          <li key={open.id} data-status={open.status} aria-current={open.id === shown ? "true" : undefined}>
            <span>
              {t("opens.item", {
                member: labelOf(open.signer),
                date: format.dateTime(open.at),
                status: isListed(open.status) ? t(`opens.status.${open.status}`) : open.status.replace(/-/g, " "),
              })}
            </span>
            {open.id === shown ? (
              <strong>{t("opens.shown")}</strong>
            ) : (
              <Button variant="quiet" size="small" onPress={() => onSelect(open.id)}>
                {t("opens.show")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { LOST_REASONS } from "@chapterhouse/crdt/delegation";
import { useId } from "react";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { DataList } from "../../../shared/ui/DataList.js";
import { useMemberLabel } from "../../profiles/index.js";
import type { ShownDelegation } from "../shown-vote.js";

/**
 * Where the electorate's weight went in a vote that takes delegations (PROTOCOL.md DG6), in plain
 * words: totals by what happened (voted, represented, chose no one, each reason weight was lost),
 * who represents the most, and each member who did not vote — by whom they were represented and
 * through whom, or why not.
 */
export function DelegationResult({ delegation }: { readonly delegation: ShownDelegation }) {
  const t = useT("votes");
  const format = useFormat();
  const label = useMemberLabel();
  const ids = useId();
  const count = (c: { members: number; weight: number }) => t("represented.count", { count: c.members, n: format.count(c.members), weight: format.count(c.weight) });
  const { totals, concentration } = delegation;
  const lost = LOST_REASONS.filter((reason) => totals.lost[reason].members > 0);
  return (
    <section className="delegation-result" aria-labelledby={`${ids}-title`} data-testid="delegation-result">
      <h3 id={`${ids}-title`}>{t("represented.title")}</h3>
      <DataList
        items={[
          { id: "direct", term: t("represented.direct"), details: count(totals.direct) },
          { id: "carried", term: t("represented.carried"), details: count(totals.carried) },
          { id: "absent", term: t("represented.absent"), details: count(totals.absent) },
          ...lost.map((reason) => ({ id: reason, term: t("represented.lost", { reason: t(`represented.reason.${reason}`) }), details: count(totals.lost[reason]) })),
        ]}
      />
      {concentration.largest !== null && (
        <>
          <p>{t("represented.largest", { share: format.fraction(concentration.largest) })}</p>
          <h4 id={`${ids}-top`}>{t("represented.top")}</h4>
          <ol aria-labelledby={`${ids}-top`}>
            {concentration.top.map((line) => (
              <li key={line.member}>{t("represented.topItem", { count: line.members, member: label(line.member), n: format.count(line.members), weight: format.count(line.carried) })}</li>
            ))}
          </ol>
        </>
      )}
      {delegation.paths.length > 0 && (
        <>
          <h4 id={`${ids}-paths`}>{t("represented.paths")}</h4>
          <ul aria-labelledby={`${ids}-paths`} data-testid="delegation-paths">
            {delegation.paths.map((line) => (
              <li key={line.member} data-status={line.status}>
                {line.status === "lost"
                  ? t("represented.lostLine", { member: label(line.member), reason: t(`represented.reason.${line.reason}`) })
                  : line.via.length === 1
                    ? t("represented.carriedBy", { member: label(line.member), voter: label(line.via[0]!) })
                    : t("represented.carriedThrough", { member: label(line.member), voter: label(line.via.at(-1)!), path: format.list(line.via.slice(0, -1).map(label)) })}
              </li>
            ))}
          </ul>
          {delegation.more > 0 && <p className="ballot-help">{t("represented.more", { count: delegation.more, n: format.count(delegation.more) })}</p>}
        </>
      )}
    </section>
  );
}

import type { CarriedWeight } from "@chapterhouse/crdt/report";
import { useId } from "react";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { useMemberLabel } from "../../profiles/index.js";

/**
 * The weight the member's ballot carries (PROTOCOL.md V12.4), shown beside their ballot: their own
 * and that of each member who did not vote and chose them, directly or through a chain.
 */
export function CarriedWeightNote({ carries }: { readonly carries: CarriedWeight }) {
  const t = useT("votes");
  const format = useFormat();
  const label = useMemberLabel();
  const id = useId();
  const { members } = carries;
  return (
    <section className="carried-weight" aria-labelledby={id} data-testid="carried-weight" data-weight={carries.weight}>
      <h3 id={id}>{t("carry.title")}</h3>
      <p>
        {members.length === 0
          ? t("carry.alone", { weight: format.count(carries.weight) })
          : t("carry.some", { count: members.length, n: format.count(members.length), weight: format.count(carries.weight), own: format.count(carries.own) })}
      </p>
      {members.length > 0 && (
        <>
          <ul>
            {members.map((line) => (
              <li key={line.member}>
                {line.via.length === 1
                  ? t("carry.chose", { member: label(line.member), weight: format.count(line.weight) })
                  : t("carry.through", { member: label(line.member), weight: format.count(line.weight), path: format.list(line.via.slice(0, -1).map(label)) })}
              </li>
            ))}
          </ul>
          <p className="ballot-help">{t("carry.note")}</p>
        </>
      )}
    </section>
  );
}

import type { PresencePanel } from "@chapterhouse/crdt/assemblies";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { DataList } from "../../shared/ui/DataList.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";

/** The presence and quorum panel (PROTOCOL.md AS5.2, AS5.3): who is in the room, their weight and the proxies they carry, the quorum and whether it is met. */
export function PresenceCard({ panel, large = false }: { readonly panel: PresencePanel; readonly large?: boolean }) {
  const t = useT("assemblies");
  const format = useFormat();
  return (
    <section className={large ? "assembly-card assembly-presence assembly-large" : "assembly-card assembly-presence"} aria-labelledby="assembly-presence-title">
      <h2 id="assembly-presence-title">{t("presence.title")}</h2>
      <p role="status" className="assembly-quorum">
        <StatusPill tone={panel.met ? "success" : "warning"}>{panel.met ? t("presence.met") : t("presence.notMet")}</StatusPill>
      </p>
      <DataList
        items={[
          {
            id: "present",
            term: t("presence.present"),
            details: panel.carried === 0 ? format.count(panel.present.length) : t("presence.carrying", { present: format.count(panel.present.length), carried: format.count(panel.carried) }),
          },
          { id: "weight", term: t("presence.weight"), details: t("presence.weightOf", { weight: format.count(panel.weight), members: format.count(panel.electorate) }) },
          {
            id: "quorum",
            term: t("presence.quorum"),
            details: panel.quorum === null ? t("presence.noQuorum") : t("presence.needed", { fraction: format.fraction(panel.quorum), needed: format.count(panel.needed) }),
          },
          ...(panel.notCounted.length === 0 ? [] : [{ id: "notCounted", term: t("presence.notCounted"), details: format.count(panel.notCounted.length) }]),
        ]}
      />
    </section>
  );
}

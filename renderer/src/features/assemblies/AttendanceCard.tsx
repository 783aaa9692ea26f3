import type { Attendance } from "@chapterhouse/crdt/assemblies";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { setPresence, type AssemblyContext } from "./assembly-actions.js";
import { useAction } from "./use-action.js";

/**
 * Attendance (PROTOCOL.md AS5): the member checks themselves in or out from their own device; a
 * chair checks in or out any member of the chapter (chair-attested, shown as such).
 */
export function AttendanceCard({ context, attendance, members, chair }: { readonly context: AssemblyContext; readonly attendance: readonly Attendance[]; readonly members: readonly MemberKey[]; readonly chair: boolean }) {
  const t = useT("assemblies");
  const label = useMemberLabel();
  const { busy, failure, run } = useAction();
  const me = context.space.member.key;
  const present = attendance.filter((entry) => entry.present);
  const isIn = present.some((entry) => entry.member === me);
  const [chosen, setChosen] = useState<string | null>(null);
  const inRoom = new Set(present.map((entry) => entry.member));
  return (
    <section className="assembly-card" aria-labelledby="assembly-attendance-title">
      <h2 id="assembly-attendance-title">{t("attendance.title")}</h2>
      <div className="assembly-row">
        <p>{isIn ? t("attendance.youAreIn") : t("attendance.youAreOut")}</p>
        <Button variant={isIn ? "secondary" : "primary"} isDisabled={busy} onPress={() => run(() => setPresence(context, me, !isIn))}>
          {isIn ? t("attendance.checkOut") : t("attendance.checkIn")}
        </Button>
      </div>
      {chair ? (
        <div className="assembly-row">
          <Select
            label={t("attendance.member")}
            options={members.map((member) => ({ id: member, label: `${label(member)}${inRoom.has(member) ? ` · ${t("attendance.inRoom")}` : ""}` }))}
            selectedKey={chosen}
            onSelectionChange={(key) => setChosen(key === null ? null : String(key))}
          />
          <Button isDisabled={busy || chosen === null} onPress={() => chosen !== null && run(() => setPresence(context, chosen as MemberKey, !inRoom.has(chosen as MemberKey)))}>
            {chosen !== null && inRoom.has(chosen as MemberKey) ? t("attendance.attestOut") : t("attendance.attestIn")}
          </Button>
        </div>
      ) : null}
      {failure === null ? null : <Problem>{failure}</Problem>}
      <h3>{t("attendance.inTheRoom", { count: present.length })}</h3>
      {present.length === 0 ? (
        <p>{t("attendance.nobody")}</p>
      ) : (
        <ul className="assembly-people" aria-label={t("attendance.inTheRoom", { count: present.length })}>
          {present.map((entry) => (
            <li key={entry.member}>
              <MemberName member={entry.member} />
              {entry.attested ? (
                <>
                  {" "}
                  <StatusPill tone="info">{t("attendance.attested")}</StatusPill>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

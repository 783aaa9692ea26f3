import { MAX_SPEECH_SECONDS, SPEAKER_ROLES, type AgendaNode, type SpeakerRequest, type SpeakerRole, type SpeakerTotal } from "@chapterhouse/crdt/assemblies";
import { useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataTable } from "../../shared/ui/DataTable.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { askFloor, orderSpeakers, timeSpeech, type AssemblyContext } from "./assembly-actions.js";
import { clockFace, speechSeconds, spokenSeconds } from "./speech-seconds.js";
import { useAction } from "./use-action.js";
import { useNow } from "./use-now.js";

/** The running time of a speech, from its start (a claimed time, display only). */
export function SpeechTimer({ since }: { readonly since: number }) {
  const t = useT("assemblies");
  const now = useNow(true);
  return <span className="assembly-timer" aria-label={t("speakers.timer")}>{clockFace(speechSeconds(since, now, MAX_SPEECH_SECONDS))}</span>;
}

/**
 * The speakers list of one item (PROTOCOL.md AS6): members ask for the floor from their own device
 * as a contribution, for, against or on a point of order; chairs order the queue (nothing moves on
 * its own), give the floor with a timer, end or pass; each member's speeches and time are shown so
 * the chair can balance the floor.
 */
export function SpeakersCard({ context, item, queue, done, totals, chair }: { readonly context: AssemblyContext; readonly item: AgendaNode | null; readonly queue: readonly SpeakerRequest[]; readonly done: readonly SpeakerRequest[]; readonly totals: readonly SpeakerTotal[]; readonly chair: boolean }) {
  const t = useT("assemblies");
  const format = useFormat();
  const { busy, failure, run } = useAction();
  const [role, setRole] = useState<SpeakerRole>("contribution");
  const label = useMemberLabel();
  const me = context.space.member.key;
  if (item === null)
    return (
      <section className="assembly-card" aria-labelledby="assembly-speakers-title">
        <h2 id="assembly-speakers-title">{t("speakers.title")}</h2>
        <p>{t("speakers.noItem")}</p>
      </section>
    );
  const waiting = queue.filter((request) => request.state === "waiting");
  const move = (request: SpeakerRequest, by: -1 | 1) => {
    const ids = waiting.map((entry) => entry.id);
    const at = ids.indexOf(request.id);
    const other = ids[at + by];
    if (other === undefined) return;
    ids[at + by] = request.id;
    ids[at] = other;
    run(() => orderSpeakers(context, item.id, ids));
  };
  const mine = queue.some((request) => request.member === me);
  return (
    <section className="assembly-card" aria-labelledby="assembly-speakers-title">
      <h2 id="assembly-speakers-title">{t("speakers.titleOf", { title: item.title })}</h2>
      {queue.length === 0 ? <p>{t("speakers.empty")}</p> : null}
      <ol className="assembly-speakers" aria-label={t("speakers.queue")}>
        {queue.map((request) => (
          <li key={request.id} className="assembly-speaker" data-state={request.state}>
            <span>
              <MemberName member={request.member} /> <StatusPill tone={request.as === "order" ? "warning" : "neutral"}>{t(`speakers.as.${request.as}`)}</StatusPill>
              {request.state === "speaking" && request.since !== null ? (
                <>
                  {" "}
                  <StatusPill tone="success">{t("speakers.speaking")}</StatusPill> <SpeechTimer since={request.since} />
                </>
              ) : null}
            </span>
            {chair ? (
              <span className="assembly-row" role="group" aria-label={t("speakers.actions")}>
                {request.state === "waiting" ? (
                  <>
                    <Button size="small" isDisabled={busy} onPress={() => run(() => timeSpeech(context, request.id, null))}>
                      {t("speakers.give")}
                    </Button>
                    <Button size="small" variant="quiet" isDisabled={busy || waiting.indexOf(request) === 0} onPress={() => move(request, -1)} aria-label={t("agenda.named", { action: t("agenda.up"), title: label(request.member) })}>
                      {t("agenda.up")}
                    </Button>
                    <Button size="small" variant="quiet" isDisabled={busy || waiting.indexOf(request) === waiting.length - 1} onPress={() => move(request, 1)} aria-label={t("agenda.named", { action: t("agenda.down"), title: label(request.member) })}>
                      {t("agenda.down")}
                    </Button>
                    <Button size="small" variant="quiet" isDisabled={busy} onPress={() => run(() => timeSpeech(context, request.id, 0))}>
                      {t("speakers.pass")}
                    </Button>
                  </>
                ) : (
                  <Button size="small" variant="primary" isDisabled={busy} onPress={() => run(() => timeSpeech(context, request.id, spokenSeconds(request.since ?? Date.now(), Date.now(), MAX_SPEECH_SECONDS)))}>
                    {t("speakers.end")}
                  </Button>
                )}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="assembly-row">
        <Select label={t("speakers.askAs")} options={SPEAKER_ROLES.map((id) => ({ id, label: t(`speakers.as.${id}`) }))} selectedKey={role} onSelectionChange={(key) => setRole(String(key) as SpeakerRole)} />
        <Button variant="primary" isDisabled={busy} onPress={() => run(() => askFloor(context, item.id, role))}>
          {mine ? t("speakers.askAgain") : t("speakers.ask")}
        </Button>
      </div>
      {failure === null ? null : <Problem>{failure}</Problem>}
      {done.length === 0 ? null : (
        <>
          <h3>{t("speakers.done")}</h3>
          <ul className="assembly-people">
            {done.map((request) => (
              <li key={request.id}>
                <MemberName member={request.member} /> · {t(`speakers.as.${request.as}`)} · {request.seconds === 0 ? t("speakers.passed") : clockFace(request.seconds ?? 0)}
              </li>
            ))}
          </ul>
        </>
      )}
      {totals.length === 0 ? null : (
        <DataTable
          caption={t("speakers.totals")}
          rowKey={(row) => row.member}
          rows={totals}
          columns={[
            { id: "member", title: t("speakers.member"), isRowHeader: true, cell: (row) => <MemberName member={row.member} /> },
            { id: "speeches", title: t("speakers.speeches"), align: "end", cell: (row) => format.count(row.speeches) },
            { id: "time", title: t("speakers.time"), align: "end", cell: (row) => clockFace(row.seconds) },
          ]}
        />
      )}
    </section>
  );
}

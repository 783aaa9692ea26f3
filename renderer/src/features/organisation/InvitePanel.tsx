import type { ChapterRoster, InviteEntry } from "@chapterhouse/crdt/membership";
import type { RecordId } from "@chapterhouse/crdt/records";
import { useLiveQuery } from "dexie-react-hooks";
import { useId, useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataTable } from "../../shared/ui/DataTable.js";
import { errorText } from "../../shared/ui/error-text.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { NumberField } from "../../shared/ui/NumberField.js";
import { Problem } from "../../shared/ui/Problem.js";
import { StatusPill, type StatusTone } from "../../shared/ui/StatusPill.js";
import { settingsPath } from "../settings/index.js";
import { createInvite } from "./create-invite.js";
import { formatInviteLink } from "./invite-link.js";
import { InviteLinkView } from "./InviteLinkView.js";
import type { MemberSpace } from "./member-space.js";
import type { OpenOrganisation } from "./open-organisation.js";
import "./chapter.css";

const DAY = 86_400_000;
const LINK_KEY = (invite: RecordId) => `invite-link:${invite}`;

/** Where an invite stands. */
type InviteState = "open" | "withdrawn" | "usedUp" | "expired";
const TONE: Readonly<Record<InviteState, StatusTone>> = { open: "success", withdrawn: "neutral", usedUp: "neutral", expired: "warning" };

function inviteState(invite: InviteEntry, now: number): InviteState {
  if (invite.closed) return "withdrawn";
  if (invite.uses >= invite.maxUses) return "usedUp";
  if (now > invite.expires) return "expired";
  return "open";
}

/** A facilitator's invites for a chapter: make one (how many uses, for how many days), see how each is used. */
export function InvitePanel({ space, session, chapter }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly chapter: ChapterRoster }) {
  const t = useT("organisation");
  const format = useFormat();
  const { platform, db } = useAppData();
  const ids = useId();
  const [uses, setUses] = useState(10);
  const [days, setDays] = useState(7);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [shown, setShown] = useState<{ invite: RecordId; link: string } | undefined>(undefined);
  const links = useLiveQuery(async () => {
    const rows = await db.settings.bulkGet(chapter.invites.map((i) => LINK_KEY(i.id)));
    return new Map(rows.flatMap((row) => (row !== undefined && typeof row.value === "string" ? [[row.key.slice("invite-link:".length), row.value] as const] : [])));
  }, [db, chapter.invites]);
  const relays = space.relaysOf(session.url);
  const now = platform.now();

  async function create(): Promise<void> {
    if (busy) return;
    setFailure(undefined);
    setBusy(true);
    try {
      const created = await createInvite(space, session, { chapter: chapter.id, maxUses: uses, expires: platform.now() + days * DAY });
      const link = formatInviteLink(platform.appAddress(), { organisation: session.url, chapter: chapter.id, invite: created.invite, token: created.token, relay: relays[0] });
      // Kept on this device only, so the facilitator can show it again (e.g. as a QR code at a meeting).
      await db.settings.put({ key: LINK_KEY(created.invite), value: link });
      setShown({ invite: created.invite, link });
    } catch (problem) {
      setFailure(problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${ids}-heading`} className="chapter-invites">
      <h2 id={`${ids}-heading`}>{t("invites.title")}</h2>
      <p>{t("invites.text", { chapter: chapter.name })}</p>
      {relays.length === 0 ? (
        <p className="chapter-notice" role="note">
          {t("invites.noServer")}{" "}
          <Link href={settingsPath.href()}>{t("invites.toSettings")}</Link>
        </p>
      ) : null}
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <div className="chapter-fields">
          <NumberField label={t("invites.uses")} value={uses} onChange={(value) => setUses(Number.isNaN(value) ? 1 : value)} minValue={1} maxValue={1000} isDisabled={busy} />
          <NumberField label={t("invites.days")} value={days} onChange={(value) => setDays(Number.isNaN(value) ? 1 : value)} minValue={1} maxValue={365} isDisabled={busy} />
        </div>
        {failure === undefined ? null : <Problem details={errorText(failure)}>{t("invites.failed")}</Problem>}
        <FormActions>
          <Button type="submit" variant="primary">
            {t("invites.create")}
          </Button>
        </FormActions>
      </Form>
      {shown === undefined ? null : <InviteLinkView link={shown.link} />}
      {chapter.invites.length === 0 ? (
        <p className="chapter-muted">{t("invites.none")}</p>
      ) : (
        <DataTable
          caption={t("invites.caption", { chapter: chapter.name })}
          rows={chapter.invites}
          rowKey={(invite) => invite.id}
          columns={[
            { id: "used", title: t("invites.used"), cell: (invite) => t("invites.usedOf", { used: format.count(invite.uses), max: format.count(invite.maxUses) }) },
            { id: "expires", title: t("invites.expires"), cell: (invite) => format.date(invite.expires) },
            {
              id: "state",
              title: t("invites.state"),
              cell: (invite) => {
                const state = inviteState(invite, now);
                return <StatusPill tone={TONE[state]}>{t(`invites.states.${state}`)}</StatusPill>;
              },
            },
            {
              id: "link",
              title: t("invites.link"),
              cell: (invite) => {
                const link = links?.get(invite.id);
                return link === undefined ? null : (
                  <Button size="small" onPress={() => setShown({ invite: invite.id, link })}>
                    {t("invites.showLink")}
                  </Button>
                );
              },
            },
          ]}
        />
      )}
    </section>
  );
}

import type { ChapterRoster, InviteEntry, RecordId } from "@chapterhouse/crdt";
import { useLiveQuery } from "dexie-react-hooks";
import { useId, useState, type FormEvent } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { errorText } from "../../shared/ui/error-text.js";
import { createInvite } from "./create-invite.js";
import { formatInviteLink } from "./invite-link.js";
import type { MemberSpace } from "./member-space.js";
import type { OpenOrganisation } from "./open-organisation.js";
import { InviteLinkView } from "./InviteLinkView.js";

const DAY = 86_400_000;
const LINK_KEY = (invite: RecordId) => `invite-link:${invite}`;

/** A facilitator's invites for a chapter: make one (uses, expiry), see each one's use. */
export function InvitePanel({ space, session, chapter }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly chapter: ChapterRoster }) {
  const { platform, db } = useAppData();
  const ids = useId();
  const [uses, setUses] = useState("10");
  const [days, setDays] = useState("7");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState<{ invite: RecordId; link: string } | undefined>(undefined);
  const links = useLiveQuery(async () => {
    const rows = await db.settings.bulkGet(chapter.invites.map((i) => LINK_KEY(i.id)));
    return new Map(rows.flatMap((row) => (row !== undefined && typeof row.value === "string" ? [[row.key.slice("invite-link:".length), row.value] as const] : [])));
  }, [db, chapter.invites]);
  const relays = space.relaysOf(session.url);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const maxUses = Number(uses);
    const validDays = Number(days);
    if (!Number.isInteger(maxUses) || maxUses < 1 || maxUses > 1000) return setError("An invite can be used from 1 to 1000 times.");
    if (!Number.isInteger(validDays) || validDays < 1 || validDays > 365) return setError("An invite is valid from 1 to 365 days.");
    setError(undefined);
    setBusy(true);
    try {
      const created = await createInvite(space, session, { chapter: chapter.id, maxUses, expires: platform.now() + validDays * DAY });
      const link = formatInviteLink(platform.appAddress(), { organisation: session.url, chapter: chapter.id, invite: created.invite, token: created.token, relay: relays[0] });
      // Kept on this device only, so the facilitator can show it again (e.g. as a QR code at a meeting).
      await db.settings.put({ key: LINK_KEY(created.invite), value: link });
      setShown({ invite: created.invite, link });
    } catch (problem) {
      setError(errorText(problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${ids}-heading`} className="invites">
      <h2 id={`${ids}-heading`}>Invites</h2>
      <p className="help">An invite link admits whoever opens it into {chapter.name}, as many times as you allow, until it expires. Share it only with the people you mean.</p>
      {relays.length === 0 ? (
        <p className="notice" role="note">
          This organisation has no relay, so an invitee cannot reach it. Add a relay in Settings and start the organisation there.
        </p>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate className="inline-form">
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${ids}-uses`}>Uses</label>
            <input id={`${ids}-uses`} type="number" min={1} max={1000} value={uses} onChange={(e) => setUses(e.target.value)} disabled={busy} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-days`}>Valid for (days)</label>
            <input id={`${ids}-days`} type="number" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} disabled={busy} />
          </div>
        </div>
        {error === undefined ? null : (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Creating…" : "Create invite link"}
          </button>
        </div>
      </form>
      {shown === undefined ? null : <InviteLinkView link={shown.link} />}
      {chapter.invites.length === 0 ? (
        <p className="empty-state">No invites yet.</p>
      ) : (
        <table className="invite-table">
          <caption className="visually-hidden">Invites of {chapter.name}</caption>
          <thead>
            <tr>
              <th scope="col">Used</th>
              <th scope="col">Expires</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Link</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {chapter.invites.map((invite) => (
              <tr key={invite.id}>
                <td>
                  {invite.uses} of {invite.maxUses}
                </td>
                <td>{new Date(invite.expires).toLocaleDateString()}</td>
                <td>{inviteState(invite, platform.now())}</td>
                <td>
                  {links?.get(invite.id) === undefined ? null : (
                    <button type="button" className="secondary" onClick={() => setShown({ invite: invite.id, link: links.get(invite.id)! })}>
                      Show link
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function inviteState(invite: InviteEntry, now: number): string {
  if (invite.closed) return "Withdrawn";
  if (invite.uses >= invite.maxUses) return "Used up";
  if (now > invite.expires) return "Expired";
  return "Open";
}

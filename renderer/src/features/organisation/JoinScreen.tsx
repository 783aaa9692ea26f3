import { useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useMemberSpace } from "./use-member-space.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { errorText } from "../../shared/ui/error-text.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { parseRelayUrl } from "../../shared/data/relay-url.js";
import { InviteLinkError, parseInviteQuery, type InviteLink } from "./invite-link.js";
import type { MemberSpace } from "./member-space.js";
import { redeemInvite } from "./redeem-invite.js";
import { chapterPath, homePath, joinPath } from "./paths.js";
import { navigate } from "../../shared/routing/navigate.js";
import { InviteTarget } from "./InviteTarget.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";
import { createIdentityPath, rememberPendingJoin, restoreIdentityPath, UnlockPanel } from "../identity/index.js";

/** Where an invite link opens: checks the link, asks for an identity if needed, then joins. */
export function JoinScreen({ query }: { readonly query: string }) {
  const { db } = useAppData();
  const { state, space } = useMemberSpace();
  if (isMeetingLink(query)) return <MeetingJoined />;
  let invite: InviteLink;
  try {
    invite = parseInviteQuery(query);
  } catch (problem) {
    return (
      <div>
        <ScreenHeading>Join a chapter</ScreenHeading>
        <p className="error" role="alert">
          {problem instanceof InviteLinkError ? problem.message : errorText(problem)}
        </p>
        <p>
          <a href={homePath.href()}>Go to the start</a>
        </p>
      </div>
    );
  }
  if (state.type === "loading") return <p aria-busy="true">Loading…</p>;
  return (
    <div className="join">
      <ScreenHeading>Join a chapter</ScreenHeading>
      <p className="lede">You have been invited to join a chapter of an organisation on Chapterhouse.</p>
      {state.type === "absent" ? (
        <>
          <p>To join, you first need an identity: a key on this device that signs your membership.</p>
          <div className="actions">
            {[createIdentityPath, restoreIdentityPath].map((path) => (
              <a
                key={path.pattern}
                className={path === createIdentityPath ? "button primary" : "button"}
                href={path.href()}
                onClick={() => void rememberPendingJoin(db, joinPath.href({ query }))}
              >
                {path === createIdentityPath ? "Create your identity" : "Restore from a recovery phrase"}
              </a>
            ))}
          </div>
        </>
      ) : state.type === "locked" || space === undefined ? (
        <UnlockPanel name={state.type === "locked" ? state.name : ""} />
      ) : (
        // One per link: a link opened after a refused one starts afresh.
        <JoinInvite key={query} space={space} invite={invite} />
      )}
    </div>
  );
}

/**
 * A meeting host's join link (`#/join?token=…`, electron meeting-host.ts) names no chapter: it
 * connects this device to the meeting's relay (start-web-page.ts does that), nothing more.
 */
function isMeetingLink(query: string): boolean {
  const params = new URLSearchParams(query);
  return params.has("token") && !params.has("o");
}

function MeetingJoined() {
  return (
    <div className="join">
      <ScreenHeading>Join the meeting</ScreenHeading>
      <p className="lede">This device syncs with the meeting host on this network: the sync status above shows when it is connected.</p>
      <p>To join a chapter, open the invite link or QR code a facilitator shares.</p>
      <p>
        <a href={homePath.href()}>Go to your organisations</a>
      </p>
    </div>
  );
}

type Progress = { readonly type: "idle" } | { readonly type: "joining"; readonly step: string } | { readonly type: "failed"; readonly text: string };

function JoinInvite({ space, invite }: { readonly space: MemberSpace; readonly invite: InviteLink }) {
  const { relays, platform } = useAppData();
  const settings = useObservable(relays.relays);
  const [progress, setProgress] = useState<Progress>({ type: "idle" });
  const known = space.homeView.get().entries.organisations.find((o) => o.organisation === invite.organisation);
  // An organisation this member belongs to is open already; another opens when joining starts.
  const [session, setSession] = useState(() => (known === undefined ? undefined : space.organisation(invite.organisation)));

  async function join(): Promise<void> {
    try {
      let relay: string | undefined;
      if (invite.relay !== undefined) {
        relay = parseRelayUrl(invite.relay, platform.pageProtocol);
        if (!settings.relays.some((r) => r.url === relay)) {
          setProgress({ type: "joining", step: "Connecting to the organisation's relay…" });
          await relays.addRelay(relay);
        }
      }
      setProgress({ type: "joining", step: "Receiving the organisation and the invite…" });
      const session = space.organisation(invite.organisation, { focus: invite.chapter, relays: relay === undefined ? [] : [relay] });
      setSession(session);
      await redeemInvite(space, session, invite);
      navigate(chapterPath.href({ organisation: documentIdOf(invite.organisation), chapter: invite.chapter }));
    } catch (problem) {
      setProgress({ type: "failed", text: errorText(problem) });
    }
  }

  return (
    <section aria-label="Invite">
      <InviteTarget session={session} chapter={invite.chapter} />
      {known === undefined ? null : (
        <p>
          The organisation is <strong>{known.name}</strong>, which you already belong to.
        </p>
      )}
      {invite.relay === undefined ? (
        <p className="notice" role="note">
          This link names no relay: it can only work if this device already reaches the organisation.
        </p>
      ) : (
        <p>
          Joining connects this device to the organisation&rsquo;s relay <code>{invite.relay}</code>, which keeps its documents in sync.
        </p>
      )}
      <p>Your membership is a record signed with your key: the chapter&rsquo;s members will see it.</p>
      {progress.type === "joining" ? (
        <p role="status" aria-busy="true">
          {progress.step}
        </p>
      ) : null}
      {progress.type === "failed" ? (
        <p className="error" role="alert">
          {progress.text}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void join()} disabled={progress.type === "joining"}>
          {progress.type === "failed" ? "Try again" : "Join"}
        </button>
      </div>
    </section>
  );
}

import { useState, useSyncExternalStore } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { parseRelayUrl, RelayUrlError } from "../../shared/data/relay-url.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { errorText } from "../../shared/ui/error-text.js";
import { FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { createIdentityPath, rememberPendingJoin, restoreIdentityPath, UnlockPanel } from "../identity/index.js";
import { InviteLinkError, parseInviteQuery, type InviteLink } from "./invite-link.js";
import { InviteTarget } from "./InviteTarget.js";
import type { MemberSpace } from "./member-space.js";
import type { OpenOrganisation } from "./open-organisation.js";
import { chapterPath, homePath, joinPath } from "./paths.js";
import { InviteRefused, redeemInvite } from "./redeem-invite.js";
import { useMemberSpace } from "./use-member-space.js";
import "./chapter.css";

/** Where an invite link opens: checks the link, asks for an identity if needed, then joins. */
export function JoinScreen({ query }: { readonly query: string }) {
  const t = useT("organisation");
  const { db } = useAppData();
  const { state, space } = useMemberSpace();
  if (isMeetingLink(query)) return <MeetingJoined />;
  let invite: InviteLink;
  try {
    invite = parseInviteQuery(query);
  } catch (problem) {
    return (
      <>
        <PageHeading>{t("join.title")}</PageHeading>
        <Problem>{problem instanceof InviteLinkError ? t(`join.linkProblem.${problem.code}`) : errorText(problem)}</Problem>
        <p>
          <Link href={homePath.href()} variant="standalone">
            {t("join.toStart")}
          </Link>
        </p>
      </>
    );
  }
  if (state.type === "loading") return <Skeleton />;
  return (
    <>
      <PageHeading>{t("join.title")}</PageHeading>
      <p className="chapter-invite-target">{t("join.lede")}</p>
      {state.type === "absent" ? (
        <>
          <p>{t("join.needIdentity")}</p>
          <div className="chapter-fields">
            <Link href={createIdentityPath.href()} variant="standalone" onPress={() => void rememberPendingJoin(db, joinPath.href({ query }))}>
              {t("join.create")}
            </Link>
            <Link href={restoreIdentityPath.href()} variant="standalone" onPress={() => void rememberPendingJoin(db, joinPath.href({ query }))}>
              {t("join.restore")}
            </Link>
          </div>
        </>
      ) : state.type === "locked" || space === undefined ? (
        <UnlockPanel name={state.type === "locked" ? state.name : ""} />
      ) : (
        // One per link: a link opened after a refused one starts afresh.
        <JoinInvite key={query} space={space} invite={invite} />
      )}
    </>
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
  const t = useT("organisation");
  return (
    <>
      <PageHeading>{t("meetingJoined.title")}</PageHeading>
      <p className="chapter-invite-target">{t("meetingJoined.lede")}</p>
      <p>{t("meetingJoined.toJoin")}</p>
      <p>
        <Link href={homePath.href()} variant="standalone">
          {t("meetingJoined.toOrganisations")}
        </Link>
      </p>
    </>
  );
}

type Progress =
  | { readonly type: "idle" }
  | { readonly type: "joining"; readonly step: "connecting" | "receiving" }
  | { readonly type: "failed"; readonly problem: unknown };

function JoinInvite({ space, invite }: { readonly space: MemberSpace; readonly invite: InviteLink }) {
  const t = useT("organisation");
  const common = useT("common");
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
          setProgress({ type: "joining", step: "connecting" });
          await relays.addRelay(relay);
        }
      }
      setProgress({ type: "joining", step: "receiving" });
      const session = space.organisation(invite.organisation, { focus: invite.chapter, relays: relay === undefined ? [] : [relay] });
      setSession(session);
      await redeemInvite(space, session, invite);
      navigate(chapterPath.href({ organisation: documentIdOf(invite.organisation), chapter: invite.chapter }));
    } catch (problem) {
      setProgress({ type: "failed", problem });
    }
  }

  const failure = progress.type === "failed" ? progress.problem : undefined;
  return (
    <section aria-label={t("join.invite")} className="chapter-overview">
      <InviteTarget session={session} chapter={invite.chapter} />
      {known === undefined ? null : <p>{t("join.alreadyIn", { organisation: known.name })}</p>}
      {invite.relay === undefined ? (
        <p className="chapter-notice" role="note">
          {t("join.noServer")}
        </p>
      ) : null}
      <p>{t("join.whatHappens")}</p>
      <Disclosure title={t("join.detailsTitle")}>
        <p>{t("join.detailsText")}</p>
        {invite.relay === undefined ? null : <DataList items={[{ id: "server", term: t("join.server"), details: <code>{invite.relay}</code> }]} />}
      </Disclosure>
      {progress.type === "joining" ? <JoinStep step={progress.step} session={session} /> : null}
      {failure === undefined ? null : (
        <Problem {...(failure instanceof InviteRefused && failure.code !== "not-admitted" ? {} : { details: errorText(failure) })}>
          {failure instanceof InviteRefused
            ? t(`join.refused.${failure.code}`)
            : failure instanceof RelayUrlError
              ? common(`serverAddress.${failure.reason}`)
              : t("join.failed")}
        </Problem>
      )}
      <FormActions>
        <Button variant="primary" onPress={() => void join()} isDisabled={progress.type === "joining"}>
          {failure === undefined ? t("join.submit") : t("join.again")}
        </Button>
      </FormActions>
    </section>
  );
}

/**
 * What joining is doing now; while receiving, how many of the organisation's chapters are still to
 * arrive, so a member on a slow device sees the join move (it waits while they keep arriving).
 */
function JoinStep({ step, session }: { readonly step: "connecting" | "receiving"; readonly session: OpenOrganisation | undefined }) {
  const t = useT("organisation");
  const view = useSyncExternalStore(session?.view.subscribe ?? noSubscribe, session?.view.get ?? noView, session?.view.get ?? noView);
  const waiting = step === "receiving" && view?.state === "ready" ? view.waiting : 0;
  return (
    <p role="status" aria-busy="true">
      {t(`join.step.${step}`)}
      {waiting > 0 ? <span data-testid="join-chapters-waiting"> {t("join.chaptersWaiting", { count: waiting })}</span> : null}
    </p>
  );
}

const noSubscribe = () => () => undefined;
const noView = () => undefined;

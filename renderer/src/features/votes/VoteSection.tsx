import { useMemo, useRef, useSyncExternalStore } from "react";
import type { ChapterId, DocumentUrl, ProposalId } from "@chapterhouse/crdt/records";
import { useT } from "../../shared/i18n/use-t.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { useMemberSpace } from "../organisation/index.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { MemberSpace } from "../organisation/index.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { decisionsPath } from "./paths.js";
import { useRoute } from "../../shared/routing/use-route.js";
import { assemblyOfQuery } from "./assembly-vote-href.js";
import { castBallot } from "./cast-ballot.js";
import { closeVote } from "./close-vote.js";
import { bundleFileName, downloadText } from "./download-text.js";
import { openVote } from "./open-vote.js";
import { postConcern } from "./post-concern.js";
import { recordDecision } from "./record-decision.js";
import { useNow } from "./use-now.js";
import { useProposalVotes } from "./use-proposal-votes.js";
import { spaceSigner } from "./vote-signer.js";
import { VoteSectionView, type VoteActions } from "./VoteSectionView.js";

/** What the proposal page passes to its vote section. */
export interface VoteSectionProps {
  /** The open organisation (what `useOrganisation(space, organisation)` gives the chapter screen). */
  readonly session: OpenOrganisation;
  /** The deciding chapter (the proposal's chapter). */
  readonly chapterId: ChapterId;
  /** The proposal's id (its creation record's id). */
  readonly proposalId: ProposalId;
  /** The Proposal document's URL. */
  readonly proposalUrl: DocumentUrl;
}

/**
 * The votes of one proposal: open one (author or facilitator), cast and change a ballot, the live
 * tally, close, the sealed and verified result, the bundle export. Rendered by the proposal page
 * inside `RequireUnlocked`; the member's space and the device's reader come from the app's data.
 */
export function VoteSection(props: VoteSectionProps) {
  const t = useT("votes");
  const { space } = useMemberSpace();
  if (space === undefined) return <p aria-busy="true">{t("section.locked")}</p>;
  return <ConnectedVoteSection {...props} space={space} />;
}

function ConnectedVoteSection({ session, chapterId, proposalId, proposalUrl, space }: VoteSectionProps & { readonly space: MemberSpace }) {
  const t = useT("votes");
  // AS8: opened from an assembly, the page holds its document and offers its members present.
  const assembly = assemblyOfQuery(useRoute().query);
  const { votes, view } = useProposalVotes(space, session, proposalId, proposalUrl, null, assembly);
  const organisation = useSyncExternalStore(session.view.subscribe, session.view.get, session.view.get);
  const now = useNow();
  // Ballots cast here before the reading catches up still raise the next seq (V4.8).
  const castSeq = useRef(new Map<string, number>());
  const signer = useMemo(() => spaceSigner(space), [space]);

  const actions = useMemo<VoteActions | undefined>(() => {
    if (votes === undefined) return undefined;
    return {
      async open(choice, supersedes) {
        const author = votes.view.get().reading?.proposal.author ?? null;
        await openVote(signer, votes, { ...choice, chapter: chapterId, author, supersedes });
      },
      async cast(open, choice) {
        const known = votes.view.get().reading?.mine.highestSeq ?? 0;
        const { seq } = await castBallot(signer, votes, open, choice, Math.max(known, castSeq.current.get(open.id) ?? 0));
        castSeq.current.set(open.id, seq);
      },
      async concern(open, text) {
        await postConcern(signer, votes, open, text);
      },
      async close(open, which) {
        await closeVote(signer, votes, open, which);
      },
      async decide(open) {
        const reading = votes.view.get().reading;
        if (reading !== undefined) await recordDecision(signer, votes, open, reading);
      },
      select(open) {
        votes.select(open);
      },
      paidUp() {
        return votes.paidUp(chapterId);
      },
      async membersPresent(at) {
        return (await votes.takenAttendance(at, Date.now())).present;
      },
      exportBundle(open) {
        const title = votes.view.get().reading?.proposal.title ?? null;
        void votes.exportBundle(open).then((text) => downloadText(document, bundleFileName(title, open), text));
      },
    };
  }, [votes, signer, chapterId]);

  if (view.state === "unavailable") return <p className="vote-note">{t("section.unavailable")}</p>;
  if (view.reading === undefined || actions === undefined || organisation.state !== "ready") {
    return (
      <section className="vote-section" aria-busy="true" aria-label={t("section.title")}>
        {view.error === undefined ? (
          <Skeleton lines={3} />
        ) : (
          <p className="vote-problem" role="alert">
            {t("section.failed", { problem: view.error })}
          </p>
        )}
      </section>
    );
  }
  return (
    <VoteSectionView
      reading={view.reading}
      roster={organisation.roster}
      chapter={chapterId}
      me={space.member.key}
      now={now}
      actions={actions}
      decisionsHref={decisionsPath.href({ organisation: documentIdOf(session.url), chapter: chapterId })}
      assembly={assembly}
    />
  );
}

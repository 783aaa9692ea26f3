/**
 * Opening a vote (PROTOCOL.md V2): the ballot boxes are created first (one Ballot box document per
 * lowest-level chapter of the electorate and shard, V2.5, `electoratePlan`), then the open is signed
 * naming them, with the roster reference (`rosterHeads`), the weights and the rule, and written into
 * the Proposal document's `votes`; when members' delegations count, after the sets listing the
 * delegation records it takes (DG1.6). A new open supersedes the proposal's open votes it names (V2.7).
 */
import * as A from "@automerge/automerge";
import { attendanceSetDrafts, type OpenPresent } from "@chapterhouse/crdt/assemblies";
import { BALLOT_BOX_DOCUMENT, createBallotBoxDoc } from "@chapterhouse/crdt/documents";
import { delegationSetDrafts, type OpenDelegations } from "@chapterhouse/crdt/delegation";
import { standingSetDrafts, type OpenStanding } from "@chapterhouse/crdt/dues";
import { ancestorsOf } from "@chapterhouse/crdt/membership";
import { authorOrFacilitatorDeps } from "@chapterhouse/crdt/proposals";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { VersionSummary } from "@chapterhouse/crdt/report";
import type { Fraction } from "@chapterhouse/crdt/tally";
import {
  electoratePlan,
  openDraft,
  parseVoteBody,
  planFits,
  type BoxEntry,
  type OpenRule,
  type WeightEntry,
} from "@chapterhouse/crdt/votes";
import type { OpenVotes } from "./open-votes.js";
import { rosterHeads } from "./roster-heads.js";
import type { VoteSigner } from "./vote-signer.js";
import { VoteProblem, type VoteProblemCode } from "./vote-problem.js";

/** How long opening waits for this device to read the new open before it resolves anyway. */
const SHOWN_WITHIN_MS = 20_000;

/** What the open-vote form decides. */
export interface OpenVoteRequest {
  /** The deciding chapter: the proposal's. */
  readonly chapter: ChapterId;
  /** The proposal's author, from its creation record. */
  readonly author: MemberKey | null;
  readonly version: VersionSummary;
  /** `{ type, …parameters }` (T1.1, no quorum). */
  readonly rule: OpenRule;
  readonly quorum: Fraction | null;
  readonly closesAt: number;
  readonly finalAt: number;
  /** Weights by sub-chapter; chapters not listed weigh 1. */
  readonly weights: readonly WeightEntry[];
  /** The proposal's open votes this one replaces (current or contested), sorted or not. */
  readonly supersedes: readonly RecordId[];
  /** Whether members' delegations count (DG1.4: chain length, per-voter cap, topic); null: they do not. */
  readonly delegation: Omit<OpenDelegations, "sets"> | null;
  /** Only members in good standing vote (DU8): the payments held now are taken. */
  readonly standing: boolean;
  /** Only the members present at this assembly vote (AS8): its attendance held now is taken; null or absent: all members. */
  readonly present?: RecordId | null;
}

/** Why an open cannot be made; the message is for the member. */
export class OpenVoteError extends VoteProblem {
  constructor(code: VoteProblemCode, message: string, values: Readonly<Record<string, string>> = {}) {
    super(code, message, values);
    this.name = "OpenVoteError";
  }
}

/**
 * Opens a vote and resolves with the open's id once it is written and `votes` has read it (or
 * SHOWN_WITHIN_MS has passed), so the screen that opened it shows it, not the vote it replaces.
 * @throws {OpenVoteError} if the member may not open it (V2.6: the proposal's author or a
 *   facilitator), the organisation is not read yet, the electorate is empty or too
 *   large for one open, the closing time has passed, or the body breaks V2 (its parser's words).
 * @throws whatever signing or writing throws (a locked identity, a document not held).
 */
export async function openVote(signer: VoteSigner, votes: OpenVotes, request: OpenVoteRequest): Promise<RecordId> {
  const view = await votes.organisation.refresh();
  if (view.fold === undefined) throw new OpenVoteError("not-read-yet", "The organisation's records are not read yet; try again in a moment.");
  const { roster } = view;
  const authority = authorOrFacilitatorDeps(roster, request.chapter, signer.key, request.author);
  if (authority === undefined)
    throw new OpenVoteError("not-author-or-facilitator", "Only the proposal's author or a facilitator of the chapter can open a vote.");
  if (request.closesAt <= signer.now()) throw new OpenVoteError("closing-passed", "The closing time has already passed.");
  if (request.finalAt < request.closesAt) throw new OpenVoteError("final-before-close", "The finality time must be at or after the closing time.");
  const weights = request.weights.filter((w) => w.weight !== 1);
  const plan = electoratePlan(roster, request.chapter, weights);
  if (plan.members === 0) throw new OpenVoteError("no-members", "The chapter has no members to vote.");
  if (!planFits(plan)) throw new OpenVoteError("too-many-boxes", "The electorate is spread over more chapters than one vote can hold ballot boxes for.");

  const boxes: BoxEntry[] = [];
  for (const { chapter } of plan.boxChapters) {
    for (let shard = 0; shard < plan.shards; shard++) {
      // The open's id is not known yet: the hint names the proposal until the open is signed.
      const hint = { open: votes.proposal, chapter, shard };
      boxes.push({ chapter, shard, document: votes.documents.create(BALLOT_BOX_DOCUMENT, A.save(createBallotBoxDoc(hint)), votes.organisation.url) });
    }
  }
  const delegations = request.delegation === null ? undefined : await delegationSets(signer, votes, request.chapter, ancestorsOf(roster, request.chapter).slice(1), request.delegation);
  const standing = request.standing ? await standingSets(signer, votes, request.chapter) : undefined;
  const present = request.present === undefined || request.present === null ? undefined : await attendanceSets(signer, votes, request.chapter, request.present);
  const { version } = request;
  const draft = openDraft(
    {
      chapter: request.chapter,
      proposal: votes.proposal,
      version: version.id,
      textHash: version.textHash,
      options: version.options.map((option) => option.id),
      rule: request.rule,
      quorum: request.quorum,
      closesAt: request.closesAt,
      finalAt: request.finalAt,
      heads: rosterHeads(view.fold),
      weights,
      shards: plan.shards,
      boxes,
      supersedes: request.supersedes,
      ...(delegations === undefined ? {} : { delegations }),
      ...(standing === undefined ? {} : { standing }),
      ...(present === undefined ? {} : { present }),
    },
    authority,
  );
  const parsed = parseVoteBody("open", draft.body);
  if (!parsed.ok) throw new OpenVoteError("cannot-open", `This vote cannot be opened: ${parsed.problem}`, { detail: parsed.problem });
  const record = await signer.sign(draft);
  nameBoxes(votes, boxes, record.id);
  votes.select(null);
  await votes.documents.write(votes.proposalUrl, "votes", [record]);
  // The form closes when this resolves: until this device has read the new open, the page still
  // shows the vote it replaces, whose ballot a member could start and then lose when the read lands.
  await votes.until((view) => view.reading?.opens.some((open) => open.id === record.id) === true, "the new vote read", SHOWN_WITHIN_MS).catch(() => {
    // Written all the same: the page shows it when its read lands.
  });
  return record.id;
}

/**
 * DG1.6: the delegation records the vote takes, listed in `delegation-set` records written to the
 * Proposal document before the open (which names them, so they are in its causal past, DG2.1).
 */
async function delegationSets(signer: VoteSigner, votes: OpenVotes, chapter: ChapterId, ancestors: readonly ChapterId[], settings: Omit<OpenDelegations, "sets">): Promise<OpenDelegations> {
  const ids = await votes.takenDelegations({ chapter, ancestors, topic: settings.topic });
  const sets = await Promise.all(delegationSetDrafts(ids, [chapter]).map((draft) => signer.sign(draft)));
  if (sets.length > 0) await votes.documents.write(votes.proposalUrl, "votes", sets);
  return { ...settings, sets: sets.map((set) => set.id) };
}

/** DU8.8: the payments the vote takes, listed in `standing-set` records written before the open that names them. */
async function standingSets(signer: VoteSigner, votes: OpenVotes, chapter: ChapterId): Promise<OpenStanding> {
  const ids = await votes.takenPayments(chapter);
  const sets = await Promise.all(standingSetDrafts(ids, chapter).map((draft) => signer.sign(draft)));
  if (sets.length > 0) await votes.documents.write(votes.proposalUrl, "votes", sets);
  return { sets: sets.map((set) => set.id) };
}

/** AS8.7: the attendance the vote takes, listed in `attendance-set` records written before the open that names them and its assembly. */
async function attendanceSets(signer: VoteSigner, votes: OpenVotes, chapter: ChapterId, assembly: RecordId): Promise<OpenPresent> {
  const { ids } = await votes.takenAttendance(assembly, signer.now());
  if (ids.length === 0) throw new OpenVoteError("nobody-present", "Nobody is checked in at the assembly yet, so no one could vote.");
  const sets = await Promise.all(attendanceSetDrafts(ids, chapter).map((draft) => signer.sign(draft)));
  await votes.documents.write(votes.proposalUrl, "votes", sets);
  return { assembly, sets: sets.map((set) => set.id) };
}

/** Sets the display hint (`unsigned.about.open`) of the boxes created before their open was signed. */
function nameBoxes(votes: OpenVotes, boxes: readonly BoxEntry[], open: RecordId): void {
  for (const { document } of boxes) {
    votes.documents.handle(document)?.change((doc) => {
      const about = (doc as { unsigned?: { about?: { open?: string } } }).unsigned?.about;
      if (about !== undefined) about.open = open;
    });
  }
}

/**
 * What the votes feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * the ballot boxes a proposal's opens name, the vote reading (crdt's `readVote`: the verification
 * of the vote and what the screens show, from one pass) and its close plan when a facilitator closes, the vote bundle to export, a bundle file
 * checked as `chapterhouse verify` does, a chapter's decisions log, and what the home shows of votes
 * (the open votes the member has not voted in, decisions since their last visit). The vote bundle's documents
 * come from the worker's copies through crdt's one conversion (`bundleDocumentOfSnapshot`), once per
 * heads: nothing is converted on the page.
 */
import { readAssembly, takenAttendance } from "@chapterhouse/crdt/assemblies";
import { takenDelegations } from "@chapterhouse/crdt/delegation";
import { readPaidUp } from "@chapterhouse/crdt/dues";
import { isObject } from "@chapterhouse/crdt/records";
import type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import {
  encodeVoteBundle,
  openBoxDocuments,
  presentAssembly,
  readVote,
  voteBundleFor,
  type ClosePlan,
  type VoteReading,
} from "@chapterhouse/crdt/report";
import { bundleDocument } from "../../shared/worker/bundle-document.js";
import { isArrayOf, isDocumentUrl, isId, isMemberKey, isNullable, isObjectOf, isOneOf, isProposalId, isRecordId, isSafeInteger, isString } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { indexesRequestShape, proposalIndexes } from "../../shared/worker/proposal-indexes.js";
import { voteJudge } from "../../shared/worker/vote-judge.js";
import { signedRecords, withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";
import { checkBundle, type BundleCheck } from "./bundle-check/check-bundle.js";
import { closeEntries } from "./close-entries.js";
import { decisionEntries, type DecisionEntry } from "./decision-entries.js";
import { shownVoteOf, type ShownVote } from "./shown-vote.js";
import { stageKey, stageNotes } from "./stage-notes.js";

/** What a vote reading rests on. */
interface VoteRequest {
  readonly proposal: ProposalId;
  readonly open: RecordId | null;
  readonly member: MemberKey | null;
  readonly documents: readonly DocumentUrl[];
}

/** The reading of a vote (crdt's `readVote`) over the worker's copies, once per change of its documents; `key` changes only when they did. */
function voteReading(context: WorkerContext, { proposal, open, member, documents }: VoteRequest): Promise<{ readonly key: string; readonly reading: VoteReading }> {
  const urls = [...new Set(documents)].sort();
  const key = `vote ${proposal} ${open ?? "-"} ${member ?? "-"} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  return context.results.get(key, async () => ({
    key,
    reading: await withVerifiedIds(context, urls, () =>
      readVote({ proposal, open, member, documents: urls.map((url) => bundleDocument(context, url)) }, context.verifier, { verified: context.verified, judge: voteJudge(context, urls) }),
    ),
  })) as Promise<{ readonly key: string; readonly reading: VoteReading }>;
}

/** A vote a message links to (CH4.4), as its card shows it. */
export interface VoteCard {
  /** The `open` record's id: the vote. */
  readonly open: RecordId;
  readonly proposal: ProposalId;
  readonly chapter: ChapterId;
  readonly title: string;
  /** A close of it is recorded (V6), as the index's stage says (P8). */
  readonly closed: boolean;
  /** The proposal's document, where the vote is read (a projector counts its ballots). */
  readonly document: DocumentUrl;
}

/** The cards found, and the Proposal documents to hold for a fuller answer. */
export interface VoteCards {
  readonly cards: readonly VoteCard[];
  readonly wanted: readonly DocumentUrl[];
}

/** An open vote, and whether the member voted in it (V12.2: a current ballot of theirs). */
export interface HomeVote {
  readonly proposal: ProposalId;
  readonly chapter: ChapterId;
  readonly title: string;
  readonly closesAt: number;
  readonly voted: boolean;
}

/** The open votes of the home, and the documents to hold for a fuller answer. */
export interface HomeVotes {
  readonly votes: readonly HomeVote[];
  /** Proposal documents of proposals in voting (P8) and the ballot boxes the member's ballot goes to (V4.6): to be followed. */
  readonly wanted: { readonly proposals: readonly DocumentUrl[]; readonly boxes: readonly DocumentUrl[] };
}

/** A decision recorded in a chapter the member belongs to. */
export interface HomeDecision {
  readonly id: RecordId;
  readonly proposal: ProposalId;
  readonly chapter: ChapterId;
  readonly title: string;
  readonly at: number;
  /** Who recorded it. */
  readonly by: MemberKey;
}

/** A vote opened (its current open, V12.1) or closed (a valid close) in a chapter the member belongs to. */
export interface VoteNotice {
  readonly id: RecordId;
  readonly kind: "opened" | "closed";
  readonly proposal: ProposalId;
  readonly chapter: ChapterId;
  readonly title: string;
  readonly at: number;
  readonly by: MemberKey;
}

/** What notifications are told of votes, and the Proposal documents to hold for a fuller answer. */
export interface VoteNotices {
  readonly notices: readonly VoteNotice[];
  readonly wanted: readonly DocumentUrl[];
}

/** The stages (P7) of a proposal whose vote was opened, and of one whose vote was closed. */
const VOTED = new Set(["voting", "closed", "recorded"]);
const CLOSED = new Set(["closed", "recorded"]);

/** The votes feature's handlers. */
export const voteHandlers = {
  /** The ballot box documents every open in a Proposal document names (V2), sorted. */
  voteBoxes: handler(isObjectOf({ proposal: isDocumentUrl }), ({ proposal }, context: WorkerContext): Promise<DocumentUrl[]> => {
    const votes = Object.values(bundleDocument(context, proposal).records["votes"] ?? {});
    return Promise.resolve([...new Set(votes.flatMap((text) => openBoxDocuments(text) ?? []))].sort() as DocumentUrl[]);
  }),

  /**
   * Checks the signatures of the ballot boxes that arrived while a vote's reading still waits for
   * the others (each box's kept signed read, once per heads, D8): the ids join the verified-id
   * cache (S8), so the reading once the last box is in checks only what came since. Answers how
   * many records it checked. Boxes the worker holds no copy of are skipped.
   */
  checkArrivedBoxes: handler(isArrayOf(isDocumentUrl), async (urls, context: WorkerContext): Promise<number> => {
    const held = [...new Set(urls)].filter((url) => context.mirrors.holds(url));
    let records = 0;
    await withVerifiedIds(context, held, async () => {
      for (const url of held) records += (await signedRecords(context, url)).records.length;
    });
    return records;
  }),

  /** The Assembly documents the opens in a Proposal document name (AS8.8): a vote of the members present rests on its assembly's attendance. */
  voteAssemblies: handler(isObjectOf({ proposal: isDocumentUrl }), ({ proposal }, context: WorkerContext): Promise<DocumentUrl[]> => {
    const votes = Object.values(bundleDocument(context, proposal).records["votes"] ?? {});
    return Promise.resolve([...new Set(votes.flatMap((text) => presentAssembly(text)?.url ?? []))].sort() as DocumentUrl[]);
  }),

  /**
   * A proposal's vote (`open`, or the one V12.1 chooses) as the screens show it for `member`
   * (`shownVoteOf`: the reading without a line per record), once per change of its documents;
   * `key` changes only when they did. Signatures the device verified before, in this session or an
   * earlier one, are not checked again (S8): when ballots arrive, only theirs are. Never rejects on
   * content.
   */
  readVote: handler(
    isObjectOf({ proposal: isProposalId, open: isNullable(isRecordId), member: isNullable(isMemberKey), documents: isArrayOf(isDocumentUrl) }),
    async (request, context: WorkerContext): Promise<{ readonly key: string; readonly reading: ShownVote }> => {
      const { key, reading } = await voteReading(context, request);
      return { key, reading: shownVoteOf(reading, request.member) };
    },
  ),

  /**
   * The close plan `which` (V12.3) of the vote `readVote` shows for the same request: the ballot
   * ids of every box, sent only when a facilitator closes (the screens are sent its counts). From
   * the same reading, so nothing is checked again; null when that plan does not exist (any more).
   */
  closePlan: handler(
    isObjectOf({ proposal: isProposalId, open: isNullable(isRecordId), member: isNullable(isMemberKey), documents: isArrayOf(isDocumentUrl), which: isOneOf(["close", "supersede"] as const) }),
    async ({ which, ...request }, context: WorkerContext): Promise<ClosePlan | null> => {
      const { reading } = await voteReading(context, request);
      return which === "close" ? reading.closePlan : reading.supersedePlan;
    },
  ),

  /**
   * The votes open in the chapters asked for, each with whether `member` voted in it (V12.2: a
   * current ballot of theirs), from the proposals their indexes show in voting (P8): a vote is open while
   * its current open (V2.8) has no valid close and its closing time is after `now`. `held`: the
   * Proposal documents and ballot boxes held (each proposal's vote is read from its document and
   * the box the member's ballot goes to, V4.6; a box not held counts as holding no ballot of theirs).
   * Never rejects on content.
   */
  homeVotes: backgroundHandler(
    isObjectOf({ ...indexesRequestShape, member: isMemberKey, now: isSafeInteger, held: isArrayOf(isDocumentUrl) }),
    async ({ organisation, chapters, of, member, now, held }, context: WorkerContext): Promise<HomeVotes> => {
      const have = new Set(held);
      const votes: HomeVote[] = [];
      const proposals: DocumentUrl[] = [];
      const boxes: DocumentUrl[] = [];
      for (const [chapter, entries] of await proposalIndexes(context, { organisation, chapters, of })) {
        for (const entry of entries.filter((e) => e.stage === "voting")) {
          proposals.push(entry.document);
          if (!have.has(entry.document)) continue;
          const documents = [organisation, ...chapters, entry.document];
          let { reading } = await voteReading(context, { proposal: entry.id, open: null, member, documents });
          const box = reading.mine.box?.document;
          if (box !== undefined) boxes.push(box);
          if (box !== undefined && have.has(box)) ({ reading } = await voteReading(context, { proposal: entry.id, open: null, member, documents: [...documents, box] }));
          const open = reading.opens.find((summary) => summary.id === reading.open);
          if (open?.status !== "valid" || reading.closes.length > 0 || open.body.closesAt <= now) continue;
          votes.push({ proposal: entry.id, chapter, title: entry.title, closesAt: open.body.closesAt, voted: reading.mine.current !== null });
        }
      }
      return { votes, wanted: { proposals, boxes } };
    },
  ),

  /**
   * The decisions (V7) recorded after `since` in the Chapter documents held whose proposals the
   * indexes of the chapters asked for show as recorded (P8: noted by a member whose device checked
   * the decision with its whole vote); none when `since` is null (no earlier visit).
   */
  homeDecisions: backgroundHandler(
    isObjectOf({ ...indexesRequestShape, since: isNullable(isSafeInteger) }),
    async ({ organisation, chapters, of, since }, context: WorkerContext): Promise<HomeDecision[]> => {
      if (since === null) return [];
      const recorded = new Map<ProposalId, { readonly chapter: ChapterId; readonly title: string }>();
      for (const [chapter, entries] of await proposalIndexes(context, { organisation, chapters, of })) {
        for (const entry of entries) if (entry.stage === "recorded") recorded.set(entry.id, { chapter, title: entry.title });
      }
      if (recorded.size === 0) return [];
      return chapters.flatMap((url) =>
        decisionEntries(bundleDocument(context, url)).flatMap((decision) => {
          const about = recorded.get(decision.proposal);
          return about === undefined || decision.at <= since
            ? []
            : [{ id: decision.id, proposal: decision.proposal, chapter: about.chapter, title: about.title, at: decision.at, by: decision.signer }];
        }),
      );
    },
  ),

  /**
   * The votes messages link to (CH4.4: an `open` record's id), each with its proposal's title and
   * whether it is closed, found among the proposals the indexes of the chapters asked for show
   * voted on (P8) — a vote's id alone does not say which proposal holds it. With `opens` null,
   * every chapter's current vote (V12.1), for a message to link. Read from each Proposal document
   * once held (`held`; the others are `wanted`). Never rejects on content.
   */
  voteCards: handler(
    isObjectOf({ ...indexesRequestShape, opens: isNullable(isArrayOf(isRecordId)), held: isArrayOf(isDocumentUrl) }),
    async ({ organisation, chapters, of, opens, held }, context: WorkerContext): Promise<VoteCards> => {
      const have = new Set(held);
      const asked = opens === null ? undefined : new Set(opens);
      const cards: VoteCard[] = [];
      const wanted: DocumentUrl[] = [];
      for (const [chapter, entries] of await proposalIndexes(context, { organisation, chapters, of })) {
        for (const entry of entries.filter((e) => VOTED.has(e.stage))) {
          wanted.push(entry.document);
          if (!have.has(entry.document)) continue;
          const { reading } = await voteReading(context, { proposal: entry.id, open: null, member: null, documents: [organisation, ...chapters, entry.document] });
          for (const open of reading.opens) {
            if (open.status !== "valid" || (asked === undefined ? open.id !== reading.open : !asked.has(open.id))) continue;
            const closed = CLOSED.has(entry.stage) && closeEntries(bundleDocument(context, entry.document), open.id).length > 0;
            cards.push({ open: open.id, proposal: entry.id, chapter, title: entry.title, closed, document: entry.document });
          }
        }
      }
      return { cards, wanted };
    },
  ),

  /**
   * The votes opened (the current open, V12.1, when valid) and closed of the proposals the indexes
   * of the chapters asked for show voted on (P8: voting, closed, recorded) whose stage was first
   * noted at or after `since` (stage-notes.ts: older votes are not new, NOTE1, and their documents
   * are not followed), each read from its Proposal document once held (`held`; the others are
   * `wanted`), not from its ballot boxes: a close is each close record of the current open where
   * the index shows the proposal closed or recorded (close-entries.ts). Never rejects on content.
   */
  voteNotices: backgroundHandler(
    isObjectOf({ ...indexesRequestShape, since: isSafeInteger, held: isArrayOf(isDocumentUrl) }),
    async ({ organisation, chapters, of, since, held }, context: WorkerContext): Promise<VoteNotices> => {
      const have = new Set(held);
      const notices: VoteNotice[] = [];
      const wanted: DocumentUrl[] = [];
      const notes = chapters.map((url) => context.mirrors.derived(url, "stage notes", () => stageNotes(bundleDocument(context, url))));
      const notedAt = (key: string) => Math.min(...notes.map((of) => of.get(key) ?? Infinity));
      for (const [chapter, entries] of await proposalIndexes(context, { organisation, chapters, of })) {
        for (const entry of entries.filter((e) => VOTED.has(e.stage) && notedAt(stageKey(e.id, e.stage)) >= since)) {
          wanted.push(entry.document);
          if (!have.has(entry.document)) continue;
          const { reading } = await voteReading(context, { proposal: entry.id, open: null, member: null, documents: [organisation, ...chapters, entry.document] });
          const about = { proposal: entry.id, chapter, title: entry.title };
          const open = reading.opens.find((summary) => summary.id === reading.open);
          if (open?.status !== "valid") continue;
          notices.push({ ...about, id: open.id, kind: "opened", at: open.at, by: open.signer });
          if (!CLOSED.has(entry.stage)) continue;
          for (const close of closeEntries(bundleDocument(context, entry.document), open.id)) notices.push({ ...about, id: close.id, kind: "closed", at: close.at, by: close.signer });
        }
      }
      return { notices, wanted };
    },
  ),

  /** The vote bundle file of `open` (V10) from the documents held: the export's text, a line feed at its end. */
  voteBundle: handler(isObjectOf({ proposal: isProposalId, open: isRecordId, documents: isArrayOf(isDocumentUrl) }), ({ proposal, open, documents }, context: WorkerContext): Promise<string> =>
    Promise.resolve(`${encodeVoteBundle(voteBundleFor(documents.map((url) => bundleDocument(context, url)), proposal, open))}\n`),
  ),

  /** A vote bundle file's text checked as `chapterhouse verify` does. Never rejects on the file's content. */
  checkBundle: handler(isString, (text, context: WorkerContext): Promise<BundleCheck> => checkBundle(text, context.verifier)),

  /**
   * The delegation records a new open of `proposal` takes (DG1.6): of the signature-valid records
   * in the Chapter documents' `delegations`, those whose scope applies to the vote, and their declines.
   */
  takenDelegations: handler(
    isObjectOf({ chapters: isArrayOf(isDocumentUrl), proposal: isProposalId, chapter: isId<ChapterId>(), ancestors: isArrayOf(isId<ChapterId>()), topic: isNullable(isString) }),
    async ({ chapters, ...vote }, context: WorkerContext): Promise<RecordId[]> => {
      const held = await Promise.all(chapters.map(async (url) => (await signedRecords(context, url)).maps["delegations"] ?? []));
      return takenDelegations(held.flat(), vote);
    },
  ),

  /** The payments a new open of a vote with good standing takes (DU8.8): the signature-valid `payment` ledger entries of the Chapter documents given. */
  takenPayments: handler(isObjectOf({ chapters: isArrayOf(isDocumentUrl) }), async ({ chapters }, context: WorkerContext): Promise<RecordId[]> => {
    const held = await Promise.all(chapters.map(async (url) => (await signedRecords(context, url)).maps["dues"] ?? []));
    return held
      .flat()
      .filter((record) => record.envelope.kind === "ledger-entry" && isObject(record.envelope.body) && record.envelope.body["entry"] === "payment")
      .map((record) => record.id)
      .sort();
  }),

  /**
   * The attendance a new open of the members present takes (AS8.7): for each member, the check-in or
   * check-out that counts in the assembly's own document as this device holds it (`now`: the
   * device's clock, AS5.3), and the members it says are present, shown before the vote opens.
   * Never rejects on content: an assembly not held takes nothing.
   */
  takenAttendance: handler(
    isObjectOf({ organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl), assembly: isRecordId, document: isNullable(isDocumentUrl), now: isSafeInteger }),
    async ({ organisation, chapters, assembly, document, now }, context: WorkerContext): Promise<{ ids: RecordId[]; present: MemberKey[] }> => {
      const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
      const urls = [organisation, ...chapters, ...(document === null ? [] : [document])];
      const read = await withVerifiedIds(context, urls, () => readAssembly({ organisation: at(organisation), chapters: chapters.map(at) }, assembly, document === null ? null : at(document), context.verifier, context.verified, now));
      const attendance = read.view?.attendance ?? [];
      return { ids: takenAttendance(attendance), present: attendance.filter((entry) => entry.present).map((entry) => entry.member) };
    },
  ),

  /** Each member's paid-up date over the ledgers of `chapter` and the chapters below it (DU8.8), shown before a vote with good standing opens. */
  paidUp: handler(isObjectOf({ organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl), chapter: isId<ChapterId>() }), ({ organisation, chapters, chapter }, context: WorkerContext): Promise<Map<MemberKey, string>> => {
    const urls: DocumentUrl[] = [organisation, ...chapters];
    const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
    const key = `paid-up ${chapter} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
    return context.results.get(key, () => withVerifiedIds(context, urls, () => readPaidUp({ organisation: at(organisation), chapters: chapters.map(at) }, chapter, context.verifier, context.verified))) as Promise<Map<MemberKey, string>>;
  }),

  /** The decision records of a Chapter document, newest first (checked one by one with their votes). */
  decisionEntries: handler(isObjectOf({ chapter: isDocumentUrl }), ({ chapter }, context: WorkerContext): Promise<DecisionEntry[]> =>
    Promise.resolve(decisionEntries(bundleDocument(context, chapter))),
  ),
};

/**
 * A short, valid membership history using every governance kind (PROTOCOL.md M1.1, V11.2
 * `--all-membership-kinds`), so that another implementation can check its fold (M2) against
 * ours on a simulated bundle: a co-founder endorses the root; a member is admitted on a
 * sponsorship and a countersign, given a role and has it revoked; another is admitted by an
 * invite, which is then closed; in the first neighbourhood one member leaves, one is removed and
 * one rotates to a new key. Each record cites the one before it, so the history is one causal
 * chain and its fold does not depend on tie-breaks.
 */
import type { ChapterId, DocumentUrl, RecordId } from "../records/ids.js";
import type { RecordDraft } from "../kinds/record-draft.js";
import {
  admitDraft,
  countersignDraft,
  endorseDraft,
  inviteDraft,
  leaveDraft,
  redeemDraft,
  removeDraft,
  roleDraft,
  rotateDraft,
  rotateProofDraft,
  sponsorDraft,
  uninviteDraft,
} from "../membership/membership-records.js";
import type { ParsedRecord, Signer } from "../records/record.js";

/** The signers of the history, by their V11.2 key labels. */
export interface HistorySigners {
  /** `facilitator`: the root's founder and facilitator. */
  readonly facilitator: Signer;
  /** `cofounder`: listed in the root's founders, joins by `endorse`. */
  readonly cofounder: Signer;
  /** `sponsored`: admitted to the root on a sponsorship and a countersign, then treasurer for a while. */
  readonly sponsored: Signer;
  /** `invite-token`: the invite's bearer key, which signs the `redeem`. */
  readonly token: Signer;
  /** `invited`: admitted to the root by the invite. */
  readonly invited: Signer;
  /** `leaver`: admitted to the first neighbourhood, then leaves it. */
  readonly leaver: Signer;
  /** `removed`: admitted to the first neighbourhood, then removed by the facilitator. */
  readonly removed: Signer;
  /** `rotated`: admitted to the first neighbourhood, then moves to the key `rotated/new`. */
  readonly rotated: Signer;
  readonly rotatedNew: Signer;
}

/** Where the history happens. */
export interface HistoryPlace {
  readonly root: ChapterId;
  readonly rootUrl: DocumentUrl;
  /** The root's facilitator role record (M9). */
  readonly role: RecordId;
  readonly neighbourhood: ChapterId;
  readonly neighbourhoodUrl: DocumentUrl;
  readonly organisationUrl: DocumentUrl;
}

/** One record of the history and the document and map it belongs in. */
export interface HistoryRecord {
  readonly record: ParsedRecord;
  readonly url: DocumentUrl;
  readonly type: "organisation" | "chapter";
  readonly map: "chapters" | "governance";
}

/** Signs one record at a claimed time; the simulation's own signing function. */
export type SignFunction = (signer: Signer, draft: RecordDraft, at: number) => Promise<ParsedRecord>;

/** Minutes from the start of the history: one record a minute. */
const MINUTE = 60_000;

/**
 * The history, in the order it was signed, starting at `start` (ms). The root's genesis must list
 * the facilitator and the co-founder as founders and ask for one sponsor and a countersign.
 * @throws whatever `sign` throws.
 */
export async function membershipHistory(sign: SignFunction, who: HistorySigners, place: HistoryPlace, start: number): Promise<HistoryRecord[]> {
  const out: HistoryRecord[] = [];
  let previous: RecordId[] = [];
  const add = async (signer: Signer, draft: RecordDraft, inRoot = true): Promise<RecordId> => {
    const record = await sign(signer, { ...draft, deps: [...draft.deps, ...previous] }, start + out.length * MINUTE);
    const organisation = draft.kind === "endorse";
    out.push({
      record,
      url: organisation ? place.organisationUrl : inRoot ? place.rootUrl : place.neighbourhoodUrl,
      type: organisation ? "organisation" : "chapter",
      map: organisation ? "chapters" : "governance",
    });
    previous = [record.id];
    return record.id;
  };
  const { root, role, neighbourhood: hood } = place;
  const { facilitator } = who;

  // The root: a co-founder (M5), an admission on a sponsorship and a countersign (M6), a role given and revoked (M9).
  const endorse = await add(who.cofounder, endorseDraft(root));
  const sponsor = await add(who.cofounder, sponsorDraft({ chapter: root, candidate: who.sponsored.publicKey }, [endorse]));
  const countersign = await add(facilitator, countersignDraft({ chapter: root, candidate: who.sponsored.publicKey }, [role]));
  const sponsored = await add(who.sponsored, admitDraft({ chapter: root, sponsors: [sponsor], countersign }));
  const treasurer = await add(facilitator, roleDraft({ chapter: root, member: who.sponsored.publicKey, role: "treasurer", grant: true }, [sponsored]));
  // An invite used once and then closed (M7).
  const invite = await add(facilitator, inviteDraft({ chapter: root, token: who.token.publicKey, maxUses: 2, expires: start + 30 * 24 * 60 * MINUTE }, [role]));
  const redeem = await add(who.token, redeemDraft({ chapter: root, invite, candidate: who.invited.publicKey }));
  await add(who.invited, admitDraft({ chapter: root, redeem }));
  await add(facilitator, uninviteDraft({ chapter: root, invite }, [role]));
  await add(facilitator, roleDraft({ chapter: root, member: who.sponsored.publicKey, role: "treasurer", grant: false }, [treasurer]));
  // The first neighbourhood (open): leaving (M8.1), removal (M8.2), rotation (M10).
  const admitIn = (signer: Signer) => add(signer, admitDraft({ chapter: hood }), false);
  const leaver = await admitIn(who.leaver);
  await add(who.leaver, leaveDraft(hood, [leaver]), false);
  const removed = await admitIn(who.removed);
  await add(facilitator, removeDraft({ chapter: hood, member: who.removed.publicKey }, [root, role, removed]), false);
  const rotated = await admitIn(who.rotated);
  const proof = await add(who.rotatedNew, rotateProofDraft({ chapter: hood, key: who.rotated.publicKey }), false);
  await add(who.rotated, rotateDraft({ chapter: hood, key: who.rotatedNew.publicKey, proof }, [rotated]), false);
  return out;
}

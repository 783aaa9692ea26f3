/**
 * A signed vote bundle from a vector of crdt/vectors/assemblies/present.json, so the vectors pass
 * through the verifier (V9) and `chapterhouse verify`: the chapter `riverside` founded by `chair`,
 * its facilitator; every member admitted by their own record; an event at the meeting host and the
 * assembly convening it (chaired by `chair`, the vector's quorum); the attendance a minute apart
 * in the Assembly document (each citing the member's admission, and the signer's when another
 * signs); the attendance sets listing the taken ones; the open of the members present; a `for`
 * ballot from each voter and a close sealing the tally and the room. Attendance not taken is made
 * after the open and cites it.
 */
import type { CanonicalValue } from "../../records/canonical.js";
import type { ChapterId, MemberKey, ProposalId, RecordId } from "../../records/ids.js";
import { signDraft } from "../../kinds/record-draft.js";
import { admitDraft, genesisDraft, roleDraft } from "../../membership/membership-records.js";
import { contentHash } from "../../proposals/content-hash.js";
import { signProposal, signVersion } from "../../proposals/proposal-records.js";
import type { ParsedRecord, Signer } from "../../records/record.js";
import { signerNamed, urlNamed, verifier } from "../../report/test-helpers/vote-scenario.js";
import { verifyVote } from "../../report/verify-vote.js";
import type { VoteBundle } from "../../report/vote-bundle.js";
import { BundleWriter } from "../../simulation/bundle-writer.js";
import type { Fraction } from "../../tally/types.js";
import { signBallot, signClose, signOpen, type CloseFields, type OpenFields } from "../../votes/vote-records.js";
import { eventDraft } from "../../events/event-records.js";
import { assemblyDocumentUrl } from "../assembly-document.js";
import { assemblyDraft, attendanceDraft } from "../assembly-records.js";
import { attendanceSetDrafts, closePresenceOf, type ClosePresence } from "../attendance-set.js";

/** A vector as present.json holds it. */
export interface PresentVector {
  readonly name: string;
  readonly rule: string;
  readonly openAt: string;
  readonly quorum: Fraction | null;
  readonly members: readonly string[];
  readonly attendance: readonly { id: string; member: string; kind: "check-in" | "check-out"; by?: string; taken?: boolean; note: string }[];
  readonly voters: readonly string[];
  readonly expected: {
    readonly electorate: readonly string[];
    readonly present: ClosePresence & { readonly taken: number };
    readonly records: Readonly<Record<string, string>>;
  };
}

/** The signed vote and how to read its labels back. */
export interface PresentVote {
  readonly bundle: VoteBundle;
  /** Label → member key, for every person the vector names and `chair`. */
  readonly keys: ReadonlyMap<string, MemberKey>;
  /** Vector attendance id → signed record id; also `assembly` and `open`. */
  readonly ids: ReadonlyMap<string, RecordId>;
  /** Signs a ballot of `label` in the vote's box (for bad-input tests). */
  readonly ballotOf: (label: string) => Promise<{ record: ParsedRecord; box: string }>;
  /** Signs another close of the vote from the chair, a minute after the first, with `presence` as given, and its counted records for the box (for bad-input tests). */
  readonly closeWith: (presence: ClosePresence | undefined) => Promise<{ close: ParsedRecord; counted: ParsedRecord[]; box: string }>;
}

/** Builds the signed vote of `vector`. */
export async function presentVote(vector: PresentVector): Promise<PresentVote> {
  const people = new Map<string, Signer>();
  for (const label of ["chair", ...vector.members]) people.set(label, await signerNamed(`present ${label}`));
  const person = (label: string) => people.get(label)!;
  const chair = person("chair");
  const openAt = Date.parse(vector.openAt);
  const T0 = openAt - 86_400_000;
  const writer = new BundleWriter();
  const organisation = urlNamed("present organisation");
  const chapterUrl = urlNamed(`present chapter ${vector.name}`);

  const genesis = await signDraft(chair, genesisDraft({ name: "riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [chair.publicKey] }), T0);
  writer.put("organisation", organisation, "chapters", genesis);
  const chapter = genesis.id as ChapterId;
  const facilitator = await signDraft(chair, roleDraft({ chapter, member: chair.publicKey, role: "facilitator", grant: true }), T0);
  writer.put("chapter", chapterUrl, "governance", facilitator);
  const governance: ParsedRecord[] = [genesis, facilitator];
  const grants = new Map<string, RecordId>([["chair", genesis.id]]);
  for (const member of vector.members) {
    const admit = await signDraft(person(member), admitDraft({ chapter }), T0 + 1);
    writer.put("chapter", chapterUrl, "governance", admit);
    governance.push(admit);
    grants.set(member, admit.id);
  }

  const event = await signDraft(chair, eventDraft({ chapter, title: "Winter assembly", description: "", start: openAt - 3_600_000, end: openAt + 7_200_000, zone: "Europe/Madrid", place: { type: "host" }, capacity: null }, [genesis.id]), T0 + 2);
  const assembly = await signDraft(chair, assemblyDraft({ chapter, event: event.id, chairs: [chair.publicKey], quorum: vector.quorum }, [genesis.id]), T0 + 3);
  writer.put("chapter", chapterUrl, "events", event);
  writer.put("chapter", chapterUrl, "events", assembly);
  const assemblyUrl = assemblyDocumentUrl(assembly.id);
  writer.put("assembly", assemblyUrl, "origin", assembly);

  const proposalUrl = urlNamed(`present proposal ${vector.name}`);
  const text = "We repaint the hall.";
  const proposal = await signProposal(chair, { chapter, title: vector.name.slice(0, 200), document: proposalUrl }, { at: T0 + 4, deps: [facilitator.id] });
  const version = await signVersion(chair, { proposal: proposal.id as ProposalId, n: 1, text, options: [] }, { at: T0 + 5, deps: [chapter] });
  writer.put("proposal", proposalUrl, "origin", proposal);
  writer.put("chapter", chapterUrl, "proposals", proposal);
  writer.put("proposal", proposalUrl, "versions", version);

  const ids = new Map<string, RecordId>([["assembly", assembly.id]]);
  const attend = async (a: PresentVector["attendance"][number], at: number, after: readonly RecordId[]) => {
    const signer = a.by ?? a.member;
    const deps = [...new Set([grants.get(a.member)!, grants.get(signer)!, ...after])];
    const record = await signDraft(person(signer), attendanceDraft(a.kind, assembly.id, person(a.member).publicKey, deps), at);
    ids.set(a.id, record.id);
    writer.put("assembly", assemblyUrl, "attendance", record);
  };
  const before = vector.attendance.filter((a) => a.taken !== false);
  for (const [i, a] of before.entries()) await attend(a, openAt - 60_000 * (before.length + 1 - i), []);
  const sets = await Promise.all(attendanceSetDrafts(before.map((a) => ids.get(a.id)!), chapter).map((draft) => signDraft(chair, draft, openAt - 1000)));
  for (const set of sets) writer.put("proposal", proposalUrl, "votes", set);

  const cited = new Set(governance.flatMap((r) => r.envelope.deps));
  const box = { chapter, shard: 0, document: urlNamed(`present box ${vector.name}`) };
  const openFields: OpenFields = {
    chapter,
    proposal: proposal.id as ProposalId,
    version: version.id,
    textHash: contentHash({ text, options: [] }),
    options: [],
    rule: { type: "majority" },
    quorum: null,
    closesAt: openAt + 3_600_000,
    finalAt: openAt + 7_200_000,
    heads: governance.map((r) => r.id).filter((id) => !cited.has(id)),
    shards: 1,
    boxes: [box],
    present: { assembly: assembly.id, sets: sets.map((set) => set.id) },
  };
  const open = await signOpen(chair, openFields, { at: openAt, deps: [facilitator.id] });
  ids.set("open", open.id);
  writer.put("proposal", proposalUrl, "votes", open);
  for (const [i, a] of vector.attendance.filter((x) => x.taken === false).entries()) await attend(a, openAt + 60_000 * (i + 1), [open.id]);

  const ballotOf = async (label: string) => ({
    record: await signBallot(person(label), { chapter, proposal: proposal.id as ProposalId, open: open.id, textHash: openFields.textHash, choice: "for", seq: 1 }, { at: openAt + 100 }),
    box: box.document,
  });
  const ballots: ParsedRecord[] = [];
  for (const voter of vector.voters) {
    const { record } = await ballotOf(voter);
    writer.put("ballot-box", box.document, "ballots", record);
    ballots.push(record);
  }
  const vote = { proposal: proposal.id as ProposalId, open: open.id };
  const unclosed = await verifyVote(writer.bundle(vote), verifier);
  const room = closePresenceOf(unclosed.present!);
  const closeFields = (presence: ClosePresence | undefined): CloseFields => ({
    open: open.id,
    boxes: [{ chapter, shard: 0, ids: ballots.map((b) => b.id) }],
    result: unclosed.recomputed as CanonicalValue,
    ...(presence === undefined ? {} : { presence }),
  });
  const { close, counted } = await signClose(chair, closeFields(room), { at: openAt + 3_600_000, deps: [chapter, facilitator.id] });
  writer.put("proposal", proposalUrl, "votes", close);
  for (const record of counted) writer.put("ballot-box", box.document, "counted", record);
  const closeWith = async (presence: ClosePresence | undefined) => {
    const signed = await signClose(chair, closeFields(presence), { at: openAt + 3_660_000, deps: [chapter, facilitator.id] });
    return { ...signed, box: box.document };
  };

  const keys = new Map([...people].map(([label, signer]) => [label, signer.publicKey]));
  return { bundle: writer.bundle(vote), keys, ids, ballotOf, closeWith };
}

/**
 * A small organisation for dues tests and vectors: Riverside (international) founded by alice, with
 * dave admitted and made its treasurer; Lakeside (a city) below it; North (a neighbourhood) below
 * that, where bob and carol are admitted and carol is made treasurer. Each chapter has one recorded
 * decision (its vote is not part of the scenario: DU4.4 asks only that the decision be held). erin
 * is no member. Signers are deterministic (seeds SHA-256 of "dues-test:<name>"), so the same
 * records come out every time (S9).
 */
import { fromBase64url } from "../../encoding/base64url.js";
import { hashText } from "../../encoding/hash.js";
import { signDraft, type RecordDraft } from "../../kinds/record-draft.js";
import { CausalRosters } from "../../proposals/causal-rosters.js";
import type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "../../records/ids.js";
import { signRecord, type ParsedRecord, type Signer } from "../../records/record.js";
import { decisionDraft } from "../../votes/vote-records.js";
import { webCryptoSignerFromSeed } from "../../verify/webcrypto-signer.js";
import { TREASURER } from "../judge-dues.js";

export const T0 = 1_700_000_000_000;
export const NAMES = ["alice", "bob", "carol", "dave", "erin"] as const;
export type Name = (typeof NAMES)[number];

export interface DuesScenario {
  readonly people: Readonly<Record<Name, Signer>>;
  readonly root: ChapterId;
  readonly city: ChapterId;
  readonly north: ChapterId;
  /** Carol's treasurer holding in North, dave's in Riverside. */
  readonly treasurer: RecordId;
  readonly rootTreasurer: RecordId;
  /** Each admitted member's grant. */
  readonly grants: Readonly<Record<"bob" | "carol" | "dave", RecordId>>;
  /** A recorded decision of North, and one of Riverside. */
  readonly decision: RecordId;
  readonly rootDecision: RecordId;
  /** Governance records and decisions. */
  readonly held: readonly ParsedRecord[];
  /** Causal rosters and the held map over `held` and `more`. */
  context(more: readonly ParsedRecord[]): { readonly held: ReadonlyMap<RecordId, ParsedRecord>; readonly rosters: CausalRosters };
  sign(who: Name, draft: RecordDraft, offset: number): Promise<ParsedRecord>;
  key(who: Name): MemberKey;
}

/** Builds the scenario. Rejects only if signing fails. */
export async function duesScenario(): Promise<DuesScenario> {
  const people = Object.fromEntries(
    await Promise.all(NAMES.map(async (name) => [name, await webCryptoSignerFromSeed(fromBase64url(hashText(`dues-test:${name}`)), globalThis.crypto.subtle)] as const)),
  ) as Record<Name, Signer>;
  const { alice } = people;
  const genesis = (name: string, level: string, parent: ChapterId | null, url: string) =>
    signRecord(alice, {
      kind: "genesis",
      body: { name, level, parent, place: null, document: url as DocumentUrl, admission: { sponsors: 0, countersign: false }, founders: [alice.publicKey] },
      at: T0,
      deps: parent === null ? [] : [parent],
    });
  const rootGenesis = await genesis("Riverside", "international", null, "automerge:2vbGUzgcHKxNrkB3AXnCcKZA5tWi");
  const root = rootGenesis.id as ChapterId;
  const cityGenesis = await genesis("Lakeside", "city", root, "automerge:4Nf8s2KkT6mVhA1bqzRjWy9XpLcD");
  const city = cityGenesis.id as ChapterId;
  const northGenesis = await genesis("North", "neighbourhood", city, "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e");
  const north = northGenesis.id as ChapterId;
  const admit = (who: Signer, chapter: ChapterId) => signRecord(who, { kind: "admit", body: { chapter, sponsors: [], countersign: null, redeem: null }, at: T0 + 1, deps: [chapter] });
  const bob = await admit(people.bob, north);
  const carol = await admit(people.carol, north);
  const dave = await admit(people.dave, root);
  const role = (member: Signer, grant: ParsedRecord, chapter: ChapterId) =>
    signRecord(alice, { kind: "role", body: { chapter, member: member.publicKey, role: TREASURER, grant: true, decision: null }, at: T0 + 2, deps: [grant.id, chapter] });
  const treasurer = await role(people.carol, carol, north);
  const rootTreasurer = await role(people.dave, dave, root);
  const decided = (chapter: ChapterId, n: string) =>
    signDraft(
      alice,
      decisionDraft({ chapter, proposal: hashText(`proposal ${n}`) as ProposalId, open: hashText(`open ${n}`) as RecordId, close: hashText(`close ${n}`) as RecordId, result: { outcome: "passed" } }),
      T0 + 3,
    );
  const decision = await decided(north, "north");
  const rootDecision = await decided(root, "root");
  const held = [rootGenesis, cityGenesis, northGenesis, bob, carol, dave, treasurer, rootTreasurer, decision, rootDecision];
  return {
    people,
    root,
    city,
    north,
    treasurer: treasurer.id,
    rootTreasurer: rootTreasurer.id,
    grants: { bob: bob.id, carol: carol.id, dave: dave.id },
    decision: decision.id,
    rootDecision: rootDecision.id,
    held,
    context(more) {
      const all = new Map([...held, ...more].map((record) => [record.id, record]));
      return { held: all, rosters: new CausalRosters(all) };
    },
    sign: (who, draft, offset) => signDraft(people[who], draft, T0 + offset),
    key: (who) => people[who].publicKey,
  };
}

/**
 * A small organisation for chat tests and vectors: a root chapter (Riverside) founded by alice with
 * dave admitted to it, and a neighbourhood below it (North) founded by alice, where bob and carol
 * are admitted and carol is made moderator; erin is no member. Signers are deterministic (seeds
 * SHA-256 of "chat-test:<name>"), so the same records come out every time (S9).
 */
import { fromBase64url } from "../../encoding/base64url.js";
import { hashText } from "../../encoding/hash.js";
import { CausalRosters } from "../../proposals/causal-rosters.js";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "../../records/ids.js";
import { signRecord, type ParsedRecord, type Signer } from "../../records/record.js";
import { signDraft, type RecordDraft } from "../../kinds/record-draft.js";
import { webCryptoSignerFromSeed } from "../../verify/webcrypto-signer.js";
import { MODERATOR } from "../room-authority.js";

/** The claimed time of the governance records; messages are later. */
export const T0 = 1_700_000_000_000;

/** The people of the scenario. */
export const NAMES = ["alice", "bob", "carol", "dave", "erin"] as const;
export type Name = (typeof NAMES)[number];

/** The chat scenario. */
export interface ChatScenario {
  readonly people: Readonly<Record<Name, Signer>>;
  readonly root: ChapterId;
  readonly north: ChapterId;
  /** Each member's grant, by name (alice's in the root and in North). */
  readonly grants: Readonly<Record<"aliceRoot" | "aliceNorth" | "bob" | "carol" | "dave", RecordId>>;
  /** Carol's moderator holding in North. */
  readonly moderator: RecordId;
  /** Every governance record (genesis records included). */
  readonly governance: readonly ParsedRecord[];
  /** Causal rosters over the governance records. */
  rosters(): CausalRosters;
  /** Signs `draft` by `who` at T0 + `offset`. */
  sign(who: Name, draft: RecordDraft, offset: number): Promise<ParsedRecord>;
  key(who: Name): MemberKey;
}

/** A deterministic WebCrypto signer for `name`. */
export function chatSigner(name: string): Promise<Signer> {
  return webCryptoSignerFromSeed(fromBase64url(hashText(`chat-test:${name}`)), globalThis.crypto.subtle);
}

/** Builds the scenario. Rejects only if signing fails. */
export async function chatScenario(): Promise<ChatScenario> {
  const people = Object.fromEntries(await Promise.all(NAMES.map(async (name) => [name, await chatSigner(name)] as const))) as Record<Name, Signer>;
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
  const northGenesis = await genesis("North", "neighbourhood", root, "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e");
  const north = northGenesis.id as ChapterId;
  const admit = (who: Signer, chapter: ChapterId) => signRecord(who, { kind: "admit", body: { chapter, sponsors: [], countersign: null, redeem: null }, at: T0 + 1, deps: [chapter] });
  const bob = await admit(people.bob, north);
  const carol = await admit(people.carol, north);
  const dave = await admit(people.dave, root);
  const moderator = await signRecord(alice, { kind: "role", body: { chapter: north, member: people.carol.publicKey, role: MODERATOR, grant: true, decision: null }, at: T0 + 2, deps: [carol.id, north] });
  const governance = [rootGenesis, northGenesis, bob, carol, dave, moderator];
  return {
    people,
    root,
    north,
    grants: { aliceRoot: root, aliceNorth: north, bob: bob.id, carol: carol.id, dave: dave.id },
    moderator: moderator.id,
    governance,
    rosters: () => new CausalRosters(new Map(governance.map((record) => [record.id, record]))),
    sign: (who, draft, offset) => signDraft(people[who], draft, T0 + offset),
    key: (who) => people[who].publicKey,
  };
}

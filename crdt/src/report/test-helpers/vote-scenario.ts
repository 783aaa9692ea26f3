/**
 * A small signed vote for tests, built record by record so each test can add what it is about: an
 * open root chapter founded by alice (its facilitator) with two neighbourhoods, north (bob, carol)
 * and south (dave); erin is no member. A proposal by alice, its version, and an open with one ballot
 * box per neighbourhood. Records are signed with WebCrypto (fast, byte-identical to tweetnacl).
 */
import type { CanonicalValue } from "../../records/canonical.js";
import { fromBase64url } from "../../encoding/base64url.js";
import { hashText } from "../../encoding/hash.js";
import type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "../../records/ids.js";
import { foldMembership } from "../../membership/fold-membership.js";
import { contentHash } from "../../proposals/content-hash.js";
import type { VersionOption } from "../../proposals/proposal-bodies.js";
import { signProposal, signVersion } from "../../proposals/proposal-records.js";
import { signRecord, type ParsedRecord, type Signer } from "../../records/record.js";
import { BundleWriter } from "../../simulation/bundle-writer.js";
import { tally } from "../../tally/tally.js";
import type { OptionId, Rule } from "../../tally/types.js";
import { webCryptoSignerFromSeed } from "../../verify/webcrypto-signer.js";
import { webCryptoVerifier } from "../../verify/webcrypto-verifier.js";
import type { BoxEntry, OpenRule, WeightEntry } from "../../votes/vote-bodies.js";
import { weightedElectorate } from "../../votes/vote-electorate.js";
import { signBallot, signClose, signDecision, signOpen, type OpenFields } from "../../votes/vote-records.js";
import { verifyVote } from "../verify-vote.js";
import type { VoteBundle } from "../vote-bundle.js";
import type { VoteReport } from "../vote-report.js";

export const T0 = 1_700_000_000_000;
export const OPEN_AT = T0 + 10_000;
export const CLOSES_AT = OPEN_AT + 1_000;
export const FINAL_AT = CLOSES_AT + 1_000;

const subtle = globalThis.crypto.subtle;
export const verifier = webCryptoVerifier(subtle);

/** A WebCrypto signer whose seed is SHA-256 of `name`. */
export function signerNamed(name: string): Promise<Signer> {
  return webCryptoSignerFromSeed(fromBase64url(hashText(`vote-test:${name}`)), subtle);
}

/** A document URL for tests. */
export function urlNamed(name: string): DocumentUrl {
  const letters = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  const hash = fromBase64url(hashText(`vote-test-url:${name}`));
  return `automerge:${[...hash.slice(0, 22)].map((b) => letters[b % 58]).join("")}` as DocumentUrl;
}

export interface Chapter {
  readonly id: ChapterId;
  readonly genesis: ParsedRecord;
  readonly url: DocumentUrl;
}

type Box = "north" | "south";

/** What a test may change about the vote. */
export interface ScenarioOptions {
  /** The proposal's title (another title is another proposal of the same organisation). */
  readonly title?: string;
  readonly rule?: OpenRule;
  readonly options?: readonly VersionOption[];
  readonly weights?: (chapters: { north: ChapterId; south: ChapterId }) => WeightEntry[];
  /** Governance records to add before the open (they are in its roster reference). */
  readonly governance?: (s: { alice: Signer; root: Chapter; north: Chapter; role: ParsedRecord; admits: ReadonlyMap<string, ParsedRecord> }) => Promise<ParsedRecord[]>;
}

/** The vote under test. */
export class VoteScenario {
  readonly writer = new BundleWriter();
  readonly proposalUrl = urlNamed("proposal");
  readonly boxUrl: Readonly<Record<Box, DocumentUrl>> = { north: urlNamed("box north"), south: urlNamed("box south") };
  open!: ParsedRecord;
  openFields!: OpenFields;
  proposal!: ParsedRecord;
  version!: ParsedRecord;
  governance: ParsedRecord[] = [];

  constructor(
    readonly people: Readonly<Record<"alice" | "bob" | "carol" | "dave" | "erin" | "frank", Signer>>,
    readonly root: Chapter,
    readonly north: Chapter,
    readonly south: Chapter,
    readonly role: ParsedRecord,
    readonly admits: ReadonlyMap<string, ParsedRecord>,
  ) {}

  get proposalId(): ProposalId {
    return this.proposal.id as ProposalId;
  }

  /** A ballot by `who`, placed in its neighbourhood's box (or `box`) unless `place` is false. */
  async ballot(
    who: Signer,
    choice: CanonicalValue,
    options: { seq?: number; at?: number; box?: Box; place?: boolean; body?: Record<string, CanonicalValue> } = {},
  ): Promise<ParsedRecord> {
    const record = await signBallot(
      who,
      {
        chapter: this.root.id,
        proposal: this.proposalId,
        open: this.open.id,
        textHash: this.openFields.textHash,
        choice,
        seq: options.seq ?? 1,
        ...(options.body ?? {}),
      },
      { at: options.at ?? OPEN_AT + 100 },
    );
    const box = options.box ?? (who === this.people.dave ? "south" : "north");
    if (options.place !== false) this.writer.put("ballot-box", this.boxUrl[box], "ballots", record);
    return record;
  }

  /** The electorate of the open as a device computes it (V3). */
  electorate(): { member: MemberKey; weight: number }[] {
    const roster = foldMembership(this.governance).roster;
    return weightedElectorate(roster, this.root.id, this.openFields.weights ?? []);
  }

  /** The tally of these ballots over the electorate (V5.9). */
  tallyOf(ballots: readonly ParsedRecord[]): CanonicalValue {
    const rule = { ...this.openFields.rule, ...(this.openFields.quorum ? { quorum: this.openFields.quorum } : {}) } as unknown as Rule;
    const result = tally({
      rule,
      options: this.openFields.options as OptionId[],
      electorate: this.electorate(),
      ballots: ballots.map((b) => ({ member: b.envelope.signer, choice: (b.envelope.body as { choice: never }).choice })),
    });
    return JSON.parse(JSON.stringify(result)) as CanonicalValue;
  }

  /** A close by `by` (alice) counting these ballots per box, placed with its counted records. */
  async close(
    counted: Partial<Record<Box, readonly ParsedRecord[]>>,
    options: { by?: Signer; supersedes?: RecordId | null; at?: number; result?: CanonicalValue; deps?: RecordId[] } = {},
  ): Promise<{ close: ParsedRecord; counted: ParsedRecord[] }> {
    const all = [...(counted.north ?? []), ...(counted.south ?? [])];
    const by = options.by ?? this.people.alice;
    const made = await signClose(
      by,
      {
        open: this.open.id,
        boxes: this.openFields.boxes.map((box) => ({
          chapter: box.chapter,
          shard: box.shard,
          ids: (box.chapter === this.north.id ? (counted.north ?? []) : (counted.south ?? [])).map((b) => b.id),
        })),
        result: options.result ?? this.tallyOf(all),
        supersedes: options.supersedes ?? null,
      },
      { at: options.at ?? CLOSES_AT, deps: options.deps ?? [this.root.id, this.role.id] },
    );
    this.writer.put("proposal", this.proposalUrl, "votes", made.close);
    for (const record of made.counted) {
      const chapter = (record.envelope.body as { chapter: string }).chapter;
      this.writer.put("ballot-box", chapter === this.north.id ? this.boxUrl.north : this.boxUrl.south, "counted", record);
    }
    return made;
  }

  /** A decision by alice recording `close`, placed in the root chapter's document. */
  async decision(close: ParsedRecord, options: { at?: number; result?: CanonicalValue } = {}): Promise<ParsedRecord> {
    const record = await signDecision(
      this.people.alice,
      { chapter: this.root.id, proposal: this.proposalId, open: this.open.id, close: close.id, result: options.result ?? (close.envelope.body as { result: CanonicalValue }).result },
      { at: options.at ?? FINAL_AT, deps: [this.role.id] },
    );
    this.writer.put("chapter", this.root.url, "decisions", record);
    return record;
  }

  /** Another open of the same proposal by alice (e.g. a concurrent or superseding one), placed. */
  async reopen(fields: Partial<OpenFields> = {}, at = OPEN_AT + 1): Promise<ParsedRecord> {
    const record = await signOpen(this.people.alice, { ...this.openFields, ...fields }, { at, deps: [this.role.id] });
    this.writer.put("proposal", this.proposalUrl, "votes", record);
    return record;
  }

  bundle(open: RecordId = this.open.id): VoteBundle {
    return this.writer.bundle({ proposal: this.proposalId, open });
  }

  report(open?: RecordId): Promise<VoteReport> {
    return verifyVote(this.bundle(open), verifier);
  }
}

/** Builds the scenario up to the open (no ballots yet). */
export async function voteScenario(options: ScenarioOptions = {}): Promise<VoteScenario> {
  const names = ["alice", "bob", "carol", "dave", "erin", "frank"] as const;
  const people = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await signerNamed(name)] as const))) as Record<(typeof names)[number], Signer>;
  const { alice } = people;
  const org = urlNamed("organisation");
  const chapter = async (name: string, level: string, parent: Chapter | null): Promise<Chapter> => {
    const url = urlNamed(`chapter ${name}`);
    const body = { name, level, parent: parent?.id ?? null, place: null, document: url, admission: { sponsors: 0, countersign: false }, founders: [alice.publicKey] };
    const genesis = await signRecord(alice, { kind: "genesis", body, at: T0, deps: parent === null ? [] : [parent.id] });
    return { id: genesis.id as ChapterId, genesis, url };
  };
  const root = await chapter("Riverside", "international", null);
  const north = await chapter("North", "neighbourhood", root);
  const south = await chapter("South", "neighbourhood", root);
  const role = await signRecord(alice, { kind: "role", body: { chapter: root.id, member: alice.publicKey, role: "facilitator", grant: true, decision: null }, at: T0, deps: [root.id] });
  const admits = new Map<string, ParsedRecord>();
  for (const [name, home] of [["bob", north], ["carol", north], ["dave", south]] as const) {
    admits.set(name, await signRecord(people[name], { kind: "admit", body: { chapter: home.id, sponsors: [], countersign: null, redeem: null }, at: T0 + 1, deps: [home.id] }));
  }
  const s = new VoteScenario(people, root, north, south, role, admits);
  for (const c of [root, north, south]) s.writer.put("organisation", org, "chapters", c.genesis);
  s.writer.put("chapter", root.url, "governance", role);
  for (const [name, record] of admits) s.writer.put("chapter", name === "dave" ? south.url : north.url, "governance", record);
  const extra = (await options.governance?.({ alice, root, north, role, admits })) ?? [];
  for (const record of extra) s.writer.put("chapter", root.url, "governance", record);
  s.governance = [root.genesis, north.genesis, south.genesis, role, ...admits.values(), ...extra];

  const versionOptions = options.options ?? [];
  const text = "We adopt the garden plan.";
  s.proposal = await signProposal(alice, { chapter: root.id, title: options.title ?? "Garden plan", document: s.proposalUrl }, { at: T0 + 100, deps: [role.id] });
  s.version = await signVersion(alice, { proposal: s.proposalId, n: 1, text, options: versionOptions }, { at: T0 + 200, deps: [root.id] });
  s.writer.put("proposal", s.proposalUrl, "origin", s.proposal);
  s.writer.put("chapter", root.url, "proposals", s.proposal);
  s.writer.put("proposal", s.proposalUrl, "versions", s.version);
  const cited = new Set(s.governance.flatMap((r) => r.envelope.deps));
  const boxes: BoxEntry[] = [
    { chapter: north.id, shard: 0, document: s.boxUrl.north },
    { chapter: south.id, shard: 0, document: s.boxUrl.south },
  ];
  s.openFields = {
    chapter: root.id,
    proposal: s.proposalId,
    version: s.version.id,
    textHash: contentHash({ text, options: versionOptions }),
    options: versionOptions.map((o) => o.id),
    rule: options.rule ?? { type: "majority" },
    quorum: null,
    closesAt: CLOSES_AT,
    finalAt: FINAL_AT,
    heads: s.governance.map((r) => r.id).filter((id) => !cited.has(id)),
    weights: options.weights?.({ north: north.id, south: south.id }) ?? [],
    shards: 1,
    boxes: [...boxes].sort((a, b) => (a.chapter < b.chapter ? -1 : 1)),
  };
  s.open = await signOpen(alice, s.openFields, { at: OPEN_AT, deps: [role.id] });
  s.writer.put("proposal", s.proposalUrl, "votes", s.open);
  return s;
}

/** The report line of a record. */
export function lineOf(report: VoteReport, record: ParsedRecord | string): VoteReport["records"][number] | undefined {
  const id = typeof record === "string" ? record : record.id;
  return report.records.find((line) => line.id === id);
}

/**
 * A complete signed sample vote (PROTOCOL.md V11.2): an organisation with cities and
 * neighbourhoods, members admitted by their own signed records, a proposal and its version, an
 * open, ballots in sharded boxes (some members change their vote), the close with its counted
 * records, and the decision. Deterministic for a seed: keys, times and choices all come from it,
 * and ed25519 signatures are deterministic (S9), so the same seed gives the same bundle bytes.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import { signDraft } from "../kinds/record-draft.js";
import type { Level } from "../membership/bodies.js";
import { foldMembership } from "../membership/fold-membership.js";
import { admitDraft, genesisDraft, roleDraft } from "../membership/membership-records.js";
import { contentHash } from "../proposals/content-hash.js";
import type { VersionOption } from "../proposals/proposal-bodies.js";
import { signProposal, signVersion } from "../proposals/proposal-records.js";
import type { ParsedRecord, Signer } from "../records/record.js";
import type { VoteBundle } from "../report/vote-bundle.js";
import { RULE_TYPES, tally } from "../tally/tally.js";
import type { Ballot, OptionId, Rule, RuleType, TallyResult } from "../tally/types.js";
import { utf8 } from "../encoding/utf8.js";
import { webCryptoSignerFromSeed } from "../verify/webcrypto-signer.js";
import { shardOf } from "../votes/counted-hash.js";
import type { BoxEntry, OpenRule, WeightEntry } from "../votes/vote-bodies.js";
import { weightedElectorate } from "../votes/vote-electorate.js";
import { signBallot, signClose, signDecision, signOpen } from "../votes/vote-records.js";
import { base58 } from "./base58.js";
import { BundleWriter } from "./bundle-writer.js";
import { mapLimit } from "./map-limit.js";
import { membershipHistory, type HistorySigners } from "./membership-history.js";
import { SeededRandom } from "./seeded-random.js";
import { simulatedChoice } from "./simulated-choice.js";
import { simulateDelegations, simulatedOutcome, type DelegationPlan, type SimulatedDelegations } from "./simulated-delegations.js";

/** Most voters a simulation takes. */
export const MAX_SIMULATED_VOTERS = 1_000_000;
/** Most neighbourhoods a simulation takes. */
export const MAX_SIMULATED_CHAPTERS = 1000;
/**
 * Signatures asked for at once: enough for every worker thread of a pool (S10) to get batches
 * of hundreds, and for WebCrypto's threads to stay busy. The output does not depend on it.
 */
const IN_FLIGHT = 1024;
/** Ballots a simulated box is sized for: well under MAX_COUNTED (V6.1). */
const BOX_TARGET = 2000;

const T0 = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NAMES = ["North", "South", "East", "West", "Harbour", "Hill", "Market", "Riverside", "Old Town", "Meadows", "Station", "Park"];
const GARDEN: readonly VersionOption[] = [
  { id: "allotments", label: "Allotments by the river" },
  { id: "orchard", label: "Orchard on the hill" },
  { id: "meadow", label: "Wildflower meadow" },
  { id: "playground", label: "Adventure playground" },
];

/** What to simulate. */
export interface SimulationOptions {
  /** Members who may vote, 1 … MAX_SIMULATED_VOTERS (a facilitator comes on top). */
  readonly voters: number;
  readonly rule: RuleType;
  /** Neighbourhoods, 1 … MAX_SIMULATED_CHAPTERS; default one per 500 voters. */
  readonly chapters?: number;
  /** Any text; default "1". */
  readonly seed?: string;
  /**
   * Also sign a short valid history with every membership kind (V11.2 `--all-membership-kinds`):
   * endorse, sponsor, countersign, invite, redeem, uninvite, leave, remove, role revocation,
   * rotate-proof and rotate. Default false (only genesis, admit and role).
   */
  readonly allMembershipKinds?: boolean;
  /** Members delegating, the chain length and the cap (V11.2 `--delegating`); default none. */
  readonly delegation?: DelegationPlan;
}

/** What was simulated, for a human summary. */
export interface SimulationSummary {
  readonly organisation: string;
  readonly cities: number;
  readonly neighbourhoods: readonly { readonly name: string; readonly members: number; readonly weight: number }[];
  /** The electorate: the neighbourhoods' voters, the facilitator and the history's remaining members. */
  readonly members: number;
  readonly proposal: string;
  readonly options: readonly VersionOption[];
  readonly rule: Rule;
  /** Ballot records, changed votes included. */
  readonly ballots: number;
  readonly voted: number;
  readonly changed: number;
  readonly boxes: number;
  /** Delegation records signed (0 without `delegation`). */
  readonly delegations: number;
  /** Members whose weight a voter carried. */
  readonly carried: number;
  readonly result: TallyResult;
}

/** A simulated vote. */
export interface SimulatedVote {
  readonly bundle: VoteBundle;
  readonly summary: SimulationSummary;
}

interface Chapter {
  readonly id: ChapterId;
  readonly genesis: ParsedRecord;
  readonly url: DocumentUrl;
  readonly name: string;
}

function ruleFor(type: RuleType, voters: number): OpenRule {
  switch (type) {
    case "supermajority":
      return { type, threshold: { num: 2, den: 3 } };
    case "consent":
      return { type, maxBlocks: 0 };
    case "consensus":
      return { type, maxStandAsides: Math.max(1, Math.floor(voters / 10)) };
    case "score":
      return { type, maxScore: 5 };
    default:
      return { type };
  }
}

/**
 * A Signer for an ed25519 secret seed (RFC 8032 §5.1.5). Signatures are deterministic (S9), so
 * every implementation gives the same simulation byte for byte; the CLI's signs on worker
 * threads (S10).
 */
export type SignerFromSeed = (seed: Uint8Array) => Promise<Signer>;

/**
 * Simulates one vote, signing every record with `signing`: WebCrypto (`subtle`; S9 makes its
 * signatures identical to tweetnacl's) or any SignerFromSeed.
 * @throws {RangeError} (as a rejected promise) for a voter or chapter count out of range or an unknown rule.
 * @throws whatever signing throws (e.g. no Ed25519 support in `subtle`).
 */
export async function simulateVote(request: SimulationOptions, signing: SubtleCrypto | SignerFromSeed): Promise<SimulatedVote> {
  const { voters, rule: type } = request;
  const chapters = request.chapters ?? Math.min(MAX_SIMULATED_CHAPTERS, Math.max(1, Math.ceil(voters / 500)));
  if (!Number.isSafeInteger(voters) || voters < 1 || voters > MAX_SIMULATED_VOTERS) throw new RangeError(`voters must be 1 to ${MAX_SIMULATED_VOTERS}`);
  if (!Number.isSafeInteger(chapters) || chapters < 1 || chapters > MAX_SIMULATED_CHAPTERS) throw new RangeError(`chapters must be 1 to ${MAX_SIMULATED_CHAPTERS}`);
  if (!RULE_TYPES.includes(type)) throw new RangeError(`unknown rule ${JSON.stringify(type)}`);
  const seed = request.seed ?? "1";
  const random = new SeededRandom(seed);
  const derive = (purpose: string, label: string) => sha256(utf8(`chapterhouse-simulate-${purpose}\n${seed}\n${label}`));
  const signerFromSeed: SignerFromSeed = typeof signing === "function" ? signing : (seed) => webCryptoSignerFromSeed(seed, signing);
  const keyOf = (label: string) => signerFromSeed(derive("key", label));
  const urlOf = (label: string) => `automerge:${base58(derive("url", label).slice(0, 16))}` as DocumentUrl;
  const writer = new BundleWriter();

  // The organisation: a root, cities, neighbourhoods, all founded by the facilitator (M4). With
  // every membership kind, the root has a co-founder and admits on a sponsorship and a countersign.
  const facilitator = await keyOf("facilitator");
  const history = request.allMembershipKinds === true ? await historySigners(facilitator, keyOf) : undefined;
  const organisation = "Riverside Assembly";
  const chapterOf = async (name: string, level: Level, parent: Chapter | null, label: string): Promise<Chapter> => {
    const url = urlOf(`chapter/${label}`);
    const founders = parent === null && history !== undefined ? [facilitator.publicKey, history.cofounder.publicKey].sort() : [facilitator.publicKey];
    const admission = parent === null && history !== undefined ? { sponsors: 1, countersign: true } : { sponsors: 0, countersign: false };
    const genesis = await signDraft(facilitator, genesisDraft({ name, level, parent: parent?.id ?? null, place: null, document: url, admission, founders }), T0);
    writer.put("organisation", urlOf("organisation"), "chapters", genesis);
    return { id: genesis.id as ChapterId, genesis, url, name };
  };
  const root = await chapterOf(organisation, "international", null, "root");
  const role = await signDraft(facilitator, roleDraft({ chapter: root.id, member: facilitator.publicKey, role: "facilitator", grant: true }), T0);
  writer.put("chapter", root.url, "governance", role);
  const cities: Chapter[] = [];
  for (let c = 0; c < Math.ceil(chapters / 10); c++) cities.push(await chapterOf(`City ${c + 1}`, "city", root, `city/${c}`));
  const hoods: Chapter[] = [];
  for (let j = 0; j < chapters; j++) {
    const name = j < NAMES.length ? NAMES[j]! : `Neighbourhood ${j + 1}`;
    hoods.push(await chapterOf(name, "neighbourhood", cities[j % cities.length]!, `neighbourhood/${j}`));
  }

  // Members, each admitted to an open neighbourhood by their own admit (M6.7), one chain per neighbourhood.
  const home = Array.from({ length: voters }, () => random.below(chapters));
  const signers = await mapLimit(Array.from({ length: voters }, (_, i) => i), IN_FLIGHT, (i) => keyOf(`member/${i}`));
  const byHood = hoods.map(() => [] as number[]);
  home.forEach((j, i) => byHood[j]!.push(i));
  const admits: ParsedRecord[] = new Array<ParsedRecord>(voters);
  await mapLimit(byHood.map((members, j) => ({ members, j })), IN_FLIGHT, async ({ members, j }) => {
    let previous = role.id;
    for (const i of members) {
      const admit = await signDraft(signers[i]!, admitDraft({ chapter: hoods[j]!.id }, [previous]), T0 + DAY);
      writer.put("chapter", hoods[j]!.url, "governance", admit);
      admits[i] = admit;
      previous = admit.id;
    }
  });
  const historyRecords =
    history === undefined
      ? []
      : await membershipHistory(
          signDraft,
          history,
          { root: root.id, rootUrl: root.url, role: role.id, neighbourhood: hoods[0]!.id, neighbourhoodUrl: hoods[0]!.url, organisationUrl: urlOf("organisation") },
          T0 + 2 * DAY,
        );
  for (const { type, url, map, record } of historyRecords) writer.put(type, url, map, record);
  const governance = [root.genesis, role, ...cities.map((c) => c.genesis), ...hoods.map((h) => h.genesis), ...admits, ...historyRecords.map((h) => h.record)];
  const cited = new Set(governance.flatMap((record) => record.envelope.deps));
  const heads = governance.map((record) => record.id).filter((id) => !cited.has(id));

  // The proposal, its version and the open (P2, P3, V2).
  const optionRule = !["majority", "supermajority", "consent", "consensus"].includes(type);
  const options = optionRule ? GARDEN : [];
  const title = optionRule ? "Choose the site of the community garden" : "Adopt the community garden plan";
  const text = optionRule
    ? "The assembly chooses where the community garden goes. Rank or mark the sites as the rule asks."
    : "The assembly adopts the community garden plan: a shared garden on the old depot site, run by a working group open to every member.";
  const proposal = await signProposal(facilitator, { chapter: root.id, title, document: urlOf("proposal") }, { at: T0 + 10 * DAY, deps: [role.id] });
  const proposalId = proposal.id as ProposalId;
  const version = await signVersion(facilitator, { proposal: proposalId, n: 1, text, options }, { at: T0 + 10 * DAY + HOUR, deps: [root.id] });
  const biggest = Math.max(...byHood.map((members) => members.length));
  const shards = Math.min(64, Math.max(1, Math.ceil(biggest / BOX_TARGET)));
  const boxes: BoxEntry[] = hoods.flatMap((hood, j) => Array.from({ length: shards }, (_, shard) => ({ chapter: hood.id, shard, document: urlOf(`box/${j}/${shard}`) })));
  const weights: WeightEntry[] = chapters >= 2 ? [{ chapter: hoods[0]!.id, weight: 2 }] : [];
  const openRule = ruleFor(type, voters);
  const quorum = { num: 1, den: 2 };
  const openAt = T0 + 14 * DAY;
  const closesAt = openAt + 7 * DAY;
  const finalAt = closesAt + 2 * DAY;
  const textHash = contentHash({ text, options });
  const plan = request.delegation;
  const delegations: SimulatedDelegations | undefined =
    plan === undefined ? undefined : await simulateDelegations(plan, seed, signers, facilitator, root.id, T0 + 12 * DAY, IN_FLIGHT);
  for (const record of delegations?.records ?? []) writer.put("chapter", root.url, "delegations", record);
  for (const record of delegations?.sets ?? []) writer.put("proposal", urlOf("proposal"), "votes", record);
  const openDelegations = plan === undefined ? {} : { delegations: { sets: delegations!.sets.map((set) => set.id), depth: plan.depth, cap: plan.cap, topic: null } };
  const open = await signOpen(
    facilitator,
    { chapter: root.id, proposal: proposalId, version: version.id, textHash, options: options.map((o) => o.id), rule: openRule, quorum, closesAt, finalAt, heads, weights, shards, boxes, ...openDelegations },
    { at: openAt, deps: [role.id] },
  );
  for (const record of [proposal]) writer.put("chapter", root.url, "proposals", record);
  writer.put("proposal", urlOf("proposal"), "origin", proposal);
  writer.put("proposal", urlOf("proposal"), "versions", version);

  // Ballots: most members vote, a few change their vote (V4).
  const optionIds = options.map((o) => o.id);
  const plans: { i: number; seq: number; at: number; choice: CanonicalValue }[] = [];
  // A delegator votes only to override (DG4.1); the draws are the same either way.
  const votes = (i: number) => delegations === undefined || !delegations.delegators.has(i) || delegations.overriding.has(i);
  for (let i = 0; i < voters; i++) {
    if (!random.chance(9, 10)) continue;
    const first = openAt + 1 + random.below(7 * DAY - 2);
    const choice = simulatedChoice(type, optionIds, random);
    if (votes(i)) plans.push({ i, seq: 1, at: first, choice });
    if (!random.chance(3, 100)) continue;
    const change = { i, seq: 2, at: first + 1 + random.below(closesAt - first - 1), choice: simulatedChoice(type, optionIds, random) };
    if (votes(i)) plans.push(change);
  }
  const boxOf = (i: number) => boxes[home[i]! * shards + shardOf(signers[i]!.publicKey, shards)]!;
  const ballots = await mapLimit(plans, IN_FLIGHT, async (plan) => {
    const ballot = await signBallot(signers[plan.i]!, { chapter: root.id, proposal: proposalId, open: open.id, textHash, choice: plan.choice, seq: plan.seq }, { at: plan.at });
    writer.put("ballot-box", boxOf(plan.i).document, "ballots", ballot);
    return { plan, ballot };
  });

  // The close counts each member's highest seq, box by box (V5, V6); the result is the tally over
  // the electorate of the roster reference (V3), computed as any device would.
  const latest = new Map<number, { plan: (typeof plans)[number]; ballot: ParsedRecord }>();
  for (const entry of ballots) if ((latest.get(entry.plan.i)?.plan.seq ?? 0) < entry.plan.seq) latest.set(entry.plan.i, entry);
  const roster = foldMembership(governance).roster;
  const electorate = weightedElectorate(roster, root.id, weights);
  const tallyRule = { ...openRule, quorum } as unknown as Rule;
  const direct: Ballot[] = [...latest.values()].map(({ plan }) => ({ member: signers[plan.i]!.publicKey, choice: plan.choice as Ballot["choice"] }));
  // DG5: each carried member's ballot follows its terminal voter's choice.
  const outcome =
    plan === undefined
      ? undefined
      : simulatedOutcome(delegations!, electorate, new Set(direct.map((b) => b.member)), { proposal: proposalId, chapter: root.id, ancestors: [], topic: null }, plan, openAt);
  const choices = new Map(direct.map((b) => [b.member, b.choice]));
  const counted = [...direct, ...[...(outcome?.terminals ?? [])].map(([member, terminal]) => ({ member, choice: choices.get(terminal)! }))];
  const result = tally({ rule: tallyRule, options: optionIds as OptionId[], electorate, ballots: counted });
  const idsByBox = new Map<string, RecordId[]>(boxes.map((box) => [box.document, []]));
  for (const { plan, ballot } of latest.values()) idsByBox.get(boxOf(plan.i).document)!.push(ballot.id);
  const sealed = JSON.parse(JSON.stringify(result)) as CanonicalValue;
  const { close, counted: countedRecords } = await signClose(
    facilitator,
    { open: open.id, boxes: boxes.map((box) => ({ chapter: box.chapter, shard: box.shard, ids: idsByBox.get(box.document)! })), result: sealed },
    { at: closesAt, deps: [root.id, role.id] },
  );
  writer.put("proposal", urlOf("proposal"), "votes", open);
  writer.put("proposal", urlOf("proposal"), "votes", close);
  for (const record of countedRecords) {
    const { chapter, shard } = record.envelope.body as { chapter: string; shard: number };
    writer.put("ballot-box", boxes.find((box) => box.chapter === chapter && box.shard === shard)!.document, "counted", record);
  }
  const decision = await signDecision(
    facilitator,
    { chapter: root.id, proposal: proposalId, open: open.id, close: close.id, result: sealed },
    { at: finalAt, deps: [role.id] },
  );
  writer.put("chapter", root.url, "decisions", decision);

  const weightOf = new Map(weights.map((w) => [w.chapter, w.weight]));
  return {
    bundle: writer.bundle({ proposal: proposalId, open: open.id }),
    summary: {
      organisation,
      cities: cities.length,
      neighbourhoods: hoods.map((hood, j) => ({ name: hood.name, members: byHood[j]!.length, weight: weightOf.get(hood.id) ?? 1 })),
      members: electorate.length,
      proposal: title,
      options,
      rule: tallyRule,
      ballots: ballots.length,
      voted: latest.size,
      changed: ballots.length - latest.size,
      boxes: boxes.length,
      delegations: delegations?.records.length ?? 0,
      carried: outcome?.terminals.size ?? 0,
      result,
    },
  };
}

/** The keys of the membership history (V11.2 labels), derived from the seed like every other key. */
async function historySigners(facilitator: Signer, keyOf: (label: string) => Promise<Signer>): Promise<HistorySigners> {
  const [cofounder, sponsored, token, invited, leaver, removed, rotated, rotatedNew] = await Promise.all(
    ["cofounder", "sponsored", "invite-token", "invited", "leaver", "removed", "rotated", "rotated/new"].map(keyOf),
  );
  return { facilitator, cofounder: cofounder!, sponsored: sponsored!, token: token!, invited: invited!, leaver: leaver!, removed: removed!, rotated: rotated!, rotatedNew: rotatedNew! };
}

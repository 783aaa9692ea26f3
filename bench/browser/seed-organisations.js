// The two organisations the renderer bench loads into the app, signed in Node with the core's
// record constructors (seeded WebCrypto keys, S9: the same signatures as tweetnacl's):
// - `seedProposals`: a chapter whose Chapter document indexes N proposals (their signed creation
//   records and `proposal-stage` hints, as renderer/src/features/proposals writes them);
// - `seedSite`: a chapter whose site holds N forum topics and blog posts (issue 12);
// - `seedVote`: a closed and decided vote of N voters laid out as `chapterhouse simulate` lays it
//   out (crdt/src/simulation/simulate-vote.ts: cities, neighbourhoods, one admit chain per
//   neighbourhood, sharded boxes, some changed votes, the close, its counted records, the
//   decision), but with valid automerge URLs: the simulator's URLs are bare base58 without
//   automerge-repo's checksum, so no Repo can hold documents at them.
// Each organisation's root chapter carries an invite whose token the bench member redeems from a
// link, as a member joins (renderer/src/features/organisation/redeem-invite.ts).
import { createHash } from "node:crypto";
import { generateAutomergeUrl } from "@automerge/automerge-repo";
import * as A from "@automerge/automerge";
import { PAGE_SIZE, generalRoomId, messageDraft, threadGenesis, threadPageDraft, threadPageUrl } from "@chapterhouse/crdt/chat";
import {
  BALLOT_BOX_DOCUMENT,
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  PROPOSAL_DOCUMENT,
  THREAD_DOCUMENT,
  createBallotBoxDoc,
  createChapterDoc,
  createOrganisationDoc,
  createProposalDoc,
} from "@chapterhouse/crdt/documents";
import { toBase64url } from "@chapterhouse/crdt/encoding";
import { postDraft } from "@chapterhouse/crdt/blog";
import { forumCategoryDraft, topicDraft } from "@chapterhouse/crdt/forums";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { FACILITATOR, foldMembership } from "@chapterhouse/crdt/membership";
import { contentHash, signProposal, signVersion } from "@chapterhouse/crdt/proposals";
import { signRecord } from "@chapterhouse/crdt/records";
import { SeededRandom, simulatedChoice } from "@chapterhouse/crdt/simulation";
import { tally } from "@chapterhouse/crdt/tally";
import { naclSignerFromSeed, webCryptoSignerFromSeed } from "@chapterhouse/crdt/verify";
import {
  shardOf,
  signBallot,
  signClose,
  signDecision,
  signOpen,
  weightedElectorate,
} from "@chapterhouse/crdt/votes";
import { SeedDocuments } from "./seed-documents.js";

const T0 = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 2100-01-01: the invite outlives any bench run. */
const INVITE_EXPIRES = 4_102_444_800_000;
const BOX_TARGET = 2000;
const STAGES = ["draft", "deliberation", "voting", "closed", "recorded"];
const TOPICS = [
  "the community garden",
  "the rent strike fund",
  "meeting times",
  "the newsletter",
  "a repair café",
  "the library corner",
  "childcare at assemblies",
  "the bike workshop",
];
const GARDEN = [
  { id: "allotments", label: "Allotments by the river" },
  { id: "orchard", label: "Orchard on the hill" },
  { id: "meadow", label: "Wildflower meadow" },
  { id: "playground", label: "Adventure playground" },
];

const seedOf = (label) =>
  new Uint8Array(createHash("sha256").update(`chapterhouse-bench-renderer\n${label}`).digest());
const keyOf = (label) => webCryptoSignerFromSeed(seedOf(label), globalThis.crypto.subtle);

/** `f` over `items`, at most `limit` at a time, results in order. */
async function mapLimit(items, limit, f) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * An organisation's root chapter founded by `facilitator`, its facilitator role and an invite:
 * the Organisation document and the root's Chapter document reserved in `documents`.
 */
async function foundOrganisation(documents, facilitator, name, label) {
  const organisation = documents.create(ORGANISATION_DOCUMENT, () => createOrganisationDoc());
  const rootUrl = documents.create(CHAPTER_DOCUMENT, () => createChapterDoc());
  const genesis = await signRecord(facilitator, {
    kind: "genesis",
    body: {
      name,
      level: "international",
      parent: null,
      place: null,
      document: rootUrl,
      admission: { sponsors: 0, countersign: false },
      founders: [facilitator.publicKey],
    },
    at: T0,
    deps: [],
  });
  const role = await signRecord(facilitator, {
    kind: "role",
    body: {
      chapter: genesis.id,
      member: facilitator.publicKey,
      role: FACILITATOR,
      grant: true,
      decision: null,
    },
    at: T0,
    deps: [genesis.id],
  });
  documents.put(organisation, "chapters", [genesis]);
  documents.put(rootUrl, "governance", [role]);
  const token = seedOf(`${label}/invite-token`);
  const inviteAt = T0 + HOUR;
  const invite = (deps) =>
    signRecord(facilitator, {
      kind: "invite",
      body: {
        chapter: genesis.id,
        token: naclSignerFromSeed(token).publicKey,
        maxUses: 1000,
        expires: INVITE_EXPIRES,
      },
      at: inviteAt,
      deps,
    });
  return { organisation, root: { id: genesis.id, url: rootUrl, genesis, name }, role, token, invite };
}

/** The member grant of `key` in `chapter` as the fold sees `records` (M3.3). Throws if there is none. */
function grantOf(records, chapter, key) {
  const grant = foldMembership(records).roster.chapters.get(chapter)?.members.get(key)?.grant;
  if (grant === undefined) throw new Error("the seeded facilitator has no grant: the seed is wrong");
  return grant;
}

/** What the app needs to join a seeded organisation: `#/join?o=…&c=…&t=…&r=…` without the relay. */
function joinQuery(organisation, chapter, invite, token) {
  return { o: organisation.replace(/^automerge:/, ""), c: chapter, i: invite, t: toBase64url(token) };
}

/**
 * An organisation whose root chapter indexes `count` proposals by its facilitator, newest last,
 * four in five with a stage hint (deliberation, voting, closed, recorded in turn). Returns the
 * documents and what the bench needs to find them.
 */
export async function seedProposals({ count }) {
  const documents = new SeedDocuments();
  const facilitator = await keyOf("proposals/facilitator");
  const org = await foundOrganisation(documents, facilitator, "Harbour Tenants (bench)", "proposals");
  const invite = await org.invite([org.root.id, org.role.id]);
  documents.put(org.root.url, "governance", [invite]);
  const grant = grantOf([org.root.genesis, org.role, invite], org.root.id, facilitator.publicKey);
  const records = await mapLimit(
    Array.from({ length: count }, (_, i) => i),
    64,
    async (i) => {
      const at = T0 + DAY + i * MINUTE;
      const title = `Proposal ${i + 1}: ${TOPICS[i % TOPICS.length]}`;
      const proposal = await signProposal(
        facilitator,
        { chapter: org.root.id, title, document: generateAutomergeUrl() },
        { at, deps: [grant, invite.id] },
      );
      const stage = STAGES[i % STAGES.length];
      if (stage === "draft") return [proposal];
      const hint = await signRecord(facilitator, {
        kind: "proposal-stage",
        body: { proposal: proposal.id, stage },
        at: at + HOUR,
        deps: [proposal.id, grant],
      });
      return [proposal, hint];
    },
  );
  documents.put(org.root.url, "proposals", records.flat());
  return {
    documents,
    organisation: org.organisation,
    chapter: org.root.id,
    chapterName: org.root.name,
    chapterDocument: org.root.url,
    join: joinQuery(org.organisation, org.root.id, invite.id, org.token),
    proposals: count,
    stageHints: records.flat().length - count,
  };
}

/**
 * An organisation whose root chapter's general room (PROTOCOL.md CH2.4) holds `count` messages by
 * its facilitator, a minute apart, paged as CH9.4 says: pages of PAGE_SIZE at their derived URLs,
 * each started from the shared genesis (CH9.2), page 0 naming the pages started. Returns the
 * documents and what the bench needs to find the room.
 */
export async function seedRoom({ count }) {
  const documents = new SeedDocuments();
  const facilitator = await keyOf("chat/facilitator");
  const org = await foundOrganisation(documents, facilitator, "Canal Tenants (bench)", "chat");
  const invite = await org.invite([org.root.id, org.role.id]);
  documents.put(org.root.url, "governance", [invite]);
  const grant = grantOf([org.root.genesis, org.role, invite], org.root.id, facilitator.publicKey);
  const room = generalRoomId(org.root.id);
  const messages = await mapLimit(
    Array.from({ length: count }, (_, i) => i),
    64,
    (i) => signDraft(facilitator, messageDraft({ scope: room, text: `Message ${i + 1} about ${TOPICS[i % TOPICS.length]}` }, [grant]), T0 + DAY + i * MINUTE),
  );
  const pages = Math.ceil(count / PAGE_SIZE);
  for (let n = 0; n < pages; n++) {
    const url = documents.create(THREAD_DOCUMENT, () => A.load(threadGenesis()), threadPageUrl(room, n));
    documents.put(url, "messages", messages.slice(n * PAGE_SIZE, (n + 1) * PAGE_SIZE));
  }
  const started = await Promise.all(Array.from({ length: pages - 1 }, (_, i) => signDraft(facilitator, threadPageDraft(room, i + 1, [grant]), T0 + DAY + (i + 1) * PAGE_SIZE * MINUTE)));
  documents.put(threadPageUrl(room, 0), "pages", started);
  return { documents, organisation: org.organisation, chapter: org.root.id, chapterName: org.root.name, room, pages, join: joinQuery(org.organisation, org.root.id, invite.id, org.token) };
}

/**
 * An organisation whose root chapter's site holds `count` forum topics in `categories` categories
 * and, as many blog posts as `posts`, all by its facilitator, a minute apart: their creation
 * records in the Chapter document's `posts` (PROTOCOL.md FO3, BL2), none of their text (the chapter
 * page never loads it). Returns the documents and what the bench needs to find the chapter.
 */
export async function seedSite({ count, categories, posts }) {
  const documents = new SeedDocuments();
  const facilitator = await keyOf("site/facilitator");
  const org = await foundOrganisation(documents, facilitator, "Dock Tenants (bench)", "site");
  const invite = await org.invite([org.root.id, org.role.id]);
  documents.put(org.root.url, "governance", [invite]);
  const grant = grantOf([org.root.genesis, org.role, invite], org.root.id, facilitator.publicKey);
  const cats = await Promise.all(Array.from({ length: categories }, (_, i) => signDraft(facilitator, forumCategoryDraft({ chapter: org.root.id, name: `Category ${i + 1}`, about: "" }, [grant]), T0 + DAY + i)));
  const topics = await mapLimit(
    Array.from({ length: count }, (_, i) => i),
    64,
    (i) => signDraft(facilitator, topicDraft({ chapter: org.root.id, category: cats[i % categories].id, title: `Topic ${i + 1}: ${TOPICS[i % TOPICS.length]}` }, [grant]), T0 + 2 * DAY + i * MINUTE),
  );
  const written = await mapLimit(
    Array.from({ length: posts }, (_, i) => i),
    64,
    (i) => signDraft(facilitator, postDraft({ chapter: org.root.id, title: `Post ${i + 1}: ${TOPICS[i % TOPICS.length]}`, decisions: [] }, [grant]), T0 + 2 * DAY + i * MINUTE),
  );
  documents.put(org.root.url, "posts", [...cats, ...topics, ...written]);
  return { documents, organisation: org.organisation, chapter: org.root.id, chapterName: org.root.name, join: joinQuery(org.organisation, org.root.id, invite.id, org.token) };
}

function ruleFor(type, voters) {
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
 * A closed, decided vote of `voters` members in `chapters` neighbourhoods under `rule`, as
 * `simulateVote` builds it (see the top of this file). Returns the documents, the vote
 * (`{ proposal, open }`), a summary, and what the bench needs to find them. With `arriving`
 * above 0 the vote is still open (no close, no decision) and the last `arriving` ballots are
 * left out of the documents, returned as `arriving` (`{ document, record: { id, text } }`:
 * ballots that arrive during the vote).
 */
export async function seedVote({ voters, chapters, rule: type, seed = "bench", arriving = 0 }) {
  const documents = new SeedDocuments();
  const random = new SeededRandom(`renderer-bench ${seed}`);
  const facilitator = await keyOf(`vote/${seed}/facilitator`);
  const org = await foundOrganisation(documents, facilitator, "Riverside Assembly (bench)", `vote/${seed}`);
  const root = { id: org.root.id, url: org.root.url, genesis: org.root.genesis };
  const chapterOf = async (name, level, parent) => {
    const url = documents.create(CHAPTER_DOCUMENT, () => createChapterDoc());
    const body = {
      name,
      level,
      parent: parent.id,
      place: null,
      document: url,
      admission: { sponsors: 0, countersign: false },
      founders: [facilitator.publicKey],
    };
    const genesis = await signRecord(facilitator, { kind: "genesis", body, at: T0, deps: [parent.id] });
    documents.put(org.organisation, "chapters", [genesis]);
    return { id: genesis.id, url, genesis, name };
  };
  const cities = [];
  for (let c = 0; c < Math.ceil(chapters / 10); c++)
    cities.push(await chapterOf(`City ${c + 1}`, "city", root));
  const hoods = [];
  for (let j = 0; j < chapters; j++)
    hoods.push(await chapterOf(`Neighbourhood ${j + 1}`, "neighbourhood", cities[j % cities.length]));

  // Members, each admitted to an open neighbourhood by their own admit (M6.7), one chain per neighbourhood.
  const home = Array.from({ length: voters }, () => random.below(chapters));
  const signers = await mapLimit(home, 64, (_, i) => keyOf(`vote/${seed}/member/${i}`));
  const byHood = hoods.map(() => []);
  home.forEach((j, i) => byHood[j].push(i));
  const admits = new Array(voters);
  await mapLimit(byHood, 64, async (members, j) => {
    let previous = org.role.id;
    for (const i of members) {
      const body = { chapter: hoods[j].id, sponsors: [], countersign: null, redeem: null };
      admits[i] = await signRecord(signers[i], {
        kind: "admit",
        body,
        at: T0 + DAY,
        deps: [hoods[j].id, previous],
      });
      previous = admits[i].id;
    }
    documents.put(
      hoods[j].url,
      "governance",
      members.map((i) => admits[i]),
    );
  });
  const governance = [
    root.genesis,
    org.role,
    ...cities.map((c) => c.genesis),
    ...hoods.map((h) => h.genesis),
    ...admits,
  ];
  const cited = new Set(governance.flatMap((record) => record.envelope.deps));
  const heads = governance.map((record) => record.id).filter((id) => !cited.has(id));

  // The proposal, its version and the open (P2, P3, V2).
  const optionRule = !["majority", "supermajority", "consent", "consensus"].includes(type);
  const options = optionRule ? GARDEN : [];
  const title = optionRule ? "Choose the site of the community garden" : "Adopt the community garden plan";
  const text =
    "The assembly chooses where the community garden goes. Rank or mark the sites as the rule asks.";
  const proposalUrl = documents.create(PROPOSAL_DOCUMENT, () => createProposalDoc(text));
  const proposal = await signProposal(
    facilitator,
    { chapter: root.id, title, document: proposalUrl },
    { at: T0 + 10 * DAY, deps: [org.role.id] },
  );
  const version = await signVersion(
    facilitator,
    { proposal: proposal.id, n: 1, text, options },
    { at: T0 + 10 * DAY + HOUR, deps: [root.id] },
  );
  const biggest = Math.max(...byHood.map((members) => members.length));
  const shards = Math.min(64, Math.max(1, Math.ceil(biggest / BOX_TARGET)));
  const boxes = hoods.flatMap((hood) =>
    Array.from({ length: shards }, (_, shard) => ({
      chapter: hood.id,
      shard,
      document: generateAutomergeUrl(),
    })),
  );
  const weights = chapters >= 2 ? [{ chapter: hoods[0].id, weight: 2 }] : [];
  const openRule = ruleFor(type, voters);
  const quorum = { num: 1, den: 2 };
  const openAt = T0 + 14 * DAY;
  const closesAt = openAt + 7 * DAY;
  const finalAt = closesAt + 2 * DAY;
  const textHash = contentHash({ text, options });
  const open = await signOpen(
    facilitator,
    {
      chapter: root.id,
      proposal: proposal.id,
      version: version.id,
      textHash,
      options: options.map((o) => o.id),
      rule: openRule,
      quorum,
      closesAt,
      finalAt,
      heads,
      weights,
      shards,
      boxes,
    },
    { at: openAt, deps: [org.role.id] },
  );
  // The box documents' URLs are in the open; their display hint names the open.
  for (const box of boxes)
    documents.create(
      BALLOT_BOX_DOCUMENT,
      () => createBallotBoxDoc({ open: open.id, chapter: box.chapter, shard: box.shard }),
      box.document,
    );
  documents.put(root.url, "proposals", [proposal]);
  documents.put(proposalUrl, "origin", [proposal]);
  documents.put(proposalUrl, "versions", [version]);

  // Ballots: most members vote, a few change their vote (V4).
  const optionIds = options.map((o) => o.id);
  const plans = [];
  for (let i = 0; i < voters; i++) {
    if (!random.chance(9, 10)) continue;
    const first = openAt + 1 + random.below(7 * DAY - 2);
    plans.push({ i, seq: 1, at: first, choice: simulatedChoice(type, optionIds, random) });
    if (random.chance(3, 100))
      plans.push({
        i,
        seq: 2,
        at: first + 1 + random.below(closesAt - first - 1),
        choice: simulatedChoice(type, optionIds, random),
      });
  }
  const boxOf = (i) => boxes[home[i] * shards + shardOf(signers[i].publicKey, shards)];
  const ballots = await mapLimit(plans, 64, async (plan) => ({
    plan,
    ballot: await signBallot(
      signers[plan.i],
      {
        chapter: root.id,
        proposal: proposal.id,
        open: open.id,
        textHash,
        choice: plan.choice,
        seq: plan.seq,
      },
      { at: plan.at },
    ),
  }));
  const held = ballots.slice(0, ballots.length - arriving);
  for (const { plan, ballot } of held) documents.put(boxOf(plan.i).document, "ballots", [ballot]);
  const later = ballots.slice(held.length).map(({ plan, ballot }) => ({ document: boxOf(plan.i).document, record: { id: ballot.id, text: ballot.text } }));
  const stage = arriving > 0 ? "voting" : "recorded";

  // The close counts each member's highest seq, box by box (V5, V6), sealing the tally over the
  // electorate of the roster reference (V3); then the decision (V7).
  const latest = new Map();
  for (const entry of ballots)
    if ((latest.get(entry.plan.i)?.plan.seq ?? 0) < entry.plan.seq) latest.set(entry.plan.i, entry);
  const electorate = weightedElectorate(foldMembership(governance).roster, root.id, weights);
  const counted = [...latest.values()].map(({ plan }) => ({
    member: signers[plan.i].publicKey,
    choice: plan.choice,
  }));
  const result = tally({ rule: { ...openRule, quorum }, options: optionIds, electorate, ballots: counted });
  const idsByBox = new Map(boxes.map((box) => [box.document, []]));
  for (const { plan, ballot } of latest.values()) idsByBox.get(boxOf(plan.i).document).push(ballot.id);
  const sealed = JSON.parse(JSON.stringify(result));
  const { close, counted: countedRecords } = await signClose(
    facilitator,
    {
      open: open.id,
      boxes: boxes.map((box) => ({
        chapter: box.chapter,
        shard: box.shard,
        ids: idsByBox.get(box.document),
      })),
      result: sealed,
    },
    { at: closesAt, deps: [root.id, org.role.id] },
  );
  documents.put(proposalUrl, "votes", arriving > 0 ? [open] : [open, close]);
  for (const record of arriving > 0 ? [] : countedRecords) {
    const { chapter, shard } = record.envelope.body;
    documents.put(boxes.find((box) => box.chapter === chapter && box.shard === shard).document, "counted", [
      record,
    ]);
  }
  const decision = await signDecision(
    facilitator,
    { chapter: root.id, proposal: proposal.id, open: open.id, close: close.id, result: sealed },
    { at: finalAt, deps: [org.role.id] },
  );
  if (arriving === 0) documents.put(root.url, "decisions", [decision]);

  // The invite the bench member joins by, and the index's note that the proposal is recorded, so
  // the proposal page has no stage of its own to note (renderer/src/features/proposals/stage-hint.ts).
  const invite = await org.invite([root.id, org.role.id]);
  documents.put(root.url, "governance", [invite]);
  const grant = grantOf([root.genesis, org.role, invite], root.id, facilitator.publicKey);
  const hint = await signRecord(facilitator, {
    kind: "proposal-stage",
    body: { proposal: proposal.id, stage },
    at: finalAt + HOUR,
    deps: [proposal.id, grant],
  });
  documents.put(root.url, "proposals", [hint]);

  return {
    documents,
    organisation: org.organisation,
    chapter: root.id,
    chapterName: org.root.name,
    proposal: proposal.id,
    open: open.id,
    join: joinQuery(org.organisation, root.id, invite.id, org.token),
    arriving: later,
    summary: {
      voters,
      chapters,
      rule: type,
      ballots: ballots.length,
      voted: latest.size,
      changed: ballots.length - latest.size,
      boxes: boxes.length,
      outcome: result.outcome,
      winners: result.winners,
    },
  };
}

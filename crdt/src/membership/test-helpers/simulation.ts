/**
 * A small simulation of devices working apart and syncing, for the fold's property tests
 * (PROTOCOL.md M2.6). Each step makes one device act on its own view (its own fold of the records
 * it holds): sponsor, admit, remove, leave, grant or revoke a role, rotate, invite, redeem, write
 * junk, or sync with another device. Signatures are fake (the fold does not check them).
 */
import type { ChapterId, MemberKey, RecordId } from "../../records/ids.js";
import type { ParsedRecord, Signer } from "../../records/record.js";
import { electorate } from "../electorate.js";
import { foldMembership, type MembershipFold } from "../fold-membership.js";
import { FACILITATOR } from "../kinds.js";
import {
  admit,
  chapterOf,
  endorse,
  genesis,
  invite,
  make,
  redeem,
  remove,
  role,
  rotate,
  rotateProof,
  sponsor,
} from "./records.js";
import { fakeSigner } from "./signers.js";

/** Which action each value of `Step.action` (0..19) selects: weighted towards admissions. */
const ACTIONS = [
  "sync",
  "sync",
  "sync",
  "sponsor",
  "sponsor",
  "sponsor",
  "sponsor",
  "admit",
  "admit",
  "admit",
  "admit",
  "remove",
  "leave",
  "role",
  "revoke",
  "rotate",
  "invite",
  "redeem",
  "redeem",
  "junk",
] as const;

/** One step: which device acts, what it does (0..19, see ACTIONS), and two choices. */
export interface Step {
  readonly device: number;
  readonly action: number;
  readonly a: number;
  readonly b: number;
}

/** What a simulation produced. */
export interface Simulation {
  /** Every record made, once each, in the order made. */
  readonly all: readonly ParsedRecord[];
  /** Each device's records in the order they arrived, duplicates included. */
  readonly devices: readonly (readonly ParsedRecord[])[];
  /** The root chapter and its city. */
  readonly chapters: readonly ChapterId[];
}

const DEVICES = 3;
const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

/** Runs `steps` and returns the records made. Throws only on a bug in the simulation. */
export async function simulate(steps: readonly Step[]): Promise<Simulation> {
  const signers = new Map<MemberKey, Signer>();
  const named = (name: string) => {
    const signer = fakeSigner(`sim:${name}`);
    signers.set(signer.publicKey, signer);
    return signer;
  };
  const people = ["p0", "p1", "p2", "p3", "p4", "p5"].map(named);
  const fresh = ["k0", "k1", "k2", "k3"].map(named);
  const token = named("token");
  const outsider = named("outsider");
  const [p0, p1] = people as [Signer, Signer];

  const all: ParsedRecord[] = [];
  const root = await genesis(p0, { founders: [p0.publicKey, p1.publicKey], sponsors: 1 });
  const rootId = chapterOf(root);
  const p1Joins = await endorse(p1, rootId);
  const facilitates = await role(p0, rootId, p0.publicKey, { deps: [root.id] });
  const city = await genesis(p0, { parent: rootId, level: "city", name: "City", deps: [root.id] });
  const chapters = [rootId, chapterOf(city)];
  all.push(root, p1Joins, facilitates, city);
  const devices: ParsedRecord[][] = Array.from({ length: DEVICES }, () => [...all]);

  for (const [i, step] of steps.entries()) {
    const known = devices[step.device % DEVICES]!;
    const at = 1_000 + i;
    const view = foldMembership(known);
    const chapter = chapters[step.a % chapters.length]!;
    const made = await act(step, {
      view,
      known,
      chapter,
      chapters,
      at,
      people,
      fresh,
      token,
      outsider,
      signers,
    });
    if (made === "sync") {
      const other = devices[step.b % DEVICES]!;
      const have = new Set(known.map((r) => r.id));
      known.push(...other.filter((r) => !have.has(r.id)));
    } else {
      for (const record of made) {
        known.push(record);
        all.push(record);
      }
    }
  }
  return { all, devices, chapters };
}

interface Context {
  readonly view: MembershipFold;
  readonly known: readonly ParsedRecord[];
  readonly chapter: ChapterId;
  readonly chapters: readonly ChapterId[];
  readonly at: number;
  readonly people: readonly Signer[];
  readonly fresh: readonly Signer[];
  readonly token: Signer;
  readonly outsider: Signer;
  readonly signers: ReadonlyMap<MemberKey, Signer>;
}

/** The records of the device's view that no other record it holds cites. */
function heads(known: readonly ParsedRecord[]): RecordId[] {
  const cited = new Set(known.flatMap((r) => r.envelope.deps));
  return [...new Set(known.map((r) => r.id))]
    .filter((id) => !cited.has(id))
    .sort()
    .slice(0, 8);
}

/** A live grant of `key` within `chapter`'s subtree in the view, if any. */
function grantOf(view: MembershipFold, chapter: ChapterId, key: MemberKey): RecordId | undefined {
  const entry = electorate(view.roster, chapter).find((e) => e.key === key);
  const home = entry?.chapters[0];
  return home === undefined ? undefined : view.roster.chapters.get(home)?.members.get(key)?.grant;
}

async function act(step: Step, ctx: Context): Promise<ParsedRecord[] | "sync"> {
  const { view, known, chapter, at, signers } = ctx;
  const roster = view.roster.chapters.get(chapter)!;
  const root = view.roster.chapters.get(ctx.chapters[0]!)!;
  const top = heads(known);
  const direct = [...roster.members.values()];
  const voters = electorate(view.roster, chapter);
  const outsiders = [...ctx.people, ...ctx.fresh].filter((s) => !roster.members.has(s.publicKey));
  const facilitators = root.roles.filter((r) => r.role === FACILITATOR);
  const signerOf = (key: MemberKey) => signers.get(key)!;
  switch (ACTIONS[step.action % ACTIONS.length]!) {
    case "sync":
      return "sync";
    case "sponsor": {
      const by = pick(voters, step.b);
      const candidate = pick(outsiders, step.a + step.b);
      if (by === undefined || candidate === undefined || candidate.publicKey === by.key) return [];
      const grant = grantOf(view, chapter, by.key)!;
      return [await sponsor(signerOf(by.key), chapter, candidate.publicKey, [grant, ...top], at)];
    }
    case "admit": {
      const offers = view.accepted.filter((r) => {
        const body = r.envelope.body as { chapter: string; candidate: MemberKey };
        return (
          r.envelope.kind === "sponsor" && body.chapter === chapter && !roster.members.has(body.candidate)
        );
      });
      const offer = pick(offers, step.b);
      if (offer === undefined) return [];
      const candidate = (offer.envelope.body as { candidate: MemberKey }).candidate;
      return [await admit(signerOf(candidate), chapter, { sponsors: [offer.id], deps: top, at })];
    }
    case "remove": {
      const by = pick(facilitators, step.b);
      const target = pick(direct, step.a);
      if (by === undefined || target === undefined) return [];
      const grant = grantOf(view, ctx.chapters[0]!, by.key)!;
      return [
        await remove(
          signerOf(by.key),
          chapter,
          target.key,
          [by.grant, grant, target.grant, ...top],
          null,
          at,
        ),
      ];
    }
    case "leave": {
      const who = pick(direct, step.b);
      return who === undefined
        ? []
        : [await make(signerOf(who.key), "leave", { chapter }, [chapter, who.grant, ...top].sort(), at)];
    }
    case "role": {
      const founder = pick(
        [...root.members.values()].filter((m) => m.founder),
        step.b,
      );
      const member = pick(voters, step.a);
      if (founder === undefined || member === undefined) return [];
      const grant = grantOf(view, ctx.chapters[0]!, member.key)!;
      return [
        await role(signerOf(founder.key), ctx.chapters[0]!, member.key, {
          deps: [founder.grant, grant, ...top],
        }),
      ];
    }
    case "revoke": {
      const founder = pick(
        [...root.members.values()].filter((m) => m.founder),
        step.b,
      );
      const holder = pick(facilitators, step.a);
      if (founder === undefined || holder === undefined) return [];
      return [
        await role(signerOf(founder.key), ctx.chapters[0]!, holder.key, {
          grant: false,
          deps: [founder.grant, holder.grant, ...top],
        }),
      ];
    }
    case "rotate": {
      const who = pick(direct, step.b);
      const next = pick(
        ctx.fresh.filter((s) => !roster.members.has(s.publicKey)),
        step.a,
      );
      if (who === undefined || next === undefined) return [];
      const proof = await rotateProof(next, chapter, who.key, top);
      return [
        proof,
        await rotate(signerOf(who.key), chapter, next.publicKey, proof.id, [who.grant, ...top], at),
      ];
    }
    case "invite": {
      const by = pick(facilitators, step.b);
      if (by === undefined) return [];
      const grant = grantOf(view, ctx.chapters[0]!, by.key)!;
      return [
        await invite(
          signerOf(by.key),
          chapter,
          { token: ctx.token.publicKey, maxUses: 1 + (step.a % 2), expires: 1_000 + 8 * (step.a % 8) },
          [by.grant, grant, ...top],
        ),
      ];
    }
    case "redeem": {
      const inv = pick(
        view.accepted.filter(
          (r) => r.envelope.kind === "invite" && (r.envelope.body as { chapter: string }).chapter === chapter,
        ),
        step.b,
      );
      const candidate = pick(outsiders, step.a);
      if (inv === undefined || candidate === undefined) return [];
      const r = await redeem(ctx.token, chapter, inv.id, candidate.publicKey, top, at);
      return [r, await admit(candidate, chapter, { redeem: r.id, deps: top, at })];
    }
    case "junk": {
      const target = pick(direct, step.a);
      const kind = ["sponsor", "remove", "leave"][step.b % 3]!;
      const body =
        kind === "sponsor"
          ? { chapter, candidate: ctx.outsider.publicKey }
          : kind === "remove"
            ? { chapter, member: target?.key ?? ctx.outsider.publicKey, decision: null }
            : { chapter };
      return [await make(ctx.outsider, kind, body, [...new Set([chapter, ...top])].sort(), at)];
    }
  }
}

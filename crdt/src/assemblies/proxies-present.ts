/**
 * Proxies held by the members in the room (PROTOCOL.md AS5.3, DG7): the weight the present members
 * carry for absent members who chose them, by the delegation records a device holds in the
 * chapter's scopes (DG3 (3)–(4): the chapter, then each ancestor whose record includes its
 * sub-chapters), one level deep and uncapped — classic proxies. Pure; never throws on content.
 */
import type { ChapterId, MemberKey } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Roster } from "../membership/roster.js";
import { currentDelegations, type DeclineEntry, type DelegateEntry } from "../delegation/current-delegations.js";
import { delegationNamedIds, parseDelegationBody, scopeKey, type DelegateBody } from "../delegation/delegation-bodies.js";
import { delegationOf } from "../delegation/delegation-of.js";
import { weightPresent, type WeightPresent } from "../delegation/weight-present.js";

/** The chapter's scopes in DG3's precedence, for a meeting of `chapter` (no proposal, no topic). */
function chapterScopes(roster: Roster, chapter: ChapterId): string[] {
  const scopes = [scopeKey({ chapter, subchapters: false }), scopeKey({ chapter, subchapters: true })];
  for (let at = roster.chapters.get(chapter)?.parent ?? null; at !== null; at = roster.chapters.get(at)?.parent ?? null) scopes.push(scopeKey({ chapter: at, subchapters: true }));
  return scopes;
}

/**
 * AS5.3: DG7 over `electorate` (one weight each, AS5.2) with `present` as the voters, the delegation
 * records among `held` standing at `now` (ms, the device's clock: a panel, not a verdict).
 */
export function proxiesPresent(held: Iterable<ParsedRecord>, roster: Roster, chapter: ChapterId, electorate: readonly MemberKey[], present: ReadonlySet<MemberKey>, now: number): WeightPresent {
  const delegates: DelegateEntry[] = [];
  const declines: DeclineEntry[] = [];
  for (const record of held) {
    const { kind, body, signer, deps, at } = record.envelope;
    if (kind !== "delegate" && kind !== "decline") continue;
    const parsed = parseDelegationBody(kind, body);
    // DG1.1, DG1.2: a body outside its schema, or naming an id it does not cite, carries no one.
    if (!parsed.ok || !delegationNamedIds(parsed.body).every((id) => deps.includes(id))) continue;
    if (parsed.body.kind === "decline") declines.push({ id: record.id, signer, delegation: (parsed.body).delegation });
    else {
      const { scope, to, seq, expires } = parsed.body as DelegateBody;
      delegates.push({ id: record.id, signer, scope, to, seq, expires, at });
    }
  }
  const members = new Set(electorate);
  const standing = currentDelegations(delegates, declines, (member) => members.has(member), now);
  const scopes = chapterScopes(roster, chapter);
  const weighted = [...members].sort().map((member) => ({ member, weight: 1 }));
  return weightPresent({ electorate: weighted, delegationOf: (member) => delegationOf(member, scopes, standing), depth: 1, cap: null }, present);
}

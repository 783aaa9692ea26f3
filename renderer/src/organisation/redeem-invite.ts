import { naclSignerFromSeed, signRecord, type ChapterId, type InviteEntry } from "@chapterhouse/crdt";
import { depsWithFrontier } from "./authority-deps.js";
import type { MemberSpace } from "./member-space.js";
import type { OrganisationSession, OrganisationView } from "./organisation-session.js";

/** How long to wait for the invite to arrive from a relay before saying so. */
export const INVITE_WAIT_MS = 20_000;

/** Why an invite cannot admit the member, as a sentence for them. */
export class InviteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InviteRefused";
  }
}

/** The invite of `chapter` whose token key is `tokenKey`, if this device holds it. Never throws. */
export function inviteOf(view: OrganisationView, chapter: ChapterId, tokenKey: string): InviteEntry | undefined {
  return view.roster.chapters.get(chapter)?.invites.find((invite) => invite.token === tokenKey);
}

/**
 * Joins a chapter with an invite (PROTOCOL.md M7.2, M7.3): waits for the invite to arrive
 * (through the relay), checks it is open, then signs a `redeem` with the invite's token key
 * naming the member, and the member's own `admit` citing it, in the chapter's document; waits
 * until the fold counts the member in; records the organisation and chapter in the Home document.
 * Resolves at once (no records) when the member already belongs to the chapter.
 * @throws {InviteRefused} if the invite did not arrive in time, is used up, closed or expired.
 * @throws {Error} if the identity is locked or a document cannot be written.
 */
export async function redeemInvite(space: MemberSpace, session: OrganisationSession, chapter: ChapterId, token: Uint8Array): Promise<void> {
  const me = space.member.key;
  const tokenSigner = naclSignerFromSeed(token);
  let view: OrganisationView;
  try {
    view = await session.until((v) => inviteOf(v, chapter, tokenSigner.publicKey) !== undefined || v.roster.chapters.get(chapter)?.members.has(me) === true, "invite not found", INVITE_WAIT_MS);
  } catch {
    throw new InviteRefused(
      "The invite has not reached this device yet. Check that you are online and the relay is connected, then try again.",
    );
  }
  const target = view.roster.chapters.get(chapter)!;
  if (!target.members.has(me)) {
    const invite = inviteOf(view, chapter, tokenSigner.publicKey)!;
    const now = space.now();
    if (invite.closed) throw new InviteRefused("This invite was withdrawn by a facilitator. Ask for a new one.");
    if (invite.uses >= invite.maxUses) throw new InviteRefused("This invite has been used as many times as it allows. Ask for a new one.");
    if (now > invite.expires) throw new InviteRefused("This invite has expired. Ask for a new one.");
    const redeem = await signRecord(tokenSigner, {
      kind: "redeem",
      body: { chapter, invite: invite.id, candidate: me },
      at: now,
      deps: depsWithFrontier(view.fold!, chapter, [chapter, invite.id]),
    });
    const admit = await space.sign("admit", { chapter, sponsors: [], countersign: null, redeem: redeem.id }, [
      ...depsWithFrontier(view.fold!, chapter, [chapter, redeem.id]),
    ]);
    await session.addRecords(target.document, "governance", [redeem, admit]);
    const after = await session.refresh();
    if (after.roster.chapters.get(chapter)?.members.has(me) !== true) {
      const why = after.fold?.rejections.find((r) => r.id === admit.id);
      throw new InviteRefused(`The invite did not admit you${why === undefined ? "" : `: ${why.detail}`}.`);
    }
    view = after;
  }
  const root = view.root ?? chapter;
  const rootName = view.roster.chapters.get(root)?.name ?? target.name;
  await space.rememberOrganisation({ organisation: session.url, root, name: rootName, relays: space.relaysOf(session.url) });
  await space.rememberChapter({ organisation: session.url, chapter, document: target.document });
}

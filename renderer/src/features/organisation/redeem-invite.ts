import { signDraft } from "@chapterhouse/crdt/kinds";
import { admitDraft, depsWithFrontier, redeemDraft, type InviteEntry } from "@chapterhouse/crdt/membership";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { signerFromSeed } from "@chapterhouse/crdt/verify";
import type { InviteLink } from "./invite-link.js";
import type { MemberSpace } from "./member-space.js";
import type { OpenOrganisation } from "./open-organisation.js";
import type { OrganisationView } from "./organisation-query.js";

/**
 * How long to wait for the invite with nothing arriving or being read before saying it has not
 * arrived: a slow phone receiving a large organisation keeps waiting while documents keep
 * arriving and being checked (a 500-member chapter took it past 20 s in all).
 */
export const INVITE_WAIT_MS = 20_000;

/** Why an invite cannot admit the member. */
export type InviteRefusal = "not-arrived" | "secret-mismatch" | "withdrawn" | "used-up" | "expired" | "not-admitted";

/** Why an invite cannot admit the member: `code` for the screen to say in the member's language, the message for logs. */
export class InviteRefused extends Error {
  constructor(
    readonly code: InviteRefusal,
    message: string,
  ) {
    super(message);
    this.name = "InviteRefused";
  }
}

/** The invite `invite` of `chapter`, if this device holds it (accepted by the fold). Never throws. */
export function inviteOf(view: OrganisationView, chapter: ChapterId, invite: RecordId): InviteEntry | undefined {
  return view.roster.chapters.get(chapter)?.invites.find((entry) => entry.id === invite);
}

/**
 * Joins a chapter with an invite (PROTOCOL.md M7.2, M7.3): waits for the invite to arrive
 * (through the relay; for as long as the organisation's documents keep arriving and being read,
 * then `INVITE_WAIT_MS` more), checks that the link's secret is the invite's and that the invite is
 * open, then signs a `redeem` with the invite's token key naming the member, and the member's own
 * `admit` citing it, in the chapter's document; waits until the fold counts the member in;
 * records the organisation and chapter in the Home document. Each refusal is said as soon as the
 * invite is here: only its absence waits. Resolves at once (no records) when the member already
 * belongs to the chapter.
 * @throws {InviteRefused} if the invite did not arrive in time, the link's secret is not the
 *   invite's, or the invite is withdrawn, used up or expired.
 * @throws {Error} if the identity is locked or a document cannot be written.
 */
export async function redeemInvite(space: MemberSpace, organisation: OpenOrganisation, link: Pick<InviteLink, "chapter" | "invite" | "token">): Promise<void> {
  const { chapter } = link;
  const me = space.member.key;
  // WebCrypto's Ed25519 where the page has it (a tweetnacl key and signature held the page's thread for tens of ms), tweetnacl on an insecure origin.
  const tokenSigner = await signerFromSeed(link.token, (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle);
  let view: OrganisationView;
  try {
    view = await organisation.until((v) => inviteOf(v, chapter, link.invite) !== undefined || v.roster.chapters.get(chapter)?.members.has(me) === true, "invite not found", INVITE_WAIT_MS, { whileProgressing: true });
  } catch {
    throw new InviteRefused(
      "not-arrived",
      "The invite has not reached this device yet. Check that you are online and the relay is connected, then try again.",
    );
  }
  const target = view.roster.chapters.get(chapter)!;
  if (!target.members.has(me)) {
    const invite = inviteOf(view, chapter, link.invite)!;
    const now = space.now();
    // M7.2: only the invite's token key can sign its redeem; a secret that is not it never will.
    if (invite.token !== tokenSigner.publicKey) throw new InviteRefused("secret-mismatch", "This invite link is not valid: its secret does not match the invite. Check that the whole link was copied, or ask for a new one.");
    if (invite.closed) throw new InviteRefused("withdrawn", "This invite was withdrawn by a facilitator. Ask for a new one.");
    if (invite.uses >= invite.maxUses) throw new InviteRefused("used-up", "This invite has been used as many times as it allows. Ask for a new one.");
    if (now > invite.expires) throw new InviteRefused("expired", "This invite has expired. Ask for a new one.");
    // M7.2: signed with the invite's token key, not the member's.
    const redeem = await signDraft(tokenSigner, redeemDraft({ chapter, invite: invite.id, candidate: me }, depsWithFrontier(view.fold!, chapter, [chapter, invite.id])), now);
    const admit = await space.signDraft(admitDraft({ chapter, sponsors: [], countersign: null, redeem: redeem.id }, depsWithFrontier(view.fold!, chapter, [chapter, redeem.id])));
    await space.documents.write(target.document, "governance", [redeem, admit]);
    const after = await organisation.refresh();
    if (after.roster.chapters.get(chapter)?.members.has(me) !== true) {
      const why = after.fold?.rejections.find((r) => r.id === admit.id);
      throw new InviteRefused("not-admitted", `The invite did not admit you${why === undefined ? "" : `: ${why.detail}`}.`);
    }
    view = after;
  }
  const root = view.root ?? chapter;
  const rootName = view.roster.chapters.get(root)?.name ?? target.name;
  await space.rememberOrganisation({ organisation: organisation.url, root, name: rootName, relays: space.relaysOf(organisation.url) });
  await space.rememberChapter({ organisation: organisation.url, chapter, document: target.document });
}

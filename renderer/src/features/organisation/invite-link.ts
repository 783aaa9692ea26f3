/**
 * Invite links (PROTOCOL.md M7): what an invitee needs, carried in the URL fragment so it never
 * reaches a web server: `<app address>#/join?o=<Organisation document id>&c=<chapter id>&i=<invite
 * id>&t=<invite token secret>&r=<relay address>`. The token secret is the 32-byte ed25519 seed of
 * the invite's token key (base64url); whoever holds the link can redeem it, as often as the invite
 * allows. The invite's id lets the invitee tell, as soon as the invite arrives, a secret that does
 * not match it (a damaged or made-up link) from an invite that has not arrived yet.
 */
import { fromBase64urlOfLength, toBase64url } from "@chapterhouse/crdt/encoding";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import { documentIdOf, documentUrlOf } from "../../shared/documents/document-ids.js";

/** What an invite link carries. */
export interface InviteLink {
  readonly organisation: DocumentUrl;
  readonly chapter: ChapterId;
  /** The `invite` record's id. */
  readonly invite: RecordId;
  /** The invite token's 32-byte secret seed. */
  readonly token: Uint8Array;
  /** A relay serving the organisation, if it has one. */
  readonly relay: string | undefined;
}

/** Which part of an invite link is wrong. */
export type InviteLinkProblem = "not-an-invite-link" | "no-organisation" | "no-chapter" | "no-invite" | "damaged-secret";

/** Why a link could not be read: `code` for the screen to say in the member's language, the message for logs. */
export class InviteLinkError extends Error {
  constructor(
    readonly code: InviteLinkProblem,
    message: string,
  ) {
    super(message);
    this.name = "InviteLinkError";
  }
}

const DOCUMENT_ID = /^[1-9A-HJ-NP-Za-km-z]{1,64}$/;
const RECORD_ID = /^[A-Za-z0-9_-]{43}$/;

/** The query of the `#/join` route for an invite (no leading `?`). */
export function inviteQuery(link: InviteLink): string {
  const params = new URLSearchParams({ o: documentIdOf(link.organisation), c: link.chapter, i: link.invite, t: toBase64url(link.token) });
  if (link.relay !== undefined) params.set("r", link.relay);
  return params.toString();
}

/** The full link: `appAddress` (without fragment) + `#/join?…`. */
export function formatInviteLink(appAddress: string, link: InviteLink): string {
  const base = appAddress.split("#")[0] ?? appAddress;
  return `${base}#/join?${inviteQuery(link)}`;
}

/**
 * Reads the query of a `#/join` route.
 * @throws {InviteLinkError} if a part is missing or malformed.
 */
export function parseInviteQuery(query: string): InviteLink {
  const params = new URLSearchParams(query);
  const o = params.get("o") ?? "";
  const c = params.get("c") ?? "";
  const i = params.get("i") ?? "";
  const t = params.get("t") ?? "";
  const r = params.get("r");
  if (!DOCUMENT_ID.test(o)) throw new InviteLinkError("no-organisation", "This invite link has no valid organisation in it. Ask for a new link.");
  if (!RECORD_ID.test(c)) throw new InviteLinkError("no-chapter", "This invite link has no valid chapter in it. Ask for a new link.");
  if (!RECORD_ID.test(i)) throw new InviteLinkError("no-invite", "This invite link has no valid invite in it. Ask for a new link.");
  let token: Uint8Array;
  try {
    token = fromBase64urlOfLength(t, 32);
  } catch {
    throw new InviteLinkError("damaged-secret", "This invite link's secret is damaged (was it cut short when copied?). Ask for a new link.");
  }
  return { organisation: documentUrlOf(o), chapter: c as ChapterId, invite: i as RecordId, token, relay: r === null || r === "" ? undefined : r };
}

/**
 * Reads a pasted invite link (a whole address, or just its `#/join?…` part).
 * @throws {InviteLinkError} if it is not an invite link or a part is malformed.
 */
export function parseInviteLink(text: string): InviteLink {
  const trimmed = text.trim();
  const at = trimmed.indexOf("#/join?");
  if (at < 0) throw new InviteLinkError("not-an-invite-link", "That is not an invite link: an invite link contains “#/join?”.");
  return parseInviteQuery(trimmed.slice(at + "#/join?".length));
}

import * as Automerge from "@automerge/automerge";
import { documentIdToBinary, type DocumentId, type PeerId } from "@automerge/automerge-repo";
import { Decoder } from "cbor-x";
import { ChunkError, inspectChunks } from "./chunk-inspector.js";
import type { RelayLimits } from "./limits.js";
import { violation, type Violation } from "./violation.js";
import { IGNORED_TYPES, NO_COST, type DocumentCost, type DocumentMessage, type JoinMessage } from "./wire-messages.js";

/** The checked fields of a `peer` message: the answer to a join this relay sent (W7.2). */
export interface PeerAnswer {
  readonly senderId: PeerId;
  readonly targetId: PeerId;
  readonly selectedProtocolVersion: string;
}

/** A frame that passed the guard: a join, a document message with its cost, or one to drop. */
export type GuardedMessage =
  | { readonly kind: "join"; readonly message: JoinMessage }
  | { readonly kind: "peer"; readonly message: PeerAnswer }
  | { readonly kind: "remote-error"; readonly senderId: PeerId }
  | { readonly kind: "document"; readonly message: DocumentMessage; readonly cost: DocumentCost }
  | { readonly kind: "ignored"; readonly type: string; readonly senderId: PeerId; readonly targetId: PeerId };

export type GuardResult = { readonly ok: true; readonly value: GuardedMessage } | { readonly ok: false; readonly violation: Violation };

export type MessageGuard = (frame: Uint8Array) => GuardResult;

/** Peer ids: 1 to 128 printable ASCII characters, no space (W2.2). */
const PEER_ID = /^[\x21-\x7e]{1,128}$/;
/** Document ids: base58check of a 16-byte id, as automerge-repo makes them (W2.2). */
const DOCUMENT_ID = /^[1-9A-HJ-NP-Za-km-z]{20,40}$/;
const SESSION_ID = /^[\x21-\x7e]{1,128}$/;
const MAX_PROTOCOL_VERSIONS = 16;

/** True if `value` is a peer id the relay accepts (W2.2). */
export function isWellFormedPeerId(value: unknown): value is PeerId {
  return typeof value === "string" && PEER_ID.test(value);
}

/** True if `value` is a document id the relay accepts (W2.2). */
export function isWellFormedDocumentId(value: unknown): value is DocumentId {
  return typeof value === "string" && DOCUMENT_ID.test(value) && documentIdToBinary(value as DocumentId)?.length === 16;
}

/**
 * Makes the check every frame from a peer passes before the relay's Repo sees it
 * (PROTOCOL.md W2): CBOR that decodes to a map, a known type, well-formed ids, sync data
 * Automerge can decode, and the cost in bytes and operations of the changes it carries.
 * The returned message is rebuilt from the checked fields only. The guard never throws:
 * anything wrong is a `malformed-message` or `document-too-large` violation.
 */
export function createMessageGuard(limits: Pick<RelayLimits, "maxEphemeralBytes" | "maxInflatedBytes">): MessageGuard {
  const decoder = new Decoder({ useRecords: false, mapsAsObjects: true });
  return (frame) => {
    let decoded: unknown;
    try {
      decoded = decoder.decode(frame);
    } catch {
      return malformed("not CBOR");
    }
    try {
      return checkMessage(decoded, limits, decoder);
    } catch (error) {
      // Belt and braces: a check must never throw past the guard.
      return malformed(`unexpected: ${error instanceof Error ? error.name : "error"}`);
    }
  };
}

function checkMessage(value: unknown, limits: Pick<RelayLimits, "maxEphemeralBytes" | "maxInflatedBytes">, decoder: Decoder): GuardResult {
  if (!isPlainRecord(value)) return malformed("not a map");
  const type = own(value, "type");
  if (typeof type !== "string") return malformed("no type");
  const senderId = own(value, "senderId");
  if (!isWellFormedPeerId(senderId)) return malformed("bad senderId");

  if (type === "join") {
    const versions = own(value, "supportedProtocolVersions");
    if (
      versions !== undefined &&
      !(Array.isArray(versions) && versions.length <= MAX_PROTOCOL_VERSIONS && versions.every((v) => typeof v === "string" && v.length <= 16))
    ) {
      return malformed("bad supportedProtocolVersions");
    }
    const metadata = own(value, "peerMetadata");
    if (metadata !== undefined && !isPlainRecord(metadata)) return malformed("bad peerMetadata");
    return accept({ kind: "join", message: { type, senderId, supportedProtocolVersions: versions as string[] | undefined } });
  }

  const targetId = own(value, "targetId");
  if (!isWellFormedPeerId(targetId)) return malformed("bad targetId");
  if (type === "peer") {
    const selectedProtocolVersion = own(value, "selectedProtocolVersion");
    if (typeof selectedProtocolVersion !== "string" || selectedProtocolVersion.length > 16) return malformed("bad selectedProtocolVersion");
    return accept({ kind: "peer", message: { senderId, targetId, selectedProtocolVersion } });
  }
  if (type === "error") return accept({ kind: "remote-error", senderId }); // its text is not logged
  if (IGNORED_TYPES.has(type)) return accept({ kind: "ignored", type, senderId, targetId });

  const documentId = own(value, "documentId");
  if (!isWellFormedDocumentId(documentId)) return malformed("bad documentId");

  switch (type) {
    case "sync":
    case "request": {
      const data = own(value, "data");
      if (!(data instanceof Uint8Array) || data.length === 0) return malformed("bad data");
      const cost = syncCost(data, limits.maxInflatedBytes);
      if ("violation" in cost) return { ok: false, violation: cost.violation };
      const message: DocumentMessage = { type, senderId, targetId, documentId, data: copy(data) };
      return accept({ kind: "document", message, cost });
    }
    case "ephemeral": {
      const data = own(value, "data");
      const count = own(value, "count");
      const sessionId = own(value, "sessionId");
      if (!(data instanceof Uint8Array) || data.length === 0 || data.length > limits.maxEphemeralBytes) {
        return malformed("bad ephemeral data");
      }
      if (!Number.isSafeInteger(count) || (count as number) < 0) return malformed("bad count");
      if (typeof sessionId !== "string" || !SESSION_ID.test(sessionId)) return malformed("bad sessionId");
      try {
        decoder.decode(data); // the Repo decodes it as CBOR (DocSynchronizer.receiveEphemeralMessage)
      } catch {
        return malformed("ephemeral data not CBOR");
      }
      const message: DocumentMessage = {
        type,
        senderId,
        targetId,
        documentId,
        data: copy(data),
        count: count as number,
        sessionId: sessionId as EphemeralSession,
      };
      return accept({ kind: "document", message, cost: NO_COST });
    }
    case "doc-unavailable":
      return accept({ kind: "document", message: { type, senderId, targetId, documentId }, cost: NO_COST });
    default:
      return malformed("unknown type");
  }
}

type EphemeralSession = Extract<DocumentMessage, { type: "ephemeral" }>["sessionId"];

/** The bytes, operations and inflated size a sync message's changes would add (W3.4). */
function syncCost(data: Uint8Array, maxInflatedBytes: number): DocumentCost | { violation: Violation } {
  let decoded: Automerge.DecodedSyncMessage;
  try {
    decoded = Automerge.decodeSyncMessage(data);
  } catch {
    return { violation: violation("malformed-message", "sync data does not decode") };
  }
  const { changes, heads, need, have } = decoded;
  let bytes = 0;
  let ops = 0;
  let inflated = 0;
  for (const change of changes) {
    try {
      const cost = inspectChunks(change, { maxInflatedBytes: maxInflatedBytes - inflated });
      inflated += cost.inflatedSize;
      ops += cost.ops;
    } catch (error) {
      if (error instanceof ChunkError && error.tooLarge) {
        return { violation: violation("document-too-large", error.message) };
      }
      return { violation: violation("malformed-message", error instanceof ChunkError ? error.message : "bad change") };
    }
    bytes += change.length;
  }
  const offersContent = heads.length > 0 || changes.length > 0;
  const hasNothing = have.every((h) => h.lastSync.length === 0 && h.bloom.length === 0);
  return { bytes, ops, inflated, offersContent, asksForAll: !offersContent && need.length === 0 && hasNothing };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A plain Uint8Array of its own, so nothing downstream holds the decoder's buffer. */
function copy(data: Uint8Array): Uint8Array {
  return Uint8Array.prototype.slice.call(data);
}

function accept(value: GuardedMessage): GuardResult {
  return { ok: true, value };
}

function malformed(detail: string): GuardResult {
  return { ok: false, violation: violation("malformed-message", detail) };
}

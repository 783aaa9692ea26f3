/**
 * Guards for every IPC message (STYLE.md habit 4): each request of the bridge contract (@chapterhouse/crdt's desktop-api.ts) is checked
 * member by member before any handler sees it. A message that fails is refused whole with a
 * DesktopFault "invalid-argument" naming the member and the rule, never half-used.
 * Messages are plain objects with exactly their members; strings and lists are bounded.
 */
import { isIPv4 } from "node:net";
import { BUNDLE_LIMITS } from "@chapterhouse/crdt/bundle";
import type {
  CreateVaultOptions,
  DesktopRequestType,
  ExportBundleRequest,
  HostMeetingOptions,
  RequestOf,
  SignRecordRequest,
  SystemNotice,
} from "@chapterhouse/crdt/desktop";
import { fromBase64urlOfLength } from "@chapterhouse/crdt/encoding";
import { isSignableKind, kindSpec, type RecordBody } from "@chapterhouse/crdt/kinds";
import {
  CanonicalError,
  MAX_DEPS,
  MAX_RECORD_LENGTH,
  canonicalize,
  type RecordId,
} from "@chapterhouse/crdt/records";
import { MAX_RELAYS, MAX_RELAY_URL_LENGTH } from "../content-security-policy.js";
import { DesktopFault } from "./desktop-fault.js";

/** Longest passphrase or recovery phrase accepted (far above any real one). */
export const MAX_SECRET_LENGTH = 1024;
/** Longest member name, in UTF-16 code units once trimmed (the renderer's bound, M4.1's for chapter names). */
export const MAX_MEMBER_NAME_LENGTH = 200;
/** Longest meeting name in UTF-8 bytes: an mDNS instance name is one DNS label (RFC 6763 §4.1.1). */
export const MAX_MEETING_NAME_BYTES = 63;
/** Most bytes one bundle export may carry in total. */
export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;
/** Longest system notification title, body and tag (E5.8): a proposal's title and its chapter fit. */
export const MAX_NOTICE_TITLE_LENGTH = 200;
export const MAX_NOTICE_BODY_LENGTH = 1000;
export const MAX_NOTICE_TAG_LENGTH = 200;
/** Deepest nesting walked in a record body (crdt's canonical MAX_DEPTH is 32). */
const MAX_BODY_DEPTH = 33;
/** Most seals opened at once: every seal of a 50-member conversation's lockboxes several times over. */
export const MAX_SEALS = 10_000;
/** Longest seal opened: an invitation (PVC6.2: 1,024 base64url characters) fits. */
export const MAX_SEAL_BYTES = 768;

/** A guard returns the checked value or throws DesktopFault "invalid-argument". */
export type Guard<T> = (value: unknown) => T;

type Guards = { readonly [T in DesktopRequestType]: Guard<RequestOf<T>> };

const empty =
  <T extends DesktopRequestType>(_type: T): Guard<RequestOf<T>> =>
  (value) => {
    members(value, "the request", ["type"], []);
    return value as RequestOf<T>;
  };

const passphraseOnly =
  <T extends "unlock-vault" | "reveal-phrase">(_type: T): Guard<RequestOf<T>> =>
  (value) => {
    const request = members(value, "the request", ["type"], ["passphrase"]);
    if (request["passphrase"] !== undefined) secret(request["passphrase"], "passphrase");
    return value as RequestOf<T>;
  };

/** One guard per request type: the mapped type makes the list complete. */
export const REQUEST_GUARDS: Guards = Object.freeze({
  "vault-status": empty("vault-status"),
  "create-vault": (value) => {
    const request = members(value, "the request", ["type", "options"], []);
    parseCreateVaultOptions(request["options"]);
    return value as RequestOf<"create-vault">;
  },
  "unlock-vault": passphraseOnly("unlock-vault"),
  "lock-vault": empty("lock-vault"),
  "reveal-phrase": passphraseOnly("reveal-phrase"),
  "sign-record": (value) => {
    const request = members(value, "the request", ["type", "record"], []);
    parseSignRecordRequest(request["record"]);
    return value as RequestOf<"sign-record">;
  },
  "open-sealed": (value) => {
    const request = members(value, "the request", ["type", "seals"], []);
    list(request["seals"], "seals", MAX_SEALS).forEach((seal, i) => {
      if (!(seal instanceof Uint8Array) || seal.length > MAX_SEAL_BYTES) invalid(`seals[${i}] must be at most ${MAX_SEAL_BYTES} bytes`);
    });
    return value as RequestOf<"open-sealed">;
  },
  "set-relays": (value) => {
    const request = members(value, "the request", ["type", "relays"], []);
    const relays = list(request["relays"], "relays", MAX_RELAYS);
    relays.forEach((relay, i) => boundedString(relay, `relays[${i}]`, 1, MAX_RELAY_URL_LENGTH));
    return value as RequestOf<"set-relays">;
  },
  "list-interfaces": empty("list-interfaces"),
  "host-meeting": (value) => {
    const request = members(value, "the request", ["type", "options"], []);
    parseHostMeetingOptions(request["options"]);
    return value as RequestOf<"host-meeting">;
  },
  "meeting-status": empty("meeting-status"),
  "stop-meeting": empty("stop-meeting"),
  "list-meetings": empty("list-meetings"),
  "export-bundle": (value) => {
    const request = members(value, "the request", ["type", "request"], []);
    parseExportBundleRequest(request["request"]);
    return value as RequestOf<"export-bundle">;
  },
  "import-bundle": empty("import-bundle"),
  "show-notification": (value) => {
    const request = members(value, "the request", ["type", "notice"], []);
    parseSystemNotice(request["notice"]);
    return value as RequestOf<"show-notification">;
  },
});

/** Every request type, in the order of REQUEST_GUARDS. */
export const DESKTOP_REQUEST_TYPES = Object.freeze(Object.keys(REQUEST_GUARDS) as DesktopRequestType[]);

/**
 * Checks a message received on the channel of `type`.
 * @throws {DesktopFault} "invalid-argument" if it is not exactly a well-formed request of
 *   that type (its `type` member must equal `type`).
 */
export function parseDesktopRequest<T extends DesktopRequestType>(type: T, value: unknown): RequestOf<T> {
  if (!Object.hasOwn(REQUEST_GUARDS, type)) invalid(`unknown request type ${JSON.stringify(type)}`);
  const tag = isPlainObject(value) ? value["type"] : undefined;
  if (tag !== type) invalid(`a ${type} request must have "type": ${JSON.stringify(type)}`);
  return (REQUEST_GUARDS[type] as Guard<RequestOf<T>>)(value);
}

/**
 * Checks createVault's options.
 * @throws {DesktopFault} "invalid-argument" for other members, a name that is not 1 to
 *   MAX_MEMBER_NAME_LENGTH characters once trimmed or holds a control character, or a
 *   passphrase or phrase that is not a non-empty string of at most MAX_SECRET_LENGTH characters.
 */
export function parseCreateVaultOptions(value: unknown): CreateVaultOptions {
  const options = members(value, "options", ["name"], ["passphrase", "phrase"]);
  memberName(options["name"], "options.name");
  if (options["passphrase"] !== undefined) secret(options["passphrase"], "options.passphrase");
  if (options["phrase"] !== undefined) secret(options["phrase"], "options.phrase");
  return value as CreateVaultOptions;
}

/**
 * Checks a request to sign a record: exactly `kind`, `body` and optionally `deps`; a kind of
 * SIGNABLE_KINDS; a body that is a canonical JSON object (R1) holding no bytes, small enough
 * for a record (R8); deps a list of at most MAX_DEPS record ids (R7); and a body its kind's
 * validator accepts (the kind registry's `parseBody`: the body its kind's builder makes).
 * @throws {DesktopFault} "invalid-argument" naming what is wrong: raw bytes (in place of the
 *   request, as the body, or anywhere inside it), an unknown kind, a body that is not a plain
 *   object or not canonical-encodable, malformed deps, or a body its kind's schema refuses.
 */
export function parseSignRecordRequest(value: unknown): SignRecordRequest {
  if (isBytes(value)) invalid("the desktop signs typed record bodies, never raw bytes");
  const request = members(value, "record", ["kind", "body"], ["deps"]);
  const kind = request["kind"];
  const spec = isSignableKind(kind) ? kindSpec(kind) : undefined;
  if (spec === undefined) {
    invalid(
      `record.kind ${typeof kind === "string" ? JSON.stringify(kind.slice(0, 40)) : `(${typeof kind})`} is not a record kind the desktop signs`,
    );
  }
  const body = parseRecordBody(request["body"]);
  if (request["deps"] !== undefined) {
    list(request["deps"], "record.deps", MAX_DEPS).forEach((dep, i) => recordId(dep, `record.deps[${i}]`));
  }
  const parsed = spec.parseBody(body);
  if (!parsed.ok) invalid(`record.body is not a ${spec.kind} body (PROTOCOL.md ${spec.rule}): ${parsed.problem}`);
  return value as SignRecordRequest;
}

/**
 * Checks a record body: a plain object, no bytes at any depth, canonical-encodable (R1),
 * at most MAX_RECORD_LENGTH characters encoded.
 * @throws {DesktopFault} "invalid-argument" naming the rule broken.
 */
export function parseRecordBody(value: unknown): RecordBody {
  if (isBytes(value)) invalid("record.body must be a JSON object, never bytes");
  if (!isPlainObject(value)) invalid("record.body must be a plain JSON object");
  const bytesAt = findBytes(value, "record.body", 0);
  if (bytesAt !== undefined) invalid(`${bytesAt} holds bytes: record bodies are JSON values, never bytes`);
  let text: string;
  try {
    text = canonicalize(value);
  } catch (error) {
    if (error instanceof CanonicalError) invalid(`record.body is not canonical JSON: ${error.reason}`);
    throw error;
  }
  if (text.length > MAX_RECORD_LENGTH)
    invalid(`record.body is longer than a record may be (${MAX_RECORD_LENGTH} characters)`);
  return value as RecordBody;
}

/**
 * Checks hostMeeting's options: a name of 1 to MAX_MEETING_NAME_BYTES UTF-8 bytes without
 * control characters and not blank, an IPv4 address, and a port that is absent, 0 or
 * 1024–65535.
 * @throws {DesktopFault} "invalid-argument" naming the member.
 */
export function parseHostMeetingOptions(value: unknown): HostMeetingOptions {
  const options = members(value, "options", ["name", "address"], ["port"]);
  const name = boundedString(options["name"], "options.name", 1, MAX_MEETING_NAME_BYTES);
  if (new TextEncoder().encode(name).length > MAX_MEETING_NAME_BYTES)
    invalid(`options.name is longer than ${MAX_MEETING_NAME_BYTES} bytes`);
  if (/\p{Cc}/u.test(name) || name.trim() === "")
    invalid("options.name must be visible text without control characters");
  const address = options["address"];
  if (typeof address !== "string" || !isIPv4(address)) invalid("options.address must be an IPv4 address");
  const port = options["port"];
  if (
    port !== undefined &&
    !(Number.isInteger(port) && (port === 0 || ((port as number) >= 1024 && (port as number) <= 65535)))
  ) {
    invalid("options.port must be 0 or an integer from 1024 to 65535");
  }
  return value as HostMeetingOptions;
}

/**
 * Checks exportBundle's request: a plain file name (1–200 characters, no folders, no
 * control characters) and 1 to BUNDLE_LIMITS.maxDocuments documents, each exactly
 * `{ documentId, bytes }` with bytes a Uint8Array, MAX_BUNDLE_BYTES in all.
 * @throws {DesktopFault} "invalid-argument" naming the member.
 */
export function parseExportBundleRequest(value: unknown): ExportBundleRequest {
  const request = members(value, "request", ["suggestedName", "documents"], []);
  const name = boundedString(request["suggestedName"], "request.suggestedName", 1, 200);
  if (/[/\\:\p{Cc}]/u.test(name) || name === "." || name === "..")
    invalid("request.suggestedName must be a file name without folders");
  const documents = list(request["documents"], "request.documents", BUNDLE_LIMITS.maxDocuments);
  if (documents.length === 0) invalid("request.documents must not be empty");
  let total = 0;
  documents.forEach((document, i) => {
    const entry = members(document, `request.documents[${i}]`, ["documentId", "bytes"], []);
    boundedString(entry["documentId"], `request.documents[${i}].documentId`, 1, 128);
    const bytes = entry["bytes"];
    if (!(bytes instanceof Uint8Array)) invalid(`request.documents[${i}].bytes must be a Uint8Array`);
    total += bytes.length;
  });
  if (total > MAX_BUNDLE_BYTES) invalid(`the documents exceed ${MAX_BUNDLE_BYTES} bytes`);
  return value as ExportBundleRequest;
}

// ---------------------------------------------------------------------------------------

/**
 * Checks a system notification (E5.8): exactly `title` (1–200 characters), `body` (0–1,000) and
 * `tag` (1–200), none holding a control character.
 * @throws {DesktopFault} "invalid-argument" naming the member and the rule.
 */
export function parseSystemNotice(value: unknown): SystemNotice {
  const notice = members(value, "notice", ["title", "body", "tag"], []);
  const texts: [string, number, number][] = [["title", 1, MAX_NOTICE_TITLE_LENGTH], ["body", 0, MAX_NOTICE_BODY_LENGTH], ["tag", 1, MAX_NOTICE_TAG_LENGTH]];
  for (const [name, min, max] of texts) {
    if (/\p{Cc}/u.test(boundedString(notice[name], `notice.${name}`, min, max))) invalid(`notice.${name} must not hold control characters`);
  }
  return value as SystemNotice;
}

function invalid(message: string): never {
  throw new DesktopFault("invalid-argument", message);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isBytes(value: unknown): boolean {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof SharedArrayBuffer;
}

/** A plain object with every `required` member, optionally the `optional` ones, and nothing else. */
function members(
  value: unknown,
  where: string,
  required: readonly string[],
  optional: readonly string[],
): Record<string, unknown> {
  if (!isPlainObject(value)) invalid(`${where} must be a plain object`);
  if (Object.getOwnPropertySymbols(value).length > 0) invalid(`${where} has symbol members`);
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key))
      invalid(`${where} has an unexpected member ${JSON.stringify(key.slice(0, 40))}`);
  }
  for (const key of required)
    if (!Object.hasOwn(value, key)) invalid(`${where} lacks ${JSON.stringify(key)}`);
  return value;
}

function boundedString(value: unknown, where: string, min: number, max: number): string {
  if (typeof value !== "string") invalid(`${where} must be a string`);
  if (value.length < min || value.length > max) invalid(`${where} must be ${min} to ${max} characters`);
  return value;
}

/** A member's name: visible text, 1 to MAX_MEMBER_NAME_LENGTH characters once trimmed. */
function memberName(value: unknown, where: string): string {
  const name = boundedString(value, where, 1, MAX_SECRET_LENGTH).trim();
  if (name.length === 0 || name.length > MAX_MEMBER_NAME_LENGTH)
    invalid(`${where} must be 1 to ${MAX_MEMBER_NAME_LENGTH} characters once trimmed`);
  if (/\p{Cc}/u.test(name)) invalid(`${where} must not hold control characters`);
  return name;
}

/** A passphrase or phrase: checked for shape only; its text never appears in a message. */
function secret(value: unknown, where: string): string {
  return boundedString(value, where, 1, MAX_SECRET_LENGTH);
}

function list(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value)) invalid(`${where} must be a list`);
  if (value.length > max) invalid(`${where} holds more than ${max} items`);
  return value;
}

function recordId(value: unknown, where: string): RecordId {
  if (typeof value === "string" && value.length === 43) {
    try {
      fromBase64urlOfLength(value, 32);
      return value as RecordId;
    } catch {
      // fall through to the refusal
    }
  }
  return invalid(`${where} must be a record id (32 bytes, unpadded base64url)`);
}

/** The path of the first bytes-like value inside `value`, if any; depth-bounded. */
function findBytes(value: unknown, path: string, depth: number): string | undefined {
  if (depth > MAX_BODY_DEPTH) invalid("record.body is nested too deeply");
  if (isBytes(value)) return path;
  if (typeof value !== "object" || value === null) return undefined;
  const entries = Array.isArray(value)
    ? value.map((item, i) => [`[${i}]`, item] as const)
    : Object.entries(value).map(([k, v]) => [`.${k}`, v] as const);
  for (const [step, item] of entries) {
    const found = findBytes(item, path + step, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

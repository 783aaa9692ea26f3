/**
 * The desktop's vault file: the vault text of PROTOCOL.md K4 (a passphrase-sealed recovery
 * phrase, the same on every platform) plus how its passphrase is kept, and, in clear, the
 * public key and name of its identity (shown while locked; neither is secret). Canonical JSON:
 *
 *   { "memberKey": "<K1>", "name": "…", "protection": "passphrase",
 *     "type": "chapterhouse-desktop-vault", "v": 1, "vault": "<K4 text>" }
 *   { "keychain": "<base64url>", "memberKey": …, "name": …, "protection": "keychain", …, "vault": … }
 *
 * With "keychain" protection the K4 vault is sealed under a random 256-bit passphrase that
 * only the OS keychain (Electron safeStorage) can decrypt from `keychain`; with "passphrase"
 * it is sealed under the member's passphrase and nothing else is stored.
 */
import { fromBase64url, fromBase64urlOfLength, toBase64url } from "@chapterhouse/crdt/encoding";
import { MAX_VAULT_LENGTH } from "@chapterhouse/crdt/identity";
import { canonicalize, isObject, parseCanonical, type MemberKey } from "@chapterhouse/crdt/records";
import { DesktopFault } from "./bridge/desktop-fault.js";

/** The `type` member of the file. */
export const DESKTOP_VAULT_TYPE = "chapterhouse-desktop-vault";
/** The version this code writes and reads. */
export const DESKTOP_VAULT_VERSION = 1;

/** Longest name kept (the guards allow 200 UTF-16 code units; this is the file's own bound). */
const MAX_NAME_LENGTH = 1024;

/** Whose vault it is: kept in clear, checked against the opened identity. */
interface VaultOwner {
  readonly memberKey: MemberKey;
  readonly name: string;
}

/** The file's contents. */
export type DesktopVaultFile = VaultOwner &
  (
    | { readonly protection: "passphrase"; readonly vault: string }
    /** `keychain`: the vault's passphrase as encrypted by the OS keychain. */
    | { readonly protection: "keychain"; readonly vault: string; readonly keychain: Uint8Array }
  );

/** The file's canonical text. */
export function formatDesktopVault(file: DesktopVaultFile): string {
  const common = {
    type: DESKTOP_VAULT_TYPE,
    v: DESKTOP_VAULT_VERSION,
    memberKey: file.memberKey,
    name: file.name,
    protection: file.protection,
    vault: file.vault,
  };
  return canonicalize(
    file.protection === "keychain" ? { ...common, keychain: toBase64url(file.keychain) } : common,
  );
}

/**
 * Reads the file's text. The K4 vault inside is checked when it is opened (and its identity
 * against `memberKey`).
 * @throws {DesktopFault} "vault-unreadable" if it is not canonical JSON of exactly the members
 *   above, of this type and version, with a 32-byte base64url member key and a name.
 */
export function parseDesktopVault(text: string): DesktopVaultFile {
  let value: unknown;
  try {
    value = parseCanonical(text);
  } catch {
    unreadable("it is not the canonical JSON this app writes (damaged, or edited)");
  }
  if (!isObject(value) || value["type"] !== DESKTOP_VAULT_TYPE)
    unreadable("it is not a Chapterhouse desktop vault");
  if (value["v"] !== DESKTOP_VAULT_VERSION)
    unreadable(`it is of another version (this app reads ${DESKTOP_VAULT_VERSION})`);
  const vault = value["vault"];
  if (typeof vault !== "string" || vault.length > MAX_VAULT_LENGTH)
    unreadable("its vault is missing or too long");
  const owner = parseOwner(value["memberKey"], value["name"]);
  const keys = Object.keys(value).sort().join(",");
  if (value["protection"] === "passphrase" && keys === "memberKey,name,protection,type,v,vault")
    return { ...owner, protection: "passphrase", vault };
  if (value["protection"] === "keychain" && keys === "keychain,memberKey,name,protection,type,v,vault") {
    const keychain = value["keychain"];
    try {
      if (typeof keychain !== "string" || keychain.length > 4096) throw new TypeError();
      return { ...owner, protection: "keychain", vault, keychain: fromBase64url(keychain) };
    } catch {
      unreadable("its keychain member is not base64url");
    }
  }
  return unreadable("its members are not those of a vault file");
}

function parseOwner(memberKey: unknown, name: unknown): VaultOwner {
  try {
    if (typeof memberKey !== "string" || memberKey.length !== 43) throw new TypeError();
    fromBase64urlOfLength(memberKey, 32);
  } catch {
    unreadable("its member key is not a public key");
  }
  if (typeof name !== "string" || name.length === 0 || name.length > MAX_NAME_LENGTH)
    unreadable("its name is missing or too long");
  return { memberKey: memberKey as MemberKey, name };
}

function unreadable(why: string): never {
  throw new DesktopFault("vault-unreadable", `the vault file cannot be read: ${why}`);
}

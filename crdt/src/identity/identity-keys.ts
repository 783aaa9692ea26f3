/**
 * What a member's recovery phrase derives (PROTOCOL.md K3): three independent SLIP-0010
 * ed25519 nodes under one Chapterhouse purpose, so that no value reveals another and the same
 * phrase used by another application gives unrelated keys.
 */
import { SLIP10_HARDENED, slip10Derive } from "./slip10.js";

/** The purpose index, hardened: 0x43484150 is "CHAP" in ASCII (K3.3). */
export const CHAPTERHOUSE_PURPOSE = 0x4348_4150;

/** The pinned SLIP-0010 paths (K3.3), as full hardened indices. */
export const IDENTITY_PATHS = Object.freeze({
  /** m/1128808784'/0' — the ed25519 signing key (K1). */
  signing: Object.freeze([CHAPTERHOUSE_PURPOSE + SLIP10_HARDENED, 0 + SLIP10_HARDENED]),
  /** m/1128808784'/1' — the X25519 secret key for `nacl.box`. */
  box: Object.freeze([CHAPTERHOUSE_PURPOSE + SLIP10_HARDENED, 1 + SLIP10_HARDENED]),
  /** m/1128808784'/2' — the Home document's 16 bytes. */
  home: Object.freeze([CHAPTERHOUSE_PURPOSE + SLIP10_HARDENED, 2 + SLIP10_HARDENED]),
});

/** Bytes that identify a member's Home document (K3.6). */
export const HOME_DOCUMENT_BYTES = 16;

/** The secret values K3 derives from one BIP39 seed. */
export interface IdentityKeys {
  /** 32 bytes: the RFC 8032 §5.1.5 ed25519 secret key (seed) that signs records (K3.4). */
  readonly signingSeed: Uint8Array;
  /** 32 bytes: the `nacl.box` (X25519) secret key (K3.5). */
  readonly boxSecretKey: Uint8Array;
  /** 16 bytes naming the member's Home document (K3.6). */
  readonly homeDocument: Uint8Array;
}

/**
 * Derives the identity's secret values from a 64-byte BIP39 seed (K3.3–K3.6).
 * @throws {RangeError} if the seed is not 64 bytes.
 */
export function deriveIdentityKeys(seed: Uint8Array): IdentityKeys {
  if (!(seed instanceof Uint8Array) || seed.length !== 64) throw new RangeError("identity: the BIP39 seed must be 64 bytes");
  return {
    signingSeed: slip10Derive(seed, IDENTITY_PATHS.signing).privateKey,
    boxSecretKey: slip10Derive(seed, IDENTITY_PATHS.box).privateKey,
    homeDocument: slip10Derive(seed, IDENTITY_PATHS.home).privateKey.slice(0, HOME_DOCUMENT_BYTES),
  };
}

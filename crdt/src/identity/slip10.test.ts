import { readFileSync } from "node:fs";
import { ripemd160 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import nacl from "tweetnacl";
import { describe, expect, it } from "vitest";
import { SLIP10_HARDENED, slip10Child, slip10Derive, slip10Master } from "./slip10.js";

interface Chain {
  readonly path: string;
  readonly fingerprint: string;
  readonly chainCode: string;
  readonly private: string;
  readonly public: string;
}
interface Slip10Vectors {
  readonly vectors: readonly { readonly name: string; readonly seed: string; readonly chains: readonly Chain[] }[];
}
const slip10 = JSON.parse(readFileSync(new URL("../../vectors/identity/slip10-ed25519.json", import.meta.url), "utf8")) as Slip10Vectors;

/** "m/0H/1H" → [2^31 + 0, 2^31 + 1]. */
function parsePath(path: string): number[] {
  const [root, ...rest] = path.split("/");
  expect(root).toBe("m");
  return rest.map((part) => {
    expect(part).toMatch(/^\d+H$/);
    return Number(part.slice(0, -1)) + SLIP10_HARDENED;
  });
}

/** SLIP-0010 public key: 0x00 || the ed25519 public key. */
function publicOf(privateKey: Uint8Array): Uint8Array {
  return Uint8Array.of(0, ...nacl.sign.keyPair.fromSeed(privateKey).publicKey);
}

describe("SLIP-0010 ed25519", () => {
  for (const vector of slip10.vectors) {
    it(`[K3.2] ${vector.name}: every chain's key, chain code, public key and fingerprint match`, () => {
      expect(vector.chains).toHaveLength(6);
      const seed = hexToBytes(vector.seed);
      let parentPublic: Uint8Array | undefined;
      for (const chain of vector.chains) {
        const node = slip10Derive(seed, parsePath(chain.path));
        expect(bytesToHex(node.privateKey), chain.path).toBe(chain.private);
        expect(bytesToHex(node.chainCode), chain.path).toBe(chain.chainCode);
        const pub = publicOf(node.privateKey);
        expect(bytesToHex(pub), chain.path).toBe(chain.public);
        // The fingerprint is the first 4 bytes of RIPEMD-160(SHA-256(parent public key)).
        const fingerprint = parentPublic === undefined ? "00000000" : bytesToHex(ripemd160(sha256(parentPublic)).slice(0, 4));
        expect(fingerprint, chain.path).toBe(chain.fingerprint);
        parentPublic = pub;
      }
    });
  }

  it("[K3.2] children are hardened only, and seeds are 16 to 64 bytes", () => {
    const master = slip10Master(new Uint8Array(16));
    expect(() => slip10Child(master, 0)).toThrow(RangeError);
    expect(() => slip10Child(master, SLIP10_HARDENED - 1)).toThrow(RangeError);
    expect(() => slip10Child(master, 2 ** 32)).toThrow(RangeError);
    expect(() => slip10Child(master, SLIP10_HARDENED + 0.5)).toThrow(RangeError);
    expect(slip10Child(master, 2 ** 32 - 1).privateKey).toHaveLength(32);
    expect(() => slip10Master(new Uint8Array(15))).toThrow(RangeError);
    expect(() => slip10Master(new Uint8Array(65))).toThrow(RangeError);
  });
});

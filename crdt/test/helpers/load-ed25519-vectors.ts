import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { VectorCase } from "./ed25519-vector-case.js";

const VECTOR_DIR = fileURLToPath(new URL("../../vectors/ed25519/", import.meta.url));

/** Vector files in crdt/vectors/ed25519 written in the flat `cases` form. */
export const FLAT_VECTOR_FILES: readonly string[] = Object.freeze([
  "rfc8032.json",
  "speccheck.json",
  "policy-edge-cases.json",
]);

interface FlatFile {
  readonly cases: readonly { id: string; publicKey: string; message: string; signature: string; expected: boolean }[];
}

interface WycheproofFile {
  readonly numberOfTests: number;
  readonly testGroups: readonly {
    readonly publicKey: { readonly pk: string };
    readonly tests: readonly { tcId: number; msg: string; sig: string; result: "valid" | "invalid" | "acceptable" }[];
  }[];
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(VECTOR_DIR + name, "utf8"));
}

/** Reads one flat vector file. @throws if the file is missing or malformed. */
export function loadFlatVectors(name: string): VectorCase[] {
  const file = readJson(name) as FlatFile;
  return file.cases.map((c) => ({
    file: name,
    id: c.id,
    publicKey: c.publicKey,
    message: c.message,
    signature: c.signature,
    expected: c.expected,
  }));
}

/**
 * Reads Wycheproof's ed25519 file, flattened. Under our policy the expected verdict is
 * `result === "valid"` (the file has no "acceptable" results: asserted here).
 * @throws if the file is missing, malformed, or holds an "acceptable" result.
 */
export function loadWycheproofVectors(): VectorCase[] {
  const file = readJson("wycheproof.json") as WycheproofFile;
  const cases = file.testGroups.flatMap((group) =>
    group.tests.map((test): VectorCase => {
      if (test.result === "acceptable") throw new Error(`tcId ${test.tcId}: "acceptable" needs a policy decision`);
      return {
        file: "wycheproof.json",
        id: `tcId ${test.tcId}`,
        publicKey: group.publicKey.pk,
        message: test.msg,
        signature: test.sig,
        expected: test.result === "valid",
      };
    }),
  );
  if (cases.length !== file.numberOfTests) throw new Error(`wycheproof.json: ${cases.length} of ${file.numberOfTests} tests`);
  return cases;
}

/** Every ed25519 vector file, flattened: RFC 8032, speccheck, our policy cases, Wycheproof. */
export function loadAllEd25519Vectors(): VectorCase[] {
  return [...FLAT_VECTOR_FILES.flatMap(loadFlatVectors), ...loadWycheproofVectors()];
}

/** One RFC 8032 §7.1 test with its secret key (seed), all hex. */
export interface SigningVector {
  readonly id: string;
  readonly secretKey: string;
  readonly publicKey: string;
  readonly message: string;
  readonly signature: string;
}

/** RFC 8032 §7.1 tests with their secret keys, for signers. @throws if the file is malformed. */
export function loadRfc8032SigningVectors(): SigningVector[] {
  const file = readJson("rfc8032.json") as { cases: readonly SigningVector[] };
  return file.cases.map(({ id, secretKey, publicKey, message, signature }) => ({ id, secretKey, publicKey, message, signature }));
}

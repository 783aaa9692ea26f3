import { defineService } from "../../shared/data/define-service.js";

/** Where signatures are verified, as Settings shows it (the app's reader, src/app/worker/). */
export interface VerificationInfo {
  /** The signature verifier's backend ("webcrypto", "tweetnacl"), once chosen. */
  readonly backend: Promise<string>;
  /** Where the reads run: "worker", or "page" (the fallback). */
  readonly runsIn: "worker" | "page";
}

const verificationInfo = defineService<VerificationInfo>("useVerificationInfo");

/** Provides where signatures are verified (the app's composition root does). */
export const VerificationInfoContext = verificationInfo.Context;

/** Where signatures are verified. @throws {Error} outside a `VerificationInfoContext` provider. */
export const useVerificationInfo = verificationInfo.use;

import { describeVerifierContract } from "../../test/helpers/verifier-contract.js";
import { tweetnaclVerifier } from "./tweetnacl-verifier.js";
import { webCryptoVerifier } from "./webcrypto-verifier.js";

// One shared contract, run by every backend (STYLE: every seam has one contract suite).
describeVerifierContract("webcrypto", () => webCryptoVerifier(globalThis.crypto.subtle), { propertyRuns: 50 });
describeVerifierContract("webcrypto, chunks of 3", () => webCryptoVerifier(globalThis.crypto.subtle, { chunkSize: 3 }), {
  propertyRuns: 10,
});
describeVerifierContract("tweetnacl", () => tweetnaclVerifier(), { propertyRuns: 20 });

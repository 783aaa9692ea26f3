/** @chapterhouse/crdt — the pure core. One export list; see README.md. */
export * from "./ids.js";
export * from "./base64url.js";
export * from "./utf8.js";
export * from "./hash.js";
export * from "./canonical.js";
export * from "./record.js";
export * from "./verifier.js";
export * from "./nacl-signer.js";
export * from "./rejection.js";
export * from "./bundle/index.js";
export * from "./identity/index.js";
export * from "./tally/index.js";
export * from "./verify/index.js";
export * from "./documents/index.js";
export * from "./chokepoint/index.js";
export * from "./membership/index.js";
export * from "./desktop/index.js";

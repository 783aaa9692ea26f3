/** Bytes and text (PROTOCOL.md R1, R2): strict base64url, UTF-8, SHA-256 ids, Base58Check for document URLs. */
export { fromBase64url, fromBase64urlOfLength, isBase64urlOfLength, toBase64url } from "./base64url.js";
export { LONE_SURROGATE, fromUtf8, utf8, wellFormed } from "./utf8.js";
export { hashBytes, hashText } from "./hash.js";
export { toBase58check } from "./base58check.js";
export { DOCUMENT_ID_BYTES, derivedDocumentId, documentUrlOf, labelledHash } from "./derived-document-id.js";
export { concatBytes } from "./concat-bytes.js";

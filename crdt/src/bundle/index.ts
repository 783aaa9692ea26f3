/** Sync by file (PROTOCOL.md B): the document bundle format and its errors. */
export { BundleError, type BundleErrorCode } from "./bundle-error.js";
export {
  BUNDLE_LIMITS,
  BUNDLE_MAGIC,
  BUNDLE_VERSION,
  decodeDocumentBundle,
  encodeDocumentBundle,
  type BundledDocument,
} from "./document-bundle.js";
export { bundleFileKind, type BundleFileKind } from "./bundle-file-kind.js";

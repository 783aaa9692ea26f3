export * from "./bundle-error.js";
export * from "./document-bundle.js";
export * from "./bundle-file-kind.js";

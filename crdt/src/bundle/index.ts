export * from "./bundle-error.js";
export * from "./document-bundle.js";

/** The desktop bridge contract shared by the Electron preload and the renderer. */
export * from "./desktop-api.js";
export * from "./read-bundle-file.js";

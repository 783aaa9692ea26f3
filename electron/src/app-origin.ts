/**
 * The app's own origin: its packaged files are served at `chapterhouse://app/…` through a
 * custom protocol registered as standard and secure (app-protocol.ts), so the page is a
 * secure context with its own IndexedDB, and never a remote origin.
 */

/** The custom scheme, without the colon. */
export const APP_SCHEME = "chapterhouse";
/** The one host of the scheme. */
export const APP_HOST = "app";
/** The app's origin, as Chromium serialises it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** Longest URL looked at: anything longer is refused before parsing. */
export const MAX_URL_LENGTH = 8192;

/**
 * Parses `text` with the WHATWG URL parser and returns it if it is on the app's origin:
 * scheme `chapterhouse`, host exactly `app` (lower case, as Chromium canonicalises a
 * standard scheme's host), no port, no user name or password. Never substring matching.
 * Returns undefined for anything else, including unparseable or over-long text. Never throws.
 */
export function parseAppUrl(text: unknown): URL | undefined {
  const url = parseUrl(text);
  if (url === undefined) return undefined;
  const onOrigin =
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === "" && url.password === "";
  return onOrigin ? url : undefined;
}

/**
 * `text` parsed by the WHATWG URL parser (no base URL, so relative text such as `//evil` is
 * refused), or undefined if it is not a string, is longer than MAX_URL_LENGTH or does not
 * parse. Never throws.
 */
export function parseUrl(text: unknown): URL | undefined {
  if (typeof text !== "string" || text.length > MAX_URL_LENGTH) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

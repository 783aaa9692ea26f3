/**
 * The one allow-list for where the window may go (STYLE.md habit 6): navigations, new
 * windows and permission requests are all decided here, from URLs parsed by the WHATWG URL
 * parser, never by substring matching. Everything not allowed is denied; a plain http(s)
 * link may be handed to the OS browser instead, never opened inside the app.
 */
import { parseAppUrl, parseUrl } from "./app-origin.js";

/** What the window was asked to do. */
export type NavigationRequest =
  /** A top-level navigation of the app's window (`will-navigate`, `will-redirect`). */
  | { readonly type: "navigate"; readonly url: string }
  /** `window.open` or a link with a target (`setWindowOpenHandler`). */
  | { readonly type: "new-window"; readonly url: string }
  /** A permission request or check; `requestingUrl` is the requesting frame's URL or origin. */
  | { readonly type: "permission"; readonly permission: string; readonly requestingUrl: string };

/** What to do with it. */
export type NavigationDecision =
  | { readonly type: "allow" }
  /** Refuse it in the app; the caller may give `url` (normalised by the parser) to the OS browser. */
  | { readonly type: "open-externally"; readonly url: string }
  | { readonly type: "deny"; readonly reason: string };

/** Permissions the app's own page may have; every other is denied. */
export const ALLOWED_PERMISSIONS: readonly string[] = Object.freeze(["clipboard-sanitized-write"]);

/**
 * Decides a navigation, new window or permission request. The app's own origin
 * (`chapterhouse://app`, see parseAppUrl) may navigate and hold ALLOWED_PERMISSIONS; an
 * http(s) URL without user name or password may be opened externally; everything else, and
 * any new window of the app itself (the app has one window), is denied with a reason. Pure;
 * never throws.
 */
export function decideNavigation(request: NavigationRequest): NavigationDecision {
  switch (request.type) {
    case "navigate":
    case "new-window": {
      if (parseAppUrl(request.url) !== undefined) {
        return request.type === "navigate" ? { type: "allow" } : deny("the app opens no second window");
      }
      const url = parseUrl(request.url);
      if (url === undefined) return deny("not an absolute URL the parser accepts (or longer than allowed)");
      return external(url);
    }
    case "permission": {
      if (parseAppUrl(request.requestingUrl) === undefined)
        return deny("permissions are only for the app's own page");
      return ALLOWED_PERMISSIONS.includes(request.permission)
        ? { type: "allow" }
        : deny(`permission ${JSON.stringify(request.permission)} is not allowed`);
    }
    default:
      return deny("unknown request");
  }
}

function external(url: URL): NavigationDecision {
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return deny(`scheme ${url.protocol} is not allowed`);
  // A user name in a link is how `https://bank.example@evil.example` fools a reader.
  if (url.username !== "" || url.password !== "")
    return deny("links with a user name or password are not opened");
  if (url.hostname === "") return deny("no host");
  return { type: "open-externally", url: url.href };
}

function deny(reason: string): NavigationDecision {
  return { type: "deny", reason };
}

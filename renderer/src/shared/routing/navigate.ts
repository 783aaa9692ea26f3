/** The start page's link: whatever a feature registers at `/`. */
export const START_HREF = "#/";

/** Goes to a link (`#/…`, from a route's `href`), adding a history entry. */
export function navigate(href: string): void {
  window.location.hash = href;
}

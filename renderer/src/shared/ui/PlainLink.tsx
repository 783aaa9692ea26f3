import type { ReactNode } from "react";
import "./tokens.css";
import "./Link.css";

/**
 * The kit's standalone link on the browser's own anchor, for lists of hundreds of rows (A11Y4):
 * react-aria's Link adds press, hover and focus-ring hooks per link (about a tenth of a
 * millisecond a row, the largest part of a 1,000-row list's scripting) that an address in the
 * app does not need. The anchor is reached with Tab, followed with Enter and found by
 * find-in-page as any link; it looks like `Link` with `variant="standalone"`.
 */
export function PlainLink({ href, children }: { readonly href: string; readonly children: ReactNode }) {
  return (
    <a href={href} className="ui-Link" data-variant="standalone" data-plain="">
      {children}
    </a>
  );
}

import type { ReactNode } from "react";

/**
 * A screen's one `h1`. Focusable by script (not by Tab) so that the shell can move focus to it
 * after navigation, which tells screen-reader users the screen changed.
 */
export function ScreenHeading({ children }: { readonly children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}

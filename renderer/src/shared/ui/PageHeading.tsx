import { useEffect, useRef, type ReactNode } from "react";
import "./tokens.css";
import "./PageHeading.css";

export interface PageHeadingProps {
  readonly children: ReactNode;
  /**
   * The route shown: when it changes (and when the heading first appears) focus moves to the
   * heading and the page scrolls to its top, so a screen reader says where the member arrived
   * and the keyboard starts from there.
   */
  readonly focusKey?: string;
}

/**
 * Whether the member has done anything on this page yet (a key, a pointer, a navigation). Until
 * then a heading takes no focus: a page just loaded keeps the browser's own start, where the
 * first Tab reaches the skip link and a screen reader reads from the top.
 */
let engaged = false;
if (typeof window !== "undefined") {
  for (const type of ["keydown", "pointerdown", "hashchange"]) {
    window.addEventListener(
      type,
      () => {
        engaged = true;
      },
      { capture: true, once: true },
    );
  }
}

/** A page's one `h1`, focusable by script (not by Tab). */
export function PageHeading({ children, focusKey }: PageHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!engaged) return;
    heading.current?.focus({ preventScroll: true });
    (document.scrollingElement ?? document.documentElement).scrollTop = 0;
  }, [focusKey]);
  return (
    <h1 ref={heading} tabIndex={-1} className="ui-PageHeading">
      {children}
    </h1>
  );
}

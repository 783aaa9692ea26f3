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

/** A page's one `h1`, focusable by script (not by Tab). */
export function PageHeading({ children, focusKey }: PageHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    (document.scrollingElement ?? document.documentElement).scrollTop = 0;
  }, [focusKey]);
  return (
    <h1 ref={heading} tabIndex={-1} className="ui-PageHeading">
      {children}
    </h1>
  );
}

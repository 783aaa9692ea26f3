import type { ReactNode } from "react";
import "./tokens.css";
import "./StatusPill.css";

export type StatusTone = "neutral" | "info" | "success" | "warning" | "danger";

/**
 * A short status in a coloured pill ("Open", "Decided", "Invalid"). The words carry the
 * meaning; the colour only repeats it.
 */
export function StatusPill({ tone = "neutral", children }: { readonly tone?: StatusTone; readonly children: ReactNode }) {
  return (
    <span className="ui-StatusPill" data-tone={tone}>
      {children}
    </span>
  );
}

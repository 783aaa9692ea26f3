import type { ReactNode } from "react";
import { useMemberSpace } from "./use-member-space.js";
import type { MemberSpace } from "../organisation/index.js";
import { UnlockPanel } from "./UnlockPanel.js";
import { WelcomeScreen } from "./WelcomeScreen.js";

/**
 * Shows `children(space)` while the identity is unlocked; otherwise what to do first: create or
 * restore an identity, or unlock it.
 */
export function RequireUnlocked({ children, title }: { readonly children: (space: MemberSpace) => ReactNode; readonly title?: string }) {
  const { state, space } = useMemberSpace();
  if (state.type === "loading") return <p aria-busy="true">Loading…</p>;
  if (state.type === "absent") return <WelcomeScreen />;
  if (state.type === "locked" || space === undefined) {
    return (
      <div>
        {title === undefined ? null : <h1 className="screen-heading" tabIndex={-1}>{title}</h1>}
        <UnlockPanel name={state.type === "locked" ? state.name : ""} />
      </div>
    );
  }
  return <>{children(space)}</>;
}

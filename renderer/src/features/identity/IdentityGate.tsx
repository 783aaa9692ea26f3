import type { ReactNode } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { useIdentity } from "./identity-context.js";
import type { UnlockedSpace } from "./identity-manager.js";
import { UnlockPanel } from "./UnlockPanel.js";
import { WelcomeScreen } from "./WelcomeScreen.js";

/**
 * Shows `children(space)` while the identity is unlocked and its `space` is open; otherwise what
 * to do first: create or restore an identity, or unlock it (under `title`, the screen's heading).
 */
export function IdentityGate<Space extends UnlockedSpace>({
  space,
  children,
  title,
}: {
  readonly space: Space | undefined;
  readonly children: (space: Space) => ReactNode;
  readonly title?: string;
}) {
  const state = useObservable(useIdentity().state);
  if (state.type === "loading") return <Skeleton />;
  if (state.type === "absent") return <WelcomeScreen />;
  if (state.type === "locked" || space === undefined) {
    return (
      <>
        {title === undefined ? null : <PageHeading>{title}</PageHeading>}
        <UnlockPanel name={state.type === "locked" ? state.name : ""} />
      </>
    );
  }
  return <>{children(space)}</>;
}

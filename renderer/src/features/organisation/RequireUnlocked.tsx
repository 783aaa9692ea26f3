import type { ReactNode } from "react";
import { IdentityGate } from "../identity/index.js";
import type { MemberSpace } from "./member-space.js";
import { useMemberSpace } from "./use-member-space.js";

/**
 * Shows `children(space)` while the identity is unlocked; otherwise what to do first: create or
 * restore an identity, or unlock it.
 */
export function RequireUnlocked({ children, title }: { readonly children: (space: MemberSpace) => ReactNode; readonly title?: string }) {
  const { space } = useMemberSpace();
  return (
    <IdentityGate space={space} {...(title === undefined ? {} : { title })}>
      {children}
    </IdentityGate>
  );
}

import { useIdentity, type IdentityState } from "../identity/index.js";
import { useObservable } from "../../shared/data/use-observable.js";
import type { MemberSpace } from "./member-space.js";
import { useMemberSpaceObservable } from "./member-space-context.js";

/** The identity's state and, while unlocked, the member's space. */
export function useMemberSpace(): { readonly state: IdentityState; readonly space: MemberSpace | undefined } {
  const state = useObservable(useIdentity().state);
  const space = useObservable(useMemberSpaceObservable());
  return { state, space: state.type === "unlocked" ? space : undefined };
}

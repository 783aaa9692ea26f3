import type { MemberSpace } from "../organisation/index.js";
import type { IdentityState } from "./identity-manager.js";
import { useIdentity } from "./identity-context.js";
import { useObservable } from "../../shared/data/use-observable.js";

/** The identity's state and, while unlocked, the member's space. */
export function useMemberSpace(): { readonly state: IdentityState; readonly space: MemberSpace | undefined } {
  const identity = useIdentity();
  const state = useObservable(identity.state);
  const space = useObservable(identity.space);
  return { state, space: state.type === "unlocked" ? space : undefined };
}

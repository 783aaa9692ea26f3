import type { MemberSpace } from "../organisation/member-space.js";
import type { IdentityState } from "./identity-manager.js";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useObservable } from "../../shared/data/use-observable.js";

/** The identity's state and, while unlocked, the member's space. */
export function useMemberSpace(): { readonly state: IdentityState; readonly space: MemberSpace | undefined } {
  const { identity } = useAppData();
  const state = useObservable(identity.state);
  const space = useObservable(identity.space);
  return { state, space: state.type === "unlocked" ? space : undefined };
}

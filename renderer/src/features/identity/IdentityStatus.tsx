import { useAppData } from "../../shared/data/app-data-context.js";
import { useMemberSpace } from "./use-member-space.js";
import { routeHref } from "../../shared/routing/route-registry.js";

/** Who is signed in on this device: the name (link to the identity screen) and a Lock button, or "Locked". */
export function IdentityStatus() {
  const { identity } = useAppData();
  const { state } = useMemberSpace();
  if (state.type === "unlocked") {
    return (
      <div className="identity-status">
        <a href={routeHref({ name: "identity" })} aria-label={`Your identity: ${state.name}`} title={state.name}>
          {state.name}
        </a>
        <button type="button" className="secondary" onClick={() => void identity.lock()}>
          Lock
        </button>
      </div>
    );
  }
  if (state.type === "locked") {
    return (
      <div className="identity-status">
        <a href={routeHref({ name: "home" })}>Locked: unlock</a>
      </div>
    );
  }
  return null;
}

import { useIdentity } from "./identity-context.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { identityPath } from "./paths.js";
import { START_HREF } from "../../shared/routing/navigate.js";

/** Who is signed in on this device: the name (link to the identity screen) and a Lock button, or "Locked". */
export function IdentityStatus() {
  const identity = useIdentity();
  const state = useObservable(identity.state);
  if (state.type === "unlocked") {
    return (
      <div className="identity-status">
        <a href={identityPath.href()} aria-label={`Your identity: ${state.name}`} title={state.name}>
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
        <a href={START_HREF}>Locked: unlock</a>
      </div>
    );
  }
  return null;
}

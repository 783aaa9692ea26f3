import { useObservable } from "../../shared/data/use-observable.js";
import { useT } from "../../shared/i18n/use-t.js";
import { START_HREF } from "../../shared/routing/navigate.js";
import { Button } from "../../shared/ui/Button.js";
import { useIdentity } from "./identity-context.js";
import { identityPath } from "./paths.js";
import "./identity.css";

/** Who is signed in on this device: the name (a link to the identity screen) and Lock, or a link to unlock. */
export function IdentityStatus() {
  const t = useT("identity");
  const identity = useIdentity();
  const state = useObservable(identity.state);
  if (state.type === "unlocked") {
    return (
      <span className="identity-status">
        <a href={identityPath.href()} aria-label={t("status.yours", { name: state.name })} title={state.name}>
          {state.name}
        </a>
        <Button size="small" onPress={() => void identity.lock()}>
          {t("status.lock")}
        </Button>
      </span>
    );
  }
  if (state.type === "locked") {
    return (
      <span className="identity-status">
        <a href={START_HREF}>{t("status.locked")}</a>
      </span>
    );
  }
  return null;
}

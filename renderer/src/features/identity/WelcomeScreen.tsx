import { createIdentityPath, restoreIdentityPath } from "./paths.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";

/** The first-run empty state: no identity on this device yet. */
export function WelcomeScreen() {
  return (
    <div className="welcome">
      <ScreenHeading>Welcome to Chapterhouse</ScreenHeading>
      <p className="lede">
        Chapterhouse keeps your organisation&rsquo;s chapters, proposals and votes on this device, and syncs
        them when a relay or a meeting is reachable.
      </p>
      <p>Create your identity or restore from a recovery phrase to begin.</p>
      <div className="actions">
        <a className="button primary" href={createIdentityPath.href()}>
          Create your identity
        </a>
        <a className="button" href={restoreIdentityPath.href()}>
          Restore from a recovery phrase
        </a>
      </div>
    </div>
  );
}

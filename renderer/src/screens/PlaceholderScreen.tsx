import type { ReactNode } from "react";
import { routeHref } from "../routing/routes.js";
import { ScreenHeading } from "./ScreenHeading.js";

/** A screen that is not built yet: says what will be here, and links back. */
export function PlaceholderScreen({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <div className="placeholder">
      <ScreenHeading>{title}</ScreenHeading>
      <div className="notice" role="note">
        <p>
          <strong>Not available yet.</strong>
        </p>
        {children}
      </div>
      <p>
        <a href={routeHref({ name: "home" })}>Back to the start</a>
      </p>
    </div>
  );
}

/** What the create-identity screen will do. */
export function CreateIdentityPlaceholder() {
  return (
    <PlaceholderScreen title="Create your identity">
      <p>Here you will choose the name other members see, and this device will make your signing key.</p>
      <p>
        You will be shown a recovery phrase of 24 words once, and asked to confirm it: it is the only way to
        restore your identity on another device. Then you choose a passphrase that locks the key on this
        device.
      </p>
    </PlaceholderScreen>
  );
}

/** What the restore-identity screen will do. */
export function RestoreIdentityPlaceholder() {
  return (
    <PlaceholderScreen title="Restore from a recovery phrase">
      <p>
        Here you will type your recovery phrase to bring back the same identity on this device, and choose a
        passphrase that locks it here.
      </p>
      <p>Once a relay is reachable, your organisations and chapters are found again through it.</p>
    </PlaceholderScreen>
  );
}

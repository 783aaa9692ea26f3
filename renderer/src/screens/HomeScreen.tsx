import { useLiveQuery } from "dexie-react-hooks";
import { useAppData } from "../app/app-data-context.js";
import { ScreenHeading } from "./ScreenHeading.js";
import { WelcomeScreen } from "./WelcomeScreen.js";

/** The start: the first-run empty state until this device holds an identity. */
export function HomeScreen() {
  const { db } = useAppData();
  const identities = useLiveQuery(() => db.vault.count(), [db]);
  if (identities === undefined) return <p aria-busy="true">Loading…</p>;
  if (identities === 0) return <WelcomeScreen />;
  return (
    <div>
      <ScreenHeading>Your organisations</ScreenHeading>
      <p className="empty-state">
        You are not in an organisation yet. Start one, or open an invite link from a member.
      </p>
    </div>
  );
}

import type { SyncStatus } from "../../shared/data/sync-status.js";
import { useT } from "../../shared/i18n/use-t.js";
import { syncWords } from "./sync-words.js";
import "./SyncStatusBar.css";

/** The header's short sync status: a dot and one word (the whole status is in the navigation panel). */
export function SyncBadge({ status }: { readonly status: SyncStatus }) {
  const t = useT("app");
  return (
    <span className="sync-badge" data-mode={status.mode}>
      <span className="sync-status-dot" aria-hidden="true" />
      {t(`sync.title.${syncWords(status).title}`)}
    </span>
  );
}

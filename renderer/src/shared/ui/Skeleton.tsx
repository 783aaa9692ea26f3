import { useT } from "../i18n/use-t.js";
import "./tokens.css";
import "./Skeleton.css";

/**
 * Grey lines where content is loading, announced once as "Loading…" (a status). Still for
 * members who ask for reduced motion.
 */
export function Skeleton({ lines = 3 }: { readonly lines?: number }) {
  const t = useT("common");
  return (
    <div className="ui-Skeleton" role="status">
      <span className="ui-visually-hidden">{t("status.loading")}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="ui-Skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}

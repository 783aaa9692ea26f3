import type { ReactNode } from "react";
import { useT } from "../i18n/use-t.js";
import { Disclosure } from "./Disclosure.js";
import "./tokens.css";
import "./Problem.css";

export interface ProblemProps {
  /** What went wrong and what to do, in plain words. */
  readonly children: ReactNode;
  /**
   * The technical account (an error's own message, in whatever words its source used), shown
   * only on request under "Details".
   */
  readonly details?: string;
}

/** A failure said plainly, announced at once (an alert), its technical details on request. */
export function Problem({ children, details }: ProblemProps) {
  const t = useT("common");
  return (
    <div className="ui-Problem" role="alert">
      <p className="ui-Problem-text">{children}</p>
      {details === undefined || details === "" ? null : (
        <Disclosure title={t("problem.details")} headingLevel={4}>
          <p className="ui-Problem-details">{details}</p>
        </Disclosure>
      )}
    </div>
  );
}

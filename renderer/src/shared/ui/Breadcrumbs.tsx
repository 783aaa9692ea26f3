import { Link as AriaLink } from "react-aria-components/Link";
import { useT } from "../i18n/use-t.js";
import "./tokens.css";
import "./Breadcrumbs.css";

/** One step of the path to the current page. */
export interface Crumb {
  readonly id: string;
  readonly label: string;
  readonly href: string;
}

export interface BreadcrumbsProps {
  readonly crumbs: readonly Crumb[];
  /**
   * True (the default) when the last step is the page shown: it is marked as the current page
   * and is no link. False for a page below the last step (a proposal under its chapter): every
   * step is then a link up.
   */
  readonly lastIsCurrent?: boolean;
}

/** Where the page is ("Harbour Co-op › Spain › Valencia"): links up the path; the page shown, if last, is text marked current. */
export function Breadcrumbs({ crumbs, lastIsCurrent = true }: BreadcrumbsProps) {
  const t = useT("common");
  const current = lastIsCurrent ? crumbs.at(-1) : undefined;
  return (
    <nav aria-label={t("breadcrumbs.label")} className="ui-Breadcrumbs">
      <ol className="ui-Breadcrumbs-list">
        {crumbs.map((crumb) => (
          <li key={crumb.id} className="ui-Breadcrumb">
            {crumb === current ? (
              // The page itself is no link: a link to where one already is only misleads.
              <span aria-current="page" className="ui-Breadcrumb-current">
                {crumb.label}
              </span>
            ) : (
              <AriaLink href={crumb.href} className="ui-Breadcrumb-link">
                {crumb.label}
              </AriaLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

import { Breadcrumb, Breadcrumbs as AriaBreadcrumbs } from "react-aria-components/Breadcrumbs";
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

/** Where the page is ("Harbour Co-op › Spain › Valencia"): links up the path, the last one the current page. */
export function Breadcrumbs({ crumbs }: { readonly crumbs: readonly Crumb[] }) {
  const t = useT("common");
  return (
    <nav aria-label={t("breadcrumbs.label")} className="ui-Breadcrumbs">
      <AriaBreadcrumbs items={crumbs} className="ui-Breadcrumbs-list">
        {(crumb) => (
          <Breadcrumb id={crumb.id} className="ui-Breadcrumb">
            <AriaLink href={crumb.href} className="ui-Breadcrumb-link">
              {crumb.label}
            </AriaLink>
          </Breadcrumb>
        )}
      </AriaBreadcrumbs>
    </nav>
  );
}

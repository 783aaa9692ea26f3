import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { createIdentityPath, restoreIdentityPath } from "./paths.js";
import "./identity.css";

/** The first-run empty state: no identity on this device yet, and the two ways to get one. */
export function WelcomeScreen() {
  const t = useT("identity");
  return (
    <>
      <PageHeading>{t("welcome.title")}</PageHeading>
      <p className="identity-lede">{t("welcome.lede")}</p>
      <p>{t("welcome.begin")}</p>
      <div className="identity-actions">
        <Link href={createIdentityPath.href()} variant="standalone">
          {t("welcome.create")}
        </Link>
        <Link href={restoreIdentityPath.href()} variant="standalone">
          {t("welcome.restore")}
        </Link>
      </div>
    </>
  );
}

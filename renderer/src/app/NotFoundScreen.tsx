import { START_HREF } from "../shared/routing/navigate.js";
import { useT } from "../shared/i18n/use-t.js";
import { Link } from "../shared/ui/Link.js";
import { PageHeading } from "../shared/ui/PageHeading.js";

/** A route that does not exist. */
export function NotFoundScreen({ path }: { readonly path: string }) {
  const t = useT("app");
  return (
    <>
      <PageHeading focusKey={path}>{t("notFound.title")}</PageHeading>
      <p>{t("notFound.text", { path })}</p>
      <p>
        <Link href={START_HREF} variant="standalone">
          {t("notFound.start")}
        </Link>
      </p>
    </>
  );
}

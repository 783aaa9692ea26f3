import { routeHref } from "../shared/routing/route-registry.js";
import { ScreenHeading } from "../shared/ui/ScreenHeading.js";

/** A route that does not exist. */
export function NotFoundScreen({ path }: { readonly path: string }) {
  return (
    <div>
      <ScreenHeading>Page not found</ScreenHeading>
      <p>
        There is no page at <code>{path}</code>. <a href={routeHref({ name: "home" })}>Go to the start</a>.
      </p>
    </div>
  );
}

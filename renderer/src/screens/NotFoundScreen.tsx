import { routeHref } from "../routing/routes.js";
import { ScreenHeading } from "./ScreenHeading.js";

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

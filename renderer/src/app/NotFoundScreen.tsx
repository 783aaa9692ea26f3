import { START_HREF } from "../shared/routing/navigate.js";
import { ScreenHeading } from "../shared/ui/ScreenHeading.js";

/** A route that does not exist. */
export function NotFoundScreen({ path }: { readonly path: string }) {
  return (
    <div>
      <ScreenHeading>Page not found</ScreenHeading>
      <p>
        There is no page at <code>{path}</code>. <a href={START_HREF}>Go to the start</a>.
      </p>
    </div>
  );
}

import { Link as AriaLink, type LinkProps as AriaLinkProps } from "react-aria-components/Link";
import "./tokens.css";
import "./Link.css";

export interface LinkProps extends Omit<AriaLinkProps, "className" | "style"> {
  /** inline: inside a sentence; standalone: on its own (bolder, no underline until hovered). */
  readonly variant?: "inline" | "standalone";
}

/**
 * A link. `href` is the app's own (a hash route such as `#/settings`) or another site's. It
 * follows the app's router when one is given to react-aria's RouterProvider at the root;
 * without one it is a plain link, which hash routes need no more than.
 */
export function Link({ variant = "inline", ...props }: LinkProps) {
  return <AriaLink {...props} className="ui-Link" data-variant={variant} />;
}

import { routePath } from "../../shared/routing/route-path.js";

/** The chapter page's tab of its library (a chapter section, PROTOCOL.md RS5). */
export const RESOURCES_SECTION = "resources";

/** One resource: `resource` is its `resource` record's id (RS1). */
export const resourcePath = routePath("/org/:organisation/chapter/:chapter/resource/:resource");

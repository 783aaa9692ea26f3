import { routePath } from "../../shared/routing/route-path.js";

/** The organisation's currents (PROTOCOL.md CU7): the list, and founding one. */
export const currentsPath = routePath("/org/:organisation/currents");

/** A current's page (CU3, CU5): its statement, members and discussion. */
export const currentPath = routePath("/org/:organisation/current/:current");

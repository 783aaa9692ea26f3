import { routePath } from "../../shared/routing/route-path.js";

/** The member's own profile: what others see of them, and changing it. */
export const myProfilePath = routePath("/profile");
/** A member of an organisation, by their key: their profile and what they did in chapters this device holds. */
export const memberPath = routePath("/org/:organisation/member/:member");

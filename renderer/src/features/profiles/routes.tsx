import type { MemberKey } from "@chapterhouse/crdt/records";
import { route } from "../../shared/routing/route.js";
import { MemberScreen } from "./MemberScreen.js";
import { MyProfileScreen } from "./MyProfileScreen.js";
import { memberPath, myProfilePath } from "./paths.js";

/** The profiles' screens, registered by src/app/features.ts. */
export const profileRoutes = [
  route(myProfilePath, () => <MyProfileScreen />),
  route(
    memberPath,
    ({ organisation, member }) => <MemberScreen key={`${organisation}/${member}`} organisation={organisation} member={member as MemberKey} />,
    ({ organisation }) => ({ organisation }),
  ),
];

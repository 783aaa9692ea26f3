import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { route } from "../../shared/routing/route.js";
import { AidScreen } from "./AidScreen.js";
import { aidMemberPath, aidPath, aidPostPath } from "./paths.js";

/** The mutual-aid board, one of its posts, and a member's page of their posts; registered by src/app/features.ts. */
export const aidRoutes = [
  route(aidPath, ({ organisation }) => <AidScreen key={organisation} organisation={organisation} />, ({ organisation }) => ({ organisation })),
  route(aidPostPath, ({ organisation, post }) => <AidScreen key={`${organisation} ${post}`} organisation={organisation} only={{ post: post as RecordId }} />, ({ organisation }) => ({ organisation })),
  route(aidMemberPath, ({ organisation, member }) => <AidScreen key={`${organisation} ${member}`} organisation={organisation} only={{ member: member as MemberKey }} />, ({ organisation }) => ({ organisation })),
];

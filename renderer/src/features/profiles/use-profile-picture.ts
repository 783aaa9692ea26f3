import type { ProfilePictureRef } from "@chapterhouse/crdt/profiles";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useQuery } from "../../shared/documents/use-query.js";
import type { MemberSpace } from "../organisation/index.js";
import { profilePictureQuery } from "./profile-picture-query.js";
import { useProfilesWorker } from "./profiles-worker.js";

/** `member`'s picture as a `data:` URL while a screen shows it (PF5.4); undefined when they name none or it is not held. */
export function useProfilePicture(space: MemberSpace, scope: string, member: MemberKey, picture: ProfilePictureRef | null | undefined): string | undefined {
  const worker = useProfilesWorker();
  // useQuery keeps one query per key: a new spec for the same picture is the same query.
  return useQuery(picture === null || picture === undefined ? undefined : profilePictureQuery(worker, space.repo, scope, member, picture)).value;
}

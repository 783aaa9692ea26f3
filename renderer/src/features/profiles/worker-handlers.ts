/**
 * What the profiles feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * a member's picture from their Profile document (PF5.4).
 */
import {
  PICTURE_TYPES,
  profilePictureOf,
  type PictureType,
  type ProfilePicture,
} from "@chapterhouse/crdt/profiles";
import { isDocumentUrl, isMemberKey, isNullable, isObjectOf, isString, type Guard } from "../../shared/worker/guard.js";
import { handler } from "../../shared/worker/handler.js";
import { signedRecords, withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const isCount: Guard<number> = (value): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const isPictureType: Guard<PictureType> = (value): value is PictureType => PICTURE_TYPES.includes(value as PictureType);

/** What a profile says of its picture (PF1.4), as the handler takes it. */
export const isPictureRef = isObjectOf({ hash: isString, size: isCount, type: isPictureType });

/** The profiles feature's handlers. */
export const profileHandlers = {
  /** The picture `picture` names among the records of `member`'s Profile document `document` (PF5.4); null when none is held. */
  readProfilePicture: handler(
    isObjectOf({ document: isDocumentUrl, member: isMemberKey, picture: isNullable(isPictureRef) }),
    ({ document, member, picture }, context: WorkerContext): Promise<ProfilePicture | null> =>
      withVerifiedIds(context, [document], async () => {
        const held = (await signedRecords(context, document)).maps["pictures"] ?? [];
        return profilePictureOf(held, { member, picture }) ?? null;
      }),
  ),
};

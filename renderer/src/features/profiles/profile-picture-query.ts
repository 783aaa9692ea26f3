/**
 * A member's picture (PROTOCOL.md PF5.4): the picture their current profile names, read from their
 * Profile document, which is followed (and announced in `scope`) while a screen shows it.
 */
import type { Repo } from "@automerge/automerge-repo";
import type { ProfilePictureRef } from "@chapterhouse/crdt/profiles";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import { dataUrl } from "../../shared/ui/data-url.js";
import { profileDocumentRequest } from "./profile-document.js";
import type { profileHandlers } from "./worker-handlers.js";

/** What the picture's query asks the worker. */
export type PictureWorker = Pick<Bound<typeof profileHandlers>, "readProfilePicture">;

/** The query of `member`'s picture `picture` as a `data:` URL (undefined while none is held). @throws {TypeError} if `member` is not a key. */
export function profilePictureQuery(worker: PictureWorker, repo: Repo, scope: string, member: MemberKey, picture: ProfilePictureRef): QuerySpec<string | undefined> {
  const request = profileDocumentRequest(repo, member, scope);
  return {
    key: `profile-picture ${scope} ${member} ${picture.hash}`,
    async read(context) {
      const [document] = await context.documents([request]);
      if (document!.state !== "ready") return undefined;
      const found = await worker.readProfilePicture({ document: request.url, member, picture });
      return found === null ? undefined : dataUrl(found.type, found.bytes);
    },
  };
}

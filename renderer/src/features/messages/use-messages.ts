import type { MemberKey } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import type { MemberSpace } from "../organisation/index.js";
import { dexieConversationIndex, type ConversationIndex } from "./conversation-index.js";
import { Messages, type MessagesWorker } from "./messages.js";
import { useMessagesWorker } from "./messages-worker.js";

/** The box key `member`'s current profile publishes (PF1.3) in any organisation of the member's. */
function boxKeyIn(space: MemberSpace, member: MemberKey): string | undefined {
  for (const { organisation } of space.homeView.get().entries.organisations) {
    const box = space.organisation(organisation).view.get().profiles.members.get(member)?.current?.box;
    if (box !== undefined) return box;
  }
  return undefined;
}

/** The member's conversations over their space, with the device's conversation index. */
export function messagesOf(space: MemberSpace, worker: MessagesWorker, index: ConversationIndex): Messages {
  return new Messages({
    member: space.member,
    documents: space.documents,
    repo: space.repo,
    worker,
    sign: (draft) => space.signDraft(draft),
    openSealed: (seals) => space.openSealed(seals),
    boxKeyOf: (member) => boxKeyIn(space, member),
    randomBytes: (length) => space.randomBytes(length),
    index,
  });
}

/** The member's conversation index on this device. */
export function useConversationIndex(member: MemberKey): ConversationIndex {
  const { db } = useAppData();
  return useMemo(() => dexieConversationIndex(db, member), [db, member]);
}

/** The member's conversations, one service per space. */
export function useMessages(space: MemberSpace): Messages {
  const worker = useMessagesWorker();
  const index = useConversationIndex(space.member.key);
  return useMemo(() => messagesOf(space, worker, index), [space, worker, index]);
}

/**
 * The member's conversations for reads in the background lane (the bell, search: HOME4), over the
 * background handlers; one service per space, so each conversation is read again only when it changed.
 */
export function useBackgroundMessages(space: MemberSpace | undefined): Messages | undefined {
  const worker = useMessagesWorker();
  const index = useConversationIndex(space?.member.key ?? ("" as MemberKey));
  return useMemo(
    () =>
      space === undefined
        ? undefined
        : messagesOf(space, { ...worker, conversationSeals: worker.conversationSealsForNotices, inboxInvitations: worker.inboxInvitationsForNotices, readMessages: worker.readMessagesForNotices }, index),
    [space, worker, index],
  );
}

/**
 * What messages tell the member of (shared/routing/notification-sources.ts): each direct message
 * others wrote in their conversations since they last looked at it (`unreadMessages`), those of
 * members blocked on this device left out — always on, as the settings say (ALWAYS_ON). A
 * conversation is in no organisation, so its messages are told once, with the member's first
 * organisation (the one whose names the messages screens use). Read in the background lane (HOME4).
 */
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { NotificationItem, NotificationReadContext, NotificationSource } from "../../shared/routing/notification-sources.js";
import { useMemberSpace } from "../organisation/index.js";
import { useMemberLabel } from "../profiles/index.js";
import type { ConversationView } from "./conversation-view.js";
import { useBackgroundMessages } from "./use-messages.js";
import { useMessagesSettings } from "./use-messages-settings.js";
import type { Messages } from "./messages.js";
import type { MessagesSettings } from "./messages-settings.js";
import { conversationPath } from "./paths.js";
import { unreadMessages } from "./unread-messages.js";

/** How much of a message the list shows. */
const EXCERPT = 80;

const excerpt = (text: string) => (text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 1)}…`);

/** The notifications of `views` for `member`: each unread message (by `lastRead` of its conversation's id), titled by its author's name. Pure; never throws. */
export function directMessageNotices(
  views: readonly ConversationView[],
  member: MemberKey,
  lastRead: ReadonlyMap<string, number>,
  blocked: ReadonlySet<MemberKey>,
  nameOf: (member: MemberKey) => string,
): NotificationItem[] {
  return views.flatMap((view) => {
    const { creator, salt, scope } = view.conversation;
    const href = conversationPath.href({ creator, salt });
    return unreadMessages(view, member, lastRead.get(scope) ?? 0, blocked).map((message) => ({
      key: message.id,
      kind: "direct-message" as const,
      chapter: null,
      title: `${nameOf(message.author)}: ${excerpt(message.text)}`,
      href,
      at: message.at,
      by: message.author,
    }));
  });
}

/** Reads the direct messages not yet read, inside the notifications' live query (its documents followed there). */
export async function readDirectMessageNotices(messages: Messages, settings: MessagesSettings, context: NotificationReadContext, nameOf: (member: MemberKey) => string): Promise<NotificationItem[]> {
  // Those on the device now; each of the others as it arrives (it reads the bell again).
  const views = await messages.overviewQuery({ arrived: true }).read(context.query);
  const lastRead = new Map(await Promise.all(views.map(async (view) => [view.conversation.scope, await settings.lastRead(view.conversation.scope)] as const)));
  return directMessageNotices(views, context.member, lastRead, await settings.blocked(), nameOf);
}

/** Messages' notification source, registered by src/app/features.ts. */
export const messageNotificationSources: readonly NotificationSource[] = [
  {
    id: "messages",
    order: 4,
    kinds: ["direct-message"],
    useReader() {
      const { space } = useMemberSpace();
      const settings = useMessagesSettings(space?.member.key ?? ("" as MemberKey));
      // The bell reads every conversation as it syncs: what it finds keeps the list's index current.
      // Its reads wait for the screens' (HOME4): the same service over the background handlers.
      const messages = useBackgroundMessages(space);
      const nameOf = useMemberLabel();
      if (space === undefined || messages === undefined) return () => Promise.resolve([]);
      return (context) => {
        const first = space.homeView.get().entries.organisations[0]?.organisation;
        return first === context.organisation.url ? readDirectMessageNotices(messages, settings, context, nameOf) : Promise.resolve([]);
      };
    },
  },
];

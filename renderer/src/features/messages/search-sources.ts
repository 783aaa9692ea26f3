/**
 * What messages give search (shared/routing/search-sources.ts): every message of the member's
 * conversations this device can read (PVC5) — an envelope it cannot decrypt is a problem of the
 * reading, never a message, so it is never indexed; a deleted message, or one from a member blocked
 * on this device, is left out. A conversation is in no organisation: given with the member's first
 * one only, as its notifications are. Read in the background lane (HOME4), with the bell's handlers.
 */
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { SearchItem, SearchSource } from "../../shared/routing/search-sources.js";
import { useMemberSpace } from "../organisation/index.js";
import type { ConversationView } from "./conversation-view.js";
import { conversationPath } from "./paths.js";
import { useBackgroundMessages } from "./use-messages.js";
import { useMessagesSettings } from "./use-messages-settings.js";

/** How much of a message its title shows. */
const TITLE = 80;

/** The readable messages of `views` as search items, those of `blocked` members and deleted ones left out. Pure; never throws. */
export function messageSearchItems(views: readonly ConversationView[], blocked: ReadonlySet<MemberKey>): SearchItem[] {
  return views.flatMap((view) => {
    const href = conversationPath.href({ creator: view.conversation.creator, salt: view.conversation.salt });
    return view.messages
      .filter((message) => !message.deleted && message.hidden === null && !blocked.has(message.author))
      .map((message) => ({ key: message.id, kind: "message", chapter: null, title: message.text.length <= TITLE ? message.text : `${message.text.slice(0, TITLE - 1)}…`, text: message.text, href, at: message.at }));
  });
}

/** Messages' search source, registered by src/app/features.ts. */
export const messageSearchSources: readonly SearchSource[] = [
  {
    id: "messages",
    order: 60,
    kinds: ["message"],
    useReader() {
      const { space } = useMemberSpace();
      const settings = useMessagesSettings(space?.member.key ?? ("" as MemberKey));
      const messages = useBackgroundMessages(space);
      if (space === undefined || messages === undefined) return () => Promise.resolve([]);
      return async (context) => {
        const first = space.homeView.get().entries.organisations[0]?.organisation;
        if (first !== context.organisation.url) return [];
        return messageSearchItems(await messages.overviewQuery({ arrived: true }).read(context.query), await settings.blocked());
      };
    },
  },
];

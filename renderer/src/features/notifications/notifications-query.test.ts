import type { MembershipFold, Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl, MemberKey } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { QueryContext } from "../../shared/documents/live-query.js";
import type { NotificationItem, NotificationReadContext, NotificationReader } from "../../shared/routing/notification-sources.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { notificationsQuery } from "./notifications-query.js";

const ME = "me-key" as MemberKey;
const OTHER = "other-key" as MemberKey;
const ROOT = "root" as ChapterId;
const HOOD = "hood" as ChapterId;
const URL = "automerge:2o5jPmKyXaS3YwBH2kNDoRxYJQ5A" as DocumentUrl;

/** An organisation of two chapters, `ME` a member of the neighbourhood, as its live query gives it once read. */
function organisation(): { readonly open: OpenOrganisation; readonly query: QueryContext } {
  const chapter = (id: ChapterId, name: string, parent: ChapterId | null, members: MemberKey[]) => [id, { id, name, parent, document: `automerge:${id}` as DocumentUrl, members: new Map(members.map((key) => [key, {}])) }] as const;
  const roster = { chapters: new Map([chapter(ROOT, "Riverside Tenants", null, []), chapter(HOOD, "Old Quay", ROOT, [ME])]) } as unknown as Roster;
  const view = { state: "ready", roster, fold: {} as MembershipFold };
  const open = { url: URL, query: {} } as unknown as OpenOrganisation;
  const query: QueryContext = {
    depend: () => ({ value: view }) as never,
    documents: (requests) => Promise.resolve(requests.map(({ url }) => ({ url, state: "ready" as const }))),
  };
  return { open, query };
}

const item = (key: string, kind: NotificationItem["kind"], at: number, by: MemberKey = OTHER, chapter: ChapterId = HOOD): NotificationItem => ({ key, kind, chapter, title: key, href: `#/${key}`, at, by });

describe("notificationsQuery", () => {
  it("[NOTE1] every registered source is read with the home's context, and what they give is kept by the rule of what is new, placed in its chapter", async () => {
    const { open, query } = organisation();
    const asked: NotificationReadContext[] = [];
    const votes: NotificationReader = (context) => {
      asked.push(context);
      return Promise.resolve([item("opened", "vote-opened", 2_000), item("old", "vote-opened", 500), item("mine", "vote-closed", 3_000, ME)]);
    };
    // A source a later feature adds (chat's mentions): one more reader, nothing else changes.
    const mentions: NotificationReader = () => Promise.resolve([item("mention", "mention", 2_500, OTHER, ROOT)]);
    const spec = notificationsQuery([votes, mentions], { organisation: open, member: ME, since: 1_000, now: () => 9_000 });
    const read = await spec.read(query);
    expect(read.map(({ key, kind, chapterName }) => ({ key, kind, chapterName }))).toEqual([
      { key: "opened", kind: "vote-opened", chapterName: "Old Quay" },
      { key: "mention", kind: "mention", chapterName: "Riverside Tenants" },
    ]);
    expect(read.every((notification) => notification.organisation === "2o5jPmKyXaS3YwBH2kNDoRxYJQ5A")).toBe(true);
    expect(asked.map(({ since, now, member, mine }) => ({ since, now, member, mine }))).toEqual([{ since: 1_000, now: 9_000, member: ME, mine: [ROOT, HOOD] }]);
    expect(spec.key).toBe(`notifications ${URL} ${ME} 1000`);
  });
});

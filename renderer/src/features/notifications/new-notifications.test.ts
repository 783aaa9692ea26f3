import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { NotificationItem } from "../../shared/routing/notification-sources.js";
import { newNotifications } from "./new-notifications.js";

const ME = "me-key" as MemberKey;
const OTHER = "other-key" as MemberKey;

function item(key: string, at: number, by: MemberKey = OTHER): NotificationItem {
  return { key, kind: "decision", chapter: "chapter" as ChapterId, title: key, href: `#/${key}`, at, by };
}

describe("newNotifications", () => {
  it("[NOTE1] what happened before this device first saw the organisation is not new: a fresh device is not flooded", () => {
    expect(newNotifications([item("old", 999), item("then", 1_000), item("later", 1_500)], 1_000, ME).map((n) => n.key)).toEqual(["then", "later"]);
  });

  it("[NOTE1] what the member did themselves is not new to them", () => {
    expect(newNotifications([item("mine", 2_000, ME), item("theirs", 2_000)], 1_000, ME).map((n) => n.key)).toEqual(["theirs"]);
  });

  it("[NOTE1] a record two sources see is one notification", () => {
    expect(newNotifications([item("twice", 2_000), item("twice", 2_000)], 1_000, ME)).toHaveLength(1);
  });
});

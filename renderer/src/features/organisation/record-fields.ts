import { isObject, type CanonicalValue, type ChapterId } from "@chapterhouse/crdt";

/** The `chapter` member of a record body, if it is a string. For display and grouping only. Never throws. */
export function bodyChapter(body: CanonicalValue): ChapterId | undefined {
  return isObject(body) && typeof body["chapter"] === "string" ? (body["chapter"] as ChapterId) : undefined;
}

import { routePath } from "../../shared/routing/route-path.js";

/** The chapter page's tab of its blog. */
export const BLOG_SECTION = "blog";
/** `post` is the post's id (its `post` record's id, PROTOCOL.md BL2). */
export const postPath = routePath("/org/:organisation/chapter/:chapter/post/:post");
/** Writing a post in a chapter (BL2). */
export const newPostPath = routePath("/org/:organisation/chapter/:chapter/new-post");
/** The proposal form in the chapter `adopting`, prefilled from the lesson `post` of `chapter` (BL4). */
export const adoptLessonPath = routePath("/org/:organisation/chapter/:chapter/post/:post/adopt/:adopting");

/** A chapter's blog (PROTOCOL.md BL): posts as rooms of the chat family, lessons citing decisions, their shares and adoptions. */
export { MAX_LESSON_DECISIONS, MAX_POST_TITLE_LENGTH, parseBlogBody, type BlogBody, type BlogKind, type LessonAdoptionBody, type LessonShareBody, type PostBody } from "./blog-bodies.js";
export { BLOG_SPECS } from "./kinds.js";
export { lessonAdoptionDraft, lessonShareDraft, postDraft } from "./blog-records.js";
export { judgeBlog, type Blog, type BlogChapter, type BlogPost, type LessonAdoption, type LessonShare } from "./judge-blog.js";
export { postParts, postRoom } from "./post-room.js";
export { readBlog, readPost, type PostRead } from "./read-blog.js";

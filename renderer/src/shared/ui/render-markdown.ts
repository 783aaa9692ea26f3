/**
 * A post's Markdown as safe HTML (PROTOCOL.md FO5.2): parsed by markdown-it with raw HTML off (an
 * HTML tag in the text shows as text), links limited to http, https and mailto, images shown as
 * their description (a post never makes the device fetch anything), then sanitised by DOMPurify,
 * so no script, event handler or `javascript:` URL reaches the page whatever the text holds.
 * Needs a DOM (DOMPurify's); the main thread renders, never the worker.
 */
import DOMPurify from "dompurify";
import MarkdownIt from "markdown-it";

/** The only URL schemes a link keeps: markdown-it refuses `javascript:`, `vbscript:`, `file:` and `data:` already; this refuses the rest. */
const SAFE_URL = /^(?:https?:|mailto:)/i;

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });
markdown.validateLink = (url: string): boolean => SAFE_URL.test(url.trim());
// An image is shown as its description: fetching it would tell its host who read the post, and when.
markdown.renderer.rules.image = (tokens, index) => markdown.utils.escapeHtml(tokens[index]?.content ?? "");

/** The tags a post may hold: what markdown-it makes from Markdown, nothing else. */
const ALLOWED_TAGS = ["p", "br", "strong", "em", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td"];

/** `text` (Markdown) as sanitised HTML. Never throws. */
export function renderMarkdown(text: string): string {
  return DOMPurify.sanitize(markdown.render(text), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ["href", "start"],
    ALLOWED_URI_REGEXP: SAFE_URL,
  });
}

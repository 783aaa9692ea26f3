import { renderMarkdown } from "./render-markdown.js";
import "./Markdown.css";

/** A member's Markdown text, shown as sanitised HTML (`renderMarkdown`). */
export function Markdown({ text }: { readonly text: string }) {
  // Safe by construction: renderMarkdown's output holds only sanitised Markdown tags (FO5.2).
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}

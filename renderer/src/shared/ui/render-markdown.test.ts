// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import corpus from "../../../test/data/xss-corpus.json";
import { renderMarkdown } from "./render-markdown.js";

/** What in rendered HTML could run a script: a script-like element, an event handler, or a URL attribute of another scheme than http, https or mailto. */
function dangers(html: string): string[] {
  const root = document.createElement("div");
  root.innerHTML = html;
  const found: string[] = [];
  for (const element of root.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (["script", "iframe", "object", "embed", "svg", "math", "style", "link", "meta", "form", "input", "img", "base"].includes(tag)) found.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${tag} ${name}`);
      if (["href", "src", "action", "formaction", "background", "xlink:href", "style"].includes(name)) {
        // As a browser reads a URL: control characters and white space inside it are dropped.
        const url = [...attribute.value].filter((char) => char.charCodeAt(0) > 0x20).join("").toLowerCase();
        if (name === "style" || !/^(https?:|mailto:)/.test(url)) found.push(`${tag} ${name}=${attribute.value}`);
      }
    }
  }
  return found;
}

describe("rendering a post's Markdown (FO5.2)", () => {
  it("[FO5.2] Markdown shows as formatting: emphasis, quotes, lists, code and safe links", () => {
    const html = renderMarkdown("It is **cold** and _dark_.\n\n> Same here\n\n- one\n- two\n\n`code` [the plan](https://example.org/plan)");
    expect(html).toContain("<strong>cold</strong>");
    expect(html).toContain("<em>dark</em>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<li>two</li>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain('<a href="https://example.org/plan">the plan</a>');
  });

  it("[FO5.2] raw HTML in a post shows as its text, never as HTML", () => {
    const html = renderMarkdown("<b>bold?</b>");
    expect(html).toBe("<p>&lt;b&gt;bold?&lt;/b&gt;</p>\n");
  });

  it("[FO5.2] an image shows as its description: a post never makes the device fetch anything", () => {
    expect(renderMarkdown("![the broken boiler](https://example.org/boiler.png)")).toBe("<p>the broken boiler</p>\n");
  });

  it("[FO5.2] the OWASP XSS corpus (test/data/xss-corpus.json) rendered: no script element, event handler or javascript: URL survives", () => {
    expect(corpus.vectors.length).toBeGreaterThan(40);
    for (const vector of corpus.vectors) expect(dangers(renderMarkdown(vector)), vector).toEqual([]);
  });

  it("the corpus check itself finds what it looks for (so an empty answer means something)", () => {
    expect(dangers('<img src="x" onerror="alert(1)"><a href=" java\tscript:alert(1)">x</a><script></script>')).toEqual(["<img>", "img src=x", "img onerror", "a href= java\tscript:alert(1)", "<script>"]);
  });
});

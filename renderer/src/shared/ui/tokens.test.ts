import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Read as text: Vitest hands CSS imports to no one (even `?raw` comes back empty).
const tokens = readFileSync(new URL("./tokens.css", import.meta.url), "utf8");

/** The `--ui-color-*` values of the first block after `marker` in tokens.css. */
function colours(marker: string): Map<string, string> {
  const start = tokens.indexOf(marker);
  const block = tokens.slice(start, tokens.indexOf("}", start));
  return new Map([...block.matchAll(/--ui-color-([a-z-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1]!, m[2]!]));
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// [foreground, background, least ratio]: 4.5 for text (AA), 3 for borders and focus rings (1.4.11).
const PAIRS: readonly (readonly [string, string, number])[] = [
  ["text", "bg", 4.5],
  ["text", "surface", 4.5],
  ["text", "sunken", 4.5],
  ["muted", "bg", 4.5],
  ["muted", "surface", 4.5],
  ["accent", "surface", 4.5],
  ["accent", "bg", 4.5],
  ["on-accent", "accent", 4.5],
  ["on-accent", "accent-hover", 4.5],
  ["danger", "surface", 4.5],
  ["on-danger", "danger", 4.5],
  ["on-danger", "danger-hover", 4.5],
  ["success", "surface", 4.5],
  ["warning", "surface", 4.5],
  ["neutral-text", "neutral-bg", 4.5],
  ["info-text", "info-bg", 4.5],
  ["success-text", "success-bg", 4.5],
  ["warning-text", "warning-bg", 4.5],
  ["danger-text", "danger-bg", 4.5],
  ["border", "surface", 3],
  ["focus", "surface", 3],
  ["focus", "bg", 3],
];

describe("the design tokens", () => {
  for (const [scheme, marker] of [
    ["light", ":root {"],
    ["dark", "@media (prefers-color-scheme: dark)"],
  ] as const) {
    it(`[UI2] every text and control colour has AA contrast on its background in the ${scheme} scheme`, () => {
      const palette = colours(marker);
      const failing = PAIRS.flatMap(([fg, bg, least]) => {
        const [a, b] = [palette.get(fg), palette.get(bg)];
        if (a === undefined || b === undefined) return [`${fg} on ${bg}: a colour is missing`];
        const ratio = contrast(a, b);
        return ratio >= least ? [] : [`${fg} ${a} on ${bg} ${b}: ${ratio.toFixed(2)} < ${least}`];
      });
      expect(failing).toEqual([]);
    });
  }

  it("[UI2] the contrast check itself tells black on white from grey on white", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeLessThan(4.5);
  });
});

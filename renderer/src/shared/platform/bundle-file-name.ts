/**
 * The name a bundle file is offered under (PROTOCOL.md B; electron/README.md E5.6, E10.1): the
 * organisation's name made safe as a file name on every system, with the `.chapterhouse`
 * extension the installers associate with the app.
 */

/** The extension of bundle files. */
export const BUNDLE_EXTENSION = "chapterhouse";

/** Longest name kept before the extension (file systems allow 255 bytes; names may be UTF-8). */
const MAX_STEM = 80;

/**
 * `name` as a bundle file name: characters that no file system or dialog accepts in a name
 * (`/ \ : * ? " < > |`, control characters) become spaces, runs of spaces one, leading dots and
 * spaces go (no hidden files, no `..`), at most 80 characters, then `.chapterhouse` unless the
 * name ends with it already; "chapterhouse.chapterhouse" when nothing is left. Pure; never throws.
 */
export function bundleFileName(name: string): string {
  const suffix = `.${BUNDLE_EXTENSION}`;
  const withoutSuffix = name.toLowerCase().endsWith(suffix) ? name.slice(0, -suffix.length) : name;
  const stem = [...withoutSuffix.replace(/[/\\:*?"<>|\p{Cc}]/gu, " ").replace(/\s+/gu, " ").replace(/^[\s.]+/u, "")]
    .slice(0, MAX_STEM)
    .join("")
    .trim();
  return `${stem === "" ? BUNDLE_EXTENSION : stem}${suffix}`;
}

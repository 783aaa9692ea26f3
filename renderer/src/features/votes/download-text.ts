/**
 * Saves a text as a file the way a web page can: a Blob behind an object URL, a link with
 * `download`, clicked, then the URL released. Works in every browser and in the desktop shell's
 * page; the desktop's own save dialog is not needed for a vote bundle.
 */

/** Starts the download of `text` (or bytes, a library's file) as `fileName`. Never throws in a browser. */
export function downloadText(document: Document, fileName: string, text: string | Uint8Array<ArrayBuffer>, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The click has been handed to the browser; release the URL once it has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A title made safe for a file name: lower-case letters and digits, dashes between, at most 40 characters; `fallback` when nothing is left. Never throws. */
export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug === "" ? fallback : slug;
}

/** A file name for a vote bundle: the proposal's title made safe, and the open's id start. Never throws. */
export function bundleFileName(title: string | null, open: string): string {
  return `${fileSlug(title ?? "vote", "vote")}-${open.slice(0, 8).replace(/[^A-Za-z0-9]/g, "")}.vote-bundle.json`;
}

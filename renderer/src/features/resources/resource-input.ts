/**
 * What the new-resource form's words become before signing (PROTOCOL.md RS1, RS2): tags typed with
 * commas, a folder typed with slashes, a file checked for size and type. Pure; never throws.
 */
import { resourceFileProblem, type ResourceFileProblem } from "@chapterhouse/crdt/resources";

/** Tags typed as "Rent, print": trimmed, lower case, sorted without repeats (RS1.3). */
export function tagsFromText(text: string): string[] {
  const tags = text.split(",").map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== "");
  return [...new Set(tags)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A folder typed as "Guides / Legal": each name trimmed, empty ones left out (RS1.2). */
export function folderFromText(text: string): string {
  return text.split("/").map((name) => name.trim()).filter((name) => name !== "").join("/");
}

/** A file chosen on the device: its name, the type the device gives it, and its bytes. */
export interface ChosenFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

/**
 * Why a chosen file may not be attached (RS2), judged by the type the device gives it; a file with
 * no type is judged as the type its name's ending says, for `.md` and `.csv` that devices often leave untyped.
 */
export function chosenFileProblem(file: ChosenFile): ResourceFileProblem | undefined {
  return resourceFileProblem(typeOfChosen(file), file.bytes);
}

/** The type a chosen file is signed as. */
export function typeOfChosen(file: Pick<ChosenFile, "name" | "type">): string {
  if (file.type !== "") return file.type;
  const ending = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return ending === "md" || ending === "markdown" ? "text/markdown" : ending === "csv" ? "text/csv" : ending === "txt" ? "text/plain" : "application/octet-stream";
}

/** Thrown by `migrateDocument` for a document written by a newer version of Chapterhouse (D1). */
export class SchemaTooNewError extends Error {
  constructor(
    readonly documentType: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(`this ${documentType} document has schema ${found}, newer than ${supported}, the newest this version reads: update Chapterhouse to open it`);
    this.name = "SchemaTooNewError";
  }
}

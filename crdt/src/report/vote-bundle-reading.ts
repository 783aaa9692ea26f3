/**
 * A vote bundle read document by document (PROTOCOL.md V10, S10): each element of its `documents`
 * is decoded only when the reader of the bundle asks for the next one, so that a parallel
 * verifier's workers check the first documents' signatures while the rest of the text is still
 * being decoded. What it hands on and the bundle it gives are exactly `decodeVoteBundle`'s: the
 * same strict JSON reader reads each part at the depth it has in the whole, and a text that is
 * anything but what a writer writes (V10.1, V10.2: members as V10.1 names them, documents merged
 * and in order) is decoded whole by `decodeVoteBundle`, whose error or bundle stands.
 */
import { StrictJsonReader } from "../records/strict-json.js";
import type { ProposalId, RecordId } from "../records/ids.js";
import {
  MAX_BUNDLE_DOCUMENTS,
  MAX_BUNDLE_RECORDS,
  VOTE_BUNDLE_TYPE,
  VOTE_BUNDLE_VERSION,
  VoteBundleError,
  decodeDocument,
  decodeVoteBundle,
  isId,
  isMergedAfter,
  type VoteBundle,
  type VoteBundleDocument,
} from "./vote-bundle.js";

/**
 * Thrown by the iteration of `VoteBundleReading.documents` when the text is a vote bundle whose
 * documents are not merged and in order (V10.2) and some were already handed on: they are not
 * the bundle's documents, which `whole()` gives (merged). Whatever was done with them must be
 * done again over `whole()`.
 */
export class VoteBundleNotInOrder extends Error {
  constructor() {
    super("the bundle's documents are not merged and in order (V10.2): read it whole");
    this.name = "VoteBundleNotInOrder";
  }
}

/** The bundle's members (V10.1), by the order of their names. */
const MEMBERS = "documents,type,v,vote";
const QUOTE = 0x22;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Thrown inside the walk when the text is not what a writer writes; never leaves this module. */
class NotAsWritten extends Error {}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Where the walk over the bundle's outer object is. */
type Step = "start" | "member" | "document" | "after-member" | "end" | "done";

/**
 * One reading of one bundle text. `documents` may be iterated while it is read, again after;
 * `whole()` reads the rest. Neither holds the text once the reading is over.
 */
export class VoteBundleReading {
  #text: string;
  #reader: StrictJsonReader | undefined;
  #step: Step = "start";
  #decoded: VoteBundleDocument[] = [];
  /** Whether any document was handed on. */
  #handed = false;
  readonly #names = new Set<string>();
  readonly #members = new Map<string, unknown>();
  #records = 0;
  #whole: VoteBundle | undefined;
  #failure: VoteBundleError | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /**
   * The bundle's documents in order, each decoded when the iteration gets to it; the iteration
   * ends once the whole text is read and found to be a vote bundle.
   * @throws {VoteBundleError} (from the iteration) what `decodeVoteBundle` throws for the text.
   * @throws {VoteBundleNotInOrder} (from the iteration) when documents were handed on and the
   *   bundle's are not those (see the class).
   */
  get documents(): Iterable<VoteBundleDocument> {
    return { [Symbol.iterator]: () => this.#iterate() };
  }

  /**
   * The bundle, exactly `decodeVoteBundle(text)`: reads what is left of the text.
   * @throws {VoteBundleError} what `decodeVoteBundle` throws for the text.
   */
  whole(): VoteBundle {
    while (this.#step !== "done") this.#advance();
    if (this.#failure !== undefined) throw this.#failure;
    return this.#whole!;
  }

  *#iterate(): Generator<VoteBundleDocument, void, undefined> {
    for (let i = 0; ; i++) {
      while (i >= this.#decoded.length && this.#step !== "done") {
        const handed = this.#handed;
        this.#advance();
        if (this.#failure !== undefined) throw this.#failure;
        if (this.#whole !== undefined && this.#whole.documents !== this.#decoded) {
          // Read whole: its documents stand for the bundle's only if none of the others were handed on.
          if (handed) throw new VoteBundleNotInOrder();
          this.#decoded = this.#whole.documents as VoteBundleDocument[];
        }
      }
      if (this.#failure !== undefined) throw this.#failure;
      if (i >= this.#decoded.length) return;
      this.#handed = true;
      yield this.#decoded[i]!;
    }
  }

  /** One step of the walk: up to the next document decoded, or to the end. */
  #advance(): void {
    if (this.#step === "done") return;
    try {
      this.#walk();
    } catch {
      // Not as a writer writes it (or not JSON, or not a bundle): `decodeVoteBundle` says what it is.
      this.#readWhole();
    }
  }

  /** Decodes the text with `decodeVoteBundle`: its bundle or its error stands. */
  #readWhole(): void {
    try {
      const bundle = decodeVoteBundle(this.#text);
      this.#whole = { vote: bundle.vote, documents: bundle.documents };
    } catch (error) {
      if (!(error instanceof VoteBundleError)) throw error;
      this.#failure = error;
    }
    this.#finish();
  }

  #finish(): void {
    this.#step = "done";
    this.#text = "";
    this.#reader = undefined;
    this.#members.clear();
  }

  /** Reads on to the next document or the end of the text. @throws anything, when the text is not as written. */
  #walk(): void {
    for (;;) {
      switch (this.#step) {
        case "start": {
          const reader = (this.#reader = new StrictJsonReader(this.#text, { detachStrings: true }));
          reader.skipSpace();
          this.#expect(OPEN_OBJECT);
          reader.skipSpace();
          this.#step = "member";
          break;
        }
        case "member": {
          const reader = this.#reader!;
          if (reader.text.charCodeAt(reader.at) !== QUOTE) throw new NotAsWritten();
          const name = reader.string();
          if (this.#names.has(name)) throw new NotAsWritten();
          this.#names.add(name);
          reader.skipSpace();
          this.#expect(COLON);
          if (name === "documents") {
            reader.skipSpace();
            this.#expect(OPEN_ARRAY);
            reader.skipSpace();
            if (reader.text.charCodeAt(reader.at) === CLOSE_ARRAY) {
              reader.at++;
              this.#step = "after-member";
            } else {
              this.#step = "document";
            }
          } else {
            this.#members.set(name, reader.value(1));
            this.#step = "after-member";
          }
          break;
        }
        case "document": {
          const reader = this.#reader!;
          const index = this.#decoded.length;
          if (index >= MAX_BUNDLE_DOCUMENTS) throw new NotAsWritten();
          // Depth 2: inside the bundle's object and its documents list, as parseStrictJson reads it.
          const document = decodeDocument(reader.value(2), `documents[${index}]`);
          for (const texts of Object.values(document.records)) this.#records += Object.keys(texts).length;
          if (this.#records > MAX_BUNDLE_RECORDS) throw new NotAsWritten();
          if (!isMergedAfter(this.#decoded[index - 1], document)) throw new NotAsWritten();
          this.#decoded.push(document);
          reader.skipSpace();
          const next = reader.text.charCodeAt(reader.at++);
          if (next === CLOSE_ARRAY) this.#step = "after-member";
          else if (next !== COMMA) throw new NotAsWritten();
          return;
        }
        case "after-member": {
          const reader = this.#reader!;
          reader.skipSpace();
          const next = reader.text.charCodeAt(reader.at++);
          if (next === CLOSE_OBJECT) this.#step = "end";
          else if (next === COMMA) reader.skipSpace();
          else throw new NotAsWritten();
          if (next === COMMA) this.#step = "member";
          break;
        }
        case "end": {
          this.#end();
          return;
        }
        case "done":
          return;
      }
    }
  }

  #expect(code: number): void {
    const reader = this.#reader!;
    if (reader.text.charCodeAt(reader.at) !== code) throw new NotAsWritten();
    reader.at++;
  }

  /** After the outer object: nothing but space, and the members V10.1 asks for. */
  #end(): void {
    const reader = this.#reader!;
    reader.skipSpace();
    if (reader.at < reader.text.length) throw new NotAsWritten();
    if ([...this.#names].sort().join(",") !== MEMBERS) throw new NotAsWritten();
    const members = this.#members;
    if (members.get("type") !== VOTE_BUNDLE_TYPE || members.get("v") !== VOTE_BUNDLE_VERSION) throw new NotAsWritten();
    const vote = members.get("vote");
    if (!isPlainObject(vote) || Object.keys(vote).sort().join(",") !== "open,proposal" || !isId(vote.open) || !isId(vote.proposal)) throw new NotAsWritten();
    this.#whole = { vote: { proposal: vote.proposal as ProposalId, open: vote.open as RecordId }, documents: this.#decoded };
    this.#finish();
  }
}

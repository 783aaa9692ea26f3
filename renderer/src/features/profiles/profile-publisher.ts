/**
 * What the member's device does with their own profile (PROTOCOL.md PF3.3, PF5.5), the one place
 * that signs and copies it: while they have none, it signs their first, named as their identity
 * is; it puts their newest profile into each chapter they are a direct member of whose Chapter
 * document lacks it; and it signs the changes the profile screen saves. One per member space.
 */
import type { Repo } from "@automerge/automerge-repo";
import type { RecordDraft } from "@chapterhouse/crdt/kinds";
import {
  nextProfileDraft,
  pictureRefOf,
  profilePictureDraft,
  type ProfilePictureRef,
} from "@chapterhouse/crdt/profiles";
import type { DocumentUrl, MemberKey, ParsedRecord } from "@chapterhouse/crdt/records";
import { EVERYWHERE, type DocumentLayer } from "../../shared/documents/document-layer.js";
import type { LiveQuery } from "../../shared/documents/live-query.js";
import type { OrganisationView } from "../organisation/index.js";
import { firstProfileDraft, missingProfileCopies, newestOwnProfile, type HeldProfile } from "./own-profile.js";
import { profileDocumentRequest } from "./profile-document.js";
import type { FittedPicture } from "./read-picture-file.js";

/** What a publisher needs from the member's space. */
export interface ProfilePublisherDeps {
  readonly member: { readonly key: MemberKey; readonly name: string; readonly boxKey: string };
  /** The organisations open in the member's space, as last read. */
  readonly organisations: () => readonly OrganisationView[];
  /** Signs with the member's key. */
  readonly sign: (draft: RecordDraft) => Promise<ParsedRecord>;
  /** The device's document layer: the member's Profile document is followed while the space is open. */
  readonly documents: Pick<DocumentLayer, "query" | "write" | "handle">;
  readonly repo: Repo;
  readonly onError: (error: unknown) => void;
}

/** What the profile screen changes. */
export interface ProfileChange {
  readonly name: string;
  readonly bio: string;
  /** The picture the profile names: unchanged (a reference), a new one to sign, or none. */
  readonly picture: ProfilePictureRef | FittedPicture | null;
}

/** Signs and copies the member's profile. */
export class ProfilePublisher {
  readonly #deps: ProfilePublisherDeps;
  /** The profile signed here last, newer than what the organisations may have read back yet. */
  #signed: ParsedRecord | undefined;
  /** The first profile being signed: once per unlock, whichever organisation asks first. */
  #first: Promise<ParsedRecord> | undefined;
  /** Copies put since unlocking (organisation, chapter and record id): each is tried once. */
  readonly #copied = new Set<string>();

  /** The member's Profile document (PF4), where each profile and picture goes (PF3.3). */
  readonly #document: { readonly url: DocumentUrl; readonly query: LiveQuery<unknown>; readonly release: () => void };

  constructor(deps: ProfilePublisherDeps) {
    this.#deps = deps;
    // Announced to every relay, like the Home document: whoever knows the key may find it (PF4).
    const request = profileDocumentRequest(deps.repo, deps.member.key, EVERYWHERE);
    const query = deps.documents.query({
      key: `profile-document ${request.url}`,
      read: async (context) => (await context.documents([request], { wait: true }))[0]!.state,
    });
    this.#document = { url: request.url, query, release: query.retain() };
  }

  /** Stops following the Profile document. */
  close(): void {
    this.#document.release();
  }

  /** The member's newest profile across their organisations (PF5.3) and what conflicts with it. */
  held(): HeldProfile {
    const key = this.#deps.member.key;
    return newestOwnProfile(
      this.#deps.organisations().map((view) => view.profiles.members.get(key)),
      this.#signed,
    );
  }

  /**
   * PF3.3 for an organisation just read: once its documents are all held, signs the member's first
   * profile if they have none anywhere, and puts their newest into each of their chapters there
   * that lacks it. Failures go to `onError`; the next unlock tries again. Never throws.
   */
  publish(view: OrganisationView): void {
    if (view.state !== "ready" || view.waiting > 0 || view.revision === 0) return;
    const { key, name, boxKey } = this.#deps.member;
    if (!view.profiles.members.has(key)) return;
    const held = this.held();
    if (held.current !== undefined) {
      this.#copy(view, held.current.record).catch(this.#deps.onError);
      return;
    }
    const draft = firstProfileDraft(held, key, name, boxKey);
    if (draft === undefined || this.#first !== undefined) return;
    this.#first = this.#deps.sign(draft);
    this.#first
      .then((record) => {
        this.#signed ??= record;
        for (const each of this.#deps.organisations()) this.#copy(each, record).catch(this.#deps.onError);
      })
      .catch(this.#deps.onError);
  }

  /**
   * Signs the profile that says `change` (PF5.5: `seq` one above the newest, citing what it
   * replaces) and puts it into every chapter of the member in every organisation open. Resolves
   * with the record, or undefined when the profile says that already.
   * @throws whatever signing or writing throws (a locked vault, a document not held).
   */
  async save(change: ProfileChange): Promise<ParsedRecord | undefined> {
    const { key, boxKey } = this.#deps.member;
    const { picture } = change;
    const fitted = picture !== null && "bytes" in picture ? picture : undefined;
    const ref = fitted === undefined ? (picture as ProfilePictureRef | null) : pictureRefOf(fitted.type, fitted.bytes);
    const draft = nextProfileDraft(this.held(), { member: key, name: change.name, bio: change.bio, box: boxKey, picture: ref });
    if (draft === undefined) return undefined;
    await this.#document.query.refresh(); // the Profile document is open and followed
    // The picture first (PF2: in the Profile document only), so no profile names a picture nobody holds.
    if (fitted !== undefined) await this.#write("pictures", await this.#deps.sign(profilePictureDraft({ member: key, ...fitted })));
    const record = await this.#deps.sign(draft);
    this.#signed = record;
    await this.#write("profile", record);
    await Promise.all(this.#deps.organisations().map((view) => this.#copy(view, record)));
    return record;
  }

  /**
   * Puts `record` into each of the member's chapters of `view` whose document lacks it, once each;
   * a chapter whose document this device does not have open now (no screen follows it) waits for a
   * later read of the organisation, when it is.
   */
  async #copy(view: OrganisationView, record: ParsedRecord): Promise<void> {
    const me = view.profiles.members.get(this.#deps.member.key);
    if (view.state !== "ready" || me === undefined) return;
    const writes = missingProfileCopies(view.roster, me.chapters, view.profileCopies, record.id)
      .filter(({ document }) => this.#deps.documents.handle(document) !== undefined)
      .filter(({ chapter }) => this.#once(`${view.url} ${chapter} ${record.id}`))
      .map(({ document }) => this.#deps.documents.write(document, "profiles", [record]));
    await Promise.all(writes);
  }

  /** Writes into the member's Profile document. */
  async #write(map: "profile" | "pictures", record: ParsedRecord): Promise<void> {
    await this.#deps.documents.write(this.#document.url, map, [record]);
  }

  /** True the first time `key` is given since unlocking. */
  #once(key: string): boolean {
    if (this.#copied.has(key)) return false;
    this.#copied.add(key);
    return true;
  }
}

/**
 * The member's identity in this page: where the platform's key vault stands, observable, and
 * the member's space (the organisation feature's MemberSpace: Home document, organisations,
 * signing) that exists exactly while the identity is unlocked. Screens call these methods;
 * none touches the vault directly.
 */
import type { MemberKey } from "@chapterhouse/crdt/records";
import { ObservableValue, type Observable } from "../../shared/data/observable-value.js";
import type { CreateIdentityInput, CreateIdentityResult, KeyVault, RevealResult, UnlockResult, VaultProgress, VaultState } from "../../shared/platform/key-vault.js";

/** The identity as screens see it. */
export type IdentityState = { readonly type: "loading" } | VaultState;

/** The unlocked identity. */
export interface Member {
  readonly key: MemberKey;
  readonly name: string;
  readonly homeDocument: Uint8Array;
  /** Their X25519 public key (K3.5), unpadded base64url, which their profile publishes (PF1.3). */
  readonly boxKey: string;
}

/** What the identity opens once unlocked and closes once locked: the member's space. */
export interface UnlockedSpace {
  readonly member: Member;
  close(): void;
}

/** Makes the member's space once the identity is unlocked. */
export type OpenMemberSpace<Space extends UnlockedSpace> = (member: Member) => Promise<Space>;

/** The page's identity, opening a `Space` while unlocked (src/app/ opens a MemberSpace). The caller owns it. */
export class IdentityManager<Space extends UnlockedSpace = UnlockedSpace> {
  readonly #vault: KeyVault;
  readonly #openSpace: OpenMemberSpace<Space>;
  readonly #onError: (error: unknown) => void;
  readonly #state = new ObservableValue<IdentityState>({ type: "loading" });
  readonly #space = new ObservableValue<Space | undefined>(undefined);

  constructor(vault: KeyVault, openSpace: OpenMemberSpace<Space>, onError: (error: unknown) => void) {
    this.#vault = vault;
    this.#openSpace = openSpace;
    this.#onError = onError;
  }

  /** Where the vault stands, observable. */
  get state(): Observable<IdentityState> {
    return this.#state;
  }

  /** The member's space while unlocked, observable. */
  get space(): Observable<Space | undefined> {
    return this.#space;
  }

  /** The unlocked member's key, or undefined. */
  get memberKey(): MemberKey | undefined {
    const state = this.#state.get();
    return state.type === "unlocked" ? state.publicKey : undefined;
  }

  /** Reads the vault's state again (e.g. after another tab made an identity). Rejects if storage fails. */
  async refresh(): Promise<IdentityState> {
    const state = await this.#vault.status();
    await this.#settle(state);
    return state;
  }

  /** Creates or restores the identity (unlocked after). Rejects as `KeyVault.create` does. */
  async create(input: CreateIdentityInput): Promise<CreateIdentityResult> {
    const result = await this.#vault.create(input);
    await this.refresh();
    return result;
  }

  /** Unlocks with the passphrase. Rejects as `KeyVault.unlock` does. */
  async unlock(passphrase: string, onProgress?: VaultProgress): Promise<UnlockResult> {
    const result = await this.#vault.unlock(passphrase, onProgress);
    await this.refresh();
    return result;
  }

  /** Forgets the key and closes the member's space. */
  async lock(): Promise<void> {
    await this.#vault.lock();
    await this.refresh().catch(this.#onError);
  }

  /** The recovery phrase again, after the passphrase. Rejects as `KeyVault.revealPhrase` does. */
  revealPhrase(passphrase: string, onProgress?: VaultProgress): Promise<RevealResult> {
    return this.#vault.revealPhrase(passphrase, onProgress);
  }

  /** Closes the member's space (page unload, tests). */
  close(): void {
    this.#space.get()?.close();
    this.#space.set(undefined);
  }

  async #settle(state: VaultState): Promise<void> {
    const space = this.#space.get();
    if (state.type === "unlocked") {
      if (space === undefined || space.member.key !== state.publicKey) {
        space?.close();
        this.#space.set(await this.#openSpace({ key: state.publicKey, name: state.name, homeDocument: state.homeDocument, boxKey: state.boxKey }));
      }
    } else if (space !== undefined) {
      space.close();
      this.#space.set(undefined);
    }
    this.#state.set(state);
  }
}

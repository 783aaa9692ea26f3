/** An entry a feature adds to a page another feature owns. */
export interface Section {
  /** Unique in its registry. */
  readonly id: string;
  /** Where it stands on the page: lower first. */
  readonly order: number;
}

/**
 * The sections features add to a shared page (a chapter's page, a proposal's page), registered
 * by the composition root (src/app/features.ts); the page shows them in order without knowing
 * the features.
 */
export class SectionRegistry<S extends Section> {
  #sections: readonly S[] = [];

  /** Adds sections. @throws {Error} if an id is registered twice (a programming error). */
  add(...sections: readonly S[]): void {
    for (const section of sections) {
      if (this.#sections.some((s) => s.id === section.id)) throw new Error(`section ${section.id} is registered twice`);
    }
    this.#sections = [...this.#sections, ...sections].sort((a, b) => a.order - b.order);
  }

  /** Every section, in order. */
  all(): readonly S[] {
    return this.#sections;
  }
}

// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { createI18n } from "./create-i18n.js";
import type { LanguageStore } from "./language-store.js";
import { startTranslations } from "./translations.js";

/** A store in memory; `fail` makes load reject as an unreadable database would. */
function memoryStore(stored?: unknown, fail = false): LanguageStore & { saved: string[] } {
  const saved: string[] = [];
  return {
    saved,
    load: () => (fail ? Promise.reject(new Error("IndexedDB is not available")) : Promise.resolve(stored)),
    save: (language) => {
      saved.push(language);
      return Promise.resolve();
    },
  };
}

const start = (store: LanguageStore, browserLanguages: readonly string[], onError = vi.fn()) =>
  startTranslations({ store, browserLanguages, root: document.documentElement, onError });

describe("startTranslations", () => {
  it("[I18N4] shows the stored choice and sets <html lang> to it", async () => {
    const translations = await start(memoryStore("es"), ["en-US"]);
    expect(translations.i18n.language).toBe("es");
    expect(translations.i18n.t("actions.close")).toBe("Cerrar");
    expect(document.documentElement.lang).toBe("es");
    expect(document.documentElement.dir).toBe("ltr");
  });

  it("[I18N4] with no stored choice, shows the browser's language if there is a catalogue for it, else English", async () => {
    expect((await start(memoryStore(), ["es-AR", "en"])).i18n.language).toBe("es");
    expect((await start(memoryStore(), ["de", "fr"])).i18n.language).toBe("en");
  });

  it("[I18N4] an unreadable store is reported and the browser's language is shown", async () => {
    const onError = vi.fn();
    const translations = await start(memoryStore(undefined, true), ["es"], onError);
    expect(translations.i18n.language).toBe("es");
    expect(onError).toHaveBeenCalledWith(new Error("IndexedDB is not available"));
  });

  it("[I18N4] setLanguage switches the texts and <html lang>, and stores the choice", async () => {
    const store = memoryStore();
    const translations = await start(store, ["en"]);
    await translations.setLanguage("es");
    expect(translations.i18n.t("actions.cancel")).toBe("Cancelar");
    expect(document.documentElement.lang).toBe("es");
    expect(store.saved).toEqual(["es"]);
  });

  it("[I18N4] setLanguage refuses a language with no catalogue and changes nothing", async () => {
    const store = memoryStore();
    const translations = await start(store, ["en"]);
    await expect(translations.setLanguage("xx")).rejects.toThrow(RangeError);
    expect(translations.i18n.language).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(store.saved).toEqual([]);
  });
});

describe("createI18n", () => {
  it("[I18N3] reports a key that no catalogue has, and shows the key rather than nothing", () => {
    const onMissingKey = vi.fn();
    const i18n = createI18n("es", onMissingKey);
    // Keys are checked at compile time; a key built at run time can still miss.
    const lookUp = i18n.t as (key: string) => string;
    expect(lookUp("no.such.key")).toBe("no.such.key");
    expect(onMissingKey).toHaveBeenCalledWith("es", "common", "no.such.key");
  });

  it("[I18N1] picks the Spanish plural form Intl.PluralRules names, 'many' included", () => {
    const i18n = createI18n("es");
    expect(i18n.t("field.tooLong", { count: 1 })).toBe("1 carácter de más: acórtalo para enviarlo");
    expect(i18n.t("field.tooLong", { count: 1_000_000 })).toBe("1000000 caracteres de más: acórtalo para enviarlo");
    expect(createI18n("en").t("field.tooLong", { count: 2 })).toBe("2 characters too many: shorten it to send");
  });
});

import { describe, expect, it } from "vitest";
import { chooseLanguage } from "./choose-language.js";
import { formattingLocale } from "./formatting-locale.js";

const AVAILABLE = ["en", "es"];

describe("chooseLanguage", () => {
  it("[I18N4] takes the stored choice first, whatever the browser says", () => {
    expect(chooseLanguage("es", ["en-US", "en"], AVAILABLE, "en")).toBe("es");
  });

  it("[I18N4] else the first of the browser's languages that has a catalogue, matched on the language alone", () => {
    expect(chooseLanguage(undefined, ["de-DE", "es-MX", "en"], AVAILABLE, "en")).toBe("es");
    expect(chooseLanguage(undefined, ["ES"], AVAILABLE, "en")).toBe("es");
  });

  it("[I18N4] else English; a stored value that is not a language with a catalogue is ignored", () => {
    expect(chooseLanguage(undefined, ["de-DE", "fr"], AVAILABLE, "en")).toBe("en");
    expect(chooseLanguage("klingon", [], AVAILABLE, "en")).toBe("en");
    expect(chooseLanguage(42, ["es"], AVAILABLE, "en")).toBe("es");
  });
});

describe("formattingLocale", () => {
  it("[I18N5] formats in the browser's regional variant of the language shown, else the language itself", () => {
    expect(formattingLocale("en", ["es-MX", "en-GB"])).toBe("en-GB");
    expect(formattingLocale("es", ["es-mx"])).toBe("es-MX");
    expect(formattingLocale("es", ["en-GB"])).toBe("es");
    expect(formattingLocale("es", ["es-not a tag"])).toBe("es");
  });
});

import { describe, expect, it } from "vitest";
import { CATALOGUES, LANGUAGES, NAMESPACES, SOURCE_LANGUAGE, type Catalogue } from "./catalogues.js";
import { catalogueProblems } from "./catalogue-problems.js";

describe("the bundled catalogues", () => {
  it("[I18N1] English and Spanish are both there, English first, each with the common namespace", () => {
    expect(LANGUAGES.slice(0, 1)).toEqual([SOURCE_LANGUAGE]);
    expect(LANGUAGES).toContain("es");
    expect(NAMESPACES).toContain("common");
  });

  it("[I18N1] every key exists in every language with the same variables and the plural forms its language needs", () => {
    expect(catalogueProblems(CATALOGUES, SOURCE_LANGUAGE)).toEqual([]);
  });
});

describe("catalogueProblems", () => {
  const en: Catalogue = { greeting: "Hello {{name}}", item_one: "{{count}} item", item_other: "{{count}} items" };
  const check = (es: Catalogue, more: Record<string, Record<string, Catalogue>> = {}) =>
    catalogueProblems({ en: { common: en }, es: { common: es }, ...more }, "en");
  const goodEs: Catalogue = { greeting: "Hola {{name}}", item_one: "{{count}} cosa", item_many: "{{count}} cosas", item_other: "{{count}} cosas" };

  it("[I18N1] accepts a complete translation", () => {
    expect(check(goodEs)).toEqual([]);
  });

  it("[I18N1] names a key a language lacks, and one only it has", () => {
    const { greeting: _, ...lacking } = goodEs;
    expect(check({ ...lacking, extra: "más" })).toEqual([
      "es/common: greeting is missing",
      "es/common: extra is not in the en catalogue",
    ]);
  });

  it("[I18N1] names a translation whose variables differ from the source's", () => {
    expect(check({ ...goodEs, greeting: "Hola {{nombre}}" })).toEqual([
      "es/common: greeting has the variables {{nombre}} where en has {{name}}",
    ]);
  });

  it("[I18N1] names plural forms that are not exactly those Intl.PluralRules gives the language (Spanish needs one, many, other)", () => {
    const { item_many: _, ...noMany } = goodEs;
    expect(check(noMany)).toEqual(["es/common: item has the plural forms one, other where es needs many, one, other"]);
    expect(check({ ...goodEs, item_few: "{{count}} pocas" })).toEqual([
      "es/common: item has the plural forms few, many, one, other where es needs many, one, other",
    ]);
  });

  it("[I18N1] names an empty text, a value that is neither text nor keys, and a missing namespace", () => {
    expect(check({ ...goodEs, greeting: " " })).toEqual([
      "es/common: greeting is empty",
      "es/common: greeting has the variables none where en has {{name}}",
    ]);
    expect(check({ ...goodEs, greeting: 3 } as unknown as Catalogue)).toEqual([
      "es/common: greeting is neither text nor keys",
      "es/common: greeting is missing",
    ]);
    expect(catalogueProblems({ en: { common: en, votes: { a: "b" } }, es: { common: goodEs } }, "en")).toEqual([
      "es/votes: the namespace is missing",
    ]);
  });
});

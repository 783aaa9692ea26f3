import type { Catalogue } from "./catalogues.js";

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const VARIABLE = /{{\s*([^}\s,]+)[^}]*}}/g;

/** One key of a catalogue: its plural forms by category ("" for a plain text). */
type Entries = Map<string, Map<string, string>>;

function entriesOf(catalogue: Catalogue, problems: string[], where: string, prefix = "", into: Entries = new Map()): Entries {
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      entriesOf(value, problems, where, path, into);
      continue;
    }
    if (typeof value !== "string") {
      problems.push(`${where}: ${path} is neither text nor keys`);
      continue;
    }
    if (value.trim() === "") problems.push(`${where}: ${path} is empty`);
    const plural = PLURAL.exec(path);
    const [base, form] = plural === null ? [path, ""] : [plural[1]!, plural[2]!];
    if (!into.has(base)) into.set(base, new Map());
    into.get(base)!.set(form, value);
  }
  return into;
}

const variablesOf = (forms: Map<string, string>) =>
  [...new Set([...forms.values()].flatMap((text) => [...text.matchAll(VARIABLE)].map((m) => m[1]!)))].sort();

const pluralCategories = (language: string) => [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();

/**
 * What is wrong with the catalogues (by language, then namespace) against the `source`
 * language's: namespaces or keys missing or extra, texts empty or not text, variables
 * (`{{name}}`) that differ, plural keys (`key_one`, `key_other`…) whose forms are not exactly
 * the categories Intl.PluralRules gives their language. One sentence per problem, none if all
 * is well. Never throws.
 */
export function catalogueProblems(
  catalogues: Readonly<Record<string, Readonly<Record<string, Catalogue>>>>,
  source: string,
): string[] {
  const problems: string[] = [];
  const sourceNamespaces = catalogues[source] ?? {};
  for (const [language, namespaces] of Object.entries(catalogues)) {
    for (const [namespace, sourceCatalogue] of Object.entries(sourceNamespaces)) {
      const where = `${language}/${namespace}`;
      const catalogue = namespaces[namespace];
      if (catalogue === undefined) {
        problems.push(`${where}: the namespace is missing`);
        continue;
      }
      const expected = entriesOf(sourceCatalogue, language === source ? problems : [], where);
      const actual = entriesOf(catalogue, language === source ? [] : problems, where);
      for (const [key, sourceForms] of expected) {
        const forms = actual.get(key);
        if (forms === undefined) {
          problems.push(`${where}: ${key} is missing`);
          continue;
        }
        const sourceVariables = variablesOf(sourceForms);
        const variables = variablesOf(forms);
        if (variables.join() !== sourceVariables.join()) {
          const list = (names: string[]) => names.map((n) => `{{${n}}}`).join(", ") || "none";
          problems.push(`${where}: ${key} has the variables ${list(variables)} where ${source} has ${list(sourceVariables)}`);
        }
        const isPlural = [...sourceForms.keys()].some((form) => form !== "");
        const present = [...forms.keys()].sort();
        const needed = isPlural ? pluralCategories(language) : [""];
        if (present.join() !== needed.join()) {
          problems.push(
            isPlural
              ? `${where}: ${key} has the plural forms ${present.join(", ")} where ${language} needs ${needed.join(", ")}`
              : `${where}: ${key} has plural forms where ${source} has one text`,
          );
        }
      }
      for (const key of actual.keys()) if (!expected.has(key)) problems.push(`${where}: ${key} is not in the ${source} catalogue`);
    }
  }
  return problems;
}

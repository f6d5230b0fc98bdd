import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resources } from "./index";

/**
 * Counts and numbers in the interface: a count picks its words through i18next plural forms
 * (`_one`/`_other`, and French `_many`, which Intl.PluralRules("fr") selects for 1 000 000 and
 * which i18next 26 does not fall back from), and every number goes through Intl in the
 * interface language (`{{n, number}}`, `{{p, percent}}`), so "1 paragraphs", "1000000" or
 * "42%" in French cannot reach a screen.
 */

type Message = { path: string; text: string };

function messages(node: unknown, prefix = ""): Message[] {
  if (typeof node === "string") return [{ path: prefix, text: node }];
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, child]) => messages(child, prefix ? `${prefix}.${key}` : key));
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const isPlural = (key: string) => PLURAL_SUFFIX.test(key);
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*(?:,\s*([\w]+)[^}]*)?}}/g)].map((m) => ({ name: m[1], format: m[2] }));

/** Placeholders that carry a number: each must be formatted by Intl (`, number` or `, percent`). */
const NUMERIC = new Set(["count", "total", "shown", "approved", "included", "translated", "excluded", "added", "updated", "done", "duplicates", "skipped", "length", "limit", "min", "size", "windowSeconds", "retryAfterSeconds", "page", "pageCount", "matched"]);
/**
 * Numbers that vary and can be 1 or 0: in a message that is not plural they would make
 * "1 terms added". (`limit`, `min`, `size`: the named limits, constants far above one.)
 */
const QUANTITY = new Set(["count", "total", "shown", "approved", "included", "translated", "excluded", "added", "updated", "done", "duplicates", "skipped", "length"]);
/**
 * Messages whose quantities agree with no word: "traduits : 3 · exclus : 0" in French, where
 * English "3 translated" does not inflect either. A count alone in brackets, "(3)", needs none.
 * The pager's ranges take their noun, `{{items}}`, from a plural message given the same count.
 */
const NO_AGREEMENT = new Set(["documents.list.progressDetail", "editor.progress", "common.pager.range", "common.pager.rangeMore"]);

export function findLocaleCountProblems(language: "en" | "fr", tree: unknown): string[] {
  const problems: string[] = [];
  const all = messages(tree);
  const keys = new Set(all.map((m) => m.path));
  for (const { path: key, text } of all) {
    const base = key.replace(PLURAL_SUFFIX, "");
    if (isPlural(key)) {
      const needed = language === "fr" ? ["one", "many", "other"] : ["one", "other"];
      for (const form of needed) if (!keys.has(`${base}_${form}`)) problems.push(`${language}:${base} has no _${form} form`);
    }
    for (const { name, format } of placeholders(text)) {
      if (name === "count" && !isPlural(key) && !new RegExp(`\\(\\s*{{\\s*count[^}]*}}\\s*\\)`).test(text) && !NO_AGREEMENT.has(key)) {
        problems.push(`${language}:${key} interpolates {{count}} without plural forms: "${text}"`);
      }
      if (QUANTITY.has(name) && name !== "count" && !isPlural(key) && !NO_AGREEMENT.has(key)) {
        problems.push(`${language}:${key} shows the quantity {{${name}}} without plural forms (pass it as count): "${text}"`);
      }
      if (NUMERIC.has(name) && format !== "number" && format !== "percent") {
        problems.push(`${language}:${key} shows the number {{${name}}} without Intl formatting ({{${name}, number}}): "${text}"`);
      }
    }
    if (/}}\s*%/.test(text)) problems.push(`${language}:${key} writes "%" by hand; format the share with {{x, percent}} or Intl: "${text}"`);
  }
  return [...new Set(problems)];
}

const ROOT = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The namespaces a file's `t` reads: `useTranslation("x")`, `useTranslation(["x", "y"])`, `getTranslator(lang, "x")`. */
function namespacesOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/useTranslation\(\s*(\[[^\]]*\]|"[^"]*")/g)) found.push(...[...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]));
  for (const m of source.matchAll(/getTranslator\([^,)]*,\s*"([^"]+)"\)/g)) found.push(m[1]);
  return found.length > 0 ? [...new Set(found)] : ["common"];
}

function lookup(namespace: string, key: string): Record<string, string> {
  const tree = (resources.en as Record<string, unknown>)[namespace];
  const out: Record<string, string> = {};
  for (const { path: p, text } of messages(tree)) if (p === key || p.replace(PLURAL_SUFFIX, "") === key) out[p] = text;
  return out;
}

export function findComponentCountProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  const where = path.relative(ROOT, file);
  const namespaces = namespacesOf(source);
  for (const m of source.matchAll(/\bt\(\s*"([^"]+)"\s*(?:,\s*(\{[^}]*\}?))?/g)) {
    const [, rawKey, options = ""] = m;
    const [namespace, key] = rawKey.includes(":") ? rawKey.split(":", 2) : [undefined, rawKey];
    const found = (namespace ? [namespace] : namespaces).map((ns) => lookup(ns, key)).find((entry) => Object.keys(entry).length > 0) ?? {};
    const forms = Object.keys(found);
    const hasCount = /\bcount\b/.test(options);
    if (forms.some(isPlural) && !hasCount && !/^\{?\s*\.\.\./.test(options.trim())) problems.push(`${where}: t("${rawKey}") has plural forms but is given no count`);
    if (/Math\.round\([^)]*\*\s*100\)/.test(options)) problems.push(`${where}: t("${rawKey}") is given a percentage rounded by hand; use Intl (formatPercent)`);
  }
  // A number pasted in front of a word in a template: "${n} paragraphs" never gets a plural form.
  for (const m of source.matchAll(/`[^`\n]*\$\{[^}]*(?:length|count|Count|total|size)[^}]*\}\s+[A-Za-zÀ-ÿ]{2,}[^`\n]*`/g)) {
    problems.push(`${where}: ${m[0]} renders a count without plural forms`);
  }
  return problems;
}

describe("counts and numbers in the interface", () => {
  it.each(["en", "fr"] as const)("%s: every count has its plural forms and every number goes through Intl", (language) => {
    expect(findLocaleCountProblems(language, resources[language])).toEqual([]);
  });

  it("components pass a count to every plural message and format numbers through Intl", () => {
    const files = ["components", "app"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((file) => findComponentCountProblems(file, readFileSync(file, "utf8")))).toEqual([]);
  });

  it("catches the mistakes it exists for", () => {
    const bad = {
      show: "Show the {{count}} paragraphs",
      imported: "{{added, number}} terms added",
      ratio: "{{percent}} %",
      unformatted_one: "{{count}} term",
      unformatted_other: "{{count}} terms",
    };
    const problems = findLocaleCountProblems("fr", bad);
    expect(problems.some((p) => p.includes("fr:show interpolates {{count}}"))).toBe(true);
    expect(problems.some((p) => p.includes("{{added}} without plural forms"))).toBe(true);
    expect(problems.some((p) => p.includes("writes \"%\" by hand"))).toBe(true);
    expect(problems.some((p) => p.includes("fr:unformatted has no _many form"))).toBe(true);
    expect(problems.some((p) => p.includes("{{count, number}}"))).toBe(true);
    const component = 'const { t } = useTranslation("qa");\nt("badge", { paragraphs });\nt("x", { percent: Math.round(share * 100) });\nconst label = `${items.length} paragraphs`;';
    expect(findComponentCountProblems(path.join(ROOT, "components/x.tsx"), component)).toHaveLength(3);
  });

  it("i18next picks French _many for a million and formats numbers in the interface language", async () => {
    const { createInstance } = await import("i18next");
    const { addFormatters } = await import("./formatters");
    const instance = createInstance();
    await instance.init({ lng: "fr", resources: { fr: resources.fr }, ns: ["qa", "import"], defaultNS: "qa", interpolation: { escapeValue: false }, initAsync: false });
    addFormatters(instance);
    expect(instance.t("issues.show", { count: 1 })).toBe("Afficher 1 paragraphe");
    expect(instance.t("issues.show", { count: 1_000_000 })).toBe("Afficher les 1\u202f000\u202f000 de paragraphes");
    expect(instance.t("messages.length-ratio", { percent: 42 })).toBe("L'anglais fait 42\u00a0% de la longueur du français.");
  });
});

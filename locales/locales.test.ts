import { describe, expect, it } from "vitest";
import { resources } from "./index";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (node: unknown, path: string) => {
    if (typeof node === "string") out[path] = [...node.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(value, "");
  return out;
}

describe("UI translations", () => {
  // French has one plural form more than English (`_many`, for 1 000 000): beside those, the keys match.
  const withoutMany = <T,>(list: T[], key: (item: T) => string) => list.filter((item) => !/_many$/.test(key(item)));

  it("French has exactly the English keys (plus its _many forms), so no screen falls back to English", () => {
    expect(withoutMany(keys(resources.fr), (k) => k).sort()).toEqual(keys(resources.en).sort());
  });

  it("each French message uses the same placeholders as its English original", () => {
    const french = Object.fromEntries(withoutMany(Object.entries(placeholders(resources.fr)), ([k]) => k));
    expect(french).toEqual(placeholders(resources.en));
    for (const [key, names] of Object.entries(placeholders(resources.fr))) {
      if (key.endsWith("_many")) expect(names, key).toEqual(placeholders(resources.fr)[key.replace(/_many$/, "_other")]);
    }
  });

  it("French puts a no-break space before : ; ? ! » and after «", () => {
    // Technical text quoted as it must be typed keeps its plain form.
    const TECHNICAL = ["Authorization: Bearer", "Content-Type: application/json", "{ error: { code"];
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node === "string") {
        const text = TECHNICAL.reduce((s, fragment) => s.split(fragment).join(""), node);
        const isBad =
          / [:;?!»]/.test(text) || // a plain space before: the line can break there
          /[^\s\u00a0\u202f:/][;?!»](?=\s|$)/u.test(text) || // no space at all
          /[^\s\u00a0\u202f\d/:]:(?=\s|$)/u.test(text) ||
          /«(?![\u00a0\u202f])/u.test(text);
        if (isBad) missing.push(`${path}: ${node}`);
      } else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    };
    walk(resources.fr, "");
    expect(missing).toEqual([]);
  });

  it("has no empty message", () => {
    for (const language of Object.values(resources)) {
      const walk = (node: unknown): void => {
        if (typeof node === "string") expect(node.trim()).not.toBe("");
        else if (node && typeof node === "object") Object.values(node).forEach(walk);
      };
      walk(language);
    }
  });
});

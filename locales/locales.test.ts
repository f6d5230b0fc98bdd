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
  it("French has exactly the English keys, so no screen falls back to English", () => {
    expect(keys(resources.fr).sort()).toEqual(keys(resources.en).sort());
  });

  it("each French message uses the same placeholders as its English original", () => {
    expect(placeholders(resources.fr)).toEqual(placeholders(resources.en));
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

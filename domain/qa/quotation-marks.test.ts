import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCldrQuotationMarks } from "@/scripts/lib/cldr-quotation-marks";
import { findQuotationMarks, QUOTATION_MARKS_SOURCE } from "./quotation-marks";

const root = path.resolve(import.meta.dirname, "../..");

describe("the quotation marks file", () => {
  it("comes from the installed cldr-misc-full (npm run generate:quotation-marks after an upgrade)", () => {
    const { version } = JSON.parse(readFileSync(path.join(root, "node_modules/cldr-misc-full/package.json"), "utf8")) as { version: string };
    expect(QUOTATION_MARKS_SOURCE).toBe(`cldr-misc-full@${version}`);
  });

  it("gives every CLDR locale its own marks, though it stores fewer than half of them", () => {
    const cldr = readCldrQuotationMarks(root);
    const found = Object.fromEntries(
      Object.keys(cldr).map((locale) => {
        const marks = findQuotationMarks(locale);
        return [locale, marks && `${marks.start}${marks.end}${marks.alternateStart}${marks.alternateEnd}`];
      }),
    );
    expect(found).toEqual(cldr);
    expect(Object.keys(cldr).length).toBeGreaterThan(700);
  });

  it("has nothing for a language CLDR does not know", () => {
    expect(findQuotationMarks("xx")).toBeNull();
  });
});

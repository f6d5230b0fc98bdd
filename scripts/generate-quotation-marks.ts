// Writes domain/qa/cldr-quotation-marks.json from the installed cldr-misc-full package:
//
//   npm run generate:quotation-marks
//
// Run it after upgrading cldr-misc-full (a unit test fails until the file matches the package).
// The file keeps a locale only when the lookup would not find its marks through a shorter locale,
// so the browser carries a few kilobytes instead of 766 files.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readCldrQuotationMarks } from "./lib/cldr-quotation-marks";
import { lookUpQuotationMarks } from "@/domain/qa/quotation-marks";

const root = path.resolve(import.meta.dirname, "..");
const { version } = JSON.parse(readFileSync(path.join(root, "node_modules/cldr-misc-full/package.json"), "utf8")) as { version: string };
const full = readCldrQuotationMarks(root);

const joined = (locale: string, table: Record<string, string>) => {
  const marks = lookUpQuotationMarks(table, locale);
  return marks && `${marks.start}${marks.end}${marks.alternateStart}${marks.alternateEnd}`;
};
const resolvesEveryLocale = (table: Record<string, string>) => Object.keys(full).every((locale) => joined(locale, table) === full[locale]);

// Longest tags first, so that a regional locale goes before the language it falls back to.
const table: Record<string, string> = { ...full };
const byLength = Object.keys(full).sort((a, b) => b.split("-").length - a.split("-").length || a.localeCompare(b));
for (const locale of byLength) {
  const marks = table[locale];
  delete table[locale];
  if (!resolvesEveryLocale(table)) table[locale] = marks;
}

const sorted = Object.fromEntries(Object.keys(table).sort().map((locale) => [locale, table[locale]]));
const out = path.join(root, "domain/qa/cldr-quotation-marks.json");
writeFileSync(out, `${JSON.stringify({ source: `cldr-misc-full@${version}`, marks: sorted }, null, 1)}\n`);
process.stdout.write(`wrote ${path.relative(root, out)}: ${Object.keys(sorted).length} of ${Object.keys(full).length} CLDR locales\n`);

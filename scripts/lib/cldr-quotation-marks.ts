import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type Delimiters = { quotationStart: string; quotationEnd: string; alternateQuotationStart: string; alternateQuotationEnd: string };

/**
 * Every locale of the installed cldr-misc-full package with its four quotation marks in one
 * string ("“”‘’"). Its files are already resolved (a locale's file holds the marks it inherits).
 */
export function readCldrQuotationMarks(root: string): Record<string, string> {
  const dir = path.join(root, "node_modules/cldr-misc-full/main");
  const marks: Record<string, string> = {};
  for (const locale of readdirSync(dir).sort()) {
    const file = JSON.parse(readFileSync(path.join(dir, locale, "delimiters.json"), "utf8")) as { main: Record<string, { delimiters: Delimiters }> };
    const d = file.main[locale].delimiters;
    const four = [d.quotationStart, d.quotationEnd, d.alternateQuotationStart, d.alternateQuotationEnd];
    // The table stores the four marks as one string: each must be a single character.
    if (four.some((mark) => [...mark].length !== 1)) throw new Error(`${locale}: a quotation mark of more than one character: ${four.join(" ")}`);
    marks[locale] = four.join("");
  }
  return marks;
}

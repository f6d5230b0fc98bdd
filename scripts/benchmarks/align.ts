// Benchmark of the aligner alone (prints figures; not a test): a generated pair of 5,000
// paragraphs a side (the import's limit), the English missing, adding, merging and splitting a
// paragraph every 100. Prints the time, the growth of peak memory during the first alignment
// and a fingerprint of the links, so two versions of the aligner can be compared on the same
// input. Run it in a fresh process: peak memory only grows.
//
//   npm run bench:align
import { createHash } from "node:crypto";
import { alignParagraphs } from "@/domain/alignment/align";
import { generateArticlePair } from "./article-pair";
import { ms } from "./stats";

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 5000);

const peakMiB = () => process.resourceUsage().maxRSS / 1024;

function main() {
  const { fr, en } = generateArticlePair(PARAGRAPHS);
  const before = peakMiB();
  const started = performance.now();
  const links = alignParagraphs(fr, en);
  const first = performance.now() - started;
  const growth = peakMiB() - before;
  const runs = [first];
  for (let run = 0; run < 2; run += 1) {
    const again = performance.now();
    alignParagraphs(fr, en);
    runs.push(performance.now() - again);
  }
  const fingerprint = createHash("sha256").update(JSON.stringify(links)).digest("hex").slice(0, 16);
  console.log(`align: ${fr.length} French x ${en.length} English paragraphs`);
  console.log(`align: ${runs.map(ms).join(", ")}; ${links.length} links, fingerprint ${fingerprint}`);
  console.log(`align: peak memory (max RSS) ${peakMiB().toFixed(0)} MiB, grown by ${growth.toFixed(0)} MiB during the first alignment`);
}

main();

import { generateSourceVersions } from "@/tests/support/source-versions";
import { compareSources } from "@/domain/source-update/compare-sources";
const v = generateSourceVersions(2000);
const other = generateSourceVersions(2000, 0, 1).old;
const c = compareSources(v.old, other);
const edited = c.links.filter((l) => l.type === "edited");
console.log(edited.slice(0, 3).map((l) => [l.similarity, v.old[l.old[0]], other[l.new[0]]]));
const sims = edited.map((l) => l.similarity).sort(); console.log(sims[0], sims[Math.floor(sims.length / 2)], sims[sims.length - 1]);
const c2 = compareSources(v.old, v.oldTranslations); console.log(c2.counts, c2.matchedRatio);

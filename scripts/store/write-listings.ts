// `npx tsx scripts/store/write-listings.ts`: rewrites docs/store/*.md from the store catalogue area.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { allListings } from "./listings";

const dir = join(__dirname, "..", "..", "docs", "store");
for (const [file, content] of Object.entries(allListings())) writeFileSync(join(dir, file), content);
console.log(`Store listings written to ${dir}`);

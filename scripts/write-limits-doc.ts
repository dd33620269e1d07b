// Writes docs/limits.md from the limits catalogue (@baton/shared/limits): `npm run limits:doc`.
// shared/src/limits/limits-doc.test.ts fails while the page differs from what this writes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { LIMITS, renderLimitsMarkdown } from "@baton/shared/limits";

const target = join(import.meta.dirname, "..", "docs", "limits.md");
writeFileSync(target, renderLimitsMarkdown(LIMITS));
process.stdout.write(`wrote ${target} (${Object.keys(LIMITS).length} limits)\n`);

/**
 * axe-core in a page and all its frames (the workbench holds the Outlook pane in an iframe), over the
 * WCAG 2.0/2.1 A and AA rules issue 18 asks for. The script is evaluated rather than added as a
 * <script> tag so a page's Content-Security-Policy cannot keep it out.
 */
import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The rule sets of WCAG 2.1 level AA. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; summary: string }[];
}

/**
 * Runs axe in `page` and in every frame inside it, each frame on its own (iframes: false), so a frame
 * is never skipped for want of axe; a frame's targets start with its URL.
 */
export async function axeViolations(page: Page | Frame): Promise<Violation[]> {
  const frames = "frames" in page ? page.frames() : [page, ...page.childFrames()];
  const all: Violation[] = [];
  for (const frame of frames) {
    if (frame.isDetached() || frame.url() === "about:blank" || frame.url() === "") continue;
    await frame.evaluate(AXE_SOURCE);
    const found = await frame.evaluate<Violation[]>(`axe.run(document, {
      runOnly: { type: "tag", values: ${JSON.stringify(WCAG_AA_TAGS)} },
      resultTypes: ["violations"],
      iframes: false,
    }).then((results) => results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary ?? "" })),
    })))`);
    const where = frame.parentFrame() === null ? [] : [new URL(frame.url()).pathname];
    all.push(
      ...found.map((v) => ({ ...v, nodes: v.nodes.map((n) => ({ ...n, target: [...where, ...n.target] })) })),
    );
  }
  return all;
}

/** One line per violation and node: what a failing test prints. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? "?"}): ${v.help}\n` +
        v.nodes
          .map((n) => `    ${JSON.stringify(n.target)}\n      ${n.summary.replace(/\n/g, "\n      ")}`)
          .join("\n"),
    )
    .join("\n");
}

/** Fails with every violation's id, help and nodes; `screen` names the place in the message. */
export async function expectNoViolations(page: Page | Frame, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0)
    throw new Error(
      `axe found ${violations.length} WCAG 2.1 AA violation(s) on ${screen}:\n${describeViolations(violations)}`,
    );
}

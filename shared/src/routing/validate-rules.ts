import { domainError, type DomainError, type ErrorKey } from "../errors";
import { compilePattern } from "../redaction/patterns";
import { findMailboxLoop } from "./mailbox-loops";
import type { RoutingRule } from "./types";

/** What a mailbox's rules are checked against when they are saved. */
export interface RulesContext {
  /** The id of the mailbox whose rules these are. */
  mailbox: string;
  /** The org's members (lower-cased addresses). */
  members: ReadonlySet<string>;
  /** The mailbox's agents (lower-cased); empty means every member, as routing's `agents` says. */
  agents: readonly string[];
  /** Every mailbox id of the org, with its saved rules (this mailbox's entry is replaced by `rules`). */
  mailboxes: ReadonlyMap<string, readonly RoutingRule[]>;
}

/**
 * What the schema cannot see: the first problem in a mailbox's rules as a sentence saying what to
 * fix, with `details.path` naming the field ("rules[2].then[0].mailbox"), or null when they can be
 * saved. The backend runs it after routingSettingsSchema and answers 400; nothing is saved on a
 * refusal, so a save is all or nothing.
 */
export function validateRoutingRules(
  rules: readonly RoutingRule[],
  context: RulesContext,
): DomainError | null {
  return duplicateId(rules) ?? ruleProblem(rules, context) ?? loopProblem(rules, context);
}

/** What is wrong, as an errors key and its params (said after "{path}: "). */
interface Problem {
  problemKey: ErrorKey;
  [param: string]: string | number;
}

function refuse(path: string, problem: Problem): DomainError {
  return domainError("invalid_request", "errors.atPath", { path, ...problem }, { path });
}

function duplicateId(rules: readonly RoutingRule[]): DomainError | null {
  const seen = new Map<string, number>();
  for (const [i, rule] of rules.entries()) {
    const first = seen.get(rule.id);
    if (first !== undefined)
      return refuse(`rules[${i}].id`, { problemKey: "errors.ruleIdTaken", id: rule.id, first: first + 1 });
    seen.set(rule.id, i);
  }
  return null;
}

function ruleProblem(rules: readonly RoutingRule[], context: RulesContext): DomainError | null {
  for (const [i, rule] of rules.entries()) {
    for (const [j, condition] of rule.when.entries()) {
      if ("op" in condition && condition.op === "matches") {
        const problem = patternProblem(condition.value);
        if (problem !== null) return refuse(`rules[${i}].when[${j}].value`, problem);
      }
    }
    for (const [j, action] of rule.then.entries()) {
      const path = `rules[${i}].then[${j}]`;
      if (action.type === "assign") {
        const named = action.member !== undefined ? [action.member] : (action.group ?? []);
        for (const [k, email] of named.entries()) {
          const where = action.member !== undefined ? `${path}.member` : `${path}.group[${k}]`;
          const problem = assigneeProblem(email, context);
          if (problem !== null) return refuse(where, problem);
        }
      }
      if (action.type === "move_to_mailbox") {
        if (action.mailbox === context.mailbox)
          return refuse(`${path}.mailbox`, { problemKey: "errors.ruleMoveSame" });
        if (!context.mailboxes.has(action.mailbox))
          return refuse(`${path}.mailbox`, { problemKey: "errors.ruleMoveNowhere", mailbox: action.mailbox });
      }
    }
  }
  return null;
}

/** Why a `matches` pattern cannot run, as a sentence, or null when it can (as redaction/ checks). */
function patternProblem(regex: string): Problem | null {
  try {
    // Compiling a RegExp never runs it: this only checks the JavaScript syntax the admin wrote.
    new RegExp(regex, "u");
  } catch {
    return { problemKey: "errors.rulePatternInvalid", regex };
  }
  const compiled = compilePattern(regex);
  if (compiled === null) return { problemKey: "errors.rulePatternSyntax", regex };
  if (compiled.test("")) return { problemKey: "errors.rulePatternEmpty", regex };
  return null;
}

function assigneeProblem(email: string, context: RulesContext): Problem | null {
  if (!context.members.has(email)) return { problemKey: "errors.notOrgMember", email };
  if (context.agents.length > 0 && !context.agents.includes(email))
    return { problemKey: "errors.ruleNotAgent", email };
  return null;
}

/** A loop through this mailbox once its new rules replace the saved ones. */
function loopProblem(rules: readonly RoutingRule[], context: RulesContext): DomainError | null {
  const graph = new Map<string, string[]>();
  for (const [id, saved] of context.mailboxes) graph.set(id, movesOf(saved));
  graph.set(context.mailbox, movesOf(rules));
  const loop = findMailboxLoop(graph, context.mailbox);
  if (loop === null) return null;
  const next = loop[1] as string;
  const shown = loop.join(" → ");
  // Point at this mailbox's move that leads into the loop: the one this save adds or keeps.
  for (const [i, rule] of rules.entries()) {
    if (!rule.enabled) continue;
    const j = rule.then.findIndex((a) => a.type === "move_to_mailbox" && a.mailbox === next);
    if (j >= 0)
      return refuse(`rules[${i}].then[${j}].mailbox`, {
        problemKey: "errors.ruleMoveLoop",
        next,
        loop: shown,
      });
  }
  return refuse("rules", { problemKey: "errors.rulesLoop", loop: shown });
}

/** The mailboxes enabled rules can move a conversation to (conditions aside: any may hold). */
export function movesOf(rules: readonly RoutingRule[]): string[] {
  return rules.flatMap((rule) =>
    rule.enabled ? rule.then.flatMap((a) => (a.type === "move_to_mailbox" ? [a.mailbox] : [])) : [],
  );
}

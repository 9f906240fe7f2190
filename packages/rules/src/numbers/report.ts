import type { RuleContext } from "../rule.js";
import type { NumberFinding } from "./claims.js";

/** Reports the shared number findings that belong to one rule. */
export function reportNumberFindings(context: RuleContext<unknown>, findings: readonly NumberFinding[], ruleId: NumberFinding["ruleId"]): void {
  for (const f of findings) {
    if (f.ruleId !== ruleId) continue;
    context.report({ span: f.span, messageId: f.messageId, data: f.data, severity: f.severity, details: f.details });
  }
}

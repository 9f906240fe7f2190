import type { Clause, Quantity, Rate, Span } from "@reportlint/report-model";

/**
 * Finds the quantities (numbers with a measure word) and rates (percentages) in the text.
 * `excluded` spans (web page furniture) are skipped; `clauses` give each number its clause index.
 */
export function extractNumbers(
  _text: string,
  _clauses: readonly Clause[],
  _excluded: readonly Span[],
): { quantities: Quantity[]; rates: Rate[] } {
  return { quantities: [], rates: [] };
}

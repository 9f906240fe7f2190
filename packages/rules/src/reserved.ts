/**
 * Rule ids the docs reserve for rules still to come (architecture contract table). A config that
 * names one loads: the rule is skipped with a notice, so configs written from the docs keep working
 * when the rule arrives. An id leaves this list when its rule is built (a built rule wins anyway).
 */
export const RESERVED_RULE_IDS: readonly string[] = [
];

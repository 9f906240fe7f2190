/**
 * What this package knows about disjoint parts (§4.5 Disjointness). Adding parts up is only right
 * when they cannot overlap: siblings of a known partition (结案方式, 线上/线下, 层级, 新收/旧存…) or
 * labels with one head noun and distinct modifiers (线上调解 / 线下调解). Attributes introduced by
 * 涉及 (涉及农民工案件40件、集体争议案件30件) overlap, and a later part introduced by 其中/含/包括 is a
 * subset of the part before it. The partitions and marker words are data in report-model.
 */
import {
  BoundedMap,
  ATTRIBUTE_MARKERS,
  PARTITIONS,
  RESIDUAL_MARKERS,
  SUBSET_MARKERS,
  type Partition,
  type PartitionMember,
} from "@reportlint/report-model";

/** How parts were judged disjoint, or why not. */
export interface DisjointnessEvidence {
  readonly disjoint: boolean;
  /** "partition": siblings of a known partition; "head-noun": one head noun, distinct modifiers; "single": one part. */
  readonly basis: "partition" | "head-noun" | "single" | null;
  readonly partition?: string;
  readonly head?: string;
  readonly reason?: "attribute-marker" | "nested-marker" | "duplicate-labels" | "overlapping-members" | "no-evidence";
}

/** The member of one partition a label names (longest word wins), or null. */
export function memberOf(label: string, partition: Partition): PartitionMember | null {
  let best: { member: PartitionMember; length: number } | null = null;
  for (const member of partition.members) {
    for (const word of member.words) {
      if (label === word || label.startsWith(word) || label.endsWith(word)) {
        if (!best || word.length > best.length) best = { member, length: word.length };
      }
    }
  }
  return best?.member ?? null;
}

/** The partitions and members a label can belong to ("线上调解" → disposal/线上调解, channel/线上). */
export function partitionMembersOf(label: string): { partition: string; member: string }[] {
  const out: { partition: string; member: string }[] = [];
  for (const p of PARTITIONS) {
    const m = memberOf(label.trim(), p);
    if (m) out.push({ partition: p.id, member: m.id });
  }
  return out;
}

function ancestors(member: PartitionMember, partition: Partition): Set<string> {
  const out = new Set<string>();
  let parent = member.parent;
  while (parent !== undefined && !out.has(parent)) {
    out.add(parent);
    parent = partition.members.find((m) => m.id === parent)?.parent;
  }
  return out;
}

function siblingsIn(labels: readonly string[], partition: Partition): boolean {
  const members: PartitionMember[] = [];
  for (const label of labels) {
    const m = memberOf(label, partition);
    if (!m) return false;
    members.push(m);
  }
  const ids = members.map((m) => m.id);
  if (new Set(ids).size !== ids.length) return false;
  return members.every((m) => ![...ancestors(m, partition)].some((a) => ids.includes(a)));
}

/** The characters every label ends with ("调解组织" for 行业性调解组织, 村居调解组织), or "". */
export function commonSuffix(labels: readonly string[]): string {
  const [first, ...rest] = labels;
  if (first === undefined) return "";
  let n = first.length;
  for (const label of rest) {
    let i = 0;
    while (i < n && i < label.length && label[label.length - 1 - i] === first[first.length - 1 - i]) i++;
    n = i;
  }
  return n === 0 ? "" : first.slice(first.length - n);
}

/**
 * Judges whether enumerated parts are disjoint, from their labels ("裁决", "线下调解", "线上调解").
 * A subset marker (其中/包括/含) on the first label introduces the list and is ignored; on a later
 * label it marks a nested subset. 涉及 anywhere marks overlapping attributes.
 */
export function classifyParts(labels: readonly string[]): DisjointnessEvidence {
  // The same lists are asked about again (by several rules, and each time a report is linted again):
  // the evidence depends on the labels alone, so it is kept, in a bounded cache.
  const key = JSON.stringify(labels);
  let evidence = classified.get(key);
  if (!evidence) {
    classified.set(key, (evidence = classify(labels)));
  }
  return evidence;
}

// Results are shared between callers: treated as immutable, like the type says.
const CLASSIFIED_MAX = 5000;
const classified = new BoundedMap<string, DisjointnessEvidence>(CLASSIFIED_MAX);

function classify(labels: readonly string[]): DisjointnessEvidence {
  const cleaned: string[] = [];
  for (const [i, raw] of labels.entries()) {
    let label = raw.trim();
    if (ATTRIBUTE_MARKERS.some((w) => label.startsWith(w))) return { disjoint: false, basis: null, reason: "attribute-marker" };
    const subset = SUBSET_MARKERS.find((w) => label.startsWith(w));
    if (subset !== undefined) {
      if (i > 0) return { disjoint: false, basis: null, reason: "nested-marker" };
      label = label.slice(subset.length).trim();
      if (ATTRIBUTE_MARKERS.some((w) => label.startsWith(w))) return { disjoint: false, basis: null, reason: "attribute-marker" };
    }
    cleaned.push(label);
  }
  if (new Set(cleaned).size !== cleaned.length) return { disjoint: false, basis: null, reason: "duplicate-labels" };
  const residual = cleaned.filter((l) => RESIDUAL_MARKERS.some((w) => l.startsWith(w)));
  if (residual.length > 1) return { disjoint: false, basis: null, reason: "overlapping-members" };
  const named = cleaned.filter((l) => !residual.includes(l));
  if (named.length <= 1) return { disjoint: true, basis: "single" };
  for (const p of PARTITIONS) {
    if (siblingsIn(named, p)) return { disjoint: true, basis: "partition", partition: p.id };
  }
  const head = commonSuffix(named);
  if (head !== "") {
    const modifiers = named.map((l) => l.slice(0, l.length - head.length));
    if (modifiers.every((m) => m !== "") && new Set(modifiers).size === modifiers.length) {
      return { disjoint: true, basis: "head-noun", head };
    }
    return { disjoint: false, basis: null, reason: "overlapping-members" };
  }
  return { disjoint: false, basis: null, reason: "no-evidence" };
}

/**
 * True when the labelled parts may be added up: siblings of one partition, or one head noun with
 * distinct modifiers, and none introduced by 涉及 (or by 其中/含/包括 after the first).
 */
export function areDisjointParts(labels: readonly string[]): boolean {
  return classifyParts(labels).disjoint;
}

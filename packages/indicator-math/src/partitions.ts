/**
 * What this package knows about disjoint parts (§4.5 Disjointness). Adding parts up is only right
 * when they cannot overlap: siblings of a known partition (结案方式, 线上/线下, 层级, 新收/旧存…) or
 * labels with one head noun and distinct modifiers (线上调解 / 线下调解). Attributes introduced by
 * 涉及 (涉及农民工案件40件、集体争议案件30件) overlap, and a later part introduced by 其中/含/包括 is a
 * subset of the part before it.
 */

/** One sibling of a partition, with the words that name it. */
export interface PartitionMember {
  readonly id: string;
  /** Words that name the member inside a part label (the label equals, starts or ends with one). */
  readonly words: readonly string[];
  /** A member this one is a subset of (线上调解 ⊂ 调解): the two never count as siblings. */
  readonly parent?: string;
}

/** A set of mutually exclusive categories reports enumerate. */
export interface Partition {
  readonly id: string;
  readonly name: string;
  readonly members: readonly PartitionMember[];
}

/** The known partitions. */
export const PARTITIONS: readonly Partition[] = [
  {
    id: "disposal",
    name: "结案方式",
    members: [
      { id: "调解", words: ["调解", "调解结案"] },
      { id: "线上调解", words: ["线上调解", "网上调解", "在线调解"], parent: "调解" },
      { id: "线下调解", words: ["线下调解"], parent: "调解" },
      { id: "裁决", words: ["裁决", "裁决结案"] },
      { id: "撤诉", words: ["撤诉", "撤回申请"] },
      { id: "驳回", words: ["驳回"] },
      { id: "移送", words: ["移送"] },
      { id: "终止", words: ["终止"] },
      { id: "维持", words: ["维持"] },
      { id: "撤销", words: ["撤销"] },
      { id: "确认违法", words: ["确认违法"] },
      { id: "变更", words: ["变更"] },
      { id: "责令履行", words: ["责令履行"] },
      { id: "其他方式", words: ["其他方式"] },
    ],
  },
  {
    id: "channel",
    name: "线上/线下",
    members: [
      { id: "线上", words: ["线上", "网上", "在线"] },
      { id: "线下", words: ["线下"] },
    ],
  },
  {
    id: "level",
    name: "层级",
    members: [
      { id: "中央", words: ["中央"] },
      { id: "省级", words: ["省级"] },
      { id: "市级", words: ["市级"] },
      { id: "县级", words: ["县级"] },
      { id: "区级", words: ["区级"] },
      { id: "乡镇级", words: ["乡镇级", "镇级", "乡级"] },
    ],
  },
  {
    id: "intake",
    name: "新收/旧存",
    members: [
      { id: "新收", words: ["新收", "新受理", "当期受理", "本期受理"] },
      { id: "旧存", words: ["旧存", "积案", "往年积案", "上期未结", "上年结转"] },
    ],
  },
  {
    id: "sex",
    name: "性别",
    members: [
      { id: "男", words: ["男"] },
      { id: "女", words: ["女"] },
    ],
  },
  {
    id: "instance",
    name: "审级",
    members: [
      { id: "一审", words: ["一审"] },
      { id: "二审", words: ["二审"] },
    ],
  },
];

/** Closure parts of a 结案 total (their sum is a derived 结案 count). */
export const CLOSURE_PARTS: readonly string[] = PARTITIONS[0]?.members.map((m) => m.id) ?? [];

/** The parts of 纠错 in administrative review (撤销 + 变更 + 确认违法 + 责令履行). */
export const CORRECTION_PARTS: readonly string[] = ["撤销", "变更", "确认违法", "责令履行"];

/** Words that make a part an attribute of the whole rather than a share of it. */
export const ATTRIBUTE_MARKERS: readonly string[] = ["涉及"];

/** Words that introduce an enumeration (on the first part) or a nested subset (on a later part). */
export const SUBSET_MARKERS: readonly string[] = ["其中", "包括", "包含", "含"];

/** Words that name the rest of the whole ("其余6件已终止"): disjoint from the named parts by definition. */
export const RESIDUAL_MARKERS: readonly string[] = ["其余", "其他", "其它", "剩余"];

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

function commonSuffix(labels: readonly string[]): string {
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

/**
 * Measure words that make a number a quantity, with the dimension they count and their scale.
 * Data only: the parser uses it to recognise quantities, indicator-math to compare them.
 * 件≡宗≡起≡例 and 人≡名 share an id; 人次 never mixes with 人. Money is in 元; 万元 and 亿元 are
 * the multipliers 万 and 亿 before 元.
 */
export type Dimension =
  | "case"
  | "event"
  | "person"
  | "person-visit"
  | "household"
  | "organisation"
  | "item"
  | "money"
  | "time"
  | "area"
  | "weight"
  | "length"
  | "energy"
  | "other";

export interface UnitInfo {
  /** The normalised unit id (interchangeable units share one id: 宗 → 件). */
  readonly id: string;
  readonly dimension: Dimension;
  /** Value of one printed unit in the dimension's base unit, as a power of ten (万元 → 4). */
  readonly scaleExp: number;
}

const u = (id: string, dimension: Dimension, scaleExp = 0): UnitInfo => ({ id, dimension, scaleExp });

/** Measure words, longest first where one is a prefix of another (人次 before 人). */
export const UNITS: Readonly<Record<string, UnitInfo>> = {
  件: u("件", "case"),
  宗: u("件", "case"),
  起: u("件", "case"),
  例: u("件", "case"),
  人次: u("人次", "person-visit"),
  人: u("人", "person"),
  名: u("人", "person"),
  位: u("人", "person"),
  家次: u("家次", "event"),
  次: u("次", "event"),
  场次: u("场", "event"),
  场: u("场", "event"),
  期: u("期", "event"),
  批次: u("批次", "event"),
  轮: u("轮", "event"),
  户: u("户", "household"),
  家: u("家", "organisation"),
  所: u("所", "organisation"),
  个: u("个", "item"),
  份: u("份", "item"),
  册: u("册", "item"),
  本: u("本", "item"),
  条: u("条", "item"),
  项: u("项", "item"),
  部: u("部", "item"),
  篇: u("篇", "item"),
  张: u("张", "item"),
  处: u("处", "item"),
  类: u("类", "item"),
  笔: u("笔", "item"),
  单: u("单", "item"),
  台: u("台", "item"),
  辆: u("辆", "item"),
  套: u("套", "item"),
  座: u("座", "item"),
  栋: u("栋", "item"),
  幢: u("栋", "item"),
  间: u("间", "item"),
  头: u("头", "item"),
  只: u("只", "item"),
  棵: u("棵", "item"),
  株: u("株", "item"),
  卷: u("卷", "item"),
  // Physical measures: added only to amounts of the same unit (no conversions between them).
  平方公里: u("平方公里", "area"),
  平方米: u("平方米", "area"),
  公顷: u("公顷", "area"),
  亩: u("亩", "area"),
  公斤: u("公斤", "weight"),
  千克: u("公斤", "weight"),
  吨: u("吨", "weight"),
  斤: u("斤", "weight"),
  公里: u("公里", "length"),
  千米: u("公里", "length"),
  千瓦时: u("千瓦时", "energy"),
  千瓦: u("千瓦", "energy"),
  元: u("元", "money"),
  天: u("天", "time"),
  小时: u("小时", "time"),
  分钟: u("分钟", "time"),
  个工作日: u("工作日", "time"),
  工作日: u("工作日", "time"),
};

/** Multipliers that may stand between a number and its measure word (20余万条, 1.2亿元). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  万亿: 12,
  千万: 7,
  百万: 6,
  亿: 8,
  万: 4,
  千: 3,
};

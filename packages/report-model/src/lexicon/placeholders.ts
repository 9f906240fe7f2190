/**
 * What unfinished drafts and masked copies leave in a report, for the placeholder-text rule. Data,
 * written once. Sources: the placeholders of published reports in our fixtures (**省, *路*号, XX路XX号,
 * 20XX年), 《党政机关公文格式》(GB/T 9704-2012) template practice (XX局, ××年), and common drafting
 * markers in Chinese office templates (【待补充】, 此处填写) — our own observation.
 */

/**
 * Characters that, right after a mask (**省, *路, XX局, ××年), show the mask stands for a name or a
 * number: administrative levels, bodies, address parts, dates and counts.
 */
export const PLACEHOLDER_SUFFIXES: string =
  "省市县区镇乡村街道路街号巷楼室局委厅办处科股所站院校司部会年月日届期批次件个人名户家项条万元";

/** Drafting notes inside 【】 （） [] that mark text still to be written: 【待补充】, （待定）, [此处插入图片]. */
export const DRAFT_NOTES: readonly string[] = [
  "待补充",
  "待完善",
  "待核实",
  "待确认",
  "待填写",
  "待更新",
  "待定",
  "此处",
  "请填写",
  "请补充",
  "请输入",
];

/** Instructions to the drafter written as running text (此处填写…, 请在此处输入…). */
export const DRAFT_INSTRUCTIONS: readonly string[] = ["此处填写", "此处输入", "此处插入", "在此处输入", "在此输入", "请在此", "请填写", "请输入"];

/** The places a 某 placeholder stands for: 某县 in the report of a real county. */
export const VAGUE_PLACES: readonly string[] = ["省", "市", "县", "区", "镇", "乡", "街道"];

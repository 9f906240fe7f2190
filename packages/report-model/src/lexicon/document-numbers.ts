/**
 * The shape of a 文号 (document number), for the document-number rule: 机关代字〔年份〕序号号, e.g.
 * 国办发〔2021〕30号. Source: 《党政机关公文格式》(GB/T 9704-2012) 7.2.4 — 年份、发文顺序号用阿拉伯数字
 * 标注；年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位，在阿拉伯数字后加“号”.
 */

/** The brackets GB/T 9704 prescribes around the year. */
export const DOCUMENT_NUMBER_BRACKETS = { open: "〔", close: "〕" } as const;

/**
 * Brackets drafts use instead of 〔〕, as open+close pairs: 【】 (the commonest), square, round and
 * the look-alikes ﹝﹞ 〖〗 from input methods. Our own observation of published reports.
 */
export const WRONG_DOCUMENT_NUMBER_BRACKETS: readonly string[] = ["【】", "[]", "［］", "()", "（）", "﹝﹞", "〖〗", "『』"];

/** The longest 机关代字 read before the bracket (宛区人社, 国办公开办函, 中共中央办公厅…). */
export const MAX_ISSUER_CODE = 10;

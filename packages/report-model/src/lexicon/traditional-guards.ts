/**
 * Traditional characters (keys of OpenCC's TSCharacters table) that simplified Chinese still uses
 * in some words: 乾 in 乾隆/乾坤, 於 as a surname, 徵 in 宫商角徵羽, 哪吒. The traditional-chars rule
 * reports one of these only inside one of its `wrongIn` words (when listed), never inside one of its
 * `rightIn` words, and always when it sits next to another traditional character (關於).
 *
 * Source: 《通用规范汉字表》(国务院 2013) 附件1《规范字与繁体字、异体字对照表》 keeps some of these
 * characters for particular uses (乾 read qián, 徵 read zhǐ, 夥 meaning "many", 噁 in 二噁英, 於 and
 * other characters in surnames and personal names), as we read its notes; 吒 (哪吒) and 麽 (幺麽) are
 * listed there as standard characters. The word lists below are our own (reportlint maintainers).
 */

/** How one traditional character that simplified text sometimes keeps is judged. */
export interface TraditionalGuard {
  /** Words in which the character is correct simplified writing: never reported there. */
  readonly rightIn: readonly string[];
  /**
   * When given, the character alone (no traditional neighbour) is reported only inside one of these
   * words: elsewhere it may be a name.
   */
  readonly wrongIn?: readonly string[];
}

export const TRADITIONAL_GUARDS: Readonly<Record<string, TraditionalGuard>> = {
  乾: {
    rightIn: ["乾隆", "乾坤", "乾县", "乾陵", "乾安", "乾卦", "乾元", "乾嘉", "乾清", "乾道", "乾州"],
    wrongIn: ["乾净", "乾燥", "乾旱", "乾涸", "乾部", "乾警", "饼乾", "乾杯", "乾脆", "乾预", "乾扰", "乾事", "乾线"],
  },
  於: {
    rightIn: ["於菟"],
    wrongIn: [
      ...["关", "对", "由", "至", "在", "属", "基", "鉴", "位", "处", "终", "等", "过", "用", "归", "便", "易", "难", "善", "敢"].map(
        (c) => `${c}於`,
      ),
      ...["勇", "乐", "急", "忙", "高", "低", "大", "小", "多", "少", "重", "决", "力", "源", "出", "限", "利", "免", "趋"].map(
        (c) => `${c}於`,
      ),
      "於是",
    ],
  },
  夥: { rightIn: ["甚夥", "颇夥", "夥颐"] },
  徵: { rightIn: ["角徵", "徵羽"] },
  麽: { rightIn: ["幺麽", "么麽"] },
  噁: { rightIn: ["噁英", "噁唑", "噁嗪"] },
  蘋: { rightIn: [], wrongIn: ["蘋果"] },
  吒: { rightIn: ["哪吒", "木吒", "金吒"] },
  鍾: { rightIn: [], wrongIn: ["时鍾", "警鍾", "敲鍾", "撞鍾", "挂鍾", "鍾表", "鍾点", "鍾声", "鍾楼"] },
  昇: { rightIn: [], wrongIn: ["上昇", "提昇", "昇级", "昇华", "昇降", "昇起", "昇学", "昇温"] },
  陞: { rightIn: [], wrongIn: ["上陞", "提陞", "陞级", "陞迁", "陞学", "陞职"] },
  蒐: { rightIn: [], wrongIn: ["蒐集", "蒐索", "蒐查", "蒐罗"] },
};

/**
 * Share of traditional characters among the Han characters of a text above which the text is taken
 * as written in traditional characters (one summary finding instead of one per word). A simplified
 * report with slips has well under 1%; a traditional one has 15–30%.
 */
export const TRADITIONAL_TEXT_SHARE = 0.05;

/** Fewest traditional characters for the whole-text summary (a short line of 繁體 is no document). */
export const TRADITIONAL_TEXT_MIN = 20;

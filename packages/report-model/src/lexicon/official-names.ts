/**
 * Canonical names that rule-of-law reports cite: laws, regulations, central documents and plans,
 * meetings, bodies and thoughts. Data for the official-names rule, written once; every entry records
 * where its exact wording comes from. A name is listed only when its wording (and, for a plan, its
 * period) is certain: a misquote is judged against this list, so a wrong entry would make errors.
 *
 * Sources, by abbreviation in `source`:
 * - NPC: 国家法律法规数据库 (flk.npc.gov.cn), the law as adopted by the 全国人民代表大会 or its 常务委员会.
 * - 国务院令: the State Council decree promulgating the regulation (www.gov.cn 政策库 / 国家法律法规数据库).
 * - 党内法规: 中国共产党党内法规库 / the 新华社 release of the regulation.
 * - 新华社: the 新华社 release of the document, plan or meeting (www.gov.cn / www.news.cn).
 */

/** What a name is: decides where it is written (《》 for titles, plain for meetings and bodies). */
export type OfficialNameKind =
  | "law"
  | "administrative-regulation"
  | "party-regulation"
  | "document"
  | "plan"
  | "meeting"
  | "body"
  | "thought";

export interface OfficialName {
  /** The exact canonical name, with full-width brackets and an em dash in a year range. */
  readonly name: string;
  readonly kind: OfficialNameKind;
  /** Where the wording comes from (issuer, year, document number or release). */
  readonly source: string;
  /** For a plan with its period in its title: the first and last year. */
  readonly period?: { readonly start: number; readonly end: number };
  /** Other short forms that are correct besides the name without its leading issuer. */
  readonly shortForms?: readonly string[];
  /** Wrong forms seen in reports (a word dropped or added), flagged with the name as the fix. */
  readonly misquotes?: readonly string[];
}

/**
 * Leading issuers that reports legitimately leave out (《行政复议法》 for 《中华人民共和国行政复议法》,
 * 《纪律处分条例》 for 《中国共产党纪律处分条例》), longest first.
 */
export const OFFICIAL_NAME_PREFIXES: readonly string[] = ["中华人民共和国", "中国共产党", "国务院办公厅", "中共中央", "国务院"];

/**
 * The word that ends a title and says what it is (a near-miss must end in the same one), longest
 * first: 《…实施条例》 is not compared with 《…法》.
 */
export const OFFICIAL_TITLE_TYPE_WORDS: readonly string[] = [
  "实施条例",
  "条例",
  "规定",
  "办法",
  "细则",
  "规则",
  "纲要",
  "规划",
  "计划",
  "意见",
  "决定",
  "决议",
  "通知",
  "方案",
  "准则",
  "章程",
  "法",
];

/**
 * Words right before a plan's name in running text that cite it (besides PLAN_CURRENT_VERBS): after
 * any other character the name is part of a longer, local title (某省法治政府建设实施纲要).
 */
export const PLAN_CITING_WORDS: readonly string[] = ["学习", "印发", "宣传", "解读"];

const law = (short: string, year: string): OfficialName => ({
  name: `中华人民共和国${short}`,
  kind: "law",
  source: `NPC, ${year}`,
});

const regulation = (name: string, source: string): OfficialName => ({ name, kind: "administrative-regulation", source });
const party = (name: string, source: string): OfficialName => ({ name, kind: "party-regulation", source });
const doc = (name: string, source: string): OfficialName => ({ name, kind: "document", source });
const plan = (name: string, start: number, end: number, source: string): OfficialName => ({
  name: `${name}（${start}—${end}年）`,
  kind: "plan",
  source,
  period: { start, end },
});
const meeting = (name: string, source: string): OfficialName => ({ name, kind: "meeting", source });

/** Laws of the field and those reports on departments' work cite most (NPC, year of adoption). */
const LAWS: readonly OfficialName[] = [
  law("宪法", "1982"),
  law("立法法", "2000, revised 2015, 2023"),
  law("行政复议法", "1999, revised 2023"),
  law("行政诉讼法", "1989, revised 2014, 2017"),
  law("行政处罚法", "1996, revised 2021"),
  law("行政许可法", "2003"),
  law("行政强制法", "2011"),
  law("国家赔偿法", "1994"),
  law("劳动法", "1994"),
  law("劳动合同法", "2007"),
  law("劳动争议调解仲裁法", "2007"),
  law("就业促进法", "2007"),
  law("社会保险法", "2010"),
  law("公务员法", "2005, revised 2018"),
  law("公职人员政务处分法", "2020"),
  law("监察法", "2018"),
  law("法律援助法", "2021"),
  law("民法典", "2020"),
  law("人民调解法", "2010"),
  law("治安管理处罚法", "2005"),
  law("安全生产法", "2002, revised 2021"),
  law("消防法", "1998"),
  law("食品安全法", "2009"),
  law("药品管理法", "1984"),
  law("环境保护法", "1989, revised 2014"),
  law("土地管理法", "1986"),
  law("城乡规划法", "2007"),
  law("反垄断法", "2007"),
  law("反不正当竞争法", "1993"),
  law("消费者权益保护法", "1993"),
  law("产品质量法", "1993"),
  law("广告法", "1994"),
  law("电子商务法", "2018"),
  law("价格法", "1997"),
  law("统计法", "1983"),
  law("预算法", "1994"),
  law("审计法", "1994"),
  law("税收征收管理法", "1992"),
  law("国家安全法", "2015"),
  law("网络安全法", "2016"),
  law("数据安全法", "2021"),
  law("个人信息保护法", "2021"),
  law("保守国家秘密法", "1988, revised 2010, 2024"),
  law("档案法", "1987"),
  law("教育法", "1995"),
  law("义务教育法", "1986"),
  law("职业教育法", "1996, revised 2022"),
  law("教师法", "1993"),
  law("未成年人保护法", "1991"),
  law("预防未成年人犯罪法", "1999"),
  law("妇女权益保障法", "1992"),
  law("老年人权益保障法", "1996"),
  law("残疾人保障法", "1990"),
  law("反家庭暴力法", "2015"),
  law("家庭教育促进法", "2021"),
  law("反电信网络诈骗法", "2022"),
  law("反有组织犯罪法", "2021"),
  law("乡村振兴促进法", "2021"),
  law("农村土地承包法", "2002"),
  law("村民委员会组织法", "1998"),
  law("城市居民委员会组织法", "1989"),
  law("传染病防治法", "1989"),
  law("突发事件应对法", "2007"),
  law("生物安全法", "2020"),
  law("道路交通安全法", "2003"),
  law("建筑法", "1997"),
  law("招标投标法", "1999"),
  law("政府采购法", "2002"),
  law("慈善法", "2016"),
  law("律师法", "1996"),
  law("公证法", "2005"),
  law("人民陪审员法", "2018"),
  law("刑法", "1979"),
  law("刑事诉讼法", "1979"),
  law("民事诉讼法", "1991"),
  law("职业病防治法", "2001"),
  law("工会法", "1992"),
  law("外商投资法", "2019"),
  law("中小企业促进法", "2002"),
  law("长江保护法", "2020"),
  law("野生动物保护法", "1988"),
  law("大气污染防治法", "1987"),
  law("水污染防治法", "1984"),
  law("固体废物污染环境防治法", "1995"),
  law("土壤污染防治法", "2018"),
  law("英雄烈士保护法", "2018"),
  law("退役军人保障法", "2020"),
  law("国防教育法", "2001"),
  law("反恐怖主义法", "2015"),
  law("禁毒法", "2007"),
  law("特种设备安全法", "2013"),
  law("标准化法", "1988"),
  law("农产品质量安全法", "2006"),
  law("社区矫正法", "2019"),
  law("居民身份证法", "2003"),
  law("反食品浪费法", "2021"),
  law("无障碍环境建设法", "2023"),
  law("爱国主义教育法", "2023"),
  law("国家通用语言文字法", "2000"),
  law("公司法", "1993"),
  law("民营经济促进法", "2025"),
];

/** Administrative regulations and State Council documents (国务院令 / 国发 / 国办发). */
const REGULATIONS: readonly OfficialName[] = [
  regulation("中华人民共和国政府信息公开条例", "国务院令第492号 (2007), revised by 国务院令第711号 (2019)"),
  regulation("中华人民共和国行政复议法实施条例", "国务院令第499号 (2007)"),
  regulation("中华人民共和国劳动合同法实施条例", "国务院令第535号 (2008)"),
  regulation("重大行政决策程序暂行条例", "国务院令第713号 (2019)"),
  regulation("优化营商环境条例", "国务院令第722号 (2019)"),
  regulation("保障农民工工资支付条例", "国务院令第724号 (2019)"),
  regulation("劳动保障监察条例", "国务院令第423号 (2004)"),
  regulation("工伤保险条例", "国务院令第375号 (2003), revised 2010"),
  regulation("失业保险条例", "国务院令第258号 (1999)"),
  regulation("信访条例", "国务院令第431号 (2005); replaced by 信访工作条例 (2022)"),
  regulation("宗教事务条例", "国务院令第686号 (2017 revision)"),
  regulation("规章制定程序条例", "国务院令第322号 (2001), revised 2017"),
  regulation("行政法规制定程序条例", "国务院令第321号 (2001), revised 2017"),
  regulation("法规规章备案条例", "国务院令第337号 (2001)"),
  regulation("社会救助暂行办法", "国务院令第649号 (2014)"),
  regulation("人力资源市场暂行条例", "国务院令第700号 (2018)"),
  regulation("职工带薪年休假条例", "国务院令第514号 (2007)"),
  regulation("社会保险费征缴暂行条例", "国务院令第259号 (1999)"),
  regulation("残疾人就业条例", "国务院令第488号 (2007)"),
  regulation("住房公积金管理条例", "国务院令第262号 (1999)"),
  regulation("促进个体工商户发展条例", "国务院令第755号 (2022)"),
  regulation("中华人民共和国市场主体登记管理条例", "国务院令第746号 (2021)"),
  regulation("行政执法机关移送涉嫌犯罪案件的规定", "国务院令第310号 (2001)"),
  regulation("政府督查工作条例", "国务院令第733号 (2020)"),
  regulation("行政区划管理条例", "国务院令第704号 (2018)"),
  regulation("全面推进依法行政实施纲要", "国发〔2004〕10号"),
  regulation("国务院关于加强市县政府依法行政的决定", "国发〔2008〕17号"),
  regulation("国务院关于加强法治政府建设的意见", "国发〔2010〕33号"),
  regulation(
    "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见",
    "国办发〔2018〕118号",
  ),
  regulation("国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知", "国办发〔2018〕37号"),
  regulation("国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见", "国办发〔2018〕115号"),
  regulation("国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见", "国办发〔2022〕27号"),
];

/** Party regulations and documents of the 中共中央 / 中办 国办. */
const PARTY: readonly OfficialName[] = [
  party("中国共产党章程", "党内法规: 党的二十大 (2022) revision"),
  party("中国共产党纪律处分条例", "党内法规: 中共中央 (2003, revised 2015, 2018, 2023)"),
  party("中国共产党问责条例", "党内法规: 中共中央 (2016, revised 2019)"),
  party("中国共产党巡视工作条例", "党内法规: 中共中央 (2015, revised 2017, 2024)"),
  party("中国共产党宣传工作条例", "党内法规: 中共中央 (2019)"),
  party("中国共产党党内监督条例", "党内法规: 中共中央 (2016)"),
  party("中国共产党廉洁自律准则", "党内法规: 中共中央 (2015)"),
  party("中国共产党政法工作条例", "党内法规: 中共中央 (2019)"),
  party("中国共产党党组工作条例", "党内法规: 中共中央 (2015, revised 2019)"),
  party("中国共产党重大事项请示报告条例", "党内法规: 中共中央 (2019)"),
  party("中国共产党机构编制工作条例", "党内法规: 中共中央 (2019)"),
  party("信访工作条例", "党内法规: 中共中央 国务院 (2022)"),
  party("党政机关厉行节约反对浪费条例", "党内法规: 中共中央 国务院 (2013)"),
  {
    ...party("党政主要负责人履行推进法治建设第一责任人职责规定", "党内法规: 中共中央办公厅 国务院办公厅 (2016)"),
    misquotes: ["党政主要负责人履行推进法治政府建设第一责任人职责规定"],
  },
  {
    ...party("法治政府建设与责任落实督察工作规定", "党内法规: 中共中央办公厅 国务院办公厅, 厅字〔2019〕28号"),
    // 督查 is right in 政府督查工作条例, a different regulation.
    misquotes: ["法治政府建设与责任落实督查工作规定"],
  },
  party("地方党政领导干部安全生产责任制规定", "党内法规: 中共中央办公厅 国务院办公厅 (2018)"),
  party(
    "领导干部干预司法活动、插手具体案件处理的记录、通报和责任追究规定",
    "党内法规: 中共中央办公厅 国务院办公厅 (2015)",
  ),
  doc("中共中央关于全面推进依法治国若干重大问题的决定", "新华社: 党的十八届四中全会 (2014)"),
  doc("中共中央关于全面深化改革若干重大问题的决定", "新华社: 党的十八届三中全会 (2013)"),
  doc("中共中央关于进一步全面深化改革、推进中国式现代化的决定", "新华社: 党的二十届三中全会 (2024)"),
  doc(
    "中共中央关于坚持和完善中国特色社会主义制度、推进国家治理体系和治理能力现代化若干重大问题的决定",
    "新华社: 党的十九届四中全会 (2019)",
  ),
  doc("中共中央关于党的百年奋斗重大成就和历史经验的决议", "新华社: 党的十九届六中全会 (2021)"),
  doc("关于进一步加强市县法治建设的意见", "新华社: 中共中央办公厅 国务院办公厅 (2022)"),
  doc("关于加强法治乡村建设的意见", "新华社: 中央全面依法治国委员会 (2020-03)"),
  doc("关于完善国家工作人员学法用法制度的意见", "新华社: 中共中央办公厅 国务院办公厅 (2016)"),
  doc("关于实行国家机关“谁执法谁普法”普法责任制的意见", "新华社: 中共中央办公厅 国务院办公厅 (2017)"),
  doc("关于加强社会主义法治文化建设的意见", "新华社: 中共中央办公厅 国务院办公厅 (2021)"),
  doc("关于加快推进公共法律服务体系建设的意见", "新华社: 中共中央办公厅 国务院办公厅 (2019)"),
  doc("关于推行法律顾问制度和公职律师公司律师制度的意见", "新华社: 中共中央办公厅 国务院办公厅 (2016)"),
  doc("关于加强党内法规制度建设的意见", "新华社: 中共中央 (2017)"),
  doc("关于全面推进政务公开工作的意见", "新华社: 中共中央办公厅 国务院办公厅 (2016)"),
  doc("行政复议体制改革方案", "新华社: 中央全面依法治国委员会 (2020)"),
  doc("习近平法治思想学习纲要", "新华社: 中央宣传部 中央全面依法治国委员会办公室 (2021)"),
  doc("习近平新时代中国特色社会主义思想学习纲要", "新华社: 中央宣传部 (2019)"),
  doc("论坚持全面依法治国", "新华社: 中央文献出版社 (2020), 习近平 论述摘编"),
];

/** Plans and programmes whose period is part of the title. */
const PLANS: readonly OfficialName[] = [
  plan("法治政府建设实施纲要", 2015, 2020, "新华社: 中共中央 国务院 (2015-12)"),
  plan("法治政府建设实施纲要", 2021, 2025, "新华社: 中共中央 国务院 (2021-08)"),
  plan("法治中国建设规划", 2020, 2025, "新华社: 中共中央 (2021-01)"),
  plan("法治社会建设实施纲要", 2020, 2025, "新华社: 中共中央 (2020-12)"),
  plan("关于开展法治宣传教育的第八个五年规划", 2021, 2025, "新华社: 中共中央 国务院 转发 中央宣传部 司法部 (2021-06)"),
  plan("提升行政执法质量三年行动计划", 2023, 2025, "国办发〔2023〕27号"),
];

/** Meetings: written without 《》. Party congresses and plenums by their usual short names. */
const MEETINGS: readonly OfficialName[] = [
  { ...meeting("中央全面依法治国工作会议", "新华社: 2020-11-16/17, where 习近平法治思想 was named"), misquotes: ["中央依法治国工作会议"] },
  meeting("党的十八大", "新华社: 2012-11"),
  meeting("党的十九大", "新华社: 2017-10"),
  meeting("党的二十大", "新华社: 2022-10"),
  meeting("党的十八届三中全会", "新华社: 2013-11"),
  meeting("党的十八届四中全会", "新华社: 2014-10"),
  meeting("党的十八届五中全会", "新华社: 2015-10"),
  meeting("党的十八届六中全会", "新华社: 2016-10"),
  meeting("党的十九届二中全会", "新华社: 2018-01"),
  meeting("党的十九届三中全会", "新华社: 2018-02"),
  meeting("党的十九届四中全会", "新华社: 2019-10"),
  meeting("党的十九届五中全会", "新华社: 2020-10"),
  meeting("党的十九届六中全会", "新华社: 2021-11"),
  meeting("党的十九届七中全会", "新华社: 2022-10"),
  meeting("党的二十届一中全会", "新华社: 2022-10"),
  meeting("党的二十届二中全会", "新华社: 2023-02"),
  meeting("党的二十届三中全会", "新华社: 2024-07"),
  meeting("党的二十届四中全会", "新华社: 2025-10"),
  meeting("中央经济工作会议", "新华社: held every December"),
];

/** Bodies: the commissions for 全面依法治国 at each level (founded 2018) and their offices. */
const BODIES: readonly OfficialName[] = [
  {
    name: "中央全面依法治国委员会",
    kind: "body",
    source: "新华社: 《深化党和国家机构改革方案》 (2018)",
    shortForms: ["全面依法治国委员会"],
    misquotes: ["中央依法治国委员会"],
  },
  { name: "中央全面依法治国委员会办公室", kind: "body", source: "新华社: 《深化党和国家机构改革方案》 (2018); office in 司法部" },
  ...["省", "市", "县", "区", "州", "旗"].map(
    (level): OfficialName => ({
      name: `全面依法治${level}委员会`,
      kind: "body",
      source: "新华社 / local releases: the local counterparts of 中央全面依法治国委员会 (2018–2019)",
      // Before 2018 these were 依法治X领导小组; the commissions all carry 全面.
      misquotes: [`依法治${level}委员会`],
    }),
  ),
  { name: "中央全面深化改革委员会", kind: "body", source: "新华社: 《深化党和国家机构改革方案》 (2018)" },
];

/** Thoughts named by the party (新华社). */
const THOUGHTS: readonly OfficialName[] = [
  {
    name: "习近平法治思想",
    kind: "thought",
    source: "新华社: 中央全面依法治国工作会议 (2020-11)",
    misquotes: ["习近平总书记法治思想"],
  },
  { name: "习近平新时代中国特色社会主义思想", kind: "thought", source: "新华社: 党的十九大 (2017)" },
  { name: "习近平经济思想", kind: "thought", source: "新华社: 中央经济工作会议 (2017)" },
  { name: "习近平生态文明思想", kind: "thought", source: "新华社: 全国生态环境保护大会 (2018)" },
  { name: "习近平强军思想", kind: "thought", source: "新华社: 党的十九大 (2017)" },
  { name: "习近平外交思想", kind: "thought", source: "新华社: 中央外事工作会议 (2018)" },
  { name: "习近平文化思想", kind: "thought", source: "新华社: 全国宣传思想文化工作会议 (2023)" },
];

/** Every canonical name, in groups: laws, regulations, party documents, plans, meetings, bodies, thoughts. */
export const OFFICIAL_NAMES: readonly OfficialName[] = [...LAWS, ...REGULATIONS, ...PARTY, ...PLANS, ...MEETINGS, ...BODIES, ...THOUGHTS];

/**
 * How many plenums each 届 of the Central Committee held (一中全会 to 七中全会): a higher number for
 * these 届 names a meeting that never took place. Later 届 are left out (they are still sitting).
 * Source: 新华社 releases of each plenum.
 */
export const PLENUM_COUNTS: Readonly<Record<string, number>> = {
  十六: 7,
  十七: 7,
  十八: 7,
  十九: 7,
};

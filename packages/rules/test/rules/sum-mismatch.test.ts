import rule from "../../src/rules/sum-mismatch.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    // s22: two clauses that say one thing and its negation make the whole; categories, one without 类.
    { name: "s22 complementary clauses: 符合 / 不符合 that add up", code: "全年办结22.4万件。办结的案件中，符合法定受理条件，依法作出复议决定的19.7万件；不符合法定受理条件，依法作出相应处理的2.7万件。" },
    { name: "s22 complementary clauses: two clauses that do not negate each other", code: "全年办结22.4万件。办结的案件中，符合法定受理条件，依法作出复议决定的15.7万件；经调解，依法作出相应处理的2.7万件。" },
    { name: "s22 complementary clauses: in one clause, no reading", code: "全年办结22.4万件，其中依法作出复议决定的15.7万件、作出相应处理的2.7万件。" },
    { name: "s22 mostly categories: within the total", code: "共受理34件，其中投诉举报类12件，行政处罚类17件，行政强制类1件，行政不作为2件。" },
    { name: "s22 mostly categories: two without 类 are not read", code: "共受理34件，其中投诉举报类12件，行政处罚类17件，行政强制3件，行政不作为3件。" },
    // s22: members of a complete partition a sentence apart, with counts of another unit between.
    { name: "s22 tax revenue: 税收 + 非税 make the budget revenue", code: "公共财政预算收入完成58.2亿元。①税收收入完成46.8亿元。13个税种中，6个税种实现增长，合计增收2.5亿元。②非税收入完成11.4亿元。" },
    { name: "s22 tax revenue: within rounding", code: "一般公共预算收入完成10.0亿元。其中税收收入完成7.96亿元，非税收入完成2.06亿元。" },
    { name: "s22 tax revenue: one member alone is not a partition", code: "公共财政预算收入完成58.2亿元。税收收入完成46.8亿元。" },
    // s22: counts alone in brackets after the names they belong to, in a 其中 list.
    { name: "s22 named brackets: departments within the total", code: "交办各部门诉求事项共3136宗，其中办理事项排名前五的部门是县公安局（287宗）、忠信镇（225宗）、县人社局（154宗）。" },
    { name: "s22 named brackets: without 其中 the brackets are not parts", code: "交办各部门诉求事项共300宗，县公安局（287宗）、忠信镇（225宗）。" },
    { name: "s22 named brackets: one bracket is not a list", code: "交办各部门诉求事项共300宗，其中县公安局（287宗）最多。" },
    // s22: an "among" list whose whole is named in the paragraph before.
    { name: "s22 among across a paragraph: parts within 受理", code: "全年收到行政复议案件35件，受理34件。其中以市政府部门为被申请人的占94.11%。\n案件类型情况：受理案件中投诉举报类12件，行政处罚类17件，行政强制类1件。" },
    { name: "s22 among across a paragraph: two paragraphs back is too far", code: "全年受理34件。\n其中以部门为被申请人的占94.11%。\n另有说明。\n受理案件中投诉举报类40件。" },
    // s22: shares printed a little further from their count (占受理案件数比例最高，达92.71%).
    { name: "s22 share reach: two shares that make 100% and parts that fit", code: "全年新受理的行政复议151件中，被申请人为县政府部门的案件140件，占受理案件数比例最高，达92.71%；乡镇政府11件，占受理总数的7.28%。" },
    { name: "s22 share reach: parts short of the total without shares", code: "全年新受理的行政复议151件中，被申请人为县政府部门的案件130件；乡镇政府11件。" },
    { name: "s22 share reach: far shares of another whole", code: "共接收诉求500件，其中咨询类200件，在全年各类工单总量中的占比最高，达到40%；求助类100件，占比为20%。" },
    // s22: a closed bracket list right after a 共 total.
    { name: "s22 bracket list: adds up", code: "全年主动公开信息共114条（组织机构1条，部门文件4条，工作动态98条，财政预决算8条，工作专栏3条）。" },
    { name: "s22 bracket list: 等 leaves it open", code: "全年主动公开信息共120条（组织机构1条，部门文件4条，工作动态98条等）。" },
    { name: "s22 bracket list: 主要 leaves it open", code: "全年主动公开信息共120条（主要为组织机构1条，部门文件4条，工作动态98条）。" },
    { name: "s22 bracket list: a total without 共 is not read as complete", code: "全年主动公开信息120条（组织机构1条，部门文件4条，工作动态98条）。" },
    { name: "s22 bracket list: two parts only", code: "全年主动公开信息共120条（组织机构1条，工作动态98条）。" },
    { name: "s22 bracket list: a gap of more than a hair (8 of 86) may leave one out", code: "2024年共受理行政复议申请86件（区市场监管局31件，区公安分局28件，区人社局19件）。" },
    // s22: 其中：A；B；C — a colon list closed item by item.
    { name: "s22 colon list: items within the total", code: "全年公开信息193条。其中：法定主动公开信息114条；年度报告1条；专栏信息78条。" },
    { name: "s22 colon list: people may be counted twice", code: "全局共有干部50人。其中：党员40人；女性20人。" },
    { name: "s22 colon list: a comma list is not closed item by item", code: "全年公开信息193条，其中法定主动公开信息114条，年度报告1条，专栏信息80条。" },
    // s22: 新收 + 上年结转 = 办结 + 结转下年.
    { name: "s22 balance: it balances", code: "本年度共收到政府信息公开申请30件，上年结转1件，共办结24件，结转下年办理7件。" },
    { name: "s22 balance: the intake already holds the carry-over", code: "本年度共收到政府信息公开申请31件（含上年结转1件），共办结24件，结转下年办理7件。" },
    { name: "s22 balance: 上年度结转 and 结转至2025年 balance", code: "共受理行政复议申请45件，上年度结转5件，审结42件，结转至2025年8件。" },
    { name: "s22 balance: three of the four only", code: "本年度共收到申请30件，上年结转1件，共办结24件。" },
    { name: "s22 balance: units that differ are not compared", code: "本年度共收到申请30件，上年结转1人，共办结24件，结转下年办理9件。" },
    // s23: outcome columns of a table (许可 + 不予许可 ≤ 受理): at most the whole, never required to make it.
    { name: "s23 outcome columns: outcomes below 受理", code: "申请数量 | 受理数量 | 许可数量 | 不予许可数量 | 撤销许可数量 |\n3120 | 3110 | 3050 | 40 | 2 |" },
    { name: "s23 outcome columns: outcomes equal to 受理", code: "受理数量 | 许可数量 | 不予许可数量 |\n880 | 860 | 20 |" },
    { name: "s23 outcome columns: 申请 is not the whole of the split", code: "申请数量 | 许可数量 | 不予许可数量 |\n880 | 870 | 20 |" },
    { name: "s23 outcome columns: a header that only mentions 许可 is not an outcome", code: "受理数量 | 许可事项数量 | 不予许可数量 |\n880 | 870 | 20 |" },
    // s23: a split of a count by administrative level under 其中.
    { name: "s23 levels: within the total", code: "本季度共收到来信212件。其中，中、省转办35件，市本级登记办理150件，各县（市、区）登记办理27件。" },
    { name: "s23 levels: short of the total is not read (the list may be partial)", code: "本季度共收到来信212件。其中，省级转办35件，市本级登记办理150件，县级登记办理20件。" },
    { name: "s23 levels: not from the top down, no reading", code: "本季度共收到来信212件。其中，县级转来80件，市本级登记办理150件。" },
    { name: "s23 levels: bare place names are no levels", code: "本季度共收到来信212件。其中，市民反映150件，县城群众投诉80件。" },
    // s23: the kinds of a 行政执法 total printed one by one after it.
    { name: "s23 enforcement kinds: within the total", code: "全县共办理各类行政执法案件1.2万宗。其中，行政处罚2100宗，罚没款300万元。行政处罚被申请行政复议6宗。行政强制450宗；行政检查8800宗。" },
    { name: "s23 enforcement kinds: a count about a kind is not the kind", code: "全县共办理各类行政执法案件500宗。其中，行政处罚300宗。行政处罚被申请行政复议150宗；行政强制被提起行政诉讼120宗。" },
    { name: "s23 enforcement kinds: one kind is no list", code: "全县共办理各类行政执法案件500宗。行政处罚300宗。" },
    { name: "s23 enforcement kinds: a total of another thing", code: "全县共受理信访案件500宗。行政处罚300宗；行政强制250宗。" },
    // s23: a colon list of five or more kinds that is a hair short of its total.
    { name: "s23 long colon list: adds up", code: "全年共发布各类信息412条，其中：政策文件20条；人事信息11条；工作动态300条；财政信息9条；年度报告1条；办事指南71条。" },
    { name: "s23 long colon list: four kinds a hair short are not read as complete", code: "全年共发布各类信息412条，其中：政策文件20条；人事信息1条；工作动态300条；办事指南90条。" },
    { name: "s23 long colon list: short by more than a hair", code: "全年共发布各类信息412条，其中：政策文件20条；人事信息11条；工作动态300条；财政信息9条；年度报告1条；办事指南60条。" },
    { name: "s23 long colon list: a comma list is not read", code: "全年共发布各类信息412条，其中政策文件20条，人事信息11条，工作动态300条，财政信息9条，年度报告1条，办事指南70条。" },
    // s23: the caseload balance with the six outcomes of the 政府信息公开 template.
    { name: "s23 outcome balance: it balances", code: "全年收到政府信息公开申请52件，上年结转政府信息公开申请3件。办结的申请中予以公开20件，部分公开4件，不予公开5件，无法提供的12件，不予处理2件，其他处理10件，结转下年度继续办理2件。" },
    { name: "s23 outcome balance: the intake already holds the carry-over", code: "全年收到政府信息公开申请55件（含上年结转3件），上年结转政府信息公开申请3件。办结的申请中予以公开20件，部分公开4件，不予公开5件，无法提供的12件，不予处理2件，其他处理10件，结转下年度继续办理2件。" },
    { name: "s23 outcome balance: five outcomes only are not all the results", code: "全年收到政府信息公开申请52件，上年结转政府信息公开申请3件。办结的申请中予以公开20件，部分公开4件，不予公开5件，无法提供的12件，其他处理10件，结转下年度继续办理2件。" },
    { name: "s23 outcome balance: an outcome printed twice is not read", code: "全年收到政府信息公开申请52件，上年结转政府信息公开申请3件。予以公开20件，部分公开4件，不予公开5件，无法提供的12件，不予处理2件，其他处理10件，结转下年度继续办理2件；另有予以公开9件。" },
    // s23: a 100% rate before a bracket that splits its numerator.
    { name: "s23 full rate: the bracket makes the whole", code: "全年承办政协提案88件，满意率达100%（满意80件，基本满意8件）。" },
    { name: "s23 full rate: a rate below 100% leaves the rest out", code: "全年承办政协提案88件，满意率达95%（满意76件，基本满意8件）。" },
    { name: "s23 full rate: parts the rate does not name", code: "全年承办政协提案88件，满意率达100%（面商40件，电话沟通30件）。" },
    { name: "s23 full rate: a rate away from the bracket", code: "全年承办政协提案88件，满意率达100%，其中满意76件，基本满意8件。" },
    // s23: a total printed twice: the mention nearest the parts decides.
    { name: "s23 restated total: the nearest mention fits", code: "全市完成一般公共预算收入30.0亿元，同比增长2%。\n1、一般公共预算收入完成30.0亿元。①税收收入完成21.5亿元。②非税收入完成8.5亿元。" },
    // s23: shares that make 100% and the whole an "among" phrase names in their paragraph.
    { name: "s23 among noun: the named whole fits", code: "经认真办理，60件建议全部按期办结。在办复的建议中，已解决的有30件，占50%；正在解决的有18件，占30%；列入规划的有12件，占20%。" },
    { name: "s23 among noun: no count named by the noun, no reading", code: "全年办理63件，全部按期办结。在办复的建议中，已解决的有30件，占50%；正在解决的有18件，占30%；列入规划的有12件，占20%。" },
    { name: "s23 among noun: shares that do not make 100% do not close the list", code: "经认真办理，70件建议全部按期办结。在办复的建议中，已解决的有30件，占50%；正在解决的有18件，占30%。" },
    { name: "parts within a bracketed total", code: "受理劳动争议案件6件（调解4件、裁决1件）。" },
    { name: "a 其中 list below its total", code: "共办理行政复议案件45件，其中维持32件、撤销5件、确认违法3件。" },
    { name: "an exhaustive total that adds up", code: "办理人大代表建议23件、政协委员提案17件，共计40件。" },
    { name: "nested lists that add up", code: "公开信息193条。其中：法定主动公开信息共114条（组织机构1条，部门文件4条，工作动态98条，财政预决算8条，根治欠薪工作专栏3条）；政府信息公开年报1条；就业创业公开信息共78条（工作动态64条，政策指引4条，招聘信息3条，服务机构3条，监测统计4条）。" },
    { name: "overlapping attributes are never summed", code: "受理劳动争议案件67件（涉及农民工案件40件、集体争议案件30件）。" },
    { name: "money in mixed scales within rounding", code: "专项资金总额1.2亿元，其中中央资金8000万元、省级资金3500万元、县级资金600万元。" },
    { name: "a hedged total read conventionally", code: "发放宣传材料3000余份，其中法律法规汇编1200份、宣传折页2000份。" },
    { name: "parts with no evidence of being disjoint", code: "共为劳动者追讨工资约2300万元，其中建筑领域1650.5万元、制造业720万元。" },
    { name: "persons and person-visits are not compared", code: "培训执法人员300余人，其中骨干1200人次。" },
    { name: "a total after a total is not a list", code: "予以立案的案件共249宗，解决往年积案9宗，新年度案件结案240宗，共结案249宗。" },
    { name: "a nested 含 list under one part", code: "共发布各类信息3682条，其中，主动公开政府信息1233条，含政府规范性文件类信息2条，其他文件类信息1231条。" },
    // A stated count against the list naming its members.
    { name: "list: 分别为, count = names (num-46)", code: "逾期未办理单位3家,分别为亳州火车站、农业发展银行亳州市分行、市无线电管理处。" },
    { name: "list: 分别为 after a rate in the words (num-46)", code: "回复满意率90%以下的单位4家,分别为亳芜现代产业园区管委会、市烟草专卖局、中国银行亳州分行、市民政局。" },
    { name: "list: 等 before an equal count (num-40)", code: "上半年共指导华标涛景湾、江湾花苑、保利康桥、滨江花园等4个小区业委会成立。" },
    { name: "list: 等 leaves room for unnamed members", code: "共指导华标涛景湾、江湾花苑、保利康桥、滨江花园等5个小区。" },
    { name: "list: 等 with fewer names than the count (num-53)", code: "增值税、房产税、印花税等6个税种实现增长。" },
    { name: "list: titles back to back, 等 and an equal count", code: "制定《A办法》《B规定》《C细则》等3项制度。" },
    { name: "list: a quoted slogan is not a count", code: "开展“三进”活动：进社区、进企业、进学校。" },
    { name: "list: a list of counts is a breakdown", code: "检查企业3家、个体户5户，分别为甲、乙。" },
    { name: "list: an ordinal run belongs to another rule", code: "存在3个问题：一是宣传不够；二是培训不够；三是考核不够。" },
    { name: "list: a count far from any list", code: "共有4家单位参加。会议期间，甲、乙、丙作了发言。" },
    { name: "list: 包括 may leave members out", code: "共检查企业20家，包括餐饮企业、食品企业。" },
    { name: "list: kinds of the thing counted", code: "涉及企业4家，为餐饮企业、食品企业。" },
    { name: "list: a 和 that may be inside a name", code: "共2家，分别是市司法局、市人力资源和社会保障局。" },
    { name: "list: 和 before the last of five", code: "全县共有5个乡镇，即甲镇、乙镇、丙镇、丁镇和戊镇。" },
    { name: "list: actions before a count", code: "新建、改建5所学校。" },
    { name: "list: a numeral phrase in a member", code: "对市、县两级3个部门进行检查。" },
    { name: "list: 为 as a preposition", code: "共帮扶企业5家，为企业解决融资、用工、用地问题。" },
    { name: "list: a 、 list that may go on after its comma", code: "存在问题3个：宣传不够深入、培训不够系统，制度不够健全。" },
    { name: "list: a rank may be shared", code: "排名前三位：甲、乙、丙、丁。" },
    { name: "list: a closed list-first list that fits", code: "分事前、事中、事后三个环节予以公示。" },
    { name: "list: 为 and 与, count = names", code: "共有成员单位3个，为甲局、乙局与丙局。" },
    { name: "list: a Chinese-numeral count = names", code: "下属单位两家：甲院、乙中心。" },
    { name: "list: titles back to back = count", code: "共出台2个文件，分别为《甲办法》《乙规定》。" },
    { name: "list: quoted names back to back = count", code: "评选出优秀案例2个，分别是“甲”“乙”。" },
    { name: "list: 和 before the last person", code: "共3名，分别是张三、李四和王五。" },
    { name: "list: 和 inside a list-first list", code: "甲、乙和丙三个小区已完成改造。" },
    { name: "list: 包括 naming as many as stated", code: "共3家，包括甲院、乙中心、丙站。" },
    {
      name: "table: totals that add up across and down",
      code: "| 类别 | 自然人 | 法人 | 合计 |\n|---|---|---|---|\n| 新收 | 12 | 3 | 15 |\n| 结转 | 2 | 1 | 3 |\n| 合计 | 14 | 4 | 18 |",
    },
    { name: "table: decimals within rounding", code: "项目 | 金额（亿元） |\n甲 | 33.3 |\n乙 | 33.3 |\n丙 | 33.3 |\n合计 | 100.0 |" },
    { name: "table: a merged total row is not read", code: "省份 | 甲类 | 乙类 |\n东省 | 5 | 3 |\n西省 | 4 | 2 |\n合计 | 14 | |" },
    {
      name: "table: rows that do not line up with the header are not read",
      code: "自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n本年新收申请 | 3 | 5 |\n上年结转申请 | 0 | 1 |",
    },
    {
      name: "table: rows under a row that fall short of it (a part may be left out)",
      code: "指 标 | 3月末 | 比年初增减额 | 4月末 | 比年初增减额 |\n#境内贷款 | 985.1 | 27.6 | 1016.4 | 58.9 |\n住户贷款 | 307.9 | 6.5 | 316.6 | 15.2 |\n非金融企业及机关团体贷款 | 676.9 | 21.1 | 699.7 | 43.6 |",
    },
    {
      name: "table: industries under 第三产业 that leave some out",
      code: "指 标 | 绝对数 | 比上年增长% |\n第三产业 | 60.9 | -0.2 |\n批发和零售业 | 13.4 | -5.2 |\n金融业 | 8.8 | 4.8 |\n房地产业 | 14.5 | -0.2 |",
    },
    {
      name: "table: one cell per line, rows that lost their empty cells and add up",
      code: "自然人 |\n法人或其他组织 |\n总计 |\n|||\n本年新收申请 |\n6 |\n6 |\n|||\n上年结转申请 |\n1 |\n1 |\n2 |\n|||",
    },
    {
      name: "table: pieces of a table with prose between them are not read together",
      code: "| 本年新收申请 | 12 | 3 | 0 | 1 | 16 |\n| 上年结转申请 | 2 | 1 | 0 | 0 | 3 |\n以上为收到申请的情况，下表为办理结果。\n| 予以公开 | 5 | 1 | 0 | 0 | 6 |\n| 部分公开 | 4 | 0 | 1 | 0 | 6 |",
    },
    // Shares of one whole (占比…；占比…, 分别为…, a:b:c) that add up to 100% within rounding, or claim nothing.
    { name: "shares: a run that adds up within rounding", code: "反映问题类工单占比79.6%；咨询建议类工单占比15.3%；表扬感谢类工单占比5.2%。" },
    { name: "shares: a run that adds up exactly", code: "反映问题类工单占比79.6%；咨询建议类工单占比15.3%；表扬感谢类工单占比5.1%。" },
    { name: "shares: a partial list far from 100", code: "反映问题类工单占比50.5%；咨询建议类工单占比20.3%。" },
    { name: "shares: runs in two paragraphs are not one whole", code: "反映问题类工单占比79.6%。\n咨询建议类工单占比15.3%；表扬感谢类工单占比4.0%。" },
    { name: "shares: another rate between them breaks the run", code: "反映问题类工单占比79.6%；办结率99.5%；咨询建议类工单占比15.3%；表扬感谢类工单占比4.0%。" },
    { name: "shares: 分别为 adding up within rounding", code: "全年三次产业对经济增长的贡献率分别为3.7%、62.1%、34.2%。" },
    { name: "shares: 分别为 far from 100", code: "全年三次产业对经济增长的贡献率分别为3.7%、32.1%、34.5%。" },
    { name: "shares: a ratio of parts adding up", code: "全年三次产业结构比为3.9：59.5：36.6。" },
    { name: "shares: a ratio without decimals is another kind of ratio", code: "全市中小学师生比为1:15。" },
    { name: "shares: a ratio of whole numbers near 100 is not read", code: "全年三次产业结构比为4：59：36。" },
    {
      name: "shares: a share already reported by rate-mismatch is not reported again",
      code: "全年共受理工单1000件，其中反映问题类工单796件，占比79.6%；咨询建议类工单153件，占比16.3%；表扬感谢类工单51件，占比5.1%。",
    },
    // Sibling lists: counts in running text that make a whole without a list marker.
    { name: "siblings: a category list closed by 其他类 that fits the total before", code: "全年共办理热线工单5000件。工单分类：求决类2300件、咨询类1500件、投诉类900件、其他类300件。" },
    { name: "siblings: a category list not closed by 其他 claims nothing", code: "全年共办理热线工单5000件。工单分类：求决类2300件、咨询类1500件、投诉类910件。" },
    { name: "siblings: a total of another unit", code: "全年共办理热线工单5000人次。工单分类：求决类2300件、咨询类1500件、投诉类900件、其他类310件。" },
    { name: "siblings: 交办 and 直办 that fit the total before", code: "全年共受理群众诉求12000件。交办7400件，直办4600件。" },
    { name: "siblings: 交办 and 直办 against a total of another unit", code: "全年共受理群众诉求12000人次。交办7300件，直办4600件。" },
    { name: "siblings: a first count named like the others, smaller than one of them", code: "全年办理行政规范性文件42件，人事任免文件106件，其他文件113件。" },
    { name: "siblings: a first count without 共 below a part is not their total", code: "全年制发文件100件，行政规范性文件42件，人事任免文件106件，其他文件113件。" },
    { name: "siblings: a first count that is their total and fits", code: "全年制发文件261件，行政规范性文件42件，人事任免文件106件，其他文件113件。" },
    { name: "siblings: 国有 and 非国有 that fit the total before", code: "全年完成固定资产投资520亿元。国有投资220亿元，非国有投资300亿元。" },
    {
      name: "siblings: 满意 and 不满意 among five levels are not a pair",
      code: "全年共收到群众评价2000件。非常满意1200件，满意500件，基本满意200件，不满意60件，非常不满意30件。",
    },
    {
      name: "siblings: five levels in a 、 list are not a pair either",
      code: "全年共收到群众评价2000件。评价结果为非常满意1200件、满意500件、基本满意200件、不满意60件、非常不满意30件。",
    },
    {
      name: "items of information in categories that may count one item twice (解读类 within 政务信息) are not added up",
      code: "网站全年累计发布信息2139条，其中动态类信息发布1744条，政务信息发布393条，解读类信息发布21条，回应公众关注热点信息2条。",
    },
    { name: "a bare 共 after parts that leave most of it unnamed does not sum them", code: "予以公开208件，部分公开35件，共办理1191件。" },
    { name: "siblings: the sectors within the rounding of an amount in 亿 (450亿元 may be 449.5–450.5)", code: "全市实现地区生产总值1227亿元。第一产业实现增加值47.5亿元；第二产业实现增加值730.5亿元；第三产业实现增加值450亿元。" },
    { name: "siblings: categories below the total before (an open list may leave some out)", code: "全年共办理热线工单5000件。求决类2300件、咨询类1500件、投诉类900件。" },
    {
      name: "siblings: a count named like the others in their sentence is one of them, not their total",
      code: "“五邑人社”微信公众号发布推文687篇,粉丝量突破63.9万;“五邑人社”南方号发布推文127篇次;“江门人社”微博号发布推文820篇次;“江门人社”头条号发布推文513篇次。",
    },
    { name: "a 其中 list well short of its total claims nothing", code: "第二季度受理热线事项3136宗,其中:咨询类57宗、投诉类2840宗、求助类169宗。" },
    { name: "a 其中 list short by more than its smallest part claims nothing", code: "全年受理热线事项3136宗,其中:咨询类57宗、投诉类2840宗、求助类169宗、建议类2宗、举报类58宗。" },
    { name: "table: no total, no check", code: "指 标 | 本月末 | 比年初增减 |\n各项存款余额 | 2291.6 | 34.8 |\n#住户存款 | 1490.8 | 44.9 |" },
  ],
  invalid: [
    {
      name: "s23 among noun: shares of 100% and the whole the among phrase names differ (warning)",
      code: "经认真办理，63件建议全部按期办结。在办复的建议中，已解决的有30件，占50%；正在解决的有18件，占30%；列入规划的有12件，占20%。",
      errors: [
        {
          messageId: "mismatchEarlierTotal",
          severity: "warning",
          data: { whole: "63件", parts: "已解决的有30件、正在解决的有18件、列入规划的有12件", expression: "30件 + 18件 + 12件 = 60件", detail: "，相差 3件", suggestion: "请核对总数或各分项数字。" },
        },
      ],
    },
    // s23: outcome columns of a table, levels, enforcement kinds, long colon lists, the outcome balance,
    // a full rate before a bracket, a restated total.
    {
      name: "s23 outcome columns: 许可 + 不予许可 above 受理 (warning)",
      code: "申请数量 | 受理数量 | 许可数量 | 不予许可数量 | 撤销许可数量 |\n3120 | 3110 | 3080 | 40 | 2 |",
      errors: [
        {
          messageId: "tableRowAtMost",
          severity: "warning",
          text: "3110",
          data: { row: "表格第 2 行", column: "「受理数量」", total: "3110", expression: "3080 + 40 = 3120", difference: "10", detail: "" },
        },
      ],
    },
    {
      name: "s23 outcome columns: headers with units, one row of several off (warning)",
      code: "地区 | 受理数量(件) | 许可数量(件) | 不予许可数量(件) |\n甲县 | 100 | 90 | 10 |\n乙县 | 60 | 55 | 9 |",
      errors: [{ messageId: "tableRowAtMost", severity: "warning", text: "60", data: { row: "「乙县」行", column: "「受理数量」", total: "60", expression: "55 + 9 = 64", difference: "4", detail: "" } }],
    },
    {
      name: "s23 levels: 中、省 / 市本级 / 各县（市、区） above the total (warning)",
      code: "本季度共收到来信212件。其中，中、省转办35件，市本级登记办理160件，各县（市、区）登记办理27件。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning", text: "省转办35件，市本级登记办理160件，各县（市、区）登记办理27件" }],
    },
    {
      name: "s23 levels: 省 / 市本级 / 各县（市、区） / 镇（街道） above the total in one sentence (warning)",
      code: "共受理诉求事项500件，其中省转办100件，市本级办理200件，各县（市、区）受理150件，镇（街道）处置80件。",
      errors: [{ messageId: "sumExceeds", severity: "warning" }],
    },
    {
      name: "s23 enforcement kinds: above the total across sentences (warning)",
      code: "全县共办理各类行政执法案件1.2万宗。其中，行政处罚2100宗，罚没款300万元。行政处罚被申请行政复议6宗。行政强制450宗；行政检查10500宗。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning", data: {
            parts: "行政处罚2100宗、行政强制450宗、行政检查10500宗",
            whole: "全县共办理各类行政执法案件1.2万宗",
            expression: "2100宗 + 450宗 + 10500宗 = 13050宗",
            detail: "，比总数多 1050宗",
            suggestion: "分项之和不应大于总数，请核对总数或各分项数字。",
          } }],
    },
    {
      name: "s23 enforcement kinds: 予以许可 is the count of licences (warning)",
      code: "全区共办理行政执法案件3000宗。行政许可申请总数2600宗，予以许可2500宗；行政处罚600宗。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning" }],
    },
    {
      name: "s23 long colon list: six kinds a hair short of the total (warning)",
      code: "全年共发布各类信息412条，其中：政策文件20条；人事信息11条；工作动态300条；财政信息9条；年度报告1条；办事指南70条。",
      errors: [{ messageId: "mismatch", severity: "warning" }],
    },
    {
      name: "s23 outcome balance: the outcomes exceed what came in (warning)",
      code: "全年收到政府信息公开申请52件，上年结转政府信息公开申请3件。办结的申请中同意公开答复21件，部分公开4件，不予公开5件，无法提供的12件，不予处理2件，其他处理10件，转下一年度办理答复的有2件。",
      errors: [
        {
          messageId: "balanceOutcomes",
          severity: "warning",
          data: {
            intake: "收到政府信息公开申请52件",
            carriedIn: "上年结转政府信息公开申请3件",
            carriedOut: "转下一年度办理答复的有2件",
            sources: "52 + 3 = 55",
            uses: "21 + 4 + 5 + 12 + 2 + 10 + 2 = 56",
            difference: "1",
          },
        },
      ],
    },
    {
      name: "s23 outcome balance: 予以公开及部分公开 for the first two, short (warning)",
      code: "本年度收到申请40件，上年结转申请2件；予以公开及部分公开20件，不予公开3件，无法提供10件，不予处理1件，其他处理5件，结转下年度继续办理1件。",
      errors: [{ messageId: "balanceOutcomes", severity: "warning", data: {
            intake: "收到申请40件",
            carriedIn: "上年结转申请2件",
            carriedOut: "结转下年度继续办理1件",
            sources: "40 + 2 = 42",
            uses: "20 + 3 + 10 + 1 + 5 + 1 = 40",
            difference: "2",
          } }],
    },
    {
      name: "s23 full rate: the bracket is short of the whole (warning)",
      code: "全年承办政协提案89件，满意率达100%（满意80件，基本满意8件）。",
      errors: [{ messageId: "mismatch", severity: "warning" }],
    },
    {
      name: "s23 full rate: 办结率100% and a bracket above the whole keeps its error",
      code: "共受理投诉120件，办结率100%（按期办结118件，逾期办结5件）。",
      errors: [{ messageId: "mismatch", severity: "error" }],
    },
    {
      name: "s23 restated total: the nearest mention differs from the parts (warning)",
      code: "全市完成一般公共预算收入30.0亿元，同比增长2%。\n1、一般公共预算收入完成29.0亿元。①税收收入完成21.5亿元。②非税收入完成8.5亿元。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning", data: {
            whole: "一般公共预算收入完成29.0亿元",
            parts: "①税收收入完成21.5亿元、②非税收入完成8.5亿元",
            expression: "21.5亿元 + 8.5亿元 = 30亿元",
            detail: "，相差 1亿元",
            suggestion: "请核对总数或各分项数字。",
          } }],
    },
    {
      name: "s22 complementary clauses: 符合 / 不符合 short of the total (warning)",
      code: "全年办结22.4万件。办结的案件中，符合法定受理条件，依法作出复议决定的19.7万件；不符合法定受理条件，依法作出相应处理的2.4万件。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning" }],
    },
    {
      name: "s22 mostly categories: above the total (warning)",
      code: "共受理34件，其中投诉举报类13件，行政处罚类17件，行政强制类1件，行政不作为4件。",
      errors: [{ messageId: "sumExceeds", severity: "warning" }],
    },
    {
      name: "s22 tax revenue: 税收 + 非税 a sentence apart, above the budget revenue (warning)",
      code: "公共财政预算收入完成58.2亿元。①税收收入完成47.8亿元。13个税种中，6个税种实现增长，合计增收2.5亿元。②非税收入完成11.4亿元。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning" }],
    },
    {
      name: "s22 named brackets: one department above the total, named (warning)",
      code: "交办诉求事项共300宗，其中办理事项排名前二的部门是县公安局（317宗）、忠信镇（225宗）。",
      errors: [{ messageId: "sumExceeds", severity: "warning", text: "交办诉求事项共300宗，其中办理事项排名前二的部门是县公安局（317宗）、忠信镇（225宗）" }],
    },
    {
      name: "s22 among across a paragraph: categories above 受理 (warning: the whole is a paragraph away)",
      code: "全年受理34件。其中以部门为被申请人的占94.11%。\n案件类型情况：受理案件中投诉举报类12件，行政确权类37件。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning" }],
    },
    {
      name: "s22 named brackets: departments above the total (warning)",
      code: "交办各部门诉求事项共500宗，其中办理事项排名前三的部门是县公安局（287宗）、忠信镇（225宗）、县人社局（154宗）。",
      errors: [{ messageId: "sumExceeds", severity: "warning" }],
    },
    {
      name: "s22 share reach: two shares that make 100% and a total one above the parts",
      code: "全年新受理的行政复议152件中，被申请人为县政府部门的案件140件，占受理案件数比例最高，达92.71%；乡镇政府11件，占受理总数的7.28%。",
      errors: [{ messageId: "mismatch", severity: "error" }],
    },
    {
      name: "s22 bracket list: a closed list one short of its 共 total (warning)",
      code: "全年主动公开信息共115条（组织机构1条，部门文件4条，工作动态98条，财政预决算8条，工作专栏3条）。",
      errors: [{ messageId: "mismatch", severity: "warning" }],
    },
    {
      name: "s22 bracket list: half-width brackets, a list short of its 共计 total (warning)",
      code: "各类申请共计80件(网上申请50件,窗口申请20件,信函申请8件)。",
      errors: [{ messageId: "mismatch", severity: "warning" }],
    },
    {
      name: "s22 colon list: items above the total (warning)",
      code: "全年公开信息193条。其中：法定主动公开信息114条；年度报告2条；专栏信息78条。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning", text: "法定主动公开信息114条；年度报告2条；专栏信息78条" }],
    },
    {
      name: "s22 colon list: in one sentence, items above the total (warning)",
      code: "共发布政务信息500条，其中：政策文件320条；工作动态150条；通知公告40条。",
      errors: [{ messageId: "sumExceeds", severity: "warning" }],
    },
    {
      name: "s22 balance: one more carried forward than the intake allows (warning)",
      code: "本年度共收到政府信息公开申请30件，上年结转1件，共办结24件，结转下年办理8件。",
      errors: [
        {
          messageId: "balance",
          severity: "warning",
          data: {
            intake: "本年度共收到政府信息公开申请30件",
            carriedIn: "上年结转1件",
            closed: "共办结24件",
            carriedOut: "结转下年办理8件",
            sources: "30 + 1 = 31",
            uses: "24 + 8 = 32",
            difference: "1",
          },
        },
      ],
    },
    {
      name: "s22 balance: 审结 and 结转至2025年 (warning)",
      code: "共受理行政复议申请45件，上年度结转5件，审结40件，结转至2025年8件。",
      errors: [{ messageId: "balance", severity: "warning" }],
    },
    {
      name: "bracketed parts larger than their total",
      code: "8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解31件)。",
      errors: [{ messageId: "sumExceeds", severity: "error", text: "8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解31件)" }],
    },
    {
      name: "a disposal list larger than its total",
      code: "共办理行政复议案件45件，其中维持32件、撤销5件、确认违法3件、终止6件。",
      errors: [{ messageId: "sumExceeds", severity: "error" }],
    },
    {
      name: "其余 makes the list exhaustive",
      code: "共办理行政复议案件45件，其中维持32件、撤销5件、确认违法3件，其余6件已终止。",
      errors: [{ messageId: "mismatch", severity: "error" }],
    },
    {
      name: "共计 after the list must equal the sum",
      code: "办理人大代表建议23件、政协委员提案17件，共计41件。",
      errors: [{ messageId: "mismatch", severity: "error", text: "23件、政协委员提案17件，共计41件" }],
    },
    {
      name: "money levels above the total beyond rounding",
      code: "专项资金总额1.2亿元，其中中央资金8000万元、省级资金5500万元。",
      errors: [{ messageId: "sumExceeds", severity: "error" }],
    },
    {
      name: "beyond the usual reading of 余 is only a warning",
      code: "发放宣传材料3000余份，其中法律法规汇编1200份、宣传折页2900份。",
      errors: [{ messageId: "sumExceeds", severity: "warning" }],
    },
    {
      name: "Chinese numerals",
      code: "受理行政复议案件二十件，其中维持十五件、撤销八件。",
      errors: [{ messageId: "sumExceeds", severity: "error" }],
    },
    // Shares of one whole that do not add up to 100%.
    {
      name: "shares: a run of 占比 off by 0.19 with two decimals",
      code: "反映问题类工单占比79.62%；咨询建议类工单占比15.29%；表扬感谢类工单占比4.90%。",
      errors: [
        {
          messageId: "shareSum",
          severity: "warning",
          text: "79.62%；咨询建议类工单占比15.29%；表扬感谢类工单占比4.90%",
          data: { shares: "79.62%；15.29%；4.90%", sum: "99.81", gap: "0.19", slack: "0.015" },
        },
      ],
    },
    {
      name: "shares: a run of 占比 off by 1.1",
      code: "反映问题类工单占比70.5%；咨询建议类工单占比20.3%；表扬感谢类工单占比8.1%。",
      errors: [{ messageId: "shareSum", severity: "warning", data: { shares: "70.5%；20.3%；8.1%", sum: "98.9", gap: "1.1", slack: "0.15" } }],
    },
    {
      name: "shares: 分别为 three contributions",
      code: "全年三次产业对经济增长的贡献率分别为3.7%、62.1%、34.5%。",
      errors: [{ messageId: "shareSum", severity: "warning", text: "3.7%、62.1%、34.5%", data: { shares: "3.7%、62.1%、34.5%", sum: "100.3", gap: "0.3", slack: "0.15" } }],
    },
    {
      name: "shares: a ratio of the three sectors",
      code: "全年三次产业结构比为3.9：59.5：36.9。",
      errors: [{ messageId: "shareSum", severity: "warning", text: "3.9：59.5：36.9", data: { shares: "3.9：59.5：36.9", sum: "100.3", gap: "0.3", slack: "0.15" } }],
    },
    {
      name: "shares: a ratio off 100% with its amounts printed names the term they contradict",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：16.4。",
      errors: [
        {
          messageId: "shareSumTerm",
          severity: "warning",
          text: "6.8：77.3：16.4",
          data: { shares: "6.8：77.3：16.4", sum: "100.5", gap: "0.5", slack: "0.15", term: "16.4", part: "第三产业完成投资39.2亿元", expected: "15.8" },
        },
      ],
    },
    {
      name: "shares: a ratio of two with ASCII colons",
      code: "全年中直与地方经济比重为60.9:38.2。",
      errors: [{ messageId: "shareSum", severity: "warning", text: "60.9:38.2", data: { shares: "60.9：38.2", sum: "99.1", gap: "0.9", slack: "0.10" } }],
    },
    {
      name: "a part above the total in a list that is added up: one finding that names it",
      code: "8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解81件)。",
      errors: [
        {
          messageId: "sumExceeds",
          severity: "error",
          text: "8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解81件)",
          data: {
            whole: "8-10月共受理劳动争议案件67件",
            computed: "129件",
            expression: "21件 + 27件 + 81件 = 129件",
            detail: "，比总数多 62件，其中「线上调解81件」一项已超过总数",
            suggestion: "分项之和不应大于总数，请核对总数或各分项数字。",
          },
        },
      ],
    },
    // Sibling lists against a total.
    {
      name: "siblings: 油 and 非油 against the 生产总值 before (非油经济 names 非油, not 油)",
      code: "全市实现地区生产总值1227亿元。油经济实现增加值275.7亿元，同比下降0.9%；非油经济实现增加值952.3亿元。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning", text: "油经济实现增加值275.7亿元，同比下降0.9%；非油经济实现增加值952.3亿元" }],
    },
    {
      name: "siblings a sentence apart, one owning a bracketed list of its own",
      code: "全市固定资产投资完成247.4亿元。中直投资完成159.5亿元，负向拉动全市投资8.7个百分点（其中：油田产能项目完成投资150亿元；石化公司1.1亿元）。地方投资完成88.1亿元。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning" }],
    },
    {
      name: "siblings: the three sectors' 增加值 against the 生产总值 a sentence before",
      code: "全年实现地区生产总值346.02亿元。第一产业实现增加值12.76亿元;第二产业实现增加值214.96亿元;第三产业实现增加值120.29亿元。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning", text: "第一产业实现增加值12.76亿元;第二产业实现增加值214.96亿元;第三产业实现增加值120.29亿元" }],
    },
    {
      name: "rating levels in brackets after a rate cannot overlap: their sum above the count is certain",
      code: "今年承办的146件政协提案,满意率达100%(满意146件,基本满意2件)。",
      errors: [{ messageId: "sumExceeds", severity: "error" }],
    },
    {
      name: "siblings: categories above the total before",
      code: "全年共办理热线工单5000件。求决类2300件、咨询类1500件、投诉类1300件。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning", text: "求决类2300件、咨询类1500件、投诉类1300件" }],
    },
    {
      name: "siblings: channels sharing a head word above the total before",
      code: "第二季度受理热线事项3136宗。语音受理2725宗，粤省心受理239宗，多媒体受理175宗。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning", text: "语音受理2725宗，粤省心受理239宗，多媒体受理175宗" }],
    },
    {
      name: "siblings: reported against the total their sum comes nearest, not a 其中 part named like them",
      code: "全市实现社会消费品零售总额527亿元。其中，限额以上单位实现零售额139.7亿元。城镇实现零售额487.3亿元；乡村实现零售额40.4亿元。",
      errors: [
        {
          messageId: "mismatchEarlierTotal",
          severity: "warning",
          data: {
            parts: "城镇实现零售额487.3亿元、乡村实现零售额40.4亿元",
            whole: "全市实现社会消费品零售总额527亿元",
            expression: "487.3亿元 + 40.4亿元 = 527.7亿元",
            detail: "，相差 0.7亿元",
            suggestion: "请核对总数或各分项数字。",
          },
        },
      ],
    },
    {
      name: "a 其中 list of five categories a hair short of its total is a slip",
      code: "第二季度受理热线事项3136宗,其中:咨询类57宗、投诉类2840宗、求助类169宗、建议类11宗、举报类58宗。",
      errors: [{ messageId: "mismatch", severity: "warning" }],
    },
    {
      name: "counts named by the noun after them (113个看守所、173个法院的…) cannot overlap",
      code: "全省建立法律援助工作站3380个，其中，全省3217个看守所、173个法院的法律援助工作站已全部建立。",
      errors: [{ messageId: "sumExceeds", severity: "error" }],
    },
    {
      name: "siblings: a category list closed by 其他类 against the total a sentence before",
      code: "全年共办理热线工单5000件。工单分类：求决类2300件、咨询类1500件、投诉类900件、其他类310件。",
      errors: [
        {
          messageId: "mismatchEarlierTotal",
          severity: "warning",
          text: "求决类2300件、咨询类1500件、投诉类900件、其他类310件",
          data: {
            parts: "求决类2300件、咨询类1500件、投诉类900件、其他类310件",
            whole: "全年共办理热线工单5000件",
            expression: "2300件 + 1500件 + 900件 + 310件 = 5010件",
            detail: "，相差 10件",
            suggestion: "请核对总数或各分项数字。",
          },
        },
      ],
    },
    {
      name: "siblings: a category list closed by 其他类 in the total's sentence",
      code: "全年共办理热线工单5000件，工单分类：求决类2300件、咨询类1500件、投诉类900件、其他类310件。",
      errors: [{ messageId: "mismatch", severity: "error", text: "全年共办理热线工单5000件，工单分类：求决类2300件、咨询类1500件、投诉类900件、其他类310件" }],
    },
    {
      name: "siblings: 交办 and 直办 against the total a sentence before",
      code: "全年共受理群众诉求12000件。交办7300件，直办4600件。",
      errors: [
        {
          messageId: "mismatchEarlierTotal",
          severity: "warning",
          text: "交办7300件，直办4600件",
          data: {
            parts: "交办7300件、直办4600件",
            whole: "全年共受理群众诉求12000件",
            expression: "7300件 + 4600件 = 11900件",
            detail: "，相差 100件",
            suggestion: "请核对总数或各分项数字。",
          },
        },
      ],
    },
    {
      name: "siblings: 交办 and 直办 against the total right before them",
      code: "全年共受理群众诉求12000件，交办7300件，直办4600件。",
      errors: [{ messageId: "mismatch", severity: "error", text: "全年共受理群众诉求12000件，交办7300件，直办4600件" }],
    },
    {
      name: "siblings: a first count that says 共 is the total of the rest",
      code: "全年共制发文件260件，行政规范性文件42件，人事任免文件106件，其他文件113件。",
      errors: [{ messageId: "mismatch", severity: "error", data: { whole: "全年共制发文件260件", computed: "261件", expression: "42件 + 106件 + 113件 = 261件", detail: "，相差 1件", suggestion: "请核对总数或各分项数字。" } }],
    },
    {
      name: "siblings: a first count large enough is the total of the rest",
      code: "全年制发文件420件，行政规范性文件42件，人事任免文件106件，其他文件113件。",
      errors: [{ messageId: "mismatch", severity: "error", text: "全年制发文件420件，行政规范性文件42件，人事任免文件106件，其他文件113件" }],
    },
    {
      name: "siblings: 其他文件 closes a list whose total is a sentence before",
      code: "全年制发各类文件270件。行政规范性文件42件，人事任免文件106件，其他文件113件。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning", text: "行政规范性文件42件，人事任免文件106件，其他文件113件" }],
    },
    {
      name: "siblings: 国有 and 非国有 against the total a sentence before",
      code: "全年完成固定资产投资520亿元。国有投资210亿元，非国有投资300亿元。",
      errors: [
        {
          messageId: "mismatchEarlierTotal",
          severity: "warning",
          text: "国有投资210亿元，非国有投资300亿元",
          data: {
            parts: "国有投资210亿元、非国有投资300亿元",
            whole: "全年完成固定资产投资520亿元",
            expression: "210亿元 + 300亿元 = 510亿元",
            detail: "，相差 10亿元",
            suggestion: "请核对总数或各分项数字。",
          },
        },
      ],
    },
    {
      name: "siblings: 满意 and 不满意 alone are a pair",
      code: "全年共收到群众评价2000件。满意1500件，不满意400件。",
      errors: [{ messageId: "mismatchEarlierTotal", severity: "warning", text: "满意1500件，不满意400件" }],
    },
    // A stated count against the list naming its members; the finding covers the count.
    {
      name: "list: 分别是 with 和, fewer names than the count",
      code: "下属单位共4家，分别是甲院、乙中心和丙站。",
      errors: [
        {
          messageId: "listCount",
          severity: "error",
          text: "4家",
          line: 1,
          column: 6,
          data: { count: "下属单位共4家", named: "3 家", items: "甲院、乙中心、丙站", detail: "" },
        },
      ],
    },
    {
      name: "list: a colon before 《》 titles",
      code: "印发3份清单：《权力清单》、《责任清单》。",
      errors: [{ messageId: "listCount", severity: "error", text: "3份", data: { count: "印发3份清单", named: "2 份", items: "《权力清单》、《责任清单》", detail: "" } }],
    },
    {
      name: "list: 等 with more names than the count",
      code: "共指导华标涛景湾、江湾花苑、保利康桥、滨江花园等3个小区。",
      errors: [
        {
          messageId: "listCount",
          severity: "warning",
          text: "3个",
          data: { count: "滨江花园等3个", named: "4 个", items: "华标涛景湾、江湾花苑、保利康桥、滨江花园", detail: "，多于所述的 3 个" },
        },
      ],
    },
    { name: "list: a Chinese-numeral count, more names", code: "下属单位两家：甲院、乙中心、丙站。", errors: [{ messageId: "listCount", severity: "error", text: "两家" }] },
    { name: "list: 分别为 and a 三个 count", code: "确定试点乡镇三个，分别为甲镇、乙镇、丙镇、丁镇。", errors: [{ messageId: "listCount", severity: "error", text: "三个" }] },
    { name: "list: 为 and 与 before the last member", code: "共有成员单位4个，为甲局、乙局与丙局。", errors: [{ messageId: "listCount", severity: "error", text: "4个" }] },
    { name: "list: an inline 分别是 and 及 before the last member", code: "共4家单位分别是：甲院、乙站及丙所。", errors: [{ messageId: "listCount", severity: "error", text: "4家" }] },
    { name: "list: titles back to back", code: "共出台3个文件，分别为《甲办法》《乙规定》。", errors: [{ messageId: "listCount", severity: "error", text: "3个" }] },
    { name: "list: 等 after more titles than the count", code: "制定《A办法》《B规定》《C细则》等2项制度。", errors: [{ messageId: "listCount", severity: "warning", text: "2项" }] },
    { name: "list: a closed list-first list", code: "事前、事中、事后两个环节均予公示。", errors: [{ messageId: "listCount", severity: "warning", text: "两个" }] },
    { name: "list: list-first without 等, more names", code: "联合公安、市场监管、税务、消防3个部门开展检查。", errors: [{ messageId: "listCount", severity: "warning", text: "3个" }] },
    { name: "list: members set apart by commas", code: "共5名，分别是张三，李四，王五。", errors: [{ messageId: "listCount", severity: "warning", text: "5名" }] },
    { name: "list: 主要有 naming more than stated", code: "共有5家，主要有甲院、乙中心、丙站、丁所、戊局、己站。", errors: [{ messageId: "listCount", severity: "warning", text: "5家" }] },
    { name: "list: a 和 inside a name still leaves too few", code: "共4家，分别是市司法局、市人力资源和社会保障局。", errors: [{ messageId: "listCount", severity: "warning", text: "4家" }] },
    { name: "list: quoted names back to back", code: "评选出优秀案例3个，分别是“甲”“乙”。", errors: [{ messageId: "listCount", severity: "error", text: "3个" }] },
    { name: "list: 包括 naming more than stated", code: "共2家，包括甲院、乙中心、丙站。", errors: [{ messageId: "listCount", severity: "warning", text: "2家" }] },
    {
      name: "list: the count in English",
      code: "下属单位共4家，分别是甲院、乙中心和丙站。",
      settings: { locale: "en" },
      errors: [{ messageId: "listCount", data: { count: "下属单位共4家", named: "3", items: "甲院, 乙中心, 丙站", detail: "" } }],
    },
    {
      name: "table: a total column that does not add up",
      code: "项目 | 自然人 | 法人 | 总计 |\n一、本年新收申请 | 12 | 4 | 17 |",
      errors: [
        {
          messageId: "tableRow",
          severity: "error",
          text: "17",
          line: 2,
          column: 21,
          data: { row: "「一、本年新收申请」行", column: "「总计」", total: "17", expression: "12 + 4 = 16", difference: "1", detail: "" },
        },
      ],
    },
    {
      name: "table: a 合计 row beyond rounding",
      code: "| 区县 | 受理 |\n|---|---|\n| 东城 | 1.24 |\n| 西城 | 2.31 |\n| 合计 | 3.60 |",
      errors: [
        {
          messageId: "tableColumn",
          severity: "error",
          text: "3.60",
          data: {
            row: "「合计」行",
            column: "「受理」列",
            total: "3.60",
            expression: "1.24 + 2.31 = 3.55",
            difference: "0.05",
            detail: "（四舍五入最多可解释 0.015）",
          },
        },
      ],
    },
    {
      name: "table: many addends are counted, not listed",
      code: `街道 | 件数 |\n${Array.from({ length: 14 }, (_, i) => `第${i + 1}街道 | ${i + 1} |`).join("\n")}\n合计 | 106 |`,
      errors: [{ messageId: "tableColumn", text: "106", data: { row: "「合计」行", column: "「件数」列", total: "106", expression: "14 项合计 105", difference: "1", detail: "" } }],
    },
    {
      name: "table: one cell per line, a row without a label",
      code: "警告 |\n罚款 |\n合计(宗) |\n|\n12 |\n30 |\n41 |\n|\n3 |\n5 |\n8 |",
      errors: [{ messageId: "tableRow", text: "41", data: { row: "表格第 2 行", column: "「合计(宗)」", total: "41", expression: "12 + 30 = 42", difference: "1", detail: "" } }],
    },
    {
      name: "table: a lost header, the total column shown by the rows",
      code: "本年新收申请 | 12 | 3 | 0 | 1 | 16 |\n上年结转申请 | 2 | 1 | 0 | 0 | 3 |\n予以公开 | 5 | 1 | 0 | 0 | 7 |",
      errors: [
        {
          messageId: "tableRow",
          text: "7",
          line: 3,
          column: 24,
          data: { row: "「予以公开」行", column: "第 6 列", total: "7", expression: "5 + 1 + 0 + 0 = 6", difference: "1", detail: "" },
        },
      ],
    },
    {
      name: "table: 进出口 against 出口 and 进口",
      code: "指 标 | 1-3月 | 增长（%） |\n进出口总值 | 1806.9 | 6.2 |\n出口 | 69.4 | -3.9 |\n进口 | 1737.0 | 7.3 |",
      errors: [
        {
          messageId: "tableColumn",
          severity: "error",
          text: "1806.9",
          data: {
            row: "「进出口总值」行",
            column: "「1-3月」列",
            total: "1806.9",
            expression: "69.4 + 1737.0 = 1806.4",
            difference: "0.5",
            detail: "（四舍五入最多可解释 0.15）",
          },
        },
      ],
    },
    {
      name: "table: industries under 第三产业 add up to more than it",
      code: "指 标 | 绝对数 | 比上年增长% |\n第三产业 | 60.9 | -0.2 |\n批发和零售业 | 13.4 | -5.2 |\n金融业 | 38.8 | 4.8 |\n房地产业 | 14.5 | -0.2 |",
      errors: [
        {
          messageId: "tableColumn",
          severity: "error",
          text: "60.9",
          data: {
            row: "「第三产业」行",
            column: "「绝对数」列",
            total: "60.9",
            expression: "13.4 + 38.8 + 14.5 = 66.7",
            difference: "5.8",
            detail: "（四舍五入最多可解释 0.2）",
          },
        },
      ],
    },
    {
      name: "table: one cell per line, a row that lost its empty cells is likely off (warning)",
      code: "自然人 |\n法人或其他组织 |\n总计 |\n|||\n本年新收申请 |\n6 |\n8 |\n|||\n上年结转申请 |\n1 |\n1 |\n2 |\n|||",
      errors: [
        {
          messageId: "tableRow",
          severity: "warning",
          text: "8",
          data: { row: "「本年新收申请」行", column: "「总计」", total: "8", expression: "6 = 6", difference: "2", detail: "" },
        },
      ],
    },
    {
      name: "table: rows shown to be the parts of the row above add up to more than it (warning)",
      code: "指 标 | 本月末 | 比年初增减额 | 上月末 |\n#境内存款 | 1520.1 | 45.1 | 1495.0 |\n住户存款 | 1012.3 | 38.2 | 995.1 |\n非金融企业存款 | 300.6 | -5.3 | 290.4 |\n机关团体存款 | 209.2 | 12.2 | 209.5 |",
      errors: [
        {
          messageId: "tableColumn",
          severity: "warning",
          text: "1520.1",
          data: {
            row: "「#境内存款」行",
            column: "「本月末」列",
            total: "1520.1",
            expression: "1012.3 + 300.6 + 209.2 = 1522.1",
            difference: "2.0",
            detail: "（四舍五入最多可解释 0.2）",
          },
        },
      ],
    },
    {
      name: "table: pieces of a table cut apart show its total column (warning)",
      code: "| 本年新收申请 | 12 | 3 | 0 | 1 | 16 |\n| 上年结转申请 | 2 | 1 | 0 | 0 | 3 |\n（三）不\n予公开\n| 予以公开 | 5 | 1 | 0 | 0 | 6 |\n| 部分公开 | 4 | 0 | 1 | 0 | 6 |",
      errors: [
        {
          messageId: "tableRow",
          severity: "warning",
          text: "6",
          line: 6,
          data: { row: "「部分公开」行", column: "第 6 列", total: "6", expression: "4 + 0 + 1 + 0 = 5", difference: "1", detail: "" },
        },
      ],
    },
    {
      name: "table: a key–value table and its 总计",
      code: "部门 | 数量 | 部门 | 数量 |\n教育局 | 12 | 民政局 | 7 |\n司法局 | 5 | 财政局 | 3 |\n总计 | 28 | | |",
      errors: [{ messageId: "tableColumn", text: "28", data: { row: "「总计」行", column: "「数量」列", total: "28", expression: "12 + 7 + 5 + 3 = 27", difference: "1", detail: "" } }],
    },
  ],
});

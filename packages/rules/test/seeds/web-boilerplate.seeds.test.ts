// Every web-boilerplate finding on the five seeds, reviewed by hand: new noise fails this test.
import rule from "../../src/rules/web-boilerplate.js";
import { guardSeeds } from "../helpers/seed-guard.js";

guardSeeds(rule, {
  "chenghai-hrss-2024.txt": [],
  "county-hrss-2022.txt": [],
  // The page's publication line, share widget, related-reading box and QR prompt.
  "wancheng-gov-2024.txt": [
    { line: 3, text: "发布时间:2025-03-25来源:南阳市宛城区", severity: "warning" },
    { line: 5, text: "分享:", severity: "warning" },
    { line: 55, text: "相关阅读:", severity: "warning" },
    { line: 57, text: "扫一扫在手机打开当前页", severity: "warning" },
  ],
  // The site navigation after the end of the report.
  "wancheng-hrss-2025.txt": [{ line: 60, text: "首页\n走进宛城\n政务动态\n政务公开\n政务服务\n专题专栏", severity: "warning" }],
  "weidu-hrss-2023.txt": [],
});

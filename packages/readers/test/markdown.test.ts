import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskMarkdown } from "../src/index.js";

/** Masks and checks that only characters turned into spaces changed. */
function mask(md: string): string {
  const out = maskMarkdown(md);
  expect(out.length).toBe(md.length);
  for (let i = 0; i < md.length; i++) if (out[i] !== md[i]) expect(out[i]).toBe(" ");
  return out;
}

describe("maskMarkdown", () => {
  it("masks ATX heading markers, closing hashes included", () => {
    expect(mask("## 二、存在的问题\n### 三、下步打算 ###")).toBe("   二、存在的问题\n    三、下步打算    ");
  });

  it("does not treat a hash without a space, or deeper than six, as a heading", () => {
    expect(mask("#标签 正文\n####### 七级")).toBe("#标签 正文\n####### 七级");
  });

  it("masks emphasis delimiters and keeps the emphasised words where they were", () => {
    expect(mask("全**市**推进，*重点*工作，__下划__和~~删除~~")).toBe("全  市  推进， 重点 工作，  下划  和  删除  ");
  });

  it("leaves a lone star or underscore alone (a placeholder, a file name)", () => {
    expect(mask("某某** 单位 ** 与 file_name_x 及 3*4*5")).toBe("某某** 单位 ** 与 file_name_x 及 3*4*5");
  });

  it("keeps link text and masks the brackets and the address", () => {
    expect(mask("见[政务公开](https://example.gov.cn/a)栏目")).toBe("见 政务公开                           栏目");
    expect(mask("见[规定][ref]。\n[ref]: https://example.gov.cn")).toBe(`见 规定      。\n${" ".repeat("[ref]: https://example.gov.cn".length)}`);
  });

  it("masks a link address with balanced parentheses, and stays fast on many open brackets", () => {
    expect(mask("见[条例](https://a.cn/b_(c))。")).toBe(`见 条例${" ".repeat("](https://a.cn/b_(c))".length)}。`);
    const open = "[字(".repeat(20000);
    expect(mask(open)).toBe(open);
    const unclosed = "**字 ".repeat(20000);
    expect(mask(unclosed)).toBe(unclosed);
  });

  it("masks images whole, autolink brackets and HTML tags", () => {
    expect(mask("图![示意](a.png)后<br/>访问<https://a.cn>")).toBe(`图${" ".repeat(12)}后${" ".repeat(5)}访问 https://a.cn `);
  });

  it("masks backticks of inline code and reads nothing inside as markdown", () => {
    expect(mask("字段`**x**`值")).toBe("字段 **x** 值");
  });

  it("masks code fences with their content, and HTML comments across lines", () => {
    expect(mask("前\n```js\nlet a = 1;\n```\n后<!-- 注\n释 -->尾")).toBe(`前\n${" ".repeat(5)}\n${" ".repeat(10)}\n   \n后${" ".repeat(6)}\n${" ".repeat(5)}尾`);
  });

  it("masks block quote and bullet markers but keeps ordered list numbers", () => {
    expect(mask("> 引用\n- 一是加强\n* 二是完善\n+ [x] 三是\n1. 总体情况")).toBe("  引用\n  一是加强\n  二是完善\n      三是\n1. 总体情况");
  });

  it("masks thematic breaks and setext underlines", () => {
    expect(mask("标题\n===\n正文\n\n---\n***")).toBe("标题\n   \n正文\n\n   \n   ");
  });

  it("keeps pipe tables as they are", () => {
    const table = "| 项目 | 数量 |\n| --- | --- |\n| 案件 | 12 |";
    expect(mask(table)).toBe(table);
  });

  it("masks the backslash of an escape and keeps the escaped character", () => {
    expect(mask("\\*不是强调\\*")).toBe(" *不是强调 *");
  });

  it("keeps CRLF line ends and plain text untouched", () => {
    expect(mask("# 标题\r\n正文。\r\n")).toBe("  标题\r\n正文。\r\n");
  });

  it("only ever turns characters into spaces and never touches line ends", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("#", "*", "_", "`", "[", "]", "(", ")", "<", ">", "!", "-", "~", "|", "\\", " ", "\n", "\r", "字", "1", ".") }), (s) => {
        const out = maskMarkdown(s);
        expect(out.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) {
          if (s[i] === "\n" || s[i] === "\r") expect(out[i]).toBe(s[i]);
          else if (out[i] !== s[i]) expect(out[i]).toBe(" ");
        }
      }),
    );
  });
});

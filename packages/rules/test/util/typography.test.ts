import { describe, expect, it } from "vitest";
import { isRegExpSpace } from "../../src/util/typography.js";

describe("isRegExpSpace", () => {
  it("is what \\s matches, for every UTF-16 code unit", () => {
    const space = /^\s$/u;
    for (let c = 0; c < 0x10000; c++) {
      if (isRegExpSpace(c) !== space.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
    }
  });
});

import { describe, expect, it } from "vitest";
import { hanScriptLength } from "../src/chars.js";
import { isTraditionalCode, simplifiedOf } from "../src/fold.js";

const HAN = /\p{Script=Han}/u;

describe("hanScriptLength", () => {
  it("agrees with /\\p{Script=Han}/u on every BMP code unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      if (hanScriptLength(char, 0) !== (HAN.test(char) ? 1 : 0)) expect.fail(`U+${c.toString(16)}`);
    }
  });

  it("takes a supplementary ideograph whole and a lone surrogate as nothing", () => {
    expect(hanScriptLength("𠀀", 0)).toBe(2); // U+20000
    expect(hanScriptLength("𝐀", 0)).toBe(0); // U+1D400, not Han
    expect(hanScriptLength("\ud840x", 0)).toBe(0);
    expect(hanScriptLength("\udc00", 0)).toBe(0);
    expect(hanScriptLength("中", 1)).toBe(0);
  });

  it("counts what a global match counts", () => {
    const text = "〇二〇年，𠀀丽\ud840水々ABC⺀全省减少";
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const n = hanScriptLength(text, i);
      if (n > 0) count++;
      i += Math.max(0, n - 1);
    }
    expect(count).toBe(text.match(/\p{Script=Han}/gu)!.length);
  });
});

describe("isTraditionalCode", () => {
  it("is simplifiedOf(char) !== null for every BMP code unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (isTraditionalCode(c) !== (simplifiedOf(String.fromCharCode(c)) !== null)) expect.fail(`U+${c.toString(16)}`);
    }
    expect(isTraditionalCode(Number.NaN)).toBe(false);
  });
});

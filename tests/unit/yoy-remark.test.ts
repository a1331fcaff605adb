import { describe, expect, it } from "vitest";
import { t } from "../../src/lib/format/previewStrings.ts";
import { yoyRemark } from "../../src/lib/format/yoy.ts";

describe("yoyRemark(text, lang)", () => {
  it.each([
    ["同比增长71.19%", "zh", "同比增长71.19%", "zh"],
    ["↓ 8.81%", "zh", "同比 ↓ 8.81%", "zh"],
    ["较2022年同比下降25.25个百分点", "zh", "较2022年同比下降25.25个百分点", "zh"],
    ["同比增长71.19%", "en", "+71.19% year on year", "en"],
    ["↓ 8.81%", "en", "−8.81% year on year", "en"],
    ["较2022年同比下降25.25个百分点", "en", "−25.25 percentage points year on year", "en"],
    ["与上年持平", "en", "unchanged year on year", "en"],
    ["↑", "en", "up year on year", "en"],
    ["环比增长3%", "en", "环比增长3%", "zh"],
    ["", "zh", "", "zh"],
  ] as const)("%s in %s → %s", (text, lang, out, outLang) =>
    expect(yoyRemark(text, lang)).toEqual({ text: out, lang: outLang }),
  );
});

describe("t(lang, key, vars) with a plural slot", () => {
  it("says 1 row … is, 2 rows … are", () => {
    expect(t("en", "pvNotRead", { n: 1 })).toBe(
      "1 row could not be read and is not counted (see the messages).",
    );
    expect(t("en", "pvNotRead", { n: 2 })).toBe(
      "2 rows could not be read and are not counted (see the messages).",
    );
  });

  it("leaves Chinese strings, which have no plural, as they are", () => {
    expect(t("zh", "qualityMarker", { n: 1 })).not.toMatch(/\|/);
    expect(t("en", "qualityMarker", { n: 1 })).toBe("1 data-quality note");
    expect(t("en", "qualityMarker", { n: 3 })).toBe("3 data-quality notes");
  });
});

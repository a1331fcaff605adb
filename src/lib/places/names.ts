/**
 * Short names of Chinese administrative divisions, by one general rule:
 * drop the generic suffix (省, 市, 区, 县, 自治州, 盟 …) and, for ethnic
 * autonomous divisions, the names of the peoples before 自治 (广西壮族自治区 →
 * 广西, 延边朝鲜族自治州 → 延边), keeping at least two characters (和县 stays
 * 和县, 沙市区 becomes 沙市, not 沙).
 */

/** Generic suffixes, longest first: the first one that leaves ≥ 2 characters wins. */
const SUFFIXES = [
  "行政委员会",
  "特别行政区",
  "自治区",
  "自治州",
  "自治县",
  "自治旗",
  "新区",
  "地区",
  "林区",
  "特区",
  "矿区",
  "省",
  "市",
  "区",
  "县",
  "盟",
  "旗",
] as const;

/**
 * The 55 recognised minority peoples, as division names write them (with or
 * without 族). Single-character names (回, 藏, 苗 …) are only stripped with 族.
 */
export const PEOPLES: readonly string[] = (
  "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 " +
  "土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split(" ");

const MIN = 2;
/** Banners named by a direction (鄂托克前旗, 巴林左旗) keep 旗: 鄂托克前 is no name. */
const DIRECTION_END = /[左右前后中]$/;

/** Removes one people's name (and its 族) from the end of `s`, or returns null. */
function stripPeople(s: string): string | null {
  if (s.endsWith("族")) {
    const t = s.slice(0, -1);
    for (const p of PEOPLES) if (t.endsWith(p)) return t.slice(0, -p.length);
    return null;
  }
  for (const p of PEOPLES) if (p.length >= 2 && s.endsWith(p)) return s.slice(0, -p.length);
  return null;
}

/** 延边朝鲜族 → 延边; stops before fewer than two characters would be left. */
function stripPeoples(s: string): string {
  let out = s;
  for (;;) {
    const next = stripPeople(out);
    if (next === null || next.length < MIN) break;
    out = next;
  }
  // 鄂温克族自治旗: nothing but the people is left; drop its 族 at least.
  if (out === s && out.endsWith("族") && stripPeople(out) === "") return out.slice(0, -1);
  return out;
}

/**
 * The short name of a division's full name: 江苏省 → 江苏, 海门区 → 海门,
 * 内蒙古自治区 → 内蒙古, 乳源瑶族自治县 → 乳源, 锡林郭勒盟 → 锡林郭勒,
 * 清新区 → 清新, 梅里斯达斡尔族区 → 梅里斯, 和县 → 和县. A name without a known suffix is returned as is.
 */
export function shortName(full: string): string {
  for (const suffix of SUFFIXES) {
    if (!full.endsWith(suffix)) continue;
    let rest = full.slice(0, -suffix.length);
    // 自治 divisions, and districts named after a people (梅里斯达斡尔族区).
    if (suffix.startsWith("自治") || rest.endsWith("族")) rest = stripPeoples(rest);
    if (suffix === "旗" && DIRECTION_END.test(rest)) continue;
    if (rest.length >= MIN) return rest;
  }
  return full;
}

/** Text as names are compared: no white space (full-width included). */
export function normaliseName(s: string): string {
  return s.replace(/[\s\u3000]+/g, "");
}

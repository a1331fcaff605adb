/**
 * A synthetic nationwide dataset for the benchmark: 3,000 places (about 330
 * prefectures and 2,670 counties and districts under 31 provinces, with
 * GB/T 2260-shaped adcodes and parent links), ten report years each, and the
 * patchy coverage real reports have — not every place publishes every metric,
 * connection and satisfaction come in different definitions, a few top-five
 * rankings per report. It is a `Compiled` object, so the real build
 * (`buildOutputs`) turns it into exactly the files the app reads.
 *
 * Never committed: `tsx scripts/bench/nationwide.ts <dir>` writes the data
 * folder to <dir> (default: a new temp folder) for a look in the browser.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Compiled, ReportSummary } from "../build/compile.ts";
import { buildOutputs } from "../build/outputs.ts";
import type { Fact, Level, Place } from "../../src/lib/data/fact.ts";
import { METRICS, metricInfo, type Dimension, type Scope } from "../../src/lib/data/metrics.ts";
import { checkFacts } from "../../src/lib/data/quality.ts";
import { seeded, type Random } from "./random.ts";

export interface NationwideOptions {
  /** Places with reports (prefectures + counties/districts); provinces come on top. */
  places?: number;
  /** Report years per place. */
  years?: number;
  lastYear?: number;
  seed?: number;
  /** Share of places that also publish monthly briefs (for their last `monthlyYears` years). */
  monthlyShare?: number;
  monthlyYears?: number;
}

export interface Nationwide {
  compiled: Compiled;
  /** A prefecture and year to open as a profile or embed. */
  sample: { placeId: string; year: number };
}

/** Province: 2-digit code, names, and its number of prefecture-level divisions. */
const PROVINCES: readonly [string, string, string, number][] = [
  ["11", "北京市", "Beijing", 1],
  ["12", "天津市", "Tianjin", 1],
  ["13", "河北省", "Hebei", 11],
  ["14", "山西省", "Shanxi", 11],
  ["15", "内蒙古自治区", "Inner Mongolia", 12],
  ["21", "辽宁省", "Liaoning", 14],
  ["22", "吉林省", "Jilin", 9],
  ["23", "黑龙江省", "Heilongjiang", 13],
  ["31", "上海市", "Shanghai", 1],
  ["32", "江苏省", "Jiangsu", 13],
  ["33", "浙江省", "Zhejiang", 11],
  ["34", "安徽省", "Anhui", 16],
  ["35", "福建省", "Fujian", 9],
  ["36", "江西省", "Jiangxi", 11],
  ["37", "山东省", "Shandong", 16],
  ["41", "河南省", "Henan", 17],
  ["42", "湖北省", "Hubei", 13],
  ["43", "湖南省", "Hunan", 14],
  ["44", "广东省", "Guangdong", 21],
  ["45", "广西壮族自治区", "Guangxi", 14],
  ["46", "海南省", "Hainan", 4],
  ["50", "重庆市", "Chongqing", 1],
  ["51", "四川省", "Sichuan", 21],
  ["52", "贵州省", "Guizhou", 9],
  ["53", "云南省", "Yunnan", 16],
  ["54", "西藏自治区", "Tibet", 7],
  ["61", "陕西省", "Shaanxi", 10],
  ["62", "甘肃省", "Gansu", 14],
  ["63", "青海省", "Qinghai", 8],
  ["64", "宁夏回族自治区", "Ningxia", 5],
  ["65", "新疆维吾尔自治区", "Xinjiang", 14],
];
const PREFECTURE_SHARE = 337 / 3000;

const SYLLABLES: readonly [string, string][] = (
  "an安 bai白 bao宝 bei北 chang长 cheng城 da大 dong东 feng丰 fu福 gao高 guang广 hai海 he河 " +
  "heng衡 hua华 huai怀 jia嘉 jian建 jin金 jing景 kai开 lan兰 le乐 li丽 lin林 long龙 lu鹿 ma马 " +
  "mei梅 nan南 ning宁 ping平 qing青 quan泉 rui瑞 shan山 shang上 shi石 shou寿 song松 tai泰 " +
  "tian天 tong通 wan万 wu武 xi西 xin新 xing兴 yan延 yang阳 yi义 yong永 yu玉 yuan元 yun云 " +
  "ze泽 zhang章 zhao昭 zhen镇 zhong中 zhou舟"
)
  .split(" ")
  .map((s) => [s.slice(0, -1), s.slice(-1)]);

const CATEGORIES: Record<Dimension, readonly string[]> = {
  business_type: [
    "城乡建设",
    "劳动保障",
    "交通运输",
    "市场监管",
    "公共安全",
    "教育",
    "卫生健康",
    "住房保障",
    "民生保障",
    "经济综合",
    "自然资源",
    "生态环境",
    "农业农村",
    "党务政务",
    "文化旅游",
  ],
  request_type: ["咨询", "求助", "投诉", "举报", "建议", "表扬"],
  department: [
    "公安局",
    "住建局",
    "人社局",
    "卫健委",
    "市场监管局",
    "交通运输局",
    "教育局",
    "城管局",
    "自然资源局",
    "生态环境局",
    "供电公司",
    "水务集团",
  ],
};
const RANKINGS: readonly [Dimension, Scope, string][] = [
  ["business_type", "all", "诉求量TOP5类型"],
  ["request_type", "all", "诉求类型分布（前五）"],
  ["department", "all", "承办诉求量TOP5部门"],
  ["business_type", "consultation", "咨询类诉求排名前五的业务类型"],
  ["business_type", "non_consultation", "非咨询类诉求排名前五的业务类型"],
];

/** Publication probability of each metric by a prefecture's hotline (counties: ×0.65). */
const COVERAGE: Record<string, number> = {
  demand_phone: 0.85,
  demand_internet: 0.8,
  demand_transfer: 0.25,
  demand_other: 0.2,
  demand_public: 0.4,
  demand_enterprise: 0.4,
  demand_consultation: 0.45,
  demand_non_consultation: 0.45,
  answered_online: 0.4,
  dispatched: 0.55,
  online_answer_rate: 0.35,
  calls_answered: 0.6,
  connection_rate: 0.85,
  avg_wait_seconds: 0.4,
  avg_talk_seconds: 0.3,
  satisfaction_overall: 0.6,
  satisfaction_rated: 0.35,
  satisfaction_agent: 0.3,
  satisfaction_spot_check: 0.15,
  satisfaction_enterprise: 0.1,
  satisfaction_statistical: 0.05,
  on_time_rate: 0.45,
  completion_rate: 0.55,
  avg_handling_workdays: 0.2,
  seats_total: 0.5,
  agents: 0.35,
  seats_per_100k: 0.45,
};
const CHANNELS = ["demand_phone", "demand_internet", "demand_transfer", "demand_other"];
const SATISFACTION = Object.keys(COVERAGE).filter((m) => m.startsWith("satisfaction_"));
const CONNECTION_TERMS = ["30秒人工接通率", "30秒接通率", "接通率", "人工接通率", "电话接通率"];

const METRIC_ORDER = new Map(METRICS.map((m, i) => [m.id, i]));

/** Split `total` over `weights` by largest remainder, at least `min` each. */
export function allocate(total: number, weights: readonly number[], min = 0): number[] {
  const rest = total - min * weights.length;
  if (rest < 0) throw new Error(`cannot give ${min} each to ${weights.length} from ${total}`);
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const out = exact.map((x) => Math.floor(x));
  let left = rest - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k]![1]]!++;
  return out.map((x) => x + min);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

const provinceId = (en: string) => en.toLowerCase().replace(/\s+/g, "-");

interface Names {
  take(r: Random): { id: string; zh: string; en: string };
}

/** Names never given twice, and never a province's id. */
function nameSource(): Names {
  const used = new Set<string>(PROVINCES.map((p) => provinceId(p[2])));
  return {
    take(r) {
      for (let n = 2; ; n++) {
        for (let tries = 0; tries < 40; tries++) {
          const parts = Array.from({ length: n }, () => r.pick(SYLLABLES));
          const id = parts.map((p) => p[0]).join("");
          if (used.has(id)) continue;
          used.add(id);
          return {
            id,
            zh: parts.map((p) => p[1]).join(""),
            en: id[0]!.toUpperCase() + id.slice(1),
          };
        }
      }
    },
  };
}

/** The places: provinces (no reports), prefectures, and counties/districts under them. */
export function nationwidePlaces(total = 3000, seed = 12345): Place[] {
  const r = seeded(seed);
  const names = nameSource();
  const nPref = Math.max(1, Math.round(total * PREFECTURE_SHARE));
  const perProvince = allocate(
    nPref,
    PROVINCES.map((p) => p[3]),
  );
  const prefWeights = Array.from({ length: nPref }, () => r.between(0.4, 1.6));
  const perPref = allocate(total - nPref, prefWeights, 1);
  const places: Place[] = [];
  let k = 0;
  PROVINCES.forEach(([code, zh, en], pi) => {
    const n = perProvince[pi]!;
    if (!n) return;
    const province: Place = {
      id: provinceId(en),
      zh,
      en,
      level: "province",
      parent: "",
      adcode: `${code}0000`,
    };
    places.push(province);
    for (let j = 0; j < n; j++, k++) {
      const nm = names.take(r);
      const pcode = `${code}${String(j + 1).padStart(2, "0")}`;
      const pref: Place = {
        id: nm.id,
        zh: `${nm.zh}市`,
        en: nm.en,
        level: "prefecture",
        parent: province.id,
        adcode: `${pcode}00`,
      };
      places.push(pref);
      // Districts take codes 02–20, counties 21–80, county-level cities 81–99.
      const nc = Math.min(perPref[k]!, 19 + 60 + 19);
      const nd = Math.min(19, Math.round(nc * r.between(0.2, 0.6)));
      const ncity = Math.min(19, Math.round((nc - nd) * r.between(0, 0.3)));
      const ncounty = nc - nd - ncity;
      const add = (level: Level, suffix: string, first: number, count: number) => {
        for (let c = 0; c < count; c++) {
          const cn = names.take(r);
          places.push({
            id: cn.id,
            zh: `${cn.zh}${suffix}`,
            en: cn.en,
            level,
            parent: pref.id,
            adcode: `${pcode}${String(first + c).padStart(2, "0")}`,
          });
        }
      };
      add("district", "区", 2, nd);
      add("county", "县", 21, Math.min(60, ncounty));
      add("county", "市", 81, ncity + Math.max(0, ncounty - 60));
    }
  });
  return places;
}

/**
 * A place's monthly briefs for one year, as the monthly reports real hotlines
 * publish: the month's requests (the year's spread over the months, not adding
 * up to it exactly, as in real briefs), and the month's rates where the yearly
 * report has them.
 */
function monthlyBriefs(
  p: Place,
  year: number,
  yearTotal: number,
  yearRows: readonly Fact[],
  r: Random,
  facts: Fact[],
  reports: ReportSummary[],
): void {
  const rates = yearRows.filter(
    (f) =>
      f.unit === "percent" &&
      !f.dimension &&
      /^(connection|completion|satisfaction)/.test(f.metric),
  );
  for (let m = 1; m <= 12; m++) {
    const period = `${year}-${String(m).padStart(2, "0")}`;
    const id = `${p.id}-${period}`;
    const section = "一、受理情况";
    const row = (metric: string, value: number, term: string): Fact => ({
      place_id: p.id,
      place_zh: p.zh,
      place_en: p.en,
      level: p.level,
      parent_id: p.parent,
      adcode: p.adcode,
      year,
      period,
      period_kind: "month",
      metric,
      category: "",
      rank: null,
      dimension: "",
      scope: "",
      value,
      share: null,
      unit: metricInfo(metric)!.unit,
      term_zh: term,
      derivation: "reported",
      yoy_text: "",
      source: `${id} § ${section}`,
      note: "",
      note_zh: "",
    });
    const rows = [
      row("demand_total", Math.round((yearTotal / 12) * r.between(0.8, 1.2)), "受理诉求"),
    ];
    for (const f of rates)
      rows.push(row(f.metric, round(Math.min(100, f.value + r.between(-1.5, 1.5)), 2), f.term_zh));
    facts.push(...rows);
    reports.push({
      id,
      file: `${id}.txt`,
      place_id: p.id,
      year,
      period,
      period_kind: "month",
      source: {
        title: `${p.zh}12345热线${year}年${m}月运行情况（合成）`,
        issuer: `${p.zh}12345热线`,
        published: `${m === 12 ? year + 1 : year}-${String((m % 12) + 1).padStart(2, "0")}`,
        url: "",
        kind: "official",
        copies: "",
      },
      place_as_written: p.zh,
      period_evidence: `${period} (synthetic)`,
      period_evidence_zh: `${year}年${m}月（合成数据）`,
      title_place_zh: p.zh,
      place_evidence: `${p.en} 12345 hotline (synthetic)`,
      place_evidence_zh: `${p.zh}12345热线（合成数据）`,
      reported: rows.length,
      derived: 0,
    });
  }
}

/** Generate the dataset: places, their facts for `years` years, quality issues, report list. */
export function generateNationwide(opts: NationwideOptions = {}): Nationwide {
  const total = opts.places ?? 3000;
  const nYears = opts.years ?? 10;
  const monthlyShare = opts.monthlyShare ?? 1 / 3;
  const monthlyYears = Math.min(nYears, opts.monthlyYears ?? 2);
  const lastYear = opts.lastYear ?? 2024;
  const seed = opts.seed ?? 12345;
  const places = nationwidePlaces(total, seed);
  const r = seeded(seed ^ 0x9e3779b9);
  const years = Array.from({ length: nYears }, (_, i) => lastYear - nYears + 1 + i);
  const facts: Fact[] = [];
  const reports: ReportSummary[] = [];

  for (const p of places) {
    if (p.level === "province") continue;
    const pref = p.level === "prefecture";
    const scale = pref ? 1 : 0.65;
    // What this hotline publishes, and from which year on (reports grow richer).
    const publishes = new Map<string, number>();
    for (const [m, prob] of Object.entries(COVERAGE))
      if (r.chance(prob * scale)) publishes.set(m, r.pick(years.slice(0, Math.ceil(nYears / 2))));
    if (![...publishes.keys()].some((m) => m.startsWith("satisfaction_")))
      publishes.set(r.pick(SATISFACTION.slice(0, 3)), years[0]!);
    const connectionTerm = r.pick(CONNECTION_TERMS);
    // Business types ranked over all requests, or split into consultations and
    // the rest (never both: the two would have to add up); request types; departments.
    const split = r.chance(0.25);
    const rankings = RANKINGS.filter(([dimension, scope], i) => {
      if (dimension === "business_type" && (scope === "all") === split) return false;
      return r.chance((pref ? [0.8, 0.35, 0.45, 1, 1] : [0.45, 0.2, 0.2, 0.6, 0.6])[i]!);
    });
    const population = pref ? Math.exp(r.between(13.8, 16.5)) : Math.exp(r.between(11.9, 14.2));
    let perCapita = r.between(0.04, 0.45);
    const seatsPer100k = r.between(0.8, 7.5);
    let previous: Map<string, number> = new Map();
    const monthly = r.chance(monthlyShare);

    for (const year of years) {
      if (year > years[0]! && r.chance(0.03)) continue; // a year without a report
      perCapita *= 1 + r.between(-0.08, 0.22);
      const file = `${p.id}-${year}.txt`;
      const rows: Fact[] = [];
      const has = (m: string) => {
        const from = publishes.get(m);
        return from !== undefined && year >= from && r.chance(0.92);
      };
      const add = (
        metric: string,
        value: number,
        section: string,
        extra: Partial<Pick<Fact, "category" | "rank" | "dimension" | "scope" | "share">> & {
          term?: string;
          note?: string;
          note_zh?: string;
        } = {},
      ) => {
        const info = metricInfo(metric)!;
        const key = `${metric}|${extra.dimension ?? ""}|${extra.scope ?? ""}|${extra.category ?? ""}`;
        const before = previous.get(key);
        const change = before ? (value / before - 1) * 100 : null;
        // One object literal with every field (no spread): objects built by
        // spreading end up slow to read, and the build reads each fact thousands of times.
        rows.push({
          place_id: p.id,
          place_zh: p.zh,
          place_en: p.en,
          level: p.level,
          parent_id: p.parent,
          adcode: p.adcode,
          year,
          period: String(year),
          period_kind: "year",
          metric,
          category: extra.category ?? "",
          rank: extra.rank ?? null,
          dimension: extra.dimension ?? "",
          scope: extra.scope ?? "",
          value,
          share: extra.share ?? null,
          unit: info.unit,
          term_zh: extra.term ?? info.zh,
          derivation: "reported",
          yoy_text:
            change !== null && Number.isFinite(change) && r.chance(0.4)
              ? `${change < 0 ? "↓" : "↑"}${Math.abs(change).toFixed(2)}%`
              : "",
          source: `${p.id}-${year} § ${section}`,
          note: extra.note ?? "",
          note_zh: extra.note_zh ?? "",
        });
      };

      const exact = Math.round(population * perCapita);
      const roundedWan = r.chance(0.06);
      const total = roundedWan ? Math.round(exact / 1000) * 1000 : exact;
      add("demand_total", total, "一、总体情况", {
        term: r.pick(["诉求总量", "受理诉求", "总受理量"]),
        ...(roundedWan
          ? {
              note: `Reported as ${round(exact / 1e4, 1)}万, i.e. rounded to 1,000.`,
              note_zh: `报告写作 ${round(exact / 1e4, 1)}万，即精确到 1,000。`,
            }
          : {}),
      });
      // The published channels add up to the total, except in a few reports
      // (a quality issue, as real reports have).
      const published = CHANNELS.filter((m) => has(m));
      const shares = published.map((m, i) => (i === 0 && m === "demand_phone" ? 4 : 1) * r.next());
      const split = published.length > 1 ? allocate(total, shares) : [Math.round(total * 0.8)];
      const off = r.chance(0.02) ? Math.round(total * r.between(0.01, 0.05)) : 0;
      const channels = "二、数据公开 (一) 诉求总量与办理";
      published.forEach((m, i) => add(m, split[i]! + (i === 0 ? off : 0), channels));
      const phone = published[0] === "demand_phone" ? split[0]! : Math.round(total * 0.8);
      const enterprise = Math.round(total * r.between(0.002, 0.03));
      if (has("demand_public")) add("demand_public", total - enterprise, channels);
      if (has("demand_enterprise"))
        add("demand_enterprise", enterprise, channels, { term: "企业诉求（一企来）" });
      const consult = Math.round(total * r.between(0.35, 0.65));
      const efficiency = "附件1 (三) 热线服务效能";
      if (has("demand_consultation")) add("demand_consultation", consult, efficiency);
      if (has("demand_non_consultation"))
        add("demand_non_consultation", total - consult, efficiency);
      const online = Math.round(total * r.between(0.3, 0.6));
      if (has("answered_online")) add("answered_online", online, channels);
      if (has("dispatched")) add("dispatched", total - online, channels);
      if (has("online_answer_rate"))
        add("online_answer_rate", round((online / total) * 100, 2), efficiency);
      const calls = "附件1 (一) 2. 话务服务";
      if (has("calls_answered"))
        add("calls_answered", Math.round(phone * r.between(0.88, 1.05)), calls);
      if (has("connection_rate")) {
        const thirty = /30/.test(connectionTerm);
        add("connection_rate", round(r.between(thirty ? 72 : 85, 99.9), 2), calls, {
          term: connectionTerm,
        });
      }
      if (has("avg_wait_seconds")) add("avg_wait_seconds", round(r.between(5, 40), 2), calls);
      if (has("avg_talk_seconds")) add("avg_talk_seconds", Math.round(r.between(90, 260)), calls);
      for (const m of SATISFACTION)
        if (has(m))
          add(m, round(r.between(m === "satisfaction_rated" ? 78 : 86, 99.95), 2), efficiency);
      if (has("on_time_rate")) add("on_time_rate", round(r.between(95, 100), 2), efficiency);
      if (has("completion_rate")) add("completion_rate", round(r.between(96, 100), 2), efficiency);
      if (has("avg_handling_workdays"))
        add("avg_handling_workdays", round(r.between(0.1, 5), 2), efficiency);
      const team = "附件1 (六) 服务团队";
      const seats = Math.max(3, Math.round((population / 1e5) * seatsPer100k));
      if (has("seats_total")) add("seats_total", seats, team);
      if (has("agents")) add("agents", Math.round(seats * r.between(0.5, 0.9)), team);
      if (has("seats_per_100k"))
        add("seats_per_100k", round((seats / population) * 1e5, 2), team, {
          term: "每十万人座席数",
        });

      const prefix = pref ? "市" : p.zh.slice(-1);
      for (const [dimension, scope, term] of rankings) {
        if (!r.chance(0.85)) continue;
        const pool = CATEGORIES[dimension];
        const picked = new Set<string>();
        while (picked.size < Math.min(5, pool.length)) picked.add(r.pick(pool));
        const base = scope === "all" ? total : scope === "consultation" ? consult : total - consult;
        let value = base * r.between(0.12, 0.35);
        const withShare = dimension !== "department" && r.chance(0.6);
        [...picked].forEach((c, i) => {
          const v = Math.round(value);
          add("top_category", v, "附件1 (五) 诉求量TOP5类型", {
            category: dimension === "department" ? `${prefix}${c}` : c,
            rank: i + 1,
            dimension,
            scope,
            share: withShare ? round((v / base) * 100, 2) : null,
            term,
          });
          value *= r.between(0.45, 0.92);
        });
      }

      previous = new Map(
        rows.map((f) => [`${f.metric}|${f.dimension}|${f.scope}|${f.category}`, f.value]),
      );
      facts.push(...rows);
      if (monthly && year > lastYear - monthlyYears)
        monthlyBriefs(p, year, total, rows, r, facts, reports);
      reports.push({
        id: `${p.id}-${year}`,
        file,
        place_id: p.id,
        year,
        period: String(year),
        period_kind: "year",
        source: {
          title: `${p.zh}12345热线${year}年度工作情况（合成）`,
          issuer: `${p.zh}12345热线`,
          published: `${year + 1}-02`,
          url: "",
          kind: "official",
          copies: "",
        },
        place_as_written: p.zh,
        period_evidence: `${year} (synthetic)`,
        period_evidence_zh: `${year}年（合成数据）`,
        title_place_zh: p.zh,
        place_evidence: `${p.en} 12345 hotline, ${year} (synthetic)`,
        place_evidence_zh: `${p.zh}12345热线${year}年度工作情况（合成数据）`,
        reported: rows.length,
        derived: 0,
      });
    }
  }

  // The build's order (place, year, metric, dimension, scope, rank), with plain
  // string comparison: localeCompare on 300,000 facts takes seconds.
  facts.sort(
    (a, b) =>
      cmp(a.place_id, b.place_id) ||
      a.year - b.year ||
      cmp(a.period, b.period) ||
      METRIC_ORDER.get(a.metric)! - METRIC_ORDER.get(b.metric)! ||
      cmp(a.dimension, b.dimension) ||
      cmp(a.scope, b.scope) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      cmp(a.category, b.category),
  );
  reports.sort((a, b) => cmp(a.place_id, b.place_id) || a.year - b.year || cmp(a.period, b.period));
  const quality = checkFacts(facts);
  quality.sort((a, b) => cmp(a.place_id, b.place_id) || a.year - b.year);
  const samplePlace = places.find((p) => p.level === "prefecture")!;
  const sampleYear = Math.max(
    ...reports.filter((x) => x.place_id === samplePlace.id).map((x) => x.year),
  );
  return {
    compiled: { places, facts, quality, reports },
    sample: { placeId: samplePlace.id, year: sampleYear },
  };
}

/** Write the dataset's published files (as `npm run data` would) into `dir`. */
export function writeNationwide(dir: string, opts: NationwideOptions = {}): Nationwide {
  const n = generateNationwide(opts);
  const files = buildOutputs(n.compiled);
  for (const [rel, bytes] of files) {
    const target = join(dir, rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return n;
}

if (process.argv[1] === import.meta.filename) {
  const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), "hotline-nationwide-"));
  const t0 = performance.now();
  const n = writeNationwide(dir);
  const c = n.compiled;
  console.log(
    `${dir}: ${c.places.length} places, ${c.reports.length} reports, ${c.facts.length} facts, ` +
      `${c.quality.length} quality issues (${Math.round(performance.now() - t0)} ms); ` +
      `sample: ?place=${n.sample.placeId}&year=${n.sample.year}`,
  );
}

import { describe, expect, it } from "vitest";
import { readCell, unitMismatch } from "../../src/lib/extract/cell.ts";
import {
  categoryKind,
  contextOf,
  matchTerm,
  normHeader,
  rowRole,
  scopeOfWords,
} from "../../src/lib/extract/terms.ts";

describe("readCell(raw) separates a number from what a report prints around it", () => {
  it.each([
    ["123456 (↓ 1.23%)", { kind: "number", exact: "123456", written: "123456", yoy: "↓ 1.23%" }],
    ["98.70%(↑)", { exact: "98.7", written: "98.70", percent: true, yoy: "↑" }],
    ["45678（12.34%）", { exact: "45678", share: "12.34", yoy: "" }],
    ["3456(56.78%)(↓)", { exact: "3456", share: "56.78", yoy: "↓" }],
    ["2.5 (↑0.75 工作日)", { exact: "2.5", yoy: "↑0.75 工作日" }],
    ["6小时", { exact: "6", unitWord: "小时" }],
    ["88(↑12S)", { exact: "88", yoy: "↑12S" }],
    ["123.4万", { exact: "1234000", written: "123.4万", tolerance: 500 }],
    ["0.35亿", { exact: "35000000", written: "0.35亿", tolerance: 500000 }],
    ["12万余件", { exact: "120000", lowerBound: true, unitWord: "件" }],
    ["超 2.5 万件", { exact: "25000", lowerBound: true }],
    ["参评数 4321 (↑1.5%)", { exact: "4321", prefix: "参评数", yoy: "↑1.5%" }],
    ["１２，３４５", { exact: "12345" }],
    ["—", { kind: "absent" }],
    ["-", { kind: "absent" }],
    ["", { kind: "empty" }],
    ["平均等待时长(秒)", { kind: "text" }],
    ["30 秒人工接通率 (%)", { kind: "text" }],
  ])("%j", (raw, expected) => {
    expect(readCell(raw)).toMatchObject(expected);
  });
});

describe("unitMismatch(unit, reading, headerUnit) says why a number cannot be a figure in that unit", () => {
  it.each([
    ["count", "1234", "", null],
    ["count", "1234件", "count", null],
    ["count", "12.5%", "", "a percentage, not a count"],
    ["percent", "99.5%", "", null],
    ["percent", "99.5", "percent", null],
    ["percent", "120%", "", "percentage outside 0–100"],
    ["percent", "1234", "", "not a percentage"],
    ["seconds", "15.5", "seconds", null],
    ["workdays", "3.2", "workdays", null],
    ["workdays", "6小时", "", "given in hours"],
    ["workdays", "6", "hours", "given in hours"],
    ["per_100k", "7.5个", "", null],
  ] as const)("%s ← %j (header %j) → %j", (unit, raw, header, expected) => {
    expect(unitMismatch(unit, readCell(raw), header)).toBe(expected);
  });
});

describe("matchTerm(text) names the metric by the longest synonym the words end with", () => {
  it.each([
    ["全年共受理诉求", ["demand_total"]],
    ["承办咨询类诉求", ["demand_consultation"]],
    ["承办非咨询类诉求", ["demand_non_consultation"]],
    ["全市政务热线话务平台总人数", ["seats_total"]],
    ["每十万人座席占有量", ["seats_per_100k"]],
    ["30 秒人工接通率", ["connection_rate"]],
    ["民声接听员服务满意率", ["satisfaction_agent"]],
    ["成员单位承办率", null],
    ["日诉求量高峰", null],
  ])("%j → %j", (text, metrics) => {
    expect(matchTerm(text)?.metrics ?? null).toEqual(metrics);
  });
});

describe("normHeader(text) undoes PDF wrapping and reads bracketed units", () => {
  it.each([
    ["全市每十万人 人座席数", "全市每十万人座席数", ""],
    ["平均办理时 长 (工作日)", "平均办理时长", "workdays"],
    ["诉求数量 (工单件)", "诉求数量", "count"],
    ["平均等待时长(秒)", "平均等待时长", "seconds"],
    ["接通率 (%)", "接通率", "percent"],
  ])("%j → %j (%s)", (raw, text, unit) => {
    expect(normHeader(raw)).toEqual({ text, unit });
  });
});

describe("rowRole(label) says how a table row relates to the hotline's own figures", () => {
  it.each([
    ["总计", { kind: "total" }],
    ["合计", { kind: "total" }],
    ["全市(包含县 市区平台)", { kind: "total" }],
    ["咨询类", { kind: "scope", scope: "consultation" }],
    ["非咨询类", { kind: "scope", scope: "non_consultation" }],
    ["群众诉求", { kind: "segment", metric: "demand_public" }],
    ["“一企来” 企业诉求", { kind: "segment", metric: "demand_enterprise" }],
    ["接听", { kind: "answered" }],
    ["全市每十万人 座席数", { kind: "metric", metric: "seats_per_100k" }],
    ["市本级 平台", { kind: "city" }],
    ["回访", { kind: "other" }],
  ])("%j → %j", (label, role) => {
    expect(rowRole(label)).toEqual(role);
  });
});

describe("contextOf(text) tells special services and the enterprise line apart", () => {
  it.each([
    ["全年受理诉求1000件", "general"],
    ["(一)企业群众诉求办理", "general"],
    ["“尚贤”人才服务热线受理诉求20件", "special"],
    ["12345与110对接联动", "special"],
    ["受理诉求110件", "general"],
    ["(二)特色热线公共服务 3.“热线百科”运行", "special"],
    ["“一企来”企业服务热线专席受理企业诉求", "enterprise"],
    ["营商环境投诉举报专席共受理30件", "special"],
  ])("%j → %s", (text, kind) => {
    expect(contextOf(text).kind).toBe(kind);
  });
});

describe("categoryKind(name) and scopeOfWords(text)", () => {
  it.each([
    ["求助类", "request_type"],
    ["投诉举报", "request_type"],
    ["市公安局", "department"],
    ["市场监管分局", "department"],
    ["城乡建设", "business_type"],
    ["交通出行", "business_type"],
  ])("categoryKind(%j) → %s", (name, kind) => {
    expect(categoryKind(name)).toBe(kind);
  });
  it.each([
    ["非咨询类诉求排名前五", "non_consultation"],
    ["咨询类诉求排名前五", "consultation"],
    ["诉求量TOP5", "all"],
  ])("scopeOfWords(%j) → %s", (text, scope) => {
    expect(scopeOfWords(text)).toBe(scope);
  });
});

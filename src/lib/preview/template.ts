/**
 * The template a user can start from: our wide format with Chinese headers,
 * the wording reports use, one header per metric the charts draw.
 */
import { toCsv } from "../data/csv.ts";

export const TEMPLATE_HEADERS = [
  "地区",
  "年份",
  "诉求总量",
  "电话",
  "互联网",
  "群众诉求",
  "企业诉求",
  "咨询类诉求",
  "非咨询类诉求",
  "在线解答",
  "部门办理",
  "人工接听话务量",
  "30秒人工接通率",
  "平均等待时长",
  "平均通话时长",
  "综合满意率",
  "群众有效参评满意率",
  "话务代表服务满意率",
  "话务平台总人数",
  "每十万人座席数",
];

/** A CSV (UTF-8 with BOM) with the headers and one empty row to fill in. */
export function templateCsv(): string {
  return toCsv([TEMPLATE_HEADERS, TEMPLATE_HEADERS.map(() => "")]);
}

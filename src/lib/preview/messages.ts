/**
 * What the preview says about a user's file: the message type, the log that
 * counts every message and keeps the first MAX_MESSAGES, and every text, in
 * Chinese and English, worded for the analyst who made the file (the row as
 * a spreadsheet numbers it, the column by its header, what was found).
 */

export interface CellMessage {
  level: "error" | "warning";
  /** Row number as a spreadsheet shows it (header = 1); null for the whole file. */
  row: number | null;
  column: string;
  text: string;
  zh: string;
  en: string;
}

/** A text in both languages. */
export interface Text2 {
  zh: string;
  en: string;
}

export const MAX_MESSAGES = 1000;
/** Characters of a cell quoted in a message: a cell can be megabytes long. */
export const MAX_QUOTED = 120;

/** A cell's text as a message quotes it: at most MAX_QUOTED characters. */
export const quote = (text: string): string =>
  text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…(+${text.length - MAX_QUOTED})` : text;

/** Every message counted, the first MAX_MESSAGES kept. */
export class MessageLog {
  errors = 0;
  warnings = 0;
  readonly list: CellMessage[] = [];

  say(level: CellMessage["level"], row: number | null, column: string, text: string, t: Text2) {
    if (level === "error") this.errors++;
    else this.warnings++;
    if (this.list.length < MAX_MESSAGES)
      this.list.push({ level, row, column: quote(column), text: quote(text), zh: t.zh, en: t.en });
  }

  /** The kept messages in row order (whole-file messages first). */
  sorted(): CellMessage[] {
    return this.list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }
}

/** Why a value does not fit its column, as a clause for `badValue`. */
export const PROBLEMS = {
  notANumber: { zh: "无法读作数字", en: "not a number" },
  percentRange: { zh: "百分比应在 0 到 100 之间", en: "a percentage must be between 0 and 100" },
  notPercent: {
    zh: "这一列是件数或数值，不应是百分比",
    en: "this column holds counts or values, not percentages",
  },
  notWhole: { zh: "件数应为整数", en: "a count must be a whole number" },
  negative: { zh: "不应为负数", en: "must not be negative" },
  unknownMetric: { zh: "不是已知的指标", en: "not a known metric id" },
  unknownDimension: { zh: "不是已知的排名对象", en: "not a known dimension" },
  unknownScope: { zh: "不是已知的范围", en: "not a known scope" },
  blank: { zh: "不能为空", en: "must not be blank" },
  badPeriod: (year: number): Text2 => ({
    zh: `应为 ${year} 年内的时段，如 ${year}、${year}-Q1、${year}-07、${year}-01..09`,
    en: `expected a period of ${year}, such as ${year}, ${year}-Q1, ${year}-07 or ${year}-01..09`,
  }),
  badPeriodKind: (kind: string): Text2 => ({
    zh: `与时段不符（应为 ${kind}）`,
    en: `does not match the period (expected ${kind})`,
  }),
} satisfies Record<string, Text2 | ((...a: never[]) => Text2)>;

/** The texts of the preview's messages, by what happened. */
export const SAY = {
  otherPeriods: (n: number): Text2 => ({
    zh: `有 ${n} 个数字属于月、季度等非全年时段：已保留在规范化 CSV 中，但预览图表只显示全年数字。`,
    en: `${n} figures cover months, quarters or other periods than a year: they are kept in the normalised CSV, but the preview's charts show yearly figures only.`,
  }),
  blankRow: (row: number): Text2 => ({
    zh: `第 ${row} 行是空行，已跳过。`,
    en: `Row ${row} is blank and was skipped.`,
  }),
  headerRepeats: (index: number, from: string, to: string): Text2 =>
    from.trim()
      ? {
          zh: `表头“${quote(from)}”重复，第 ${index + 1} 列改名为“${quote(to)}”。`,
          en: `The header “${quote(from)}” repeats; column ${index + 1} is called “${quote(to)}”.`,
        }
      : {
          zh: `第 ${index + 1} 列没有表头，命名为“${quote(to)}”。`,
          en: `Column ${index + 1} has no header; it is called “${quote(to)}”.`,
        },
  sameMetric: (header: string, first: string, n: number): Text2 => ({
    zh: `“${quote(header)}”与“${quote(first)}”是同一指标、同一口径，只读取了“${quote(first)}”：这一列的 ${n.toLocaleString("en-US")} 个数字未使用。如果两列口径不同（如“30秒人工接通率”与不限时的“接通率”），请在下方“列的对应关系”中为这一列选择口径或指标。`,
    en: `“${quote(header)}” holds the same metric and definition as “${quote(first)}”, the column that is read: its ${n.toLocaleString("en-US")} ${n === 1 ? "figure was" : "figures were"} not used. If the two differ in definition (such as a 30-second and a plain connection rate), choose this column's definition or metric under “How the columns are read”.`,
  }),
  noPlaceColumn: {
    zh: "找不到地区列：请把表头写成“地区”或“place”，或在下方指定哪一列是地区。",
    en: "No place column: call it “地区” or “place”, or choose it below.",
  } satisfies Text2,
  noYearColumn: {
    zh: "找不到年份列：请把表头写成“年份”或“year”，或在下方指定。",
    en: "No year column: call it “年份” or “year”, or choose it below.",
  } satisfies Text2,
  unknownColumn: (header: string): Text2 => ({
    zh: `无法识别“${quote(header)}”列，已忽略；可在下方指定它对应的指标。`,
    en: `Column “${quote(header)}” was not recognised and is ignored; you can map it below.`,
  }),
  unknownColumns: (n: number): Text2 => ({
    zh: `有 ${n.toLocaleString("en-US")} 列无法识别，已忽略（已列出前几列的表头）；可在下方“列的对应关系”中逐列指定。`,
    en: `${n.toLocaleString("en-US")} columns were not recognised and are ignored (the first few headers are listed); you can map them below, column by column.`,
  }),
  tooManyFields: (row: number, n: number, width: number): Text2 => ({
    zh: `第 ${row} 行有 ${n} 个字段，比表头多 ${n - width} 个，整行未使用。`,
    en: `Row ${row} has ${n} fields, ${n - width} more than the header; the row was not used.`,
  }),
  tooFewFields: (row: number, n: number, width: number): Text2 => ({
    zh: `第 ${row} 行只有 ${n} 个字段（表头有 ${width} 个），缺少的单元格按空白处理。`,
    en: `Row ${row} has ${n} fields (the header has ${width}); the missing cells count as blank.`,
  }),
  noPlace: (row: number, header: string): Text2 => ({
    zh: `第 ${row} 行“${quote(header)}”为空：不知道这一行是哪个地区。`,
    en: `Row ${row}, “${quote(header)}” is blank: the row has no place.`,
  }),
  notAYear: (row: number, header: string, text: string): Text2 => ({
    zh: `第 ${row} 行“${quote(header)}”应为四位数的年份（如 2023），实为“${quote(text)}”。`,
    en: `Row ${row}, “${quote(header)}”: expected a year such as 2023, found “${quote(text)}”.`,
  }),
  yearOutOfRange: (row: number, header: string, year: number, first: number, last: number) => ({
    zh: `第 ${row} 行“${quote(header)}”的年份 ${year} 不在 12345 热线的年份范围内（${first}–${last}），这一行未使用。`,
    en: `Row ${row}, “${quote(header)}”: the year ${year} is outside the years of 12345 hotlines (${first}–${last}); the row was not used.`,
  }),
  badValue: (row: number, header: string, problem: Text2, text: string): Text2 => ({
    zh: `第 ${row} 行“${quote(header)}”：${problem.zh}，实为“${quote(text)}”。`,
    en: `Row ${row}, “${quote(header)}”: ${problem.en}, found “${quote(text)}”.`,
  }),
  repeated: (row: number, first: number): Text2 => ({
    zh: `第 ${row} 行与第 ${first} 行是同一个数字（同一地区、年份和指标），未使用第 ${row} 行的值。`,
    en: `Row ${row} repeats the figure of row ${first} (same place, year and metric); row ${row}'s value was not used.`,
  }),
  blankCell: (row: number, header: string): Text2 => ({
    zh: `第 ${row} 行“${quote(header)}”为空。`,
    en: `Row ${row}, “${quote(header)}” is blank.`,
  }),
  noCount: (row: number, category: string): Text2 => ({
    zh: `第 ${row} 行“${quote(category)}”没有件数，未使用。`,
    en: `Row ${row}: “${quote(category)}” has no count and was not used.`,
  }),
  badShare: (row: number, header: string, text: string): Text2 => ({
    zh: `第 ${row} 行“${quote(header)}”应为 0–100 的百分比，实为“${quote(text)}”。`,
    en: `Row ${row}, “${quote(header)}”: expected a percentage 0–100, found “${quote(text)}”.`,
  }),
  level: (levels: readonly string[]): Text2 => ({
    zh: `应为 ${levels.join("/")}`,
    en: `expected one of ${levels.join(", ")}`,
  }),
  unit: (metric: string, unit: string): Text2 => ({
    zh: `指标 ${metric} 的单位应为 ${unit}`,
    en: `the unit of ${metric} is ${unit}`,
  }),
  absurdHeader: (columns: number, max: number): Text2 => ({
    zh: `表头有 ${columns.toLocaleString("en-US")} 列，远多于 12345 数据表可能有的列数（地区、年份和每个指标各一列）：只读取前 ${max.toLocaleString("en-US")} 列。如果文件本应有很多行，可能是换行符丢失了，请在 Excel 中重新保存为 CSV。`,
    en: `The header has ${columns.toLocaleString("en-US")} columns, far more than a table of 12345 figures can have (a place, a year and one column per metric): only the first ${max.toLocaleString("en-US")} are read. If the file should have many rows, its line breaks may have been lost: save it again as CSV from Excel.`,
  }),
  onlyHeader: (lostLines: boolean): Text2 =>
    lostLines
      ? {
          zh: "文件只有一行（表头），没有数据行：它的换行符可能丢失了，所有内容都连成了一行。",
          en: "The file has only a header line and no data rows: its line breaks may have been lost, running every row into one line.",
        }
      : {
          zh: "文件只有表头，没有数据行。",
          en: "The file has only a header row and no data rows.",
        },
  unclosedQuote: (from: number, to: number, resumed: boolean): Text2 => {
    const rows =
      from === to
        ? { zh: `第 ${from} 行`, en: `row ${from}` }
        : { zh: `第 ${from}–${to} 行`, en: `rows ${from}–${to}` };
    return resumed
      ? {
          zh: `第 ${from} 行的引号（"）没有闭合：${rows.zh}无法读取，未使用；从第 ${to + 1} 行起继续读取。`,
          en: `The quote (") in row ${from} is never closed: ${rows.en} cannot be read and ${from === to ? "was" : "were"} not used; reading resumed at row ${to + 1}.`,
        }
      : {
          zh: `第 ${from} 行的引号（"）没有闭合：${rows.zh}（到文件末尾）无法读取，未使用；之前的行已预览。`,
          en: `The quote (") in row ${from} is never closed: ${rows.en} (to the end of the file) cannot be read and ${from === to ? "was" : "were"} not used; the rows before are shown.`,
        };
  },
  placeTooLong: (row: number, header: string, length: number): Text2 => ({
    zh: `第 ${row} 行“${quote(header)}”有 ${length.toLocaleString("en-US")} 个字符，不像是地区名称，这一行未使用。`,
    en: `Row ${row}, “${quote(header)}” has ${length.toLocaleString("en-US")} characters: not a place name; the row was not used.`,
  }),
  renamedPlace: (row: number, header: string, text: string, now: string): Text2 => ({
    zh: `第 ${row} 行“${quote(header)}”的“${quote(text)}”是旧名，按今天的${now}读取。`,
    en: `Row ${row}, “${quote(header)}”: “${quote(text)}” is a former name, read as today's ${now}.`,
  }),
  ambiguousPlace: (row: number, header: string, text: string, options: Text2[]): Text2 => {
    const MAX = 8;
    const more = options.length > MAX ? options.length - MAX : 0;
    const zh =
      options
        .slice(0, MAX)
        .map((o) => o.zh)
        .join("、") + (more ? `等 ${options.length} 处` : "");
    const en =
      options
        .slice(0, MAX)
        .map((o) => o.en)
        .join("; ") + (more ? ` and ${more} more` : "");
    return {
      zh: `第 ${row} 行“${quote(header)}”的“${quote(text)}”有 ${options.length} 个同名地区：${zh}。请在下方“同名地区”中选择是哪一个（也可写全名，如“${options[0]?.zh ?? ""}”）；选择之前，按你自己的地区处理。`,
      en: `Row ${row}, “${quote(header)}”: ${options.length} places are called “${quote(text)}”: ${en}. Choose which one under “Places with the same name” below (or write the full name); until then it is kept as a place of your own.`,
    };
  },
  noGazetteer: {
    zh: "全国行政区划表未能加载（可能是网络中断）：地区名称只与本站已收录的地区比对，其余按你自己的地区处理，级别按名称末字推测。重新选择文件可再试一次。",
    en: "The gazetteer of China's divisions could not be loaded (the connection may have dropped): place names were matched against this site's places only, the others kept as your own, their level guessed from the name's last character. Choose the file again to retry.",
  } satisfies Text2,
  trailingSpace: (row: number): Text2 => ({
    zh: `第 ${row} 行末尾的引号后面有空白字符（如全角空格），已删除，引号中的内容照常读取。`,
    en: `Row ${row} ends with spaces (such as a full-width space) after its closing quote; they were removed and the quoted cell read as usual.`,
  }),
} as const;

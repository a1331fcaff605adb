/**
 * Budgets (budgets.json) against measurements: which pass, which fail, and
 * which cannot be judged because their measurement is not available (those
 * fail `--check` too: a budget nobody can measure protects nothing).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type BudgetUnit = "bytes" | "ms" | "ratio" | "number";

export interface Budget {
  id: string;
  label: string;
  /** Upper limit (inclusive); exactly one of max and min is set. */
  max?: number;
  /** Lower limit (inclusive). */
  min?: number;
  unit: BudgetUnit;
}

/** A measured value, or null with the reason it could not be measured. */
export interface Measurement {
  value: number | null;
  note?: string;
}

export type BudgetStatus = "pass" | "fail" | "not available" | "skipped";

export interface BudgetResult extends Budget {
  value: number | null;
  status: BudgetStatus;
  note?: string;
}

export const BUDGETS_FILE = join(import.meta.dirname, "budgets.json");

/** Read and validate budgets.json (or another file of the same shape). */
export function loadBudgets(file = BUDGETS_FILE): Budget[] {
  const doc = JSON.parse(readFileSync(file, "utf8")) as { budgets?: unknown };
  return parseBudgets(doc.budgets, file);
}

export function parseBudgets(raw: unknown, where = "budgets"): Budget[] {
  if (!Array.isArray(raw)) throw new Error(`${where}: "budgets" must be an array`);
  const seen = new Set<string>();
  return raw.map((b: Partial<Budget>, i) => {
    const at = `${where}: budgets[${i}]`;
    if (typeof b?.id !== "string" || !b.id) throw new Error(`${at}: needs an id`);
    if (seen.has(b.id)) throw new Error(`${at}: duplicate id ${b.id}`);
    seen.add(b.id);
    if (typeof b.label !== "string") throw new Error(`${at} (${b.id}): needs a label`);
    if (b.unit !== "bytes" && b.unit !== "ms" && b.unit !== "ratio" && b.unit !== "number")
      throw new Error(`${at} (${b.id}): unit must be bytes, ms, ratio or number`);
    const hasMax = typeof b.max === "number" && Number.isFinite(b.max);
    const hasMin = typeof b.min === "number" && Number.isFinite(b.min);
    if (hasMax === hasMin) throw new Error(`${at} (${b.id}): needs exactly one of max and min`);
    return hasMax
      ? { id: b.id, label: b.label, max: b.max!, unit: b.unit }
      : { id: b.id, label: b.label, min: b.min!, unit: b.unit };
  });
}

/**
 * Judge each budget. A budget with no entry in `measured` was not part of this
 * run (`--only`) and is "skipped"; an entry whose value is null is "not available".
 */
export function checkBudgets(
  budgets: readonly Budget[],
  measured: Readonly<Record<string, Measurement>>,
): BudgetResult[] {
  return budgets.map((b) => {
    const m = measured[b.id];
    if (!m) return { ...b, value: null, status: "skipped", note: "not measured in this run" };
    const note = m.note ? { note: m.note } : {};
    if (m.value === null || !Number.isFinite(m.value))
      return { ...b, value: null, status: "not available", ...note };
    const ok = b.max !== undefined ? m.value <= b.max : m.value >= b.min!;
    return { ...b, value: m.value, status: ok ? "pass" : "fail", ...note };
  });
}

/** Whether `--check` fails: any budget exceeded or not measurable. */
export function checkFails(results: readonly BudgetResult[]): boolean {
  return results.some((r) => r.status === "fail" || r.status === "not available");
}

/** The limit as text, e.g. "≤ 100.0 kB", "≥ 0.75×". */
export function limitText(b: Budget): string {
  const op = b.max !== undefined ? "≤" : "≥";
  return `${op} ${valueText(b.unit, (b.max ?? b.min)!)}`;
}

export function valueText(unit: BudgetUnit, v: number | null): string {
  if (v === null) return "—";
  if (unit === "bytes") return v < 1000 ? `${v} B` : `${(v / 1000).toFixed(1)} kB`;
  if (unit === "ms") return `${Math.round(v)} ms`;
  if (unit === "number") return String(Math.round(v * 1000) / 1000);
  return `${v.toFixed(2)}×`;
}

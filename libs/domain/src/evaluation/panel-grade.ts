import Decimal from 'decimal.js';
import { invalid } from '../shared/domain-error';
import { parseFiniteDecimal } from './parse-decimal';

/** Best first. The order is what "the lower grade" means when breaking ties and when ranking candidates. */
export const PANEL_GRADES = ['excellent', 'good', 'fair', 'poor'] as const; // 优秀 / 良好 / 一般 / 较差
export type PanelGrade = (typeof PANEL_GRADES)[number];

/** Points per grade; text is allowed so that a configured table never passes through a binary float. */
export type PanelPointsTable = Readonly<Record<PanelGrade, number | string>>;

export const DEFAULT_PANEL_POINTS: PanelPointsTable = Object.freeze({ excellent: 100, good: 85, fair: 70, poor: 50 });

export function isPanelGrade(value: unknown): value is PanelGrade {
  return typeof value === 'string' && (PANEL_GRADES as readonly string[]).includes(value);
}

/** Position in PANEL_GRADES: 0 is the best. Exported for the ranking's "higher panel grade" tie-break. */
export function gradeOrder(grade: PanelGrade): number {
  assertGrade(grade, 'grade');
  return PANEL_GRADES.indexOf(grade);
}

function assertGrade(grade: unknown, field: string): asserts grade is PanelGrade {
  // Grades arrive from JSON; the type alone does not stop "Excellent" or "优秀" at run time.
  if (!isPanelGrade(grade)) throw invalid('panel.unknown-grade', `"${String(grade)}" is not a panel grade (${PANEL_GRADES.join(', ')}).`, field);
}

/**
 * The panel's grade for a candidate: the grade most members gave. A tie goes to the lower grade, so that
 * a split panel never lifts a candidate above what half of it thought (DOMAIN.md stage 5).
 */
export function majorityGrade(grades: readonly PanelGrade[]): PanelGrade {
  if (grades.length === 0) throw invalid('panel.no-grades', 'No panel member has graded this candidate.', 'grades');
  const counts = new Map<PanelGrade, number>();
  grades.forEach((g, i) => {
    assertGrade(g, `grades.${i}`);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  });
  let best: PanelGrade = PANEL_GRADES[PANEL_GRADES.length - 1];
  let bestCount = -1;
  // Walking from the lowest grade up and replacing only on a strictly higher count keeps the lower grade on ties.
  for (const grade of [...PANEL_GRADES].reverse()) {
    const count = counts.get(grade) ?? 0;
    if (count > bestCount) {
      best = grade;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Checks a configured points table: every grade priced within the 0–100 part-score scale, and a better grade
 * never worth fewer points (otherwise "higher panel grade" and "more panel points" would disagree in ranking).
 */
export function validatePanelPointsTable(table: PanelPointsTable): Readonly<Record<PanelGrade, Decimal>> {
  const exact = {} as Record<PanelGrade, Decimal>;
  for (const grade of PANEL_GRADES) {
    const points = parseFiniteDecimal(table[grade], 'panel.points', `Grade "${grade}" needs numeric points.`, `panelPoints.${grade}`);
    if (points.lessThan(0) || points.greaterThan(100)) {
      throw invalid('panel.points', `Grade "${grade}" must be worth between 0 and 100 points; got ${points.toString()}.`, `panelPoints.${grade}`);
    }
    exact[grade] = points;
  }
  PANEL_GRADES.slice(1).forEach((grade, i) => {
    const better = PANEL_GRADES[i];
    if (exact[grade].greaterThan(exact[better])) {
      throw invalid('panel.points-order', `Grade "${grade}" cannot be worth more points than "${better}".`, `panelPoints.${grade}`);
    }
  });
  return Object.freeze(exact);
}

/** The panel part score for a grade, exact, on the 0–100 scale. */
export function panelPoints(grade: PanelGrade, table: PanelPointsTable = DEFAULT_PANEL_POINTS): Decimal {
  assertGrade(grade, 'grade');
  return validatePanelPointsTable(table)[grade];
}

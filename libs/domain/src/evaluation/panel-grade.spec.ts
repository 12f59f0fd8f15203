import { DEFAULT_PANEL_POINTS, gradeOrder, majorityGrade, PanelGrade, panelPoints, validatePanelPointsTable } from './panel-grade';

describe('majorityGrade', () => {
  it.each<[PanelGrade[], PanelGrade]>([
    [['good'], 'good'],
    [['excellent', 'excellent', 'good'], 'excellent'],
    [['good', 'good', 'fair', 'fair'], 'fair'],
    [['excellent', 'good'], 'good'],
    [['excellent', 'poor'], 'poor'],
    [['excellent', 'good', 'fair'], 'fair'],
    [['excellent', 'excellent', 'poor', 'poor', 'good'], 'poor'],
    [['fair', 'excellent', 'excellent', 'good', 'excellent', 'fair'], 'excellent'],
    [['good', 'excellent', 'good', 'fair', 'poor'], 'good'],
  ])('%j → %s', (grades, expected) => {
    expect(majorityGrade(grades)).toBe(expected);
  });

  it('does not depend on the order of the grades', () => {
    expect(majorityGrade(['fair', 'good', 'good', 'fair'])).toBe('fair');
    expect(majorityGrade(['good', 'fair', 'fair', 'good'])).toBe('fair');
  });

  it('refuses an empty panel', () => {
    expect(() => majorityGrade([])).toThrow(expect.objectContaining({ code: 'panel.no-grades', kind: 'invalid' }));
  });

  it('refuses a grade that is not one of the four', () => {
    expect(() => majorityGrade(['good', 'Excellent' as PanelGrade])).toThrow(expect.objectContaining({ code: 'panel.unknown-grade', field: 'grades.1' }));
  });
});

describe('panelPoints', () => {
  it('uses 100 / 85 / 70 / 50 by default', () => {
    expect((['excellent', 'good', 'fair', 'poor'] as const).map((g) => panelPoints(g).toString())).toEqual(['100', '85', '70', '50']);
    expect(DEFAULT_PANEL_POINTS.good).toBe(85);
  });

  it('uses a configured table, exactly', () => {
    const table = { excellent: '95', good: '82.5', fair: 70, poor: 0 };
    expect(panelPoints('good', table).toString()).toBe('82.5');
    expect(panelPoints('poor', table).toString()).toBe('0');
  });

  it('refuses a table outside 0–100 or where a better grade is worth less', () => {
    expect(() => validatePanelPointsTable({ excellent: 101, good: 85, fair: 70, poor: 50 })).toThrow(
      expect.objectContaining({ code: 'panel.points', field: 'panelPoints.excellent' }),
    );
    expect(() => validatePanelPointsTable({ excellent: 100, good: 85, fair: 'x', poor: 50 })).toThrow(expect.objectContaining({ code: 'panel.points' }));
    expect(() => validatePanelPointsTable({ excellent: 100, good: 60, fair: 70, poor: 50 })).toThrow(
      expect.objectContaining({ code: 'panel.points-order', field: 'panelPoints.fair' }),
    );
    // Equal points for neighbouring grades are allowed.
    expect(() => validatePanelPointsTable({ excellent: 100, good: 100, fair: 70, poor: 70 })).not.toThrow();
  });

  it('refuses an unknown grade', () => {
    expect(() => panelPoints('优秀' as PanelGrade)).toThrow(expect.objectContaining({ code: 'panel.unknown-grade' }));
  });

  it('orders grades best first for tie-breaking', () => {
    expect(gradeOrder('excellent')).toBeLessThan(gradeOrder('good'));
    expect(gradeOrder('fair')).toBeLessThan(gradeOrder('poor'));
  });
});

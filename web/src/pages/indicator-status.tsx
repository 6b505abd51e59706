/**
 * An indicator's status with its coverage: "Đạt (98/104 báo cáo)", "Chưa đủ số liệu (12/104 báo
 * cáo)". Below COVERAGE_MIN_PERCENT of the expected units reporting the API gives no verdict
 * ('insufficient'); the coverage is shown with every verdict so a reader sees what it stands on.
 */
import type { Coverage, IndicatorStatus } from '../api/indicator-types.ts';
import { formatNumber } from '../../../src/core/numbers/number-text.ts';
import { COVERAGE_MIN_PERCENT } from '../../../src/modules/indicators/coverage-threshold.ts';
import { useI18n } from '../i18n.ts';

/** Statuses that are a verdict, or its absence for too few reports: shown with their coverage. */
const WITH_COVERAGE: readonly IndicatorStatus[] = ['met', 'not_met', 'insufficient'];

export function useStatusText() {
  const { t, lang } = useI18n();
  return (status: IndicatorStatus, coverage: Coverage): string => {
    const label = t(`st_${status}`);
    if (!WITH_COVERAGE.includes(status)) return label;
    const reports = t('coverageReports', {
      reported: formatNumber(coverage.reported, lang),
      expected: formatNumber(coverage.expected, lang),
    });
    return `${label} (${reports})`;
  };
}

export function StatusBadge({ status, coverage }: { status: IndicatorStatus; coverage: Coverage }) {
  const { t } = useI18n();
  const text = useStatusText();
  return (
    <span
      className={`badge st-${status}`}
      title={t('coverageHint', { min: COVERAGE_MIN_PERCENT })}
      data-testid="indicator-status"
    >
      {text(status, coverage)}
    </span>
  );
}

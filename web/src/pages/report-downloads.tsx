/** Downloads for a consolidated view: the figures (.xlsx, .csv, ADX for DHIS2) and the report as .docx. */
import { useI18n } from '../i18n.ts';

export function ReportDownloads({
  formId,
  periodStart,
  unitId,
}: {
  formId: number;
  periodStart: string;
  unitId: number | null;
}) {
  const { t } = useI18n();
  const href = (format: string) => {
    const q = new URLSearchParams({ formId: String(formId), periodStart, format });
    if (unitId !== null) q.set('unitId', String(unitId));
    return `/api/v1/reports/export?${q.toString()}`;
  };
  return (
    <p className="actions downloads" data-testid="summary-downloads">
      <a className="button secondary" href={href('docx')} download data-testid="download-docx">
        {t('downloadReportDocx')}
      </a>
      <a href={href('xlsx')} download data-testid="download-xlsx">
        {t('downloadXlsx')}
      </a>
      <a href={href('csv')} download data-testid="download-csv">
        .csv
      </a>
      <a href={href('adx')} download data-testid="download-adx">
        {t('downloadAdx')}
      </a>
    </p>
  );
}

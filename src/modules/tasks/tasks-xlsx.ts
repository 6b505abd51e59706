/** The task list of a plan (or any filter) as .xlsx, headings in Vietnamese. */
import ExcelJS from 'exceljs';
import type { TTask } from './tasks.schema.ts';

const STATUS: Record<TTask['status'], string> = {
  open: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  cancelled: 'Hủy',
};
const FREQUENCY: Record<TTask['frequency'], string> = {
  once: 'Một lần',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  semiannual: '6 tháng',
  annual: 'Hằng năm',
};

function ddmmyyyy(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export async function tasksToXlsx(title: string, tasks: TTask[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'binhdang';
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const head = ws.addRow([
    'STT',
    'Nhiệm vụ',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời hạn',
    'Tần suất',
    'Trạng thái',
    'Tiến độ (%)',
    'Quá hạn',
  ]);
  head.font = { bold: true };
  tasks.forEach((t, i) =>
    ws.addRow([
      i + 1,
      t.title,
      t.leadAgencyName,
      t.partners.map((p) => p.agencyName).join('; '),
      ddmmyyyy(t.dueDate),
      FREQUENCY[t.frequency],
      STATUS[t.status],
      t.progress,
      t.overdue ? 'Quá hạn' : '',
    ]),
  );
  ws.columns.forEach((c, i) => (c.width = [6, 70, 30, 30, 12, 12, 16, 10, 10][i]));
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

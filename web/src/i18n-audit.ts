/** Strings of the audit log's seals (the line on the audit page), Vietnamese first; merged in i18n.ts. */

export const auditVi = {
  auditSealCheck: 'Kiểm tra niêm phong nhật ký',
  auditSealChecking: 'Đang kiểm tra toàn bộ nhật ký…',
  auditSealCheckFailed: 'Không kiểm tra được niêm phong; thử lại sau.',
  auditSealNone: 'Niêm phong nhật ký: chưa có niêm phong nào ({unsealed} mục chưa niêm phong).',
  auditSealIntact:
    'Niêm phong nhật ký: hợp lệ đến {time} (niêm phong số {id}); {unsealed} mục mới chưa niêm phong.',
  auditSealBroken: 'Niêm phong nhật ký: bị sửa tại niêm phong số {id}: {reason}.',
  auditSealIntactBefore: 'Hợp lệ đến {time} (niêm phong số {intact}).',
  auditSealRowChanged: 'một mục (hoặc mã băm đã lưu) bị sửa',
  auditSealRowDeleted: 'một mục bị xóa',
  auditSealRowInserted: 'có mục bị chèn thêm sau khi niêm phong',
  auditSealChainBroken: 'chuỗi niêm phong bị đứt (một niêm phong bị viết lại hoặc xóa)',
  auditSealMissing: 'thiếu niêm phong',
  auditSealExternal: 'mã băm khác với bản lưu bên ngoài',
} as const;

export const auditEn: Record<keyof typeof auditVi, string> = {
  auditSealCheck: 'Check the audit log seals',
  auditSealChecking: 'Checking the whole log…',
  auditSealCheckFailed: 'The seals could not be checked; try again later.',
  auditSealNone: 'Audit log seals: none yet ({unsealed} entries not sealed).',
  auditSealIntact:
    'Audit log seals: intact up to {time} (seal no. {id}); {unsealed} new entries not sealed yet.',
  auditSealBroken: 'Audit log seals: altered at seal no. {id}: {reason}.',
  auditSealIntactBefore: 'Intact up to {time} (seal no. {intact}).',
  auditSealRowChanged: 'an entry (or the stored digest) was changed',
  auditSealRowDeleted: 'an entry was deleted',
  auditSealRowInserted: 'an entry was added after sealing',
  auditSealChainBroken: 'the chain of seals is broken (a seal was rewritten or removed)',
  auditSealMissing: 'a seal is missing',
  auditSealExternal: 'the digest differs from the copy kept outside',
};

/** Messages of the API's schema checks, composed on the web from the check's code and limit. */
export const errorsVi = {
  fieldMissing: 'Chưa nhập hoặc không đúng kiểu.',
  fieldInvalid: 'Giá trị không hợp lệ.',
  fieldNotAChoice: 'Không phải một lựa chọn hợp lệ.',
  fieldFormat: 'Không đúng định dạng.',
  fieldTooShort: 'Cần ít nhất {n} ký tự.',
  fieldTooLong: 'Không quá {n} ký tự.',
  fieldTooSmall: 'Tối thiểu {n}.',
  fieldTooBig: 'Tối đa {n}.',
} as const;

export const errorsEn: Record<keyof typeof errorsVi, string> = {
  fieldMissing: 'Missing or of the wrong type.',
  fieldInvalid: 'Invalid value.',
  fieldNotAChoice: 'Not one of the choices.',
  fieldFormat: 'Wrong format.',
  fieldTooShort: 'At least {n} characters.',
  fieldTooLong: 'At most {n} characters.',
  fieldTooSmall: 'At least {n}.',
  fieldTooBig: 'At most {n}.',
};

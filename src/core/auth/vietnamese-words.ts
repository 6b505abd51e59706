/**
 * Vietnamese words and names people build passwords from, without diacritics and in lower case
 * (as they are typed on a phone or a keyboard without Telex): the password strength estimator
 * (password-strength.ts) treats them as dictionary words, as it does English ones. Family names
 * (the most frequent, after the General Statistics Office's surname counts), common given names,
 * places, and words of affection, greeting, work and this app.
 */
// prettier-ignore
export const VIETNAMESE_WORDS: readonly string[] = [
  // passwords and greetings
  'matkhau', 'matkhaumoi', 'matma', 'xinchao', 'chao', 'chaoban', 'tambiet', 'camon', 'xinloi',
  'anhyeuem', 'emyeuanh', 'yeuem', 'yeuanh', 'yeuemnhieu', 'thuongem', 'nhoem', 'nhoanh', 'anhyeu',
  'emyeu', 'honey', 'vochong', 'giadinh', 'hanhphuc', 'tinhyeu', 'banbe', 'conyeu', 'baby',
  'cungyeu', 'khongbiet', 'khongnho', 'quenmatkhau', 'batdau', 'dangnhap', 'taikhoan', 'quantri',
  'admin', 'nguoidung', 'canbo', 'congchuc', 'vanphong', 'baocao', 'kehoach', 'nhiemvu',
  'hoatdong', 'binhdang', 'binhdanggioi', 'gioi', 'phunu', 'hoiphunu', 'lienhiep', 'thanhnien',
  'doanvien', 'uyban', 'ubnd', 'sonoivu', 'laodong', 'thuongbinh', 'xahoi', 'bachoi', 'tiensi',
  'thacsi',
  // places
  'vietnam', 'hanoi', 'hochiminh', 'saigon', 'danang', 'haiphong', 'cantho', 'hue', 'nhatrang',
  'dalat', 'vungtau', 'hungyen', 'thaibinh', 'namdinh', 'ninhbinh', 'thanhhoa', 'nghean', 'hatinh',
  'quangninh', 'bacninh', 'laocai', 'sapa', 'dienbien', 'hagiang', 'caobang', 'langson',
  'quangnam', 'quangngai', 'binhdinh', 'phuyen', 'khanhhoa', 'daklak', 'gialai', 'kontum',
  'lamdong', 'dongnai', 'binhduong', 'longan', 'tiengiang', 'bentre', 'vinhlong', 'travinh',
  'angiang', 'kiengiang', 'camau', 'baclieu', 'soctrang', 'phuquoc', 'thudo', 'quehuong',
  'dongthap', 'tayninh',
  // family names
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho',
  'ngo', 'duong', 'ly', 'dinh', 'dao', 'trinh', 'mai', 'truong', 'lam', 'luong', 'ha', 'kieu',
  'to', 'cao', 'chu', 'quach', 'thai', 'tang', 'lai', 'lu', 'vuong', 'trieu', 'tong', 'thach',
  'mac',
  // middle and given names
  'van', 'thi', 'huu', 'duc', 'minh', 'anh', 'hoa', 'lan', 'linh', 'huong', 'mai', 'ngoc', 'thu',
  'thuy', 'trang', 'hang', 'ha', 'nga', 'nhung', 'phuong', 'quynh', 'thao', 'trinh', 'yen', 'hien',
  'hanh', 'hong', 'hue', 'loan', 'ly', 'my', 'nhi', 'oanh', 'tam', 'tuyet', 'van', 'vy', 'xuan',
  'dung', 'hung', 'hai', 'hieu', 'hoang', 'huy', 'khanh', 'khoa', 'kien', 'long', 'nam', 'phong',
  'phuc', 'quang', 'quan', 'son', 'tai', 'thang', 'thanh', 'thinh', 'tien', 'toan', 'trung',
  'tuan', 'tung', 'viet', 'vinh', 'bao', 'binh', 'cuong', 'dat', 'duy', 'giang', 'hau', 'hoai',
  'kim', 'lien', 'loc', 'luan', 'nghia', 'nhan', 'nhat', 'tho', 'thien', 'thuong', 'tri', 'tu',
  // everyday words
  'tieuthu', 'congchua', 'hoangtu', 'thienthan', 'ngoisao', 'bautroi', 'mattroi', 'mattrang',
  'hoahong', 'hoasen', 'conmeo', 'concho', 'meomeo', 'gaucon', 'dethuong', 'xinhdep', 'dep',
  'deptrai', 'thongminh', 'maimai', 'muaxuan', 'tetnguyendan', 'bame', 'mebong', 'yeume', 'yeuba',
  'concai', 'contrai', 'congai', 'ongba', 'quenoi', 'bongda', 'hocsinh', 'sinhvien', 'giaovien',
];

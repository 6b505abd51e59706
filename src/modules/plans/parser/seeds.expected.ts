/**
 * Expected parse of the five seed plans (tests/fixtures/seeds), written by hand from reading them.
 * Only the fields the importer must get right without correction are listed.
 */
export interface SeedExpectation {
  file: string;
  document: {
    type: string | null;
    documentNumber: string | null;
    issuer: string | null;
    place: string | null;
    date: string | null;
    title: string | null;
  };
  implements: { kind: string; number: string | null; date: string | null; issuer: string | null }[];
  referenceNumbers: string[];
  sections: string[];
  leads: string[];
  partners: string[];
  deadlines: { due: string | null; frequency: string; to: string | null }[];
  events: string[];
  signer: { name: string; position: string | null; authority: string[] } | null;
  recipients: string[];
  attachments: { type: string | null; title: string | null; signer: string | null }[];
}

const PWS = 'Chương trình hành động quốc gia về Phụ nữ, hòa bình và an ninh giai đoạn 2024-2030';

export const SEEDS: SeedExpectation[] = [
  {
    file: '000_2a2bd237564af03c.txt',
    document: {
      type: 'KH',
      documentNumber: null,
      issuer: 'Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) tỉnh Thái Bình',
      place: null,
      date: null,
      title: `Kế hoạch thực hiện ${PWS}`,
    },
    implements: [
      { kind: 'Kế hoạch', number: '77/KH-UBND', date: '2024-04-17', issuer: 'UBND tỉnh Thái Bình' },
    ],
    referenceNumbers: ['77/KH-UBND'],
    sections: ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG HOẠT ĐỘNG', 'TỔ CHỨC THỰC HIỆN'],
    leads: ['Hội LHPN huyện, thành phố, các đơn vị', 'Hội LHPN 8 huyện, thành phố'],
    partners: [],
    deadlines: [{ due: '--10-15', frequency: 'annual', to: null }],
    events: [],
    signer: null,
    recipients: [],
    attachments: [],
  },
  {
    file: '001_10d206fddaf131d7.txt',
    document: {
      type: 'KH',
      documentNumber: null,
      issuer: 'Ban Thường vụ Hội LHPN tỉnh Thái Bình',
      place: null,
      date: null,
      title:
        'Kế hoạch thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ trong các cấp Hội Phụ nữ tỉnh Thái Bình năm 2024',
    },
    implements: [
      { kind: 'Kế hoạch', number: '72/KH-UBND', date: '2024-04-09', issuer: 'UBND tỉnh Thái Bình' },
    ],
    referenceNumbers: [
      '72/KH-UBND',
      '76/2023/NĐ-CP',
      '125/2021/NĐ-CP',
      '11-NQ/TW',
      '21-CT/TW',
      '12-TT/TU',
      '2282/QĐ-TTg',
      '101/QĐ-TTg',
    ],
    sections: ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG HOẠT ĐỘNG', 'TỔ CHỨC THỰC HIỆN'],
    leads: ['Hội LHPN tỉnh', 'Hội LHPN huyện, thành phố, các đơn vị'],
    partners: [],
    deadlines: [
      { due: null, frequency: 'monthly', to: 'Văn phòng Hội LHPN tỉnh' },
      { due: '2024-12-01', frequency: 'once', to: 'Ban Tuyên giáo -Tổ chức - Chính sách' },
    ],
    events: [
      'Ngày Quốc tế Phụ nữ',
      'Ngày Quốc tế Hạnh phúc',
      'Ngày Gia đình Việt Nam',
      'Ngày Phụ nữ Việt Nam',
      'Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ',
      'Tháng hành động quốc gia về phòng, chống bạo lực gia đình',
      'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
    ],
    signer: null,
    recipients: [],
    attachments: [],
  },
  {
    file: '002_7c7171d5d3a46b8d.txt',
    document: {
      type: 'KH',
      documentNumber: '95/KH-UBND',
      issuer: 'UBND tỉnh',
      place: null,
      date: '2023-03-21',
      title: 'Triển khai thực hiện công tác bình đẳng giới tỉnh Bình Phước năm 2023',
    },
    implements: [],
    referenceNumbers: [],
    sections: [],
    leads: [],
    partners: [],
    deadlines: [],
    events: [],
    signer: null,
    recipients: [],
    attachments: [],
  },
  {
    file: '003_d53f0afbf5052353.txt',
    document: {
      type: 'KH',
      documentNumber: null,
      issuer: 'UBND phường Quyết Thắng',
      place: 'Quyết Thắng',
      date: null,
      title:
        'Thực hiện Chương trình hành động quốc gia về bình đẳng giới và hoạt động Vì sự tiến bộ phụ nữ năm 2020',
    },
    implements: [
      { kind: 'Kế hoạch', number: '525/KH-UBND', date: '2020-03-20', issuer: 'UBND thành phố Lai Châu' },
    ],
    referenceNumbers: ['525/KH-UBND', '11-NQ/TW', '2351/QĐ-TTg', '800/QĐ-TTg'],
    sections: ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN'],
    leads: [
      'Công chức Văn hóa - xã hội',
      'Trạm Y tế',
      'Các đơn vị trường học',
      'Công an phường',
      'UBND phường và các tổ chức đoàn thể',
      'Tổ trưởng tổ dân phố, bản',
    ],
    partners: [],
    deadlines: [
      { due: '--05-05', frequency: 'semiannual', to: 'UBND phường' },
      { due: '--11-20', frequency: 'semiannual', to: 'UBND phường' },
    ],
    events: ['Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới'],
    signer: {
      name: 'Vàng Văn Hiên',
      position: 'PHÓ CHỦ TỊCH',
      authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
    },
    recipients: [
      'UBND phường',
      'UBMTTQ và các tổ chức đoàn thể phường',
      'Các cơ quan, đơn vị, liên quan',
      'Tổ dân phố, bản',
      'Lưu: VT',
    ],
    attachments: [
      {
        type: 'TTr',
        title:
          'V/v ban hành Kế hoạch thực hiện Chương trình hành động quốc gia về bình đẳng giới và hoạt động Vì sự tiến bộ phụ nữ năm 2020',
        signer: 'Vũ Thị Thúy',
      },
    ],
  },
  {
    file: '004_c997f3a30d3ce80c.txt',
    document: {
      type: 'KH',
      documentNumber: '31/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh',
      place: 'Thái Bình',
      date: '2022-03-11',
      title: 'Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022',
    },
    implements: [
      { kind: 'Quyết định', number: '2232/QĐ-TTg', date: '2020-12-28', issuer: 'Thủ tướng Chính phủ' },
      { kind: 'Nghị quyết', number: '28/NQ-CP', date: '2021-03-03', issuer: 'Chính phủ' },
      {
        kind: 'Công văn',
        number: '418/LĐTBXH-BĐG',
        date: '2022-02-23',
        issuer: 'Bộ Lao động - Thương binh và Xã hội',
      },
    ],
    referenceNumbers: ['2232/QĐ-TTg', '28/NQ-CP', '418/LĐTBXH-BĐG', '56/KH-UBND', '13/KH-UBND'],
    sections: [
      'MỤC ĐÍCH, YÊU CẦU',
      'NỘI DUNG HOẠT ĐỘNG',
      'KINH PHÍ THỰC HIỆN',
      'TỔ CHỨC THỰC HIỆN',
      'CHẾ ĐỘ THÔNG TIN, BÁO CÁO',
    ],
    leads: [
      'Sở Lao động - Thương binh và Xã hội',
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài chính',
      'Sở Thông tin và Truyền thông',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
      'Công an tỉnh',
      'Cục Thống kê tỉnh',
      'Các sở, ngành, đơn vị liên quan',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Hội Liên hiệp Phụ nữ tỉnh',
      'Liên đoàn Lao động tỉnh',
      'Đoàn TNCS Hồ Chí Minh tỉnh',
      'Ủy ban nhân các huyện, thành phố',
    ],
    partners: ['Sở Lao động - Thương binh và Xã hội'],
    deadlines: [],
    events: [
      'Ngày Quốc tế Phụ nữ',
      'Ngày Phụ nữ Việt Nam',
      'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
    ],
    signer: { name: 'Trần Thị Bích Hằng', position: 'PHÓ CHỦ TỊCH', authority: ['KT. CHỦ TỊCH'] },
    recipients: [
      'Bộ Lao động - Thương binh và Xã hội',
      'Vụ Bình đẳng giới - Bộ LĐTBXH',
      'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
      'Ủy ban MTTQ Việt Nam tỉnh',
      'Các sở, ban, ngành, đoàn thể tỉnh',
      'UBND huyện, thành phố',
      'Lãnh đạo VP UBND tỉnh',
      'Lưu VT, KGVX',
    ],
    attachments: [],
  },
];

/**
 * The categories a data element's values are split into, by its disaggregation. 'total' is always
 * there; the others are parts of it. Keys are stable: they are stored in data_value.category.
 */
export const DISAGGREGATIONS = ['none', 'sex', 'sex_age', 'sex_ethnicity'] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

export const CATEGORY_LABELS: Record<string, [vi: string, en: string]> = {
  total: ['Tổng số', 'Total'],
  female: ['Nữ', 'Female'],
  male: ['Nam', 'Male'],
  'age:0-15': ['Dưới 16 tuổi', 'Under 16'],
  'age:16-59': ['Từ 16 đến 59 tuổi', '16 to 59'],
  'age:60+': ['Từ 60 tuổi trở lên', '60 and over'],
  ethnic_minority: ['Người dân tộc thiểu số', 'Ethnic minority'],
};

export const CATEGORIES: Record<Disaggregation, readonly string[]> = {
  none: ['total'],
  sex: ['total', 'female', 'male'],
  sex_age: ['total', 'female', 'male', 'age:0-15', 'age:16-59', 'age:60+'],
  sex_ethnicity: ['total', 'female', 'male', 'ethnic_minority'],
};

/** Groups of categories that are each a split of the total: their sum may not exceed it. */
export const PARTS_OF_TOTAL: Record<Disaggregation, readonly (readonly string[])[]> = {
  none: [],
  sex: [['female', 'male']],
  sex_age: [
    ['female', 'male'],
    ['age:0-15', 'age:16-59', 'age:60+'],
  ],
  sex_ethnicity: [['female', 'male'], ['ethnic_minority']],
};

export function categoriesOf(d: Disaggregation): readonly string[] {
  return CATEGORIES[d];
}

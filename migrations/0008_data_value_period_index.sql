-- 0008: the nation's sums of a form and period read from an index (issue 4 benchmark,
-- docs/BENCHMARKS.md). data_value_rollup_idx leads with the element and narrows by province or
-- commune; the whole-country sum of a period (ReportSummaryRepository.sums without a unit) has
-- neither and read every approved row of the period from the table (a scan of all of it: ≈650 ms at
-- 12.7 M values). This index leads with the period and carries the category and value, so that sum
-- is an index-only pass over the period's rows, in element order. Partial like the roll-up index:
-- only approved rows are ever summed.
CREATE INDEX data_value_period_idx
  ON data_value (period_type, period_start, data_element_id, category) INCLUDE (value)
  WHERE approved;

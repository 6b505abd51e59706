-- 0016: value types and bounds of data elements (issue 15). A figure is a count ('integer', whole,
-- 0 … 10,000,000 per commune report), a measure ('number', decimals, same bounds), a 'percent'
-- (0 … 100) or 'money' (whole đồng, 0 … 10^12); the bounds are in src/core/numbers/value-bounds.ts.
-- `max_value` lets an element say otherwise (a population is more than ten million at a province).
ALTER TABLE data_element DROP CONSTRAINT data_element_value_type_check;
ALTER TABLE data_element ADD CONSTRAINT data_element_value_type_check
  CHECK (value_type IN ('integer', 'number', 'percent', 'money'));
ALTER TABLE data_element ADD COLUMN max_value numeric CHECK (max_value IS NULL OR max_value > 0);
UPDATE data_element SET max_value = 200000000 WHERE code = 'POPULATION';

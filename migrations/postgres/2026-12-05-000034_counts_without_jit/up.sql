-- Keep in step with migrations/sqlite. mask_bits never had statistics, so the kept counts'
-- trigger was planned as if it held 2,030 rows: the estimate passed jit_above_cost, and every
-- statement that wrote resources spent about 250 ms compiling the trigger's query (EXPLAIN
-- ANALYZE on an aggregator: 40 rows inserted, 253 ms of JIT, 1 ms of work). The trigger's
-- statements are small; they run without JIT, and the planner knows the tables' sizes.
ANALYZE mask_bits;
ALTER FUNCTION cairn_recount_resources() SET jit = off;
ALTER FUNCTION cairn_tallies(TEXT, INTEGER, BIGINT, BIGINT) ROWS 12;

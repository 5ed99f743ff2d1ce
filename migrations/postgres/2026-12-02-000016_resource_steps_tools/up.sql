-- Keep in step with migrations/sqlite (a test compares them).
-- Where a resource is filed on the map and in the catalogue, as one bit mask: its phases
-- (bits 0-7, as phases_mask had them), its Transition Map steps (bits 8-39, in the order of
-- assets/transition-map.toml) and its Explore tool types (bits 40-62, in the order of
-- assets/explore.toml); a test pins both orders. Resources filed before this existed keep
-- what the map and Explore counted them under: a step's id as a tag with the step's phase, a
-- tool type's tag.
ALTER TABLE resources RENAME COLUMN phases_mask TO map_mask;
UPDATE resources SET map_mask = map_mask | 256 WHERE tags LIKE '%"political-mandate"%' AND (map_mask & 1) <> 0;
UPDATE resources SET map_mask = map_mask | 512 WHERE tags LIKE '%"transition-team"%' AND (map_mask & 1) <> 0;
UPDATE resources SET map_mask = map_mask | 1024 WHERE tags LIKE '%"shared-vision"%' AND (map_mask & 1) <> 0;
UPDATE resources SET map_mask = map_mask | 2048 WHERE tags LIKE '%"stakeholder-map"%' AND (map_mask & 1) <> 0;
UPDATE resources SET map_mask = map_mask | 4096 WHERE tags LIKE '%"emissions-baseline"%' AND (map_mask & 2) <> 0;
UPDATE resources SET map_mask = map_mask | 8192 WHERE tags LIKE '%"systems-analysis"%' AND (map_mask & 2) <> 0;
UPDATE resources SET map_mask = map_mask | 16384 WHERE tags LIKE '%"barriers-enablers"%' AND (map_mask & 2) <> 0;
UPDATE resources SET map_mask = map_mask | 32768 WHERE tags LIKE '%"capacity-check"%' AND (map_mask & 2) <> 0;
UPDATE resources SET map_mask = map_mask | 65536 WHERE tags LIKE '%"portfolio-design"%' AND (map_mask & 4) <> 0;
UPDATE resources SET map_mask = map_mask | 131072 WHERE tags LIKE '%"co-design"%' AND (map_mask & 4) <> 0;
UPDATE resources SET map_mask = map_mask | 262144 WHERE tags LIKE '%"investment-plan"%' AND (map_mask & 4) <> 0;
UPDATE resources SET map_mask = map_mask | 524288 WHERE tags LIKE '%"action-plan"%' AND (map_mask & 4) <> 0;
UPDATE resources SET map_mask = map_mask | 1048576 WHERE tags LIKE '%"pilot-projects"%' AND (map_mask & 8) <> 0;
UPDATE resources SET map_mask = map_mask | 2097152 WHERE tags LIKE '%"procurement"%' AND (map_mask & 8) <> 0;
UPDATE resources SET map_mask = map_mask | 4194304 WHERE tags LIKE '%"partnerships"%' AND (map_mask & 8) <> 0;
UPDATE resources SET map_mask = map_mask | 8388608 WHERE tags LIKE '%"scale-up"%' AND (map_mask & 8) <> 0;
UPDATE resources SET map_mask = map_mask | 16777216 WHERE tags LIKE '%"monitoring"%' AND (map_mask & 16) <> 0;
UPDATE resources SET map_mask = map_mask | 33554432 WHERE tags LIKE '%"impact-evaluation"%' AND (map_mask & 16) <> 0;
UPDATE resources SET map_mask = map_mask | 67108864 WHERE tags LIKE '%"share-lessons"%' AND (map_mask & 16) <> 0;
UPDATE resources SET map_mask = map_mask | 134217728 WHERE tags LIKE '%"adjust-plan"%' AND (map_mask & 16) <> 0;
UPDATE resources SET map_mask = map_mask | 268435456 WHERE tags LIKE '%"institutionalise"%' AND (map_mask & 32) <> 0;
UPDATE resources SET map_mask = map_mask | 536870912 WHERE tags LIKE '%"policy-alignment"%' AND (map_mask & 32) <> 0;
UPDATE resources SET map_mask = map_mask | 1073741824 WHERE tags LIKE '%"skills-culture"%' AND (map_mask & 32) <> 0;
UPDATE resources SET map_mask = map_mask | 2147483648 WHERE tags LIKE '%"long-term-finance"%' AND (map_mask & 32) <> 0;
UPDATE resources SET map_mask = map_mask | 1099511627776 WHERE tags LIKE '%"building-renovation"%';
UPDATE resources SET map_mask = map_mask | 2199023255552 WHERE tags LIKE '%"district-heating"%';
UPDATE resources SET map_mask = map_mask | 4398046511104 WHERE tags LIKE '%"local-renewables"%';
UPDATE resources SET map_mask = map_mask | 8796093022208 WHERE tags LIKE '%"low-emission-zones"%';
UPDATE resources SET map_mask = map_mask | 17592186044416 WHERE tags LIKE '%"active-mobility"%';
UPDATE resources SET map_mask = map_mask | 35184372088832 WHERE tags LIKE '%"urban-greening"%';
UPDATE resources SET map_mask = map_mask | 70368744177664 WHERE tags LIKE '%"circular-procurement"%';
UPDATE resources SET map_mask = map_mask | 140737488355328 WHERE tags LIKE '%"citizen-assembly"%';
UPDATE resources SET map_mask = map_mask | 281474976710656 WHERE tags LIKE '%"participatory-budgeting"%';
UPDATE resources SET map_mask = map_mask | 562949953421312 WHERE tags LIKE '%"climate-city-contract"%';
UPDATE resources SET map_mask = map_mask | 1125899906842624 WHERE tags LIKE '%"living-labs"%';
UPDATE resources SET map_mask = map_mask | 2251799813685248 WHERE tags LIKE '%"emissions-inventory"%';
UPDATE resources SET map_mask = map_mask | 4503599627370496 WHERE tags LIKE '%"climate-budgeting"%';
UPDATE resources SET map_mask = map_mask | 9007199254740992 WHERE tags LIKE '%"impact-monitoring"%';

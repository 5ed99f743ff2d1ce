DELETE FROM resource_counts WHERE facet = 'all' AND counted = 0;

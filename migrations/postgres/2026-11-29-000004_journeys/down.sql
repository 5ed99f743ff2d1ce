DROP TABLE journey_steps;

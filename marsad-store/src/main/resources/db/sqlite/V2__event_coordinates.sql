-- Where an event took place, on a map: the coordinates of its place when the gazetteer knows it.
ALTER TABLE event ADD COLUMN location_lat DOUBLE PRECISION;
ALTER TABLE event ADD COLUMN location_lon DOUBLE PRECISION;

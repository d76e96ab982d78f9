-- Ticket exports uploaded for fitting: the file as sent (to fit again or backtest), how it is
-- read, and its fit.
CREATE TABLE datasets (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  options TEXT NOT NULL,
  csv BLOB NOT NULL,
  fit TEXT NOT NULL,
  created_at TEXT NOT NULL
);

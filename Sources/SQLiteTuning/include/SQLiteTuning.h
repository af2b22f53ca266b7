#ifndef SQLITE_TUNING_H
#define SQLITE_TUNING_H

/// Process-wide SQLite settings, made before the first connection opens (sqlite3_config is a
/// C variadic function, which Swift cannot call). Returns 0 when they were applied.
int incidents_sqlite_configure(void);

#endif

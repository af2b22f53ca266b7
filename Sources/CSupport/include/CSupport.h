#ifndef INCIDENTS_CSUPPORT_H
#define INCIDENTS_CSUPPORT_H

#include <stddef.h>

/// Process-wide SQLite settings, made before the first connection opens (sqlite3_config is a
/// C variadic function, which Swift cannot call). Returns 0 when they were applied.
int incidents_sqlite_configure(void);

/// Fills `buffer` with `count` bytes from the kernel's random generator (getrandom(2), in as few
/// calls as it takes). Returns 0 on success, -1 if the generator failed.
int incidents_random_bytes(void *buffer, size_t count);

#endif

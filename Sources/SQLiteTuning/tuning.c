#include <sqlite3.h>
#include "SQLiteTuning.h"

int incidents_sqlite_configure(void) {
    /* Multi-thread mode: each connection is used by one thread at a time (GRDB serialises every
       access to a connection on its own queue), so SQLite need not lock a mutex on every call.
       No memory statistics: they take a global mutex on every allocation. Both must be set
       before SQLite initialises; afterwards sqlite3_config returns SQLITE_MISUSE and nothing
       changes, which is safe. */
    int a = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    int b = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return a == SQLITE_OK && b == SQLITE_OK ? 0 : 1;
}

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sqlite3.h>
#include <sys/random.h>
#include "CSupport.h"

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

int incidents_random_bytes(void *buffer, size_t count) {
    unsigned char *at = buffer;
    while (count > 0) {
        ssize_t n = getrandom(at, count, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        at += n;
        count -= (size_t)n;
    }
    return 0;
}

int incidents_start_writeback(const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    int result = sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    close(fd);
    return result == 0 ? 0 : -1;
}

// SQLite from the system (Debian: libsqlite3-dev): the raw C API, about twice
// GRDB's insert rate here (../shared/notes), behind migstat's small wrapper.
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import.
static inline void (*csqlite_transient(void))(void *) { return (void (*)(void *))-1; }

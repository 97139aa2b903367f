// libpq from the system (Debian: libpq-dev): COPY FROM STDIN for bulk loads.
// postgres-nio would bring two BoringSSL builds into a clean CI build (../shared/notes).
#include <postgresql/libpq-fe.h>

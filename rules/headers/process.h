// Sluice bundled declarations for the Microsoft C runtime (process.h): declarations only, written from the documented API; used only when the real header is not installed.
// The MSVC names (_execl, _execlp, _wexecl, _spawnv, _beginthreadex, _getpid,
// ...) live in the shared sluice_msvc_crt.h. On Linux the POSIX names that the
// real process.h also declares (execl, getpid, ...) come from <unistd.h>.
#ifndef SLUICE_STUB_PROCESS_H
#define SLUICE_STUB_PROCESS_H

#include <sluice_msvc_crt.h>
#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

#endif /* SLUICE_STUB_PROCESS_H */

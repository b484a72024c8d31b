// Sluice bundled declarations for the Microsoft C runtime (direct.h): declarations only, written from the documented API; used only when the real header is not installed.
// The MSVC names (_mkdir, _wmkdir, _rmdir, _chdir, _getcwd, ...) live in the
// shared sluice_msvc_crt.h. On Linux the POSIX names the real direct.h also
// declares (getcwd, chdir, rmdir) come from <unistd.h>; MSVC's one-argument
// mkdir is not declared (POSIX mkdir takes a mode).
#ifndef SLUICE_STUB_DIRECT_H
#define SLUICE_STUB_DIRECT_H

#include <sluice_msvc_crt.h>
#if defined(__unix__) || defined(__APPLE__)
#include <sys/stat.h>
#include <unistd.h>
#endif

#endif /* SLUICE_STUB_DIRECT_H */

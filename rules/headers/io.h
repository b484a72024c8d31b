// Sluice bundled declarations for the Microsoft C runtime (io.h): declarations only, written from the documented API; used only when the real header is not installed.
// The MSVC names (_access, _open, _wopen, _unlink, _wunlink, _setmode,
// _findfirst, ...) live in the shared sluice_msvc_crt.h. On Linux the POSIX
// names that the real io.h also declares (access, open, close, read, write,
// unlink, dup, ...) come from <unistd.h> and <fcntl.h>.
#ifndef SLUICE_STUB_IO_H
#define SLUICE_STUB_IO_H

#include <sluice_msvc_crt.h>
#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <unistd.h>
#endif

#endif /* SLUICE_STUB_IO_H */

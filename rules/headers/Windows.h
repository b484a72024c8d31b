// Sluice bundled declarations for the Win32 API (Windows.h): declarations only, written from the documented API; used only when the real header is not installed.
// Windows file names are case-insensitive; code written as <Windows.h> gets the bundled windows.h.
#ifndef SLUICE_STUB_WINDOWS_H_CAPITALISED
#define SLUICE_STUB_WINDOWS_H_CAPITALISED
#include <windows.h>
#endif

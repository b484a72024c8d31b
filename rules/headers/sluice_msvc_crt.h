// Sluice bundled declarations for the Microsoft C runtime extras (sluice_msvc_crt.h, shared by windows.h, process.h, io.h and direct.h): declarations only, written from the documented API; used only when the real header is not installed.
//
// The MSVC CRT declares these names in stdio.h, stdlib.h, string.h, time.h,
// process.h, io.h and direct.h. They do not exist in glibc (every name here
// starts with an underscore or is an Annex K "_s" function glibc lacks), so
// they never clash with the real C headers; since those headers cannot be
// replaced, the names are declared here once and included by windows.h (AI
// written code often includes only windows.h and stdio.h) and by process.h,
// io.h and direct.h. Values of the _O_ and _S_ flags are the MSVC ones.
#ifndef SLUICE_STUB_MSVC_CRT_H
#define SLUICE_STUB_MSVC_CRT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef _ERRNO_T_DEFINED
#define _ERRNO_T_DEFINED
typedef int errno_t;
#endif
#ifndef _RSIZE_T_DEFINED
#define _RSIZE_T_DEFINED
typedef size_t rsize_t;
#endif
typedef long long __time64_t;
typedef long __time32_t;
typedef unsigned long _fsize_t;
typedef unsigned short _ino_t;
typedef unsigned int _dev_t;
typedef long _off_t;

#define _MAX_PATH 260
#define _MAX_DRIVE 3
#define _MAX_DIR 256
#define _MAX_FNAME 256
#define _MAX_EXT 256
#ifndef _countof
#define _countof(a) (sizeof(a) / sizeof((a)[0]))
#endif
#define _TRUNCATE ((size_t)-1)

/* ---- open flags and permission bits (fcntl.h, sys/stat.h) ---- */
#define _O_RDONLY 0x0000
#define _O_WRONLY 0x0001
#define _O_RDWR 0x0002
#define _O_APPEND 0x0008
#define _O_RANDOM 0x0010
#define _O_SEQUENTIAL 0x0020
#define _O_TEMPORARY 0x0040
#define _O_NOINHERIT 0x0080
#define _O_CREAT 0x0100
#define _O_TRUNC 0x0200
#define _O_EXCL 0x0400
#define _O_SHORT_LIVED 0x1000
#define _O_TEXT 0x4000
#define _O_BINARY 0x8000
#define _O_WTEXT 0x10000
#define _O_U16TEXT 0x20000
#define _O_U8TEXT 0x40000
#ifndef O_BINARY
#define O_BINARY _O_BINARY
#endif
#ifndef O_TEXT
#define O_TEXT _O_TEXT
#endif
#define _S_IFMT 0xF000
#define _S_IFDIR 0x4000
#define _S_IFCHR 0x2000
#define _S_IFREG 0x8000
#define _S_IREAD 0x0100
#define _S_IWRITE 0x0080
#define _S_IEXEC 0x0040
#define _SH_DENYRW 0x10
#define _SH_DENYWR 0x20
#define _SH_DENYRD 0x30
#define _SH_DENYNO 0x40

/* ---- stdio.h ---- */
FILE *_popen(const char *_Command, const char *_Mode);
FILE *_wpopen(const wchar_t *_Command, const wchar_t *_Mode);
int _pclose(FILE *_Stream);
FILE *_wfopen(const wchar_t *_FileName, const wchar_t *_Mode);
FILE *_wfreopen(const wchar_t *_FileName, const wchar_t *_Mode, FILE *_OldStream);
FILE *_fsopen(const char *_FileName, const char *_Mode, int _ShFlag);
FILE *_wfsopen(const wchar_t *_FileName, const wchar_t *_Mode, int _ShFlag);
FILE *_fdopen(int _FileHandle, const char *_Mode);
FILE *_wfdopen(int _FileHandle, const wchar_t *_Mode);
errno_t fopen_s(FILE **_Stream, const char *_FileName, const char *_Mode);
errno_t _wfopen_s(FILE **_Stream, const wchar_t *_FileName, const wchar_t *_Mode);
errno_t freopen_s(FILE **_Stream, const char *_FileName, const char *_Mode, FILE *_OldStream);
int _fileno(FILE *_Stream);
int _wremove(const wchar_t *_FileName);
int _wrename(const wchar_t *_OldFileName, const wchar_t *_NewFileName);
int _unlink(const char *_FileName);
int _wunlink(const wchar_t *_FileName);
int _snprintf(char *_Buffer, size_t _BufferCount, const char *_Format, ...);
int _vsnprintf(char *_Buffer, size_t _BufferCount, const char *_Format, va_list _ArgList);
int _snwprintf(wchar_t *_Buffer, size_t _BufferCount, const wchar_t *_Format, ...);
int _vsnwprintf(wchar_t *_Buffer, size_t _BufferCount, const wchar_t *_Format, va_list _ArgList);
int _scprintf(const char *_Format, ...);
int _scwprintf(const wchar_t *_Format, ...);
int sprintf_s(char *_Buffer, size_t _BufferCount, const char *_Format, ...);
int vsprintf_s(char *_Buffer, size_t _BufferCount, const char *_Format, va_list _ArgList);
int _snprintf_s(char *_Buffer, size_t _BufferCount, size_t _MaxCount, const char *_Format, ...);
int _vsnprintf_s(char *_Buffer, size_t _BufferCount, size_t _MaxCount, const char *_Format, va_list _ArgList);
int swprintf_s(wchar_t *_Buffer, size_t _BufferCount, const wchar_t *_Format, ...);
int _snwprintf_s(wchar_t *_Buffer, size_t _BufferCount, size_t _MaxCount, const wchar_t *_Format, ...);
int printf_s(const char *_Format, ...);
int fprintf_s(FILE *_Stream, const char *_Format, ...);
int wprintf_s(const wchar_t *_Format, ...);
int scanf_s(const char *_Format, ...);
int sscanf_s(const char *_Buffer, const char *_Format, ...);
int fscanf_s(FILE *_Stream, const char *_Format, ...);
int wscanf_s(const wchar_t *_Format, ...);
char *gets_s(char *_Buffer, rsize_t _Size);
int _fcloseall(void);
int _flushall(void);
int _getw(FILE *_Stream);
int _putw(int _Word, FILE *_Stream);

/* ---- stdlib.h ---- */
int _wsystem(const wchar_t *_Command);
wchar_t *_wgetenv(const wchar_t *_VarName);
errno_t getenv_s(size_t *_RequiredCount, char *_Buffer, rsize_t _BufferCount, const char *_VarName);
errno_t _wgetenv_s(size_t *_RequiredCount, wchar_t *_Buffer, size_t _BufferCount, const wchar_t *_VarName);
errno_t _dupenv_s(char **_Buffer, size_t *_BufferCount, const char *_VarName);
errno_t _wdupenv_s(wchar_t **_Buffer, size_t *_BufferCount, const wchar_t *_VarName);
int _putenv(const char *_EnvString);
int _wputenv(const wchar_t *_EnvString);
errno_t _putenv_s(const char *_Name, const char *_Value);
errno_t _wputenv_s(const wchar_t *_Name, const wchar_t *_Value);
extern int __argc;
extern char **__argv;
extern wchar_t **__wargv;
extern char **_environ;
extern wchar_t **_wenviron;
extern char *_pgmptr;
extern wchar_t *_wpgmptr;
char *_fullpath(char *_FullPath, const char *_Path, size_t _BufferCount);
wchar_t *_wfullpath(wchar_t *_FullPath, const wchar_t *_Path, size_t _BufferCount);
void _splitpath(const char *_FullPath, char *_Drive, char *_Dir, char *_Filename, char *_Ext);
void _wsplitpath(const wchar_t *_FullPath, wchar_t *_Drive, wchar_t *_Dir, wchar_t *_Filename, wchar_t *_Ext);
void _makepath(char *_Buffer, const char *_Drive, const char *_Dir, const char *_Filename, const char *_Ext);
char *_itoa(int _Value, char *_Buffer, int _Radix);
char *_ltoa(long _Value, char *_Buffer, int _Radix);
char *_ultoa(unsigned long _Value, char *_Buffer, int _Radix);
char *_i64toa(long long _Value, char *_Buffer, int _Radix);
char *_ui64toa(unsigned long long _Value, char *_Buffer, int _Radix);
wchar_t *_itow(int _Value, wchar_t *_Buffer, int _Radix);
errno_t _itoa_s(int _Value, char *_Buffer, size_t _BufferCount, int _Radix);
errno_t _itow_s(int _Value, wchar_t *_Buffer, size_t _BufferCount, int _Radix);
long long _atoi64(const char *_String);
long long _strtoi64(const char *_String, char **_EndPtr, int _Radix);
unsigned long long _strtoui64(const char *_String, char **_EndPtr, int _Radix);
int _wtoi(const wchar_t *_String);
long _wtol(const wchar_t *_String);
long long _wtoi64(const wchar_t *_String);
double _wtof(const wchar_t *_String);
errno_t rand_s(unsigned int *_RandomValue);
unsigned short _byteswap_ushort(unsigned short _Number);
unsigned long _byteswap_ulong(unsigned long _Number);
unsigned long long _byteswap_uint64(unsigned long long _Number);
errno_t mbstowcs_s(size_t *_PtNumOfCharConverted, wchar_t *_DstBuf, size_t _SizeInWords, const char *_SrcBuf,
                   size_t _MaxCount);
errno_t wcstombs_s(size_t *_PtNumOfCharConverted, char *_Dst, size_t _DstSizeInBytes, const wchar_t *_Src,
                   size_t _MaxCountInBytes);

/* ---- string.h / wchar.h ---- */
int _stricmp(const char *_String1, const char *_String2);
int _strnicmp(const char *_String1, const char *_String2, size_t _MaxCount);
int _wcsicmp(const wchar_t *_String1, const wchar_t *_String2);
int _wcsnicmp(const wchar_t *_String1, const wchar_t *_String2, size_t _MaxCount);
int _memicmp(const void *_Buf1, const void *_Buf2, size_t _Size);
char *_strdup(const char *_Source);
wchar_t *_wcsdup(const wchar_t *_String);
char *_strlwr(char *_String);
char *_strupr(char *_String);
wchar_t *_wcslwr(wchar_t *_String);
wchar_t *_wcsupr(wchar_t *_String);
char *_strrev(char *_Str);
errno_t strcpy_s(char *_Destination, rsize_t _SizeInBytes, const char *_Source);
errno_t strncpy_s(char *_Destination, rsize_t _SizeInBytes, const char *_Source, rsize_t _MaxCount);
errno_t strcat_s(char *_Destination, rsize_t _SizeInBytes, const char *_Source);
errno_t strncat_s(char *_Destination, rsize_t _SizeInBytes, const char *_Source, rsize_t _MaxCount);
errno_t wcscpy_s(wchar_t *_Destination, rsize_t _SizeInWords, const wchar_t *_Source);
errno_t wcsncpy_s(wchar_t *_Destination, rsize_t _SizeInWords, const wchar_t *_Source, rsize_t _MaxCount);
errno_t wcscat_s(wchar_t *_Destination, rsize_t _SizeInWords, const wchar_t *_Source);
errno_t wcsncat_s(wchar_t *_Destination, rsize_t _SizeInWords, const wchar_t *_Source, rsize_t _MaxCount);
errno_t memcpy_s(void *_Destination, rsize_t _DestinationSize, const void *_Source, rsize_t _SourceSize);
errno_t memmove_s(void *_Destination, rsize_t _DestinationSize, const void *_Source, rsize_t _SourceSize);
errno_t memset_s(void *_Destination, rsize_t _DestinationSize, int _Value, rsize_t _Count);
char *strtok_s(char *_String, const char *_Delimiter, char **_Context);
wchar_t *wcstok_s(wchar_t *_String, const wchar_t *_Delimiter, wchar_t **_Context);
size_t strnlen_s(const char *_String, size_t _MaxCount);
size_t wcsnlen_s(const wchar_t *_Src, size_t _MaxCount);
errno_t strerror_s(char *_Buffer, size_t _SizeInBytes, int _ErrorNumber);
errno_t _strlwr_s(char *_String, size_t _Size);
errno_t _strupr_s(char *_String, size_t _Size);

/* ---- time.h ---- */
__time64_t _time64(__time64_t *_Time);
__time32_t _time32(__time32_t *_Time);
struct tm *_localtime64(const __time64_t *_Time);
struct tm *_gmtime64(const __time64_t *_Time);
__time64_t _mktime64(struct tm *_Tm);
char *_ctime64(const __time64_t *_Time);
errno_t _localtime64_s(struct tm *_Tm, const __time64_t *_Time);
errno_t _gmtime64_s(struct tm *_Tm, const __time64_t *_Time);
errno_t localtime_s(struct tm *_Tm, const time_t *_Time);
errno_t gmtime_s(struct tm *_Tm, const time_t *_Time);
errno_t ctime_s(char *_Buffer, size_t _SizeInBytes, const time_t *_Time);
errno_t asctime_s(char *_Buffer, size_t _SizeInBytes, const struct tm *_Tm);
void _tzset(void);

/* ---- process.h ---- */
#define _P_WAIT 0
#define _P_NOWAIT 1
#define _P_OVERLAY 2
#define _OLD_P_OVERLAY 2
#define _P_NOWAITO 3
#define _P_DETACH 4
#define P_WAIT _P_WAIT
#define P_NOWAIT _P_NOWAIT
#define P_OVERLAY _P_OVERLAY
#define P_DETACH _P_DETACH
#define _WAIT_CHILD 0
#define _WAIT_GRANDCHILD 1
intptr_t _execl(const char *_FileName, const char *_Arguments, ...);
intptr_t _execle(const char *_FileName, const char *_Arguments, ...);
intptr_t _execlp(const char *_FileName, const char *_Arguments, ...);
intptr_t _execlpe(const char *_FileName, const char *_Arguments, ...);
intptr_t _execv(const char *_FileName, const char *const *_Arguments);
intptr_t _execve(const char *_FileName, const char *const *_Arguments, const char *const *_Environment);
intptr_t _execvp(const char *_FileName, const char *const *_Arguments);
intptr_t _execvpe(const char *_FileName, const char *const *_Arguments, const char *const *_Environment);
intptr_t _wexecl(const wchar_t *_FileName, const wchar_t *_ArgList, ...);
intptr_t _wexecle(const wchar_t *_FileName, const wchar_t *_ArgList, ...);
intptr_t _wexeclp(const wchar_t *_FileName, const wchar_t *_ArgList, ...);
intptr_t _wexeclpe(const wchar_t *_FileName, const wchar_t *_ArgList, ...);
intptr_t _wexecv(const wchar_t *_FileName, const wchar_t *const *_ArgList);
intptr_t _wexecve(const wchar_t *_FileName, const wchar_t *const *_ArgList, const wchar_t *const *_Env);
intptr_t _wexecvp(const wchar_t *_FileName, const wchar_t *const *_ArgList);
intptr_t _wexecvpe(const wchar_t *_FileName, const wchar_t *const *_ArgList, const wchar_t *const *_Env);
intptr_t _spawnl(int _Mode, const char *_FileName, const char *_Arguments, ...);
intptr_t _spawnle(int _Mode, const char *_FileName, const char *_Arguments, ...);
intptr_t _spawnlp(int _Mode, const char *_FileName, const char *_Arguments, ...);
intptr_t _spawnv(int _Mode, const char *_FileName, const char *const *_Arguments);
intptr_t _spawnve(int _Mode, const char *_FileName, const char *const *_Arguments,
                  const char *const *_Environment);
intptr_t _spawnvp(int _Mode, const char *_FileName, const char *const *_Arguments);
intptr_t _wspawnl(int _Mode, const wchar_t *_FileName, const wchar_t *_Arguments, ...);
intptr_t _wspawnlp(int _Mode, const wchar_t *_FileName, const wchar_t *_Arguments, ...);
intptr_t _wspawnv(int _Mode, const wchar_t *_FileName, const wchar_t *const *_Arguments);
intptr_t _wspawnvp(int _Mode, const wchar_t *_FileName, const wchar_t *const *_Arguments);
intptr_t _cwait(int *_TermStat, intptr_t _ProcHandle, int _Action);
uintptr_t _beginthread(void (*_StartAddress)(void *), unsigned _StackSize, void *_ArgList);
__attribute__((noreturn)) void _endthread(void);
uintptr_t _beginthreadex(void *_Security, unsigned _StackSize, unsigned (*_StartAddress)(void *), void *_ArgList,
                         unsigned _InitFlag, unsigned *_ThrdAddr);
__attribute__((noreturn)) void _endthreadex(unsigned _ReturnCode);
int _getpid(void);
void _cexit(void);
void _c_exit(void);

/* ---- io.h ---- */
struct _finddata_t {
    unsigned attrib;
    __time64_t time_create;
    __time64_t time_access;
    __time64_t time_write;
    _fsize_t size;
    char name[260];
};
struct _wfinddata_t {
    unsigned attrib;
    __time64_t time_create;
    __time64_t time_access;
    __time64_t time_write;
    _fsize_t size;
    wchar_t name[260];
};
#define _A_NORMAL 0x00
#define _A_RDONLY 0x01
#define _A_HIDDEN 0x02
#define _A_SYSTEM 0x04
#define _A_SUBDIR 0x10
#define _A_ARCH 0x20
int _access(const char *_FileName, int _AccessMode);
int _waccess(const wchar_t *_FileName, int _AccessMode);
errno_t _access_s(const char *_FileName, int _AccessMode);
errno_t _waccess_s(const wchar_t *_FileName, int _AccessMode);
int _open(const char *_FileName, int _OpenFlag, ...);
int _wopen(const wchar_t *_FileName, int _OpenFlag, ...);
errno_t _sopen_s(int *_FileHandle, const char *_FileName, int _OpenFlag, int _ShareFlag, int _PermissionMode);
errno_t _wsopen_s(int *_FileHandle, const wchar_t *_FileName, int _OpenFlag, int _ShareFlag, int _PermissionFlag);
int _creat(const char *_FileName, int _PermissionMode);
int _wcreat(const wchar_t *_FileName, int _PermissionMode);
int _close(int _FileHandle);
int _read(int _FileHandle, void *_DstBuf, unsigned int _MaxCharCount);
int _write(int _FileHandle, const void *_Buf, unsigned int _MaxCharCount);
long _lseek(int _FileHandle, long _Offset, int _Origin);
long long _lseeki64(int _FileHandle, long long _Offset, int _Origin);
long _tell(int _FileHandle);
int _eof(int _FileHandle);
int _chmod(const char *_FileName, int _Mode);
int _wchmod(const wchar_t *_FileName, int _Mode);
int _dup(int _FileHandle);
int _dup2(int _FileHandleSrc, int _FileHandleDst);
int _isatty(int _FileHandle);
int _setmode(int _FileHandle, int _Mode);
int _umask(int _Mode);
int _commit(int _FileHandle);
int _chsize(int _FileHandle, long _Size);
errno_t _chsize_s(int _FileHandle, long long _Size);
long _filelength(int _FileHandle);
long long _filelengthi64(int _FileHandle);
int _pipe(int *_PtHandles, unsigned int _PipeSize, int _TextMode);
char *_mktemp(char *_TemplateName);
errno_t _mktemp_s(char *_TemplateName, size_t _Size);
intptr_t _get_osfhandle(int _FileHandle);
int _open_osfhandle(intptr_t _OSFileHandle, int _Flags);
intptr_t _findfirst(const char *_FileName, struct _finddata_t *_FindData);
int _findnext(intptr_t _FindHandle, struct _finddata_t *_FindData);
intptr_t _wfindfirst(const wchar_t *_FileName, struct _wfinddata_t *_FindData);
int _wfindnext(intptr_t _FindHandle, struct _wfinddata_t *_FindData);
int _findclose(intptr_t _FindHandle);
int _locking(int _FileHandle, int _LockMode, long _NumOfBytes);

/* ---- direct.h ---- */
int _mkdir(const char *_Path);
int _wmkdir(const wchar_t *_Path);
int _rmdir(const char *_Path);
int _wrmdir(const wchar_t *_Path);
int _chdir(const char *_Path);
int _wchdir(const wchar_t *_Path);
char *_getcwd(char *_DstBuf, int _SizeInBytes);
wchar_t *_wgetcwd(wchar_t *_DstBuf, int _SizeInWords);
char *_getdcwd(int _Drive, char *_DstBuf, int _SizeInBytes);
int _getdrive(void);
int _chdrive(int _Drive);

#ifdef __cplusplus
}

/* MSVC's C++ overloads that take the destination array and infer its size. */
template <size_t N> errno_t strcpy_s(char (&_Destination)[N], const char *_Source);
template <size_t N> errno_t strncpy_s(char (&_Destination)[N], const char *_Source, size_t _Count);
template <size_t N> errno_t strcat_s(char (&_Destination)[N], const char *_Source);
template <size_t N> errno_t strncat_s(char (&_Destination)[N], const char *_Source, size_t _Count);
template <size_t N> errno_t wcscpy_s(wchar_t (&_Destination)[N], const wchar_t *_Source);
template <size_t N> errno_t wcsncpy_s(wchar_t (&_Destination)[N], const wchar_t *_Source, size_t _Count);
template <size_t N> errno_t wcscat_s(wchar_t (&_Destination)[N], const wchar_t *_Source);
template <size_t N> int sprintf_s(char (&_Buffer)[N], const char *_Format, ...);
template <size_t N> int vsprintf_s(char (&_Buffer)[N], const char *_Format, va_list _ArgList);
template <size_t N> int _snprintf_s(char (&_Buffer)[N], size_t _MaxCount, const char *_Format, ...);
template <size_t N> int swprintf_s(wchar_t (&_Buffer)[N], const wchar_t *_Format, ...);
template <size_t N> int _snwprintf_s(wchar_t (&_Buffer)[N], size_t _MaxCount, const wchar_t *_Format, ...);
template <size_t N> errno_t _itoa_s(int _Value, char (&_Buffer)[N], int _Radix);
template <size_t N> errno_t _itow_s(int _Value, wchar_t (&_Buffer)[N], int _Radix);
template <size_t N> errno_t getenv_s(size_t *_RequiredCount, char (&_Buffer)[N], const char *_VarName);
template <size_t N> errno_t _wgetenv_s(size_t *_RequiredCount, wchar_t (&_Buffer)[N], const wchar_t *_VarName);
template <size_t N> errno_t mbstowcs_s(size_t *_PtNumOfCharConverted, wchar_t (&_Dest)[N], const char *_Source,
                                       size_t _MaxCount);
template <size_t N> errno_t wcstombs_s(size_t *_PtNumOfCharConverted, char (&_Dest)[N], const wchar_t *_Source,
                                       size_t _MaxCount);
template <size_t N> errno_t strerror_s(char (&_Buffer)[N], int _ErrorNumber);
template <size_t N> errno_t _strlwr_s(char (&_String)[N]);
template <size_t N> errno_t _strupr_s(char (&_String)[N]);
template <size_t N> errno_t ctime_s(char (&_Buffer)[N], const time_t *_Time);
template <size_t N> errno_t asctime_s(char (&_Buffer)[N], const struct tm *_Tm);
template <size_t N> char *gets_s(char (&_Buffer)[N]);
#endif

#endif /* SLUICE_STUB_MSVC_CRT_H */

#include <shlobj.h>

// Sluice bundled declarations for Qt 5/6 (QtCore: qglobal.h, qnamespace.h, qflags.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QGLOBAL_H
#define SLUICE_STUB_QT_QGLOBAL_H

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>

// ---- version ---------------------------------------------------------------
#define QT_VERSION_MAJOR 5
#define QT_VERSION_MINOR 15
#define QT_VERSION_PATCH 2
#define QT_VERSION_STR "5.15.2"
#define QT_VERSION_CHECK(major, minor, patch) (((major) << 16) | ((minor) << 8) | (patch))
#define QT_VERSION QT_VERSION_CHECK(QT_VERSION_MAJOR, QT_VERSION_MINOR, QT_VERSION_PATCH)
#define QT_DEPRECATED_SINCE(major, minor) 1
const char *qVersion() noexcept;

// ---- platform --------------------------------------------------------------
#if defined(_WIN32)
#  define Q_OS_WIN32
#  define Q_OS_WIN
#  if defined(_WIN64)
#    define Q_OS_WIN64
#  endif
#elif defined(__APPLE__)
#  define Q_OS_DARWIN
#  define Q_OS_MACOS
#  define Q_OS_MAC
#  define Q_OS_UNIX
#elif defined(__ANDROID__)
#  define Q_OS_ANDROID
#  define Q_OS_LINUX
#  define Q_OS_UNIX
#elif defined(__linux__)
#  define Q_OS_LINUX
#  define Q_OS_UNIX
#elif defined(__FreeBSD__) || defined(__OpenBSD__) || defined(__NetBSD__) || defined(__unix__)
#  define Q_OS_UNIX
#endif
#if defined(__clang__)
#  define Q_CC_CLANG
#endif
#if defined(__GNUC__)
#  define Q_CC_GNU
#endif

// ---- language and moc macros -------------------------------------------------
#define QT_BEGIN_NAMESPACE
#define QT_END_NAMESPACE
#define QT_USE_NAMESPACE
#define QT_PREPEND_NAMESPACE(name) ::name
#define QT_FORWARD_DECLARE_CLASS(name) class name;
#define Q_DECL_EXPORT __attribute__((visibility("default")))
#define Q_DECL_IMPORT __attribute__((visibility("default")))
#define Q_CORE_EXPORT
#define Q_NETWORK_EXPORT
#define Q_DECL_OVERRIDE override
#define Q_DECL_FINAL final
#define Q_DECL_NOEXCEPT noexcept
#define Q_DECL_NOTHROW noexcept
#define Q_DECL_CONSTEXPR constexpr
#define Q_DECL_RELAXED_CONSTEXPR constexpr
#define Q_DECL_DEPRECATED
#define Q_DECL_UNUSED __attribute__((unused))
#define Q_NULLPTR nullptr
#define Q_NORETURN __attribute__((noreturn))
#define Q_REQUIRED_RESULT
#define Q_LIKELY(expr) __builtin_expect(!!(expr), true)
#define Q_UNLIKELY(expr) __builtin_expect(!!(expr), false)
#define Q_FALLTHROUGH() __attribute__((fallthrough))
#define Q_UNUSED(x) (void)(x);
#define Q_ASSERT(cond) static_cast<void>(false && (cond))
#define Q_ASSERT_X(cond, where, what) static_cast<void>(false && (cond))
#define Q_CHECK_PTR(p) static_cast<void>(false && (p))
#define Q_STATIC_ASSERT(cond) static_assert(bool(cond), #cond)
#define Q_STATIC_ASSERT_X(cond, msg) static_assert(bool(cond), msg)
#define Q_DISABLE_COPY(Class) Class(const Class &) = delete; Class &operator=(const Class &) = delete;
#define Q_DISABLE_COPY_MOVE(Class) Q_DISABLE_COPY(Class) Class(Class &&) = delete; Class &operator=(Class &&) = delete;
#define Q_DISABLE_MOVE(Class) Class(Class &&) = delete; Class &operator=(Class &&) = delete;
#define Q_FUNC_INFO __PRETTY_FUNCTION__
#define Q_OBJECT
#define Q_GADGET
#define Q_NAMESPACE
#define Q_INTERFACES(x)
#define Q_PROPERTY(...)
#define Q_CLASSINFO(name, value)
#define Q_ENUM(x)
#define Q_ENUMS(x)
#define Q_FLAG(x)
#define Q_FLAGS(x)
#define Q_ENUM_NS(x)
#define Q_FLAG_NS(x)
#define Q_INVOKABLE
#define Q_SCRIPTABLE
#define Q_REVISION(...)
#define Q_SIGNAL
#define Q_SLOT
#define Q_SIGNALS public
#define Q_SLOTS
#define Q_EMIT
#ifndef QT_NO_KEYWORDS
#  define signals public
#  define slots
#  define emit
#endif
#define Q_DECLARE_METATYPE(Type)
#define Q_DECLARE_TYPEINFO(Type, Flags)
#define Q_DECLARE_INTERFACE(Iface, Id)
#define SIGNAL(a) "2" #a
#define SLOT(a) "1" #a
#define METHOD(a) "0" #a
#define QT_TR_NOOP(x) x
#define QT_TRANSLATE_NOOP(scope, x) x
#define QT_STRINGIFY(x) #x

// ---- basic types -----------------------------------------------------------
typedef signed char qint8;
typedef unsigned char quint8;
typedef short qint16;
typedef unsigned short quint16;
typedef int qint32;
typedef unsigned int quint32;
typedef long long qint64;
typedef unsigned long long quint64;
typedef long long qlonglong;
typedef unsigned long long qulonglong;
typedef std::intptr_t qintptr;
typedef std::uintptr_t quintptr;
typedef std::ptrdiff_t qptrdiff;
typedef std::ptrdiff_t qsizetype;
typedef double qreal;
typedef unsigned char uchar;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;

template <typename T> constexpr const T &qMin(const T &a, const T &b) { return (a < b) ? a : b; }
template <typename T> constexpr const T &qMax(const T &a, const T &b) { return (a < b) ? b : a; }
template <typename T> constexpr const T &qBound(const T &lo, const T &v, const T &hi) { return qMax(lo, qMin(hi, v)); }
template <typename T> constexpr T qAbs(const T &t) { return t >= 0 ? t : -t; }
template <typename T> constexpr const T &qAsConst(T &t) noexcept { return t; }
template <typename T> void qAsConst(const T &&) = delete;
template <typename T> inline void qSwap(T &a, T &b) { T t(std::move(a)); a = std::move(b); b = std::move(t); }
template <typename Container> void qDeleteAll(const Container &c);
constexpr inline int qRound(double d) { return d >= 0.0 ? int(d + 0.5) : int(d - 0.5); }
constexpr inline qint64 qRound64(double d) { return d >= 0.0 ? qint64(d + 0.5) : qint64(d - 0.5); }
bool qFuzzyCompare(double p1, double p2);
bool qFuzzyIsNull(double d);
void qsrand(uint seed);
int qrand();
Q_NORETURN void qt_assert(const char *assertion, const char *file, int line) noexcept;

// ---- environment (declared with qglobal.h, as in Qt) ---------------------------
class QByteArray;
class QString;
QByteArray qgetenv(const char *varName);
QString qEnvironmentVariable(const char *varName);
QString qEnvironmentVariable(const char *varName, const QString &defaultValue);
bool qputenv(const char *varName, const QByteArray &value);
bool qunsetenv(const char *varName);
bool qEnvironmentVariableIsEmpty(const char *varName) noexcept;
bool qEnvironmentVariableIsSet(const char *varName) noexcept;
int qEnvironmentVariableIntValue(const char *varName, bool *ok = nullptr) noexcept;

// ---- QFlags ----------------------------------------------------------------
class QFlag {
  int i;
public:
  constexpr inline QFlag(int value) noexcept : i(value) {}
  constexpr inline operator int() const noexcept { return i; }
};
template <typename Enum>
class QFlags {
  int i;
public:
  typedef Enum enum_type;
  typedef int Int;
  constexpr QFlags() noexcept : i(0) {}
  constexpr QFlags(Enum flag) noexcept : i(int(flag)) {}
  constexpr QFlags(QFlag flag) noexcept : i(int(flag)) {}
  constexpr QFlags(std::initializer_list<Enum> flags) noexcept : i(0) { for (Enum f : flags) i |= int(f); }
  constexpr static QFlags fromInt(int v) noexcept { QFlags f; f.i = v; return f; }
  constexpr operator Int() const noexcept { return i; }
  constexpr bool operator!() const noexcept { return !i; }
  constexpr QFlags operator|(QFlags o) const noexcept { return fromInt(i | o.i); }
  constexpr QFlags operator|(Enum o) const noexcept { return fromInt(i | int(o)); }
  constexpr QFlags operator&(QFlags o) const noexcept { return fromInt(i & o.i); }
  constexpr QFlags operator&(Enum o) const noexcept { return fromInt(i & int(o)); }
  constexpr QFlags operator&(int mask) const noexcept { return fromInt(i & mask); }
  constexpr QFlags operator^(QFlags o) const noexcept { return fromInt(i ^ o.i); }
  constexpr QFlags operator~() const noexcept { return fromInt(~i); }
  QFlags &operator|=(QFlags o) noexcept { i |= o.i; return *this; }
  QFlags &operator|=(Enum o) noexcept { i |= int(o); return *this; }
  QFlags &operator&=(QFlags o) noexcept { i &= o.i; return *this; }
  QFlags &operator&=(int mask) noexcept { i &= mask; return *this; }
  QFlags &operator^=(QFlags o) noexcept { i ^= o.i; return *this; }
  constexpr bool testFlag(Enum f) const noexcept { return (i & int(f)) == int(f) && (int(f) != 0 || i == int(f)); }
  QFlags &setFlag(Enum f, bool on = true) noexcept { if (on) i |= int(f); else i &= ~int(f); return *this; }
};
#define Q_DECLARE_FLAGS(Flags, Enum) typedef QFlags<Enum> Flags;
#define Q_DECLARE_OPERATORS_FOR_FLAGS(Flags) \
  constexpr inline QFlags<Flags::enum_type> operator|(Flags::enum_type a, Flags::enum_type b) noexcept { return QFlags<Flags::enum_type>(a) | b; } \
  constexpr inline QFlags<Flags::enum_type> operator|(Flags::enum_type a, QFlags<Flags::enum_type> b) noexcept { return b | a; }

#endif

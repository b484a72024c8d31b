// Sluice bundled declarations for Qt 5/6 (QtCore: qdebug.h, qloggingcategory.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QDEBUG_H
#define SLUICE_STUB_QT_QDEBUG_H

#include "sluice_qtextstream.h"

class QDebug {
public:
  explicit QDebug(QIODevice *device);
  explicit QDebug(QString *string);
  explicit QDebug(QtMsgType t);
  QDebug(const QDebug &o);
  QDebug &operator=(const QDebug &other);
  ~QDebug();

  QDebug &space();
  QDebug &nospace();
  QDebug &maybeSpace();
  QDebug &verbosity(int verbosityLevel);
  int verbosity() const;
  bool autoInsertSpaces() const;
  void setAutoInsertSpaces(bool b);
  QDebug &quote();
  QDebug &noquote();
  QDebug &maybeQuote(char c = '"');

  QDebug &operator<<(QChar t);
  QDebug &operator<<(bool t);
  QDebug &operator<<(char t);
  QDebug &operator<<(signed short t);
  QDebug &operator<<(unsigned short t);
  QDebug &operator<<(char16_t t);
  QDebug &operator<<(char32_t t);
  QDebug &operator<<(signed int t);
  QDebug &operator<<(unsigned int t);
  QDebug &operator<<(signed long t);
  QDebug &operator<<(unsigned long t);
  QDebug &operator<<(qint64 t);
  QDebug &operator<<(quint64 t);
  QDebug &operator<<(float t);
  QDebug &operator<<(double t);
  QDebug &operator<<(const char *t);
  QDebug &operator<<(const QString &t);
  QDebug &operator<<(QStringView s);
  QDebug &operator<<(QLatin1String t);
  QDebug &operator<<(const QByteArray &t);
  QDebug &operator<<(const void *t);
  QDebug &operator<<(std::nullptr_t);
  QDebug &operator<<(const std::string &s);
  QDebug &operator<<(QTextStream &(*f)(QTextStream &));
};

// Anything else streams too (containers, variants, URLs, enums, ...).
template <typename T>
inline QDebug operator<<(QDebug debug, const T &) { return debug; }

class QDebugStateSaver {
public:
  explicit QDebugStateSaver(QDebug &dbg);
  ~QDebugStateSaver();
};

class QNoDebug {
public:
  QNoDebug &space() { return *this; }
  QNoDebug &nospace() { return *this; }
  QNoDebug &quote() { return *this; }
  QNoDebug &noquote() { return *this; }
  template <typename T> QNoDebug &operator<<(const T &) { return *this; }
};

class QLoggingCategory {
public:
  explicit QLoggingCategory(const char *category, QtMsgType severityLevel = QtDebugMsg);
  ~QLoggingCategory();
  bool isDebugEnabled() const;
  bool isInfoEnabled() const;
  bool isWarningEnabled() const;
  bool isCriticalEnabled() const;
  const char *categoryName() const;
  QLoggingCategory &operator()() { return *this; }
  const QLoggingCategory &operator()() const { return *this; }
  static QLoggingCategory *defaultCategory();
  static void setFilterRules(const QString &rules);
};
#define Q_DECLARE_LOGGING_CATEGORY(name) const QLoggingCategory &name();
#define Q_LOGGING_CATEGORY(name, ...) \
  const QLoggingCategory &name() { static const QLoggingCategory category(__VA_ARGS__); return category; }
QDebug sluice_qt_category_stream(const QLoggingCategory &category, QtMsgType type);
#define qCDebug(category, ...) sluice_qt_category_stream(category(), QtDebugMsg)
#define qCInfo(category, ...) sluice_qt_category_stream(category(), QtInfoMsg)
#define qCWarning(category, ...) sluice_qt_category_stream(category(), QtWarningMsg)
#define qCCritical(category, ...) sluice_qt_category_stream(category(), QtCriticalMsg)

#endif

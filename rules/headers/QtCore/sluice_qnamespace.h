// Sluice bundled declarations for Qt 5/6 (QtCore: qnamespace.h, qlogging.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QNAMESPACE_H
#define SLUICE_STUB_QT_QNAMESPACE_H

#include "sluice_qglobal.h"

namespace Qt {
enum ConnectionType {
  AutoConnection,
  DirectConnection,
  QueuedConnection,
  BlockingQueuedConnection,
  UniqueConnection = 0x80,
  SingleShotConnection = 0x100
};
enum CaseSensitivity { CaseInsensitive, CaseSensitive };
enum SplitBehaviorFlags { KeepEmptyParts = 0, SkipEmptyParts = 0x1 };
Q_DECLARE_FLAGS(SplitBehavior, SplitBehaviorFlags)
enum DateFormat {
  TextDate,
  ISODate,
  SystemLocaleDate,
  LocalDate = 2,
  LocaleDate,
  SystemLocaleShortDate,
  SystemLocaleLongDate,
  DefaultLocaleShortDate,
  DefaultLocaleLongDate,
  RFC2822Date = 8,
  ISODateWithMs
};
enum TimeSpec { LocalTime, UTC, OffsetFromUTC, TimeZone };
enum TimerType { PreciseTimer, CoarseTimer, VeryCoarseTimer };
enum SortOrder { AscendingOrder, DescendingOrder };
enum Initialization { Uninitialized };
enum ItemDataRole { DisplayRole = 0, DecorationRole = 1, EditRole = 2, ToolTipRole = 3, UserRole = 0x0100 };
enum ApplicationAttribute { AA_EnableHighDpiScaling = 20, AA_UseHighDpiPixmaps = 13 };
enum GlobalColor { color0, color1, black, white };
}
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::SplitBehavior)

// ---- logging ---------------------------------------------------------------
enum QtMsgType {
  QtDebugMsg,
  QtWarningMsg,
  QtCriticalMsg,
  QtFatalMsg,
  QtInfoMsg,
  QtSystemMsg = QtCriticalMsg
};

class QDebug;
class QString;
class QMessageLogContext {
public:
  int version;
  int line;
  const char *file;
  const char *function;
  const char *category;
};
typedef void (*QtMessageHandler)(QtMsgType, const QMessageLogContext &, const QString &);
QtMessageHandler qInstallMessageHandler(QtMessageHandler handler);
void qSetMessagePattern(const QString &messagePattern);
QString qFormatLogMessage(QtMsgType type, const QMessageLogContext &context, const QString &buf);

QDebug qDebug();
QDebug qInfo();
QDebug qWarning();
QDebug qCritical();
void qDebug(const char *format, ...) __attribute__((format(printf, 1, 2)));
void qInfo(const char *format, ...) __attribute__((format(printf, 1, 2)));
void qWarning(const char *format, ...) __attribute__((format(printf, 1, 2)));
void qCritical(const char *format, ...) __attribute__((format(printf, 1, 2)));
Q_NORETURN void qFatal(const char *format, ...) __attribute__((format(printf, 1, 2)));
void qt_noop();

#endif

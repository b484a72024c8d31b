// Sluice bundled declarations for Qt 5/6 (QtCore: qdatetime.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QDATETIME_H
#define SLUICE_STUB_QT_QDATETIME_H

#include "sluice_qstringlist.h"

class QTimeZone;

class QDate {
public:
  constexpr QDate() : jd(0) {}
  QDate(int y, int m, int d);
  bool isNull() const;
  bool isValid() const;
  int year() const;
  int month() const;
  int day() const;
  int dayOfWeek() const;
  int dayOfYear() const;
  int daysInMonth() const;
  int daysInYear() const;
  QString toString(Qt::DateFormat format = Qt::TextDate) const;
  QString toString(const QString &format) const;
  bool setDate(int year, int month, int day);
  QDate addDays(qint64 days) const;
  QDate addMonths(int months) const;
  QDate addYears(int years) const;
  qint64 daysTo(const QDate &d) const;
  qint64 toJulianDay() const;
  static QDate currentDate();
  static QDate fromString(const QString &s, Qt::DateFormat f = Qt::TextDate);
  static QDate fromString(const QString &s, const QString &format);
  static QDate fromJulianDay(qint64 jd);
  static bool isValid(int y, int m, int d);
  static bool isLeapYear(int year);
  bool operator==(const QDate &o) const;
  bool operator!=(const QDate &o) const;
  bool operator<(const QDate &o) const;
  bool operator<=(const QDate &o) const;
  bool operator>(const QDate &o) const;
  bool operator>=(const QDate &o) const;
private:
  qint64 jd;
};

class QTime {
public:
  constexpr QTime() : mds(-1) {}
  QTime(int h, int m, int s = 0, int ms = 0);
  bool isNull() const;
  bool isValid() const;
  int hour() const;
  int minute() const;
  int second() const;
  int msec() const;
  QString toString(Qt::DateFormat f = Qt::TextDate) const;
  QString toString(const QString &format) const;
  bool setHMS(int h, int m, int s, int ms = 0);
  QTime addSecs(int secs) const;
  int secsTo(const QTime &t) const;
  QTime addMSecs(int ms) const;
  int msecsTo(const QTime &t) const;
  int msecsSinceStartOfDay() const;
  static QTime fromMSecsSinceStartOfDay(int msecs);
  static QTime currentTime();
  static QTime fromString(const QString &s, Qt::DateFormat f = Qt::TextDate);
  static QTime fromString(const QString &s, const QString &format);
  static bool isValid(int h, int m, int s, int ms = 0);
  void start();
  int restart();
  int elapsed() const;
  bool operator==(const QTime &o) const;
  bool operator!=(const QTime &o) const;
  bool operator<(const QTime &o) const;
  bool operator>(const QTime &o) const;
private:
  int mds;
};

class QDateTime {
public:
  QDateTime() noexcept;
  QDateTime(const QDate &date);
  QDateTime(const QDate &date, const QTime &time, Qt::TimeSpec spec = Qt::LocalTime);
  QDateTime(const QDate &date, const QTime &time, Qt::TimeSpec spec, int offsetSeconds);
  QDateTime(const QDateTime &other) noexcept;
  QDateTime(QDateTime &&other) noexcept;
  ~QDateTime();
  QDateTime &operator=(const QDateTime &other) noexcept;
  QDateTime &operator=(QDateTime &&other) noexcept;

  bool isNull() const;
  bool isValid() const;
  QDate date() const;
  QTime time() const;
  Qt::TimeSpec timeSpec() const;
  int offsetFromUtc() const;
  QTimeZone timeZone() const;
  QString timeZoneAbbreviation() const;
  bool isDaylightTime() const;
  qint64 toMSecsSinceEpoch() const;
  qint64 toSecsSinceEpoch() const;
  uint toTime_t() const;
  void setDate(const QDate &date);
  void setTime(const QTime &time);
  void setTimeSpec(Qt::TimeSpec spec);
  void setOffsetFromUtc(int offsetSeconds);
  void setMSecsSinceEpoch(qint64 msecs);
  void setSecsSinceEpoch(qint64 secs);
  QString toString(Qt::DateFormat format = Qt::TextDate) const;
  QString toString(const QString &format) const;
  QDateTime addDays(qint64 days) const;
  QDateTime addMonths(int months) const;
  QDateTime addYears(int years) const;
  QDateTime addSecs(qint64 secs) const;
  QDateTime addMSecs(qint64 msecs) const;
  QDateTime toTimeSpec(Qt::TimeSpec spec) const;
  QDateTime toLocalTime() const;
  QDateTime toUTC() const;
  QDateTime toOffsetFromUtc(int offsetSeconds) const;
  qint64 daysTo(const QDateTime &other) const;
  qint64 secsTo(const QDateTime &other) const;
  qint64 msecsTo(const QDateTime &other) const;
  bool operator==(const QDateTime &other) const;
  bool operator!=(const QDateTime &other) const;
  bool operator<(const QDateTime &other) const;
  bool operator<=(const QDateTime &other) const;
  bool operator>(const QDateTime &other) const;
  bool operator>=(const QDateTime &other) const;

  static QDateTime currentDateTime();
  static QDateTime currentDateTimeUtc();
  static QDateTime fromString(const QString &s, Qt::DateFormat f = Qt::TextDate);
  static QDateTime fromString(const QString &s, const QString &format);
  static QDateTime fromTime_t(uint secsSince1Jan1970UTC);
  static QDateTime fromMSecsSinceEpoch(qint64 msecs);
  static QDateTime fromMSecsSinceEpoch(qint64 msecs, Qt::TimeSpec spec, int offsetFromUtc = 0);
  static QDateTime fromSecsSinceEpoch(qint64 secs, Qt::TimeSpec spec = Qt::LocalTime, int offsetFromUtc = 0);
  static qint64 currentMSecsSinceEpoch() noexcept;
  static qint64 currentSecsSinceEpoch() noexcept;
};

#endif

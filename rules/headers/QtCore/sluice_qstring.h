// Sluice bundled declarations for Qt 5/6 (QtCore: qstring.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QSTRING_H
#define SLUICE_STUB_QT_QSTRING_H

#include "sluice_qchar.h"

class QStringList;
class QRegularExpression;

class QString {
public:
  enum SplitBehavior { KeepEmptyParts, SkipEmptyParts };
  enum SectionFlag {
    SectionDefault = 0x00,
    SectionSkipEmpty = 0x01,
    SectionIncludeLeadingSep = 0x02,
    SectionIncludeTrailingSep = 0x04,
    SectionCaseInsensitiveSeps = 0x08
  };
  Q_DECLARE_FLAGS(SectionFlags, SectionFlag)
  typedef QChar *iterator;
  typedef const QChar *const_iterator;
  typedef QChar value_type;
  typedef int size_type;

  QString() noexcept;
  QString(const QChar *unicode, int size = -1);
  QString(QChar c);
  QString(int size, QChar c);
  QString(QLatin1String latin1);
  QString(const QString &other) noexcept;
  QString(QString &&other) noexcept;
  QString(const char *str);
  QString(const QByteArray &ba);
  ~QString();
  QString &operator=(const QString &other) noexcept;
  QString &operator=(QString &&other) noexcept;
  QString &operator=(QChar c);
  QString &operator=(QLatin1String latin1);
  QString &operator=(const char *str);
  QString &operator=(const QByteArray &ba);

  int size() const;
  int count() const;
  int count(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  int length() const;
  bool isEmpty() const;
  bool isNull() const;
  int capacity() const;
  void reserve(int size);
  void resize(int size);
  void squeeze();
  void clear();
  void truncate(int pos);
  void chop(int n);
  QString chopped(int len) const;
  QString &fill(QChar ch, int size = -1);

  const QChar at(int i) const;
  const QChar operator[](int i) const;
  QChar &operator[](int i);
  QChar front() const;
  QChar back() const;
  QChar *data();
  const QChar *data() const;
  const QChar *constData() const;
  const QChar *unicode() const;
  const ushort *utf16() const;

  QString &append(const QString &s);
  QString &append(QChar c);
  QString &append(const QChar *uc, int len);
  QString &append(QLatin1String s);
  QString &append(QStringView s);
  QString &append(const char *s);
  QString &append(const QByteArray &s);
  QString &prepend(const QString &s);
  QString &prepend(QChar c);
  QString &prepend(QLatin1String s);
  QString &prepend(const char *s);
  QString &insert(int i, const QString &s);
  QString &insert(int i, QChar c);
  QString &insert(int i, QLatin1String s);
  QString &insert(int i, const char *s);
  QString &remove(int i, int len);
  QString &remove(QChar c, Qt::CaseSensitivity cs = Qt::CaseSensitive);
  QString &remove(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive);
  QString &remove(const QRegularExpression &re);
  QString &replace(int i, int len, const QString &after);
  QString &replace(int i, int len, QChar after);
  QString &replace(QChar before, QChar after, Qt::CaseSensitivity cs = Qt::CaseSensitive);
  QString &replace(QChar c, const QString &after, Qt::CaseSensitivity cs = Qt::CaseSensitive);
  QString &replace(const QString &before, const QString &after, Qt::CaseSensitivity cs = Qt::CaseSensitive);
  QString &replace(QLatin1String before, QLatin1String after, Qt::CaseSensitivity cs = Qt::CaseSensitive);
  QString &replace(const QRegularExpression &re, const QString &after);
  QString &operator+=(const QString &s);
  QString &operator+=(QChar c);
  QString &operator+=(QLatin1String s);
  QString &operator+=(QStringView s);
  QString &operator+=(const char *s);
  QString &operator+=(const QByteArray &s);
  QString &operator+=(char c);
  void push_back(const QString &s);
  void push_back(QChar c);
  void push_front(const QString &s);

  QString arg(const QString &a, int fieldWidth = 0, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(QStringView a, int fieldWidth = 0, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(QLatin1String a, int fieldWidth = 0, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(qlonglong a, int fieldwidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(qulonglong a, int fieldwidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(long a, int fieldwidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(ulong a, int fieldwidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(int a, int fieldWidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(uint a, int fieldWidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(short a, int fieldWidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(ushort a, int fieldWidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(double a, int fieldWidth = 0, char fmt = 'g', int prec = -1, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(char a, int fieldWidth = 0, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(QChar a, int fieldWidth = 0, QChar fillChar = QLatin1Char(' ')) const;
  QString arg(const QString &a1, const QString &a2) const;
  QString arg(const QString &a1, const QString &a2, const QString &a3) const;
  QString arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4) const;
  QString arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4, const QString &a5) const;
  static QString asprintf(const char *format, ...);
  QString &sprintf(const char *format, ...);

  QString left(int n) const;
  QString right(int n) const;
  QString mid(int position, int n = -1) const;
  QString first(qsizetype n) const;
  QString last(qsizetype n) const;
  QString sliced(qsizetype pos) const;
  QString sliced(qsizetype pos, qsizetype n) const;
  QString section(QChar sep, int start, int end = -1, SectionFlags flags = SectionDefault) const;
  QString section(const QString &sep, int start, int end = -1, SectionFlags flags = SectionDefault) const;
  QString trimmed() const;
  QString simplified() const;
  QString toLower() const;
  QString toUpper() const;
  QString toCaseFolded() const;
  QString toHtmlEscaped() const;
  QString repeated(int times) const;
  QString leftJustified(int width, QChar fill = QLatin1Char(' '), bool trunc = false) const;
  QString rightJustified(int width, QChar fill = QLatin1Char(' '), bool trunc = false) const;
  QStringList split(const QString &sep, Qt::SplitBehavior behavior = Qt::KeepEmptyParts,
                    Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  QStringList split(QChar sep, Qt::SplitBehavior behavior = Qt::KeepEmptyParts,
                    Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  QStringList split(const QString &sep, SplitBehavior behavior, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  QStringList split(QChar sep, SplitBehavior behavior, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  QStringList split(const QRegularExpression &sep, Qt::SplitBehavior behavior = Qt::KeepEmptyParts) const;

  int indexOf(QChar c, int from = 0, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  int indexOf(const QString &s, int from = 0, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  int indexOf(QLatin1String s, int from = 0, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  int indexOf(const QRegularExpression &re, int from = 0) const;
  int lastIndexOf(QChar c, int from = -1, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  int lastIndexOf(const QString &s, int from = -1, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool contains(QChar c, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool contains(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool contains(QLatin1String s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool contains(const QRegularExpression &re) const;
  bool startsWith(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool startsWith(QLatin1String s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool startsWith(QChar c, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool endsWith(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool endsWith(QLatin1String s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool endsWith(QChar c, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  int compare(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
  int compare(QLatin1String other, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
  static int compare(const QString &s1, const QString &s2, Qt::CaseSensitivity cs = Qt::CaseSensitive) noexcept;
  int localeAwareCompare(const QString &s) const;
  static int localeAwareCompare(const QString &s1, const QString &s2);
  bool isUpper() const;
  bool isLower() const;
  bool isRightToLeft() const;

  short toShort(bool *ok = nullptr, int base = 10) const;
  ushort toUShort(bool *ok = nullptr, int base = 10) const;
  int toInt(bool *ok = nullptr, int base = 10) const;
  uint toUInt(bool *ok = nullptr, int base = 10) const;
  long toLong(bool *ok = nullptr, int base = 10) const;
  ulong toULong(bool *ok = nullptr, int base = 10) const;
  qlonglong toLongLong(bool *ok = nullptr, int base = 10) const;
  qulonglong toULongLong(bool *ok = nullptr, int base = 10) const;
  float toFloat(bool *ok = nullptr) const;
  double toDouble(bool *ok = nullptr) const;
  QString &setNum(int n, int base = 10);
  QString &setNum(qlonglong n, int base = 10);
  QString &setNum(double n, char f = 'g', int prec = 6);
  static QString number(int n, int base = 10);
  static QString number(uint n, int base = 10);
  static QString number(long n, int base = 10);
  static QString number(ulong n, int base = 10);
  static QString number(qlonglong n, int base = 10);
  static QString number(qulonglong n, int base = 10);
  static QString number(double n, char f = 'g', int prec = 6);

  QByteArray toLatin1() const;
  QByteArray toUtf8() const;
  QByteArray toLocal8Bit() const;
  QList<uint> toUcs4() const;
  std::string toStdString() const;
  std::wstring toStdWString() const;
  std::u16string toStdU16String() const;
  int toWCharArray(wchar_t *array) const;
  static QString fromLatin1(const char *str, int size = -1);
  static QString fromLatin1(const QByteArray &str);
  static QString fromUtf8(const char *str, int size = -1);
  static QString fromUtf8(const QByteArray &str);
  static QString fromLocal8Bit(const char *str, int size = -1);
  static QString fromLocal8Bit(const QByteArray &str);
  static QString fromUtf16(const ushort *str, int size = -1);
  static QString fromUtf16(const char16_t *str, int size = -1);
  static QString fromUcs4(const uint *str, int size = -1);
  static QString fromRawData(const QChar *unicode, int size);
  static QString fromWCharArray(const wchar_t *string, int size = -1);
  static QString fromStdString(const std::string &str);
  static QString fromStdWString(const std::wstring &str);
  static QString fromStdU16String(const std::u16string &str);

  iterator begin();
  const_iterator begin() const;
  const_iterator cbegin() const;
  const_iterator constBegin() const;
  iterator end();
  const_iterator end() const;
  const_iterator cend() const;
  const_iterator constEnd() const;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QString::SectionFlags)

#endif

// Sluice bundled declarations for Qt 5/6 (QtCore: qchar.h, qstringview.h, QLatin1String): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QCHAR_H
#define SLUICE_STUB_QT_QCHAR_H

#include "sluice_qbytearray.h"

class QString;

class QLatin1Char {
public:
  constexpr explicit QLatin1Char(char c) noexcept : ch(c) {}
  constexpr char toLatin1() const noexcept { return ch; }
  constexpr ushort unicode() const noexcept { return ushort(uchar(ch)); }
private:
  char ch;
};

class QChar {
public:
  enum SpecialCharacter {
    Null = 0x0000,
    Tabulation = 0x0009,
    LineFeed = 0x000a,
    CarriageReturn = 0x000d,
    Space = 0x0020,
    Nbsp = 0x00a0,
    ReplacementCharacter = 0xfffd
  };
  constexpr QChar() noexcept : ucs(0) {}
  constexpr QChar(ushort rc) noexcept : ucs(rc) {}
  constexpr QChar(uchar c, uchar r) noexcept : ucs(ushort((r << 8) | c)) {}
  constexpr QChar(short rc) noexcept : ucs(ushort(rc)) {}
  constexpr QChar(uint rc) noexcept : ucs(ushort(rc)) {}
  constexpr QChar(int rc) noexcept : ucs(ushort(rc)) {}
  constexpr QChar(SpecialCharacter s) noexcept : ucs(ushort(s)) {}
  constexpr QChar(QLatin1Char ch) noexcept : ucs(ch.unicode()) {}
  constexpr QChar(char16_t ch) noexcept : ucs(ushort(ch)) {}
  constexpr QChar(char c) noexcept : ucs(ushort(uchar(c))) {}
  constexpr QChar(uchar c) noexcept : ucs(c) {}

  constexpr ushort unicode() const noexcept { return ucs; }
  ushort &unicode() noexcept { return ucs; }
  constexpr char toLatin1() const noexcept { return ucs > 0xff ? '\0' : char(ucs); }
  constexpr uchar cell() const noexcept { return uchar(ucs & 0xff); }
  constexpr uchar row() const noexcept { return uchar((ucs >> 8) & 0xff); }
  static constexpr QChar fromLatin1(char c) noexcept { return QChar(ushort(uchar(c))); }
  constexpr bool isNull() const noexcept { return ucs == 0; }
  bool isPrint() const noexcept;
  bool isSpace() const noexcept;
  bool isMark() const noexcept;
  bool isPunct() const noexcept;
  bool isSymbol() const noexcept;
  bool isLetter() const noexcept;
  bool isNumber() const noexcept;
  bool isLetterOrNumber() const noexcept;
  bool isDigit() const noexcept;
  bool isLower() const noexcept;
  bool isUpper() const noexcept;
  bool isTitleCase() const noexcept;
  int digitValue() const noexcept;
  QChar toLower() const noexcept;
  QChar toUpper() const noexcept;
  QChar toTitleCase() const noexcept;
  QChar toCaseFolded() const noexcept;
  friend constexpr bool operator==(QChar c1, QChar c2) noexcept { return c1.ucs == c2.ucs; }
  friend constexpr bool operator!=(QChar c1, QChar c2) noexcept { return c1.ucs != c2.ucs; }
  friend constexpr bool operator<(QChar c1, QChar c2) noexcept { return c1.ucs < c2.ucs; }
  friend constexpr bool operator>(QChar c1, QChar c2) noexcept { return c1.ucs > c2.ucs; }
  friend constexpr bool operator<=(QChar c1, QChar c2) noexcept { return c1.ucs <= c2.ucs; }
  friend constexpr bool operator>=(QChar c1, QChar c2) noexcept { return c1.ucs >= c2.ucs; }
private:
  ushort ucs;
};

class QLatin1String {
public:
  constexpr QLatin1String() noexcept : m_size(0), m_data(nullptr) {}
  constexpr explicit QLatin1String(const char *s) noexcept : m_size(s ? int(__builtin_strlen(s)) : 0), m_data(s) {}
  constexpr explicit QLatin1String(const char *s, int sz) noexcept : m_size(sz), m_data(s) {}
  explicit QLatin1String(const QByteArray &s) noexcept;
  QString toString() const;
  constexpr const char *latin1() const noexcept { return m_data; }
  constexpr const char *data() const noexcept { return m_data; }
  constexpr int size() const noexcept { return m_size; }
  constexpr bool isEmpty() const noexcept { return !m_size; }
  constexpr bool isNull() const noexcept { return !m_data; }
private:
  int m_size;
  const char *m_data;
};
typedef QLatin1String QLatin1Literal;

class QStringView {
public:
  typedef QChar value_type;
  constexpr QStringView() noexcept : m_size(0), m_data(nullptr) {}
  constexpr QStringView(std::nullptr_t) noexcept : m_size(0), m_data(nullptr) {}
  constexpr QStringView(const QChar *str, qsizetype len) : m_size(len), m_data(str) {}
  QStringView(const QString &str) noexcept;
  QStringView(const char16_t *str) noexcept;
  QString toString() const;
  QByteArray toUtf8() const;
  QByteArray toLatin1() const;
  QByteArray toLocal8Bit() const;
  std::u16string toStdU16String() const;
  int toInt(bool *ok = nullptr, int base = 10) const;
  constexpr qsizetype size() const noexcept { return m_size; }
  constexpr qsizetype length() const noexcept { return m_size; }
  constexpr bool isEmpty() const noexcept { return !m_size; }
  constexpr bool isNull() const noexcept { return !m_data; }
  constexpr const QChar *data() const noexcept { return m_data; }
  QChar at(qsizetype n) const;
  QChar operator[](qsizetype n) const;
  QStringView mid(qsizetype pos, qsizetype n = -1) const;
  QStringView left(qsizetype n) const;
  QStringView right(qsizetype n) const;
  QStringView trimmed() const noexcept;
  bool startsWith(QStringView s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
  bool endsWith(QStringView s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
  const QChar *begin() const noexcept;
  const QChar *end() const noexcept;
private:
  qsizetype m_size;
  const QChar *m_data;
};

#endif

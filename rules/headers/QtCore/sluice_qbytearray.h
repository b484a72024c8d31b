// Sluice bundled declarations for Qt 5/6 (QtCore: qbytearray.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QBYTEARRAY_H
#define SLUICE_STUB_QT_QBYTEARRAY_H

#include "sluice_qnamespace.h"

template <typename T> class QList;
class QByteArrayList;

class QByteArray {
public:
  enum Base64Option {
    Base64Encoding = 0,
    Base64UrlEncoding = 1,
    KeepTrailingEquals = 0,
    OmitTrailingEquals = 2,
    IgnoreBase64DecodingErrors = 0,
    AbortOnBase64DecodingErrors = 4
  };
  Q_DECLARE_FLAGS(Base64Options, Base64Option)

  typedef char *iterator;
  typedef const char *const_iterator;
  typedef char value_type;
  typedef int size_type;

  QByteArray() noexcept;
  QByteArray(const char *data, int size = -1);
  QByteArray(int size, char ch);
  QByteArray(const QByteArray &other) noexcept;
  QByteArray(QByteArray &&other) noexcept;
  ~QByteArray();
  QByteArray &operator=(const QByteArray &other) noexcept;
  QByteArray &operator=(QByteArray &&other) noexcept;
  QByteArray &operator=(const char *str);

  operator const char *() const;
  operator const void *() const;

  char *data();
  const char *data() const;
  const char *constData() const;
  int size() const;
  int length() const;
  int count() const;
  int count(char ch) const;
  int count(const QByteArray &a) const;
  bool isEmpty() const;
  bool isNull() const;
  int capacity() const;
  void reserve(int size);
  void resize(int size);
  void squeeze();
  void clear();
  QByteArray &fill(char ch, int size = -1);
  void truncate(int pos);
  void chop(int n);
  QByteArray chopped(int len) const;

  char at(int i) const;
  char operator[](int i) const;
  char operator[](uint i) const;
  char &operator[](int i);
  char &operator[](uint i);
  char front() const;
  char back() const;

  QByteArray &append(const QByteArray &a);
  QByteArray &append(const char *s);
  QByteArray &append(const char *s, int len);
  QByteArray &append(char ch);
  QByteArray &append(int count, char ch);
  QByteArray &prepend(const QByteArray &a);
  QByteArray &prepend(const char *s);
  QByteArray &prepend(char ch);
  QByteArray &insert(int i, const QByteArray &a);
  QByteArray &insert(int i, const char *s);
  QByteArray &insert(int i, char ch);
  QByteArray &remove(int index, int len);
  QByteArray &replace(int index, int len, const QByteArray &s);
  QByteArray &replace(const QByteArray &before, const QByteArray &after);
  QByteArray &replace(const char *before, const char *after);
  QByteArray &replace(char before, char after);
  QByteArray &replace(char before, const QByteArray &after);
  QByteArray &operator+=(const QByteArray &a);
  QByteArray &operator+=(const char *s);
  QByteArray &operator+=(char ch);
  void push_back(const QByteArray &a);
  void push_back(char ch);
  void push_front(const QByteArray &a);

  QByteArray left(int len) const;
  QByteArray right(int len) const;
  QByteArray mid(int index, int len = -1) const;
  QByteArray first(qsizetype n) const;
  QByteArray last(qsizetype n) const;
  QByteArray sliced(qsizetype pos) const;
  QByteArray sliced(qsizetype pos, qsizetype n) const;
  QByteArray trimmed() const;
  QByteArray simplified() const;
  QByteArray toUpper() const;
  QByteArray toLower() const;
  QByteArray repeated(int times) const;
  QByteArray leftJustified(int width, char fill = ' ', bool truncate = false) const;
  QByteArray rightJustified(int width, char fill = ' ', bool truncate = false) const;
  QList<QByteArray> split(char sep) const;

  int indexOf(char ch, int from = 0) const;
  int indexOf(const char *s, int from = 0) const;
  int indexOf(const QByteArray &a, int from = 0) const;
  int lastIndexOf(char ch, int from = -1) const;
  int lastIndexOf(const char *s, int from = -1) const;
  int lastIndexOf(const QByteArray &a, int from = -1) const;
  bool contains(char ch) const;
  bool contains(const char *s) const;
  bool contains(const QByteArray &a) const;
  bool startsWith(const QByteArray &a) const;
  bool startsWith(char ch) const;
  bool startsWith(const char *s) const;
  bool endsWith(const QByteArray &a) const;
  bool endsWith(char ch) const;
  bool endsWith(const char *s) const;
  int compare(const char *s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  int compare(const QByteArray &a, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;

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
  QByteArray &setNum(int n, int base = 10);
  QByteArray &setNum(qlonglong n, int base = 10);
  QByteArray &setNum(double n, char f = 'g', int prec = 6);
  QByteArray &setRawData(const char *data, uint size);
  static QByteArray number(int n, int base = 10);
  static QByteArray number(uint n, int base = 10);
  static QByteArray number(long n, int base = 10);
  static QByteArray number(ulong n, int base = 10);
  static QByteArray number(qlonglong n, int base = 10);
  static QByteArray number(qulonglong n, int base = 10);
  static QByteArray number(double n, char f = 'g', int prec = 6);

  QByteArray toBase64() const;
  QByteArray toBase64(Base64Options options) const;
  QByteArray toHex() const;
  QByteArray toHex(char separator) const;
  QByteArray toPercentEncoding(const QByteArray &exclude = QByteArray(), const QByteArray &include = QByteArray(),
                               char percent = '%') const;
  static QByteArray fromBase64(const QByteArray &base64, Base64Options options = Base64Encoding);
  static QByteArray fromHex(const QByteArray &hexEncoded);
  static QByteArray fromPercentEncoding(const QByteArray &pctEncoded, char percent = '%');
  static QByteArray fromRawData(const char *data, int size);
  static QByteArray fromStdString(const std::string &s);
  std::string toStdString() const;

  iterator begin();
  const_iterator begin() const;
  const_iterator cbegin() const;
  const_iterator constBegin() const;
  iterator end();
  const_iterator end() const;
  const_iterator cend() const;
  const_iterator constEnd() const;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QByteArray::Base64Options)

bool operator==(const QByteArray &a1, const QByteArray &a2) noexcept;
bool operator==(const QByteArray &a1, const char *a2) noexcept;
bool operator==(const char *a1, const QByteArray &a2) noexcept;
bool operator!=(const QByteArray &a1, const QByteArray &a2) noexcept;
bool operator!=(const QByteArray &a1, const char *a2) noexcept;
bool operator!=(const char *a1, const QByteArray &a2) noexcept;
bool operator<(const QByteArray &a1, const QByteArray &a2) noexcept;
bool operator<(const QByteArray &a1, const char *a2) noexcept;
bool operator>(const QByteArray &a1, const QByteArray &a2) noexcept;
bool operator<=(const QByteArray &a1, const QByteArray &a2) noexcept;
bool operator>=(const QByteArray &a1, const QByteArray &a2) noexcept;
const QByteArray operator+(const QByteArray &a1, const QByteArray &a2);
const QByteArray operator+(const QByteArray &a1, const char *a2);
const QByteArray operator+(const QByteArray &a1, char a2);
const QByteArray operator+(const char *a1, const QByteArray &a2);
const QByteArray operator+(char a1, const QByteArray &a2);

QByteArray qCompress(const QByteArray &data, int compressionLevel = -1);
QByteArray qUncompress(const QByteArray &data);
quint16 qChecksum(const char *s, uint len);

#endif

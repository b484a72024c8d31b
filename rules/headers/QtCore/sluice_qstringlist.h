// Sluice bundled declarations for Qt 5/6 (QtCore: qstringlist.h, QString operators, QStringLiteral): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QSTRINGLIST_H
#define SLUICE_STUB_QT_QSTRINGLIST_H

#include "sluice_qstring.h"
#include "sluice_qlist.h"

// ---- QString comparison and concatenation -----------------------------------
bool operator==(const QString &s1, const QString &s2) noexcept;
bool operator!=(const QString &s1, const QString &s2) noexcept;
bool operator<(const QString &s1, const QString &s2) noexcept;
bool operator>(const QString &s1, const QString &s2) noexcept;
bool operator<=(const QString &s1, const QString &s2) noexcept;
bool operator>=(const QString &s1, const QString &s2) noexcept;
bool operator==(const QString &s1, const char *s2);
bool operator!=(const QString &s1, const char *s2);
bool operator<(const QString &s1, const char *s2);
bool operator==(const char *s1, const QString &s2);
bool operator!=(const char *s1, const QString &s2);
bool operator==(const QString &s1, QLatin1String s2) noexcept;
bool operator!=(const QString &s1, QLatin1String s2) noexcept;
bool operator==(QLatin1String s1, const QString &s2) noexcept;
bool operator!=(QLatin1String s1, const QString &s2) noexcept;
bool operator==(const QString &s1, const QByteArray &s2);
bool operator!=(const QString &s1, const QByteArray &s2);
bool operator==(QLatin1String s1, QLatin1String s2) noexcept;
bool operator!=(QLatin1String s1, QLatin1String s2) noexcept;
bool operator==(const QString &s1, QChar c);
bool operator!=(const QString &s1, QChar c);

const QString operator+(const QString &s1, const QString &s2);
const QString operator+(const QString &s1, QChar s2);
const QString operator+(QChar s1, const QString &s2);
const QString operator+(const QString &s1, const char *s2);
const QString operator+(const char *s1, const QString &s2);
const QString operator+(const QString &s1, char s2);
const QString operator+(char s1, const QString &s2);
const QString operator+(const QString &s1, const QByteArray &s2);
const QString operator+(const QByteArray &s1, const QString &s2);
const QString operator+(const QString &s1, QLatin1String s2);
const QString operator+(QLatin1String s1, const QString &s2);

#define QStringLiteral(str) QString(str)
#define QByteArrayLiteral(str) QByteArray(str)
#define qPrintable(string) QString(string).toLocal8Bit().constData()
#define qUtf8Printable(string) QString(string).toUtf8().constData()

// ---- QStringList -----------------------------------------------------------
// The members programs call are declared on QStringList itself.
class QStringList : public QList<QString> {
public:
  QStringList() noexcept {}
  explicit QStringList(const QString &i);
  QStringList(const QList<QString> &l);
  QStringList(QList<QString> &&l) noexcept;
  QStringList(std::initializer_list<QString> args);
  template <typename InputIterator>
  QStringList(InputIterator first, InputIterator last);
  QStringList &operator=(const QList<QString> &other);
  QStringList &operator=(QList<QString> &&other) noexcept;

  QString join(const QString &sep) const;
  QString join(QLatin1String sep) const;
  QString join(QChar sep) const;
  QString join(const char *sep) const;
  bool contains(const QString &str, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool contains(QLatin1String str, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  bool contains(const char *str, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  QStringList filter(const QString &str, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
  QStringList filter(const QRegularExpression &re) const;
  int indexOf(const QString &str, int from = 0) const;
  int lastIndexOf(const QString &str, int from = -1) const;
  int removeDuplicates();
  void sort(Qt::CaseSensitivity cs = Qt::CaseSensitive);
  QStringList &replaceInStrings(const QString &before, const QString &after,
                                Qt::CaseSensitivity cs = Qt::CaseSensitive);

  int size() const;
  int count() const;
  int length() const;
  bool isEmpty() const;
  const QString &at(int i) const;
  const QString &operator[](int i) const;
  QString &operator[](int i);
  QString value(int i) const;
  QString value(int i, const QString &defaultValue) const;
  QString &first();
  const QString &first() const;
  QString &last();
  const QString &last() const;
  const QString &constFirst() const;
  const QString &constLast() const;
  QStringList mid(int pos, int length = -1) const;
  void append(const QString &str);
  void append(const QList<QString> &other);
  void prepend(const QString &str);
  void insert(int i, const QString &str);
  void push_back(const QString &str);
  void push_front(const QString &str);
  void replace(int i, const QString &str);
  void removeAt(int i);
  int removeAll(const QString &str);
  bool removeOne(const QString &str);
  void removeFirst();
  void removeLast();
  QString takeAt(int i);
  QString takeFirst();
  QString takeLast();
  QStringList &operator+=(const QString &str);
  QStringList &operator+=(const QList<QString> &other);
  QStringList operator+(const QList<QString> &other) const;
  QStringList &operator<<(const QString &str);
  QStringList &operator<<(const QList<QString> &other);
};

#endif

// Sluice bundled declarations for Qt 5/6 (QtCore: qtextstream.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QTEXTSTREAM_H
#define SLUICE_STUB_QT_QTEXTSTREAM_H

#include <cstdio>
#include "sluice_qiodevice.h"

class QTextCodec;

class QTextStream {
public:
  enum RealNumberNotation { SmartNotation, FixedNotation, ScientificNotation };
  enum FieldAlignment { AlignLeft, AlignRight, AlignCenter, AlignAccountingStyle };
  enum Status { Ok, ReadPastEnd, ReadCorruptData, WriteFailed };
  enum NumberFlag {
    ShowBase = 0x1,
    ForcePoint = 0x2,
    ForceSign = 0x4,
    UppercaseBase = 0x8,
    UppercaseDigits = 0x10
  };
  Q_DECLARE_FLAGS(NumberFlags, NumberFlag)

  QTextStream();
  explicit QTextStream(QIODevice *device);
  explicit QTextStream(FILE *fileHandle, QIODevice::OpenMode openMode = QIODevice::ReadWrite);
  explicit QTextStream(QString *string, QIODevice::OpenMode openMode = QIODevice::ReadWrite);
  explicit QTextStream(QByteArray *array, QIODevice::OpenMode openMode = QIODevice::ReadWrite);
  explicit QTextStream(const QByteArray &array, QIODevice::OpenMode openMode = QIODevice::ReadOnly);
  virtual ~QTextStream();

  void setCodec(const char *codecName);
  void setCodec(QTextCodec *codec);
  void setAutoDetectUnicode(bool enabled);
  void setGenerateByteOrderMark(bool generate);
  void setDevice(QIODevice *device);
  QIODevice *device() const;
  void setString(QString *string, QIODevice::OpenMode openMode = QIODevice::ReadWrite);
  QString *string() const;
  Status status() const;
  void setStatus(Status status);
  void resetStatus();
  bool atEnd() const;
  void reset();
  void flush();
  bool seek(qint64 pos);
  qint64 pos() const;
  void skipWhiteSpace();
  QString readLine(qint64 maxlen = 0);
  bool readLineInto(QString *line, qint64 maxlen = 0);
  QString readAll();
  QString read(qint64 maxlen);

  void setFieldAlignment(FieldAlignment alignment);
  void setPadChar(QChar ch);
  void setFieldWidth(int width);
  void setNumberFlags(NumberFlags flags);
  void setIntegerBase(int base);
  void setRealNumberNotation(RealNumberNotation notation);
  void setRealNumberPrecision(int precision);

  QTextStream &operator>>(QChar &ch);
  QTextStream &operator>>(char &ch);
  QTextStream &operator>>(short &i);
  QTextStream &operator>>(unsigned short &i);
  QTextStream &operator>>(int &i);
  QTextStream &operator>>(unsigned int &i);
  QTextStream &operator>>(long &i);
  QTextStream &operator>>(unsigned long &i);
  QTextStream &operator>>(qlonglong &i);
  QTextStream &operator>>(qulonglong &i);
  QTextStream &operator>>(float &f);
  QTextStream &operator>>(double &f);
  QTextStream &operator>>(QString &s);
  QTextStream &operator>>(QByteArray &array);
  QTextStream &operator>>(char *c);

  QTextStream &operator<<(QChar ch);
  QTextStream &operator<<(char ch);
  QTextStream &operator<<(short i);
  QTextStream &operator<<(unsigned short i);
  QTextStream &operator<<(int i);
  QTextStream &operator<<(unsigned int i);
  QTextStream &operator<<(long i);
  QTextStream &operator<<(unsigned long i);
  QTextStream &operator<<(qlonglong i);
  QTextStream &operator<<(qulonglong i);
  QTextStream &operator<<(float f);
  QTextStream &operator<<(double f);
  QTextStream &operator<<(const QString &s);
  QTextStream &operator<<(QStringView s);
  QTextStream &operator<<(QLatin1String s);
  QTextStream &operator<<(const QByteArray &array);
  QTextStream &operator<<(const char *c);
  QTextStream &operator<<(const void *ptr);
  QTextStream &operator<<(QTextStream &(*manipulator)(QTextStream &)) { return manipulator(*this); }
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QTextStream::NumberFlags)

namespace Qt {
QTextStream &bin(QTextStream &s);
QTextStream &oct(QTextStream &s);
QTextStream &dec(QTextStream &s);
QTextStream &hex(QTextStream &s);
QTextStream &showbase(QTextStream &s);
QTextStream &forcesign(QTextStream &s);
QTextStream &forcepoint(QTextStream &s);
QTextStream &noshowbase(QTextStream &s);
QTextStream &uppercasebase(QTextStream &s);
QTextStream &uppercasedigits(QTextStream &s);
QTextStream &fixed(QTextStream &s);
QTextStream &scientific(QTextStream &s);
QTextStream &left(QTextStream &s);
QTextStream &right(QTextStream &s);
QTextStream &center(QTextStream &s);
QTextStream &endl(QTextStream &s);
QTextStream &flush(QTextStream &s);
QTextStream &reset(QTextStream &s);
QTextStream &bom(QTextStream &s);
QTextStream &ws(QTextStream &s);
}

// Qt 5 also offers the manipulators unqualified (deprecated there, gone in Qt 6).
namespace QTextStreamFunctions {
QTextStream &bin(QTextStream &s);
QTextStream &oct(QTextStream &s);
QTextStream &dec(QTextStream &s);
QTextStream &hex(QTextStream &s);
QTextStream &fixed(QTextStream &s);
QTextStream &scientific(QTextStream &s);
QTextStream &left(QTextStream &s);
QTextStream &right(QTextStream &s);
QTextStream &center(QTextStream &s);
QTextStream &endl(QTextStream &s);
QTextStream &flush(QTextStream &s);
QTextStream &reset(QTextStream &s);
QTextStream &ws(QTextStream &s);
}
using namespace QTextStreamFunctions;

#endif

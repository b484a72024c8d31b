// Sluice bundled declarations for Qt 5/6 (QtCore: qbuffer.h, qdatastream.h, qcommandlineparser.h, qcommandlineoption.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QBUFFER_H
#define SLUICE_STUB_QT_QBUFFER_H

#include "sluice_qiodevice.h"

class QBuffer : public QIODevice {
public:
  explicit QBuffer(QObject *parent = nullptr);
  QBuffer(QByteArray *buf, QObject *parent = nullptr);
  ~QBuffer();
  QByteArray &buffer();
  const QByteArray &buffer() const;
  void setBuffer(QByteArray *a);
  void setData(const QByteArray &data);
  void setData(const char *data, int len);
  const QByteArray &data() const;
  bool open(OpenMode openMode) override;
  void close() override;
  qint64 size() const override;
  qint64 pos() const override;
  bool seek(qint64 off) override;
  bool atEnd() const override;
  bool canReadLine() const override;
protected:
  qint64 readData(char *data, qint64 maxlen) override;
  qint64 writeData(const char *data, qint64 len) override;
};

class QDataStream {
public:
  enum Version { Qt_5_0 = 13, Qt_5_12 = 18, Qt_5_15 = 19, Qt_DefaultCompiledVersion = Qt_5_15 };
  enum ByteOrder { BigEndian, LittleEndian };
  enum Status { Ok, ReadPastEnd, ReadCorruptData, WriteFailed };
  QDataStream();
  explicit QDataStream(QIODevice *d);
  QDataStream(QByteArray *a, QIODevice::OpenMode flags);
  QDataStream(const QByteArray &a);
  ~QDataStream();
  QIODevice *device() const;
  void setDevice(QIODevice *d);
  bool atEnd() const;
  Status status() const;
  void setStatus(Status status);
  void resetStatus();
  ByteOrder byteOrder() const;
  void setByteOrder(ByteOrder bo);
  int version() const;
  void setVersion(int v);
  void startTransaction();
  bool commitTransaction();
  void rollbackTransaction();
  void abortTransaction();
  int readRawData(char *s, int len);
  int writeRawData(const char *s, int len);
  int skipRawData(int len);
  QDataStream &readBytes(char *&s, uint &len);
  QDataStream &writeBytes(const char *s, uint len);
  QDataStream &operator>>(qint8 &i);
  QDataStream &operator>>(quint8 &i);
  QDataStream &operator>>(qint16 &i);
  QDataStream &operator>>(quint16 &i);
  QDataStream &operator>>(qint32 &i);
  QDataStream &operator>>(quint32 &i);
  QDataStream &operator>>(qint64 &i);
  QDataStream &operator>>(quint64 &i);
  QDataStream &operator>>(bool &i);
  QDataStream &operator>>(float &f);
  QDataStream &operator>>(double &f);
  QDataStream &operator>>(char *&str);
  QDataStream &operator>>(QString &s);
  QDataStream &operator>>(QByteArray &ba);
  QDataStream &operator<<(qint8 i);
  QDataStream &operator<<(quint8 i);
  QDataStream &operator<<(qint16 i);
  QDataStream &operator<<(quint16 i);
  QDataStream &operator<<(qint32 i);
  QDataStream &operator<<(quint32 i);
  QDataStream &operator<<(qint64 i);
  QDataStream &operator<<(quint64 i);
  QDataStream &operator<<(bool i);
  QDataStream &operator<<(float f);
  QDataStream &operator<<(double f);
  QDataStream &operator<<(const char *str);
  QDataStream &operator<<(const QString &s);
  QDataStream &operator<<(const QByteArray &ba);
};

class QCommandLineOption {
public:
  explicit QCommandLineOption(const QString &name);
  explicit QCommandLineOption(const QStringList &names);
  QCommandLineOption(const QString &name, const QString &description, const QString &valueName = QString(),
                     const QString &defaultValue = QString());
  QCommandLineOption(const QStringList &names, const QString &description, const QString &valueName = QString(),
                     const QString &defaultValue = QString());
  QCommandLineOption(const QCommandLineOption &other);
  ~QCommandLineOption();
  QStringList names() const;
  void setValueName(const QString &name);
  QString valueName() const;
  void setDescription(const QString &description);
  QString description() const;
  void setDefaultValue(const QString &defaultValue);
  void setDefaultValues(const QStringList &defaultValues);
  QStringList defaultValues() const;
};

class QCoreApplication;
class QCommandLineParser {
public:
  enum SingleDashWordOptionMode { ParseAsCompactedShortOptions, ParseAsLongOptions };
  enum OptionsAfterPositionalArgumentsMode { ParseAsOptions, ParseAsPositionalArguments };
  QCommandLineParser();
  ~QCommandLineParser();
  void setSingleDashWordOptionMode(SingleDashWordOptionMode parsingMode);
  void setOptionsAfterPositionalArgumentsMode(OptionsAfterPositionalArgumentsMode mode);
  bool addOption(const QCommandLineOption &commandLineOption);
  bool addOptions(const QList<QCommandLineOption> &options);
  QCommandLineOption addVersionOption();
  QCommandLineOption addHelpOption();
  void setApplicationDescription(const QString &description);
  QString applicationDescription() const;
  void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = QString());
  void clearPositionalArguments();
  void process(const QStringList &arguments);
  void process(const QCoreApplication &app);
  bool parse(const QStringList &arguments);
  QString errorText() const;
  bool isSet(const QString &name) const;
  bool isSet(const QCommandLineOption &option) const;
  QString value(const QString &name) const;
  QString value(const QCommandLineOption &option) const;
  QStringList values(const QString &name) const;
  QStringList values(const QCommandLineOption &option) const;
  QStringList positionalArguments() const;
  QStringList optionNames() const;
  QStringList unknownOptionNames() const;
  [[noreturn]] void showVersion();
  [[noreturn]] void showHelp(int exitCode = 0);
  QString helpText() const;
};

#endif

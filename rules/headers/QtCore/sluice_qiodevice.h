// Sluice bundled declarations for Qt 5/6 (QtCore: qiodevice.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QIODEVICE_H
#define SLUICE_STUB_QT_QIODEVICE_H

#include "sluice_qobject.h"

// The open-mode flags live in QIODeviceBase (as in Qt 6); QIODevice inherits
// them, so QIODevice::ReadOnly and QIODeviceBase::ReadOnly both work.
class QIODeviceBase {
public:
  enum OpenModeFlag {
    NotOpen = 0x0000,
    ReadOnly = 0x0001,
    WriteOnly = 0x0002,
    ReadWrite = ReadOnly | WriteOnly,
    Append = 0x0004,
    Truncate = 0x0008,
    Text = 0x0010,
    Unbuffered = 0x0020,
    NewOnly = 0x0040,
    ExistingOnly = 0x0080
  };
  Q_DECLARE_FLAGS(OpenMode, OpenModeFlag)
protected:
  ~QIODeviceBase() = default;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QIODeviceBase::OpenMode)

class QIODevice : public QObject, public QIODeviceBase {
public:
  QIODevice();
  explicit QIODevice(QObject *parent);
  virtual ~QIODevice();

  OpenMode openMode() const;
  void setTextModeEnabled(bool enabled);
  bool isTextModeEnabled() const;
  bool isOpen() const;
  bool isReadable() const;
  bool isWritable() const;
  virtual bool isSequential() const;
  int readChannelCount() const;
  int writeChannelCount() const;
  int currentReadChannel() const;
  void setCurrentReadChannel(int channel);
  int currentWriteChannel() const;
  void setCurrentWriteChannel(int channel);

  virtual bool open(OpenMode mode);
  virtual void close();
  virtual qint64 pos() const;
  virtual qint64 size() const;
  virtual bool seek(qint64 pos);
  virtual bool atEnd() const;
  virtual bool reset();
  virtual qint64 bytesAvailable() const;
  virtual qint64 bytesToWrite() const;

  qint64 read(char *data, qint64 maxlen);
  QByteArray read(qint64 maxlen);
  QByteArray readAll();
  qint64 readLine(char *data, qint64 maxlen);
  QByteArray readLine(qint64 maxlen = 0);
  virtual bool canReadLine() const;
  void startTransaction();
  void commitTransaction();
  void rollbackTransaction();
  bool isTransactionStarted() const;

  qint64 write(const char *data, qint64 len);
  qint64 write(const char *data);
  qint64 write(const QByteArray &data);
  qint64 peek(char *data, qint64 maxlen);
  QByteArray peek(qint64 maxlen);
  qint64 skip(qint64 maxSize);

  virtual bool waitForReadyRead(int msecs);
  virtual bool waitForBytesWritten(int msecs);
  void ungetChar(char c);
  bool putChar(char c);
  bool getChar(char *c);
  QString errorString() const;

Q_SIGNALS:
  void readyRead();
  void channelReadyRead(int channel);
  void bytesWritten(qint64 bytes);
  void channelBytesWritten(int channel, qint64 bytes);
  void aboutToClose();
  void readChannelFinished();

protected:
  virtual qint64 readData(char *data, qint64 maxlen);
  virtual qint64 readLineData(char *data, qint64 maxlen);
  virtual qint64 writeData(const char *data, qint64 len);
  void setOpenMode(OpenMode openMode);
  void setErrorString(const QString &errorString);
};

#endif

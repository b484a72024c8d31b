// Sluice bundled declarations for Qt 5/6 (QtCore: qprocess.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QPROCESS_H
#define SLUICE_STUB_QT_QPROCESS_H

#include <functional>
#include "sluice_qiodevice.h"

class QProcessEnvironment {
public:
  QProcessEnvironment();
  QProcessEnvironment(const QProcessEnvironment &other);
  ~QProcessEnvironment();
  QProcessEnvironment &operator=(const QProcessEnvironment &other);
  bool operator==(const QProcessEnvironment &other) const;
  bool operator!=(const QProcessEnvironment &other) const;
  bool isEmpty() const;
  void clear();
  bool contains(const QString &name) const;
  void insert(const QString &name, const QString &value);
  void insert(const QProcessEnvironment &e);
  void remove(const QString &name);
  QString value(const QString &name, const QString &defaultValue = QString()) const;
  QStringList toStringList() const;
  QStringList keys() const;
  static QProcessEnvironment systemEnvironment();
};

typedef qint64 Q_PID;

class QProcess : public QIODevice {
public:
  enum ProcessError { FailedToStart, Crashed, Timedout, ReadError, WriteError, UnknownError };
  enum ProcessState { NotRunning, Starting, Running };
  enum ProcessChannel { StandardOutput, StandardError };
  enum ProcessChannelMode {
    SeparateChannels,
    MergedChannels,
    ForwardedChannels,
    ForwardedOutputChannel,
    ForwardedErrorChannel
  };
  enum InputChannelMode { ManagedInputChannel, ForwardedInputChannel };
  enum ExitStatus { NormalExit, CrashExit };

  explicit QProcess(QObject *parent = nullptr);
  virtual ~QProcess();

  void start(const QString &program, const QStringList &arguments, OpenMode mode = ReadWrite);
  void start(const QString &command, OpenMode mode = ReadWrite);
  void start(OpenMode mode = ReadWrite);
  void startCommand(const QString &command, OpenMode mode = ReadWrite);
  bool startDetached(qint64 *pid = nullptr);
  bool open(OpenMode mode = ReadWrite) override;
  QString program() const;
  void setProgram(const QString &program);
  QStringList arguments() const;
  void setArguments(const QStringList &arguments);

  ProcessChannelMode processChannelMode() const;
  void setProcessChannelMode(ProcessChannelMode mode);
  ProcessChannelMode readChannelMode() const;
  void setReadChannelMode(ProcessChannelMode mode);
  InputChannelMode inputChannelMode() const;
  void setInputChannelMode(InputChannelMode mode);
  ProcessChannel readChannel() const;
  void setReadChannel(ProcessChannel channel);
  void closeReadChannel(ProcessChannel channel);
  void closeWriteChannel();
  void setStandardInputFile(const QString &fileName);
  void setStandardOutputFile(const QString &fileName, OpenMode mode = Truncate);
  void setStandardErrorFile(const QString &fileName, OpenMode mode = Truncate);
  void setStandardOutputProcess(QProcess *destination);
  QString nativeArguments() const;
  void setNativeArguments(const QString &arguments);
  void setChildProcessModifier(const std::function<void(void)> &modifier);

  QString workingDirectory() const;
  void setWorkingDirectory(const QString &dir);
  void setEnvironment(const QStringList &environment);
  QStringList environment() const;
  void setProcessEnvironment(const QProcessEnvironment &environment);
  QProcessEnvironment processEnvironment() const;

  ProcessError error() const;
  ProcessState state() const;
  Q_PID pid() const;
  qint64 processId() const;
  bool waitForStarted(int msecs = 30000);
  bool waitForReadyRead(int msecs = 30000) override;
  bool waitForBytesWritten(int msecs = 30000) override;
  bool waitForFinished(int msecs = 30000);
  QByteArray readAllStandardOutput();
  QByteArray readAllStandardError();
  int exitCode() const;
  ExitStatus exitStatus() const;

  qint64 bytesAvailable() const override;
  qint64 bytesToWrite() const override;
  bool isSequential() const override;
  bool canReadLine() const override;
  void close() override;
  bool atEnd() const override;

  static int execute(const QString &program, const QStringList &arguments);
  static int execute(const QString &command);
  static bool startDetached(const QString &program, const QStringList &arguments, const QString &workingDirectory,
                            qint64 *pid = nullptr);
  static bool startDetached(const QString &program, const QStringList &arguments);
  static bool startDetached(const QString &command);
  static QStringList systemEnvironment();
  static QString nullDevice();
  static QStringList splitCommand(QStringView command);

public Q_SLOTS:
  void terminate();
  void kill();

Q_SIGNALS:
  void started();
  void finished(int exitCode, QProcess::ExitStatus exitStatus = NormalExit);
  void errorOccurred(QProcess::ProcessError error);
  void error(QProcess::ProcessError error); // Qt 5 name of errorOccurred
  void stateChanged(QProcess::ProcessState state);
  void readyReadStandardOutput();
  void readyReadStandardError();

protected:
  void setProcessState(ProcessState state);
  qint64 readData(char *data, qint64 maxlen) override;
  qint64 writeData(const char *data, qint64 len) override;
};

#endif

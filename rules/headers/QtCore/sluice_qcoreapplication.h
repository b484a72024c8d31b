// Sluice bundled declarations for Qt 5/6 (QtCore: qcoreapplication.h, qtimer.h, qeventloop.h, qthread.h, qmutex.h, qelapsedtimer.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QCOREAPPLICATION_H
#define SLUICE_STUB_QT_QCOREAPPLICATION_H

#include "sluice_qobject.h"

class QEvent {
public:
  enum Type { None = 0, Timer = 1, Quit = 20, User = 1000, MaxUser = 65535 };
  explicit QEvent(Type type);
  virtual ~QEvent();
  Type type() const;
  bool isAccepted() const;
  void accept();
  void ignore();
};

class QEventLoop : public QObject {
public:
  enum ProcessEventsFlag {
    AllEvents = 0x00,
    ExcludeUserInputEvents = 0x01,
    ExcludeSocketNotifiers = 0x02,
    WaitForMoreEvents = 0x04,
    X11ExcludeTimers = 0x08,
    EventLoopExec = 0x20,
    DialogExec = 0x40
  };
  Q_DECLARE_FLAGS(ProcessEventsFlags, ProcessEventsFlag)
  explicit QEventLoop(QObject *parent = nullptr);
  ~QEventLoop();
  bool processEvents(ProcessEventsFlags flags = AllEvents);
  void processEvents(ProcessEventsFlags flags, int maximumTime);
  int exec(ProcessEventsFlags flags = AllEvents);
  void exit(int returnCode = 0);
  bool isRunning() const;
  void wakeUp();
public Q_SLOTS:
  void quit();
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QEventLoop::ProcessEventsFlags)

class QCoreApplication : public QObject {
public:
  QCoreApplication(int &argc, char **argv);
  ~QCoreApplication();
  static QStringList arguments();
  static void setAttribute(Qt::ApplicationAttribute attribute, bool on = true);
  static bool testAttribute(Qt::ApplicationAttribute attribute);
  static void setOrganizationDomain(const QString &orgDomain);
  static QString organizationDomain();
  static void setOrganizationName(const QString &orgName);
  static QString organizationName();
  static void setApplicationName(const QString &application);
  static QString applicationName();
  static void setApplicationVersion(const QString &version);
  static QString applicationVersion();
  static void setSetuidAllowed(bool allow);
  static bool isSetuidAllowed();
  static QCoreApplication *instance();
  static int exec();
  static void processEvents(QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents);
  static void processEvents(QEventLoop::ProcessEventsFlags flags, int maxtime);
  static void exit(int retcode = 0);
  static bool sendEvent(QObject *receiver, QEvent *event);
  static void postEvent(QObject *receiver, QEvent *event, int priority = 0);
  static void sendPostedEvents(QObject *receiver = nullptr, int event_type = 0);
  static QString applicationDirPath();
  static QString applicationFilePath();
  static qint64 applicationPid();
  static void setLibraryPaths(const QStringList &paths);
  static QStringList libraryPaths();
  static void addLibraryPath(const QString &path);
  static void removeLibraryPath(const QString &path);
  static QString translate(const char *context, const char *key, const char *disambiguation = nullptr, int n = -1);
  static bool closingDown();
  static bool startingUp();
public Q_SLOTS:
  static void quit();
Q_SIGNALS:
  void aboutToQuit();
};
#define qApp QCoreApplication::instance()

class QTimer : public QObject {
public:
  explicit QTimer(QObject *parent = nullptr);
  ~QTimer();
  bool isActive() const;
  int timerId() const;
  void setInterval(int msec);
  int interval() const;
  int remainingTime() const;
  void setTimerType(Qt::TimerType atype);
  Qt::TimerType timerType() const;
  void setSingleShot(bool singleShot);
  bool isSingleShot() const;
  static void singleShot(int msec, const QObject *receiver, const char *member);
  static void singleShot(int msec, Qt::TimerType timerType, const QObject *receiver, const char *member);
  template <typename Functor>
  static void singleShot(int, Functor) {}
  template <typename Functor>
  static void singleShot(int, const QObject *, Functor) {}
  template <typename Functor>
  static void singleShot(int, Qt::TimerType, const QObject *, Functor) {}
public Q_SLOTS:
  void start(int msec);
  void start();
  void stop();
Q_SIGNALS:
  void timeout();
};

class QThread : public QObject {
public:
  enum Priority { IdlePriority, LowestPriority, LowPriority, NormalPriority, HighPriority,
                  HighestPriority, TimeCriticalPriority, InheritPriority };
  explicit QThread(QObject *parent = nullptr);
  ~QThread();
  static QThread *currentThread();
  static int idealThreadCount() noexcept;
  static void yieldCurrentThread();
  static void sleep(unsigned long secs);
  static void msleep(unsigned long msecs);
  static void usleep(unsigned long usecs);
  template <typename Function, typename... Args>
  static QThread *create(Function &&, Args &&...) { return nullptr; }
  bool isFinished() const;
  bool isRunning() const;
  void requestInterruption();
  bool isInterruptionRequested() const;
  void setPriority(Priority priority);
  Priority priority() const;
  void setStackSize(uint stackSize);
  int exec();
  void exit(int retcode = 0);
  bool wait(unsigned long time = 0xffffffffUL);
public Q_SLOTS:
  void start(Priority = InheritPriority);
  void terminate();
  void quit();
Q_SIGNALS:
  void started();
  void finished();
protected:
  virtual void run();
};

class QMutex {
public:
  QMutex();
  ~QMutex();
  void lock();
  bool tryLock(int timeout = 0);
  void unlock();
};
class QRecursiveMutex : public QMutex {};
template <typename Mutex>
class QMutexLockerT {
public:
  explicit QMutexLockerT(Mutex *m);
  ~QMutexLockerT();
  void unlock();
  void relock();
};
typedef QMutexLockerT<QMutex> QMutexLocker;

class QElapsedTimer {
public:
  QElapsedTimer();
  void start();
  qint64 restart();
  void invalidate();
  bool isValid() const;
  qint64 elapsed() const;
  qint64 nsecsElapsed() const;
  bool hasExpired(qint64 timeout) const;
  qint64 msecsSinceReference() const;
};

#endif

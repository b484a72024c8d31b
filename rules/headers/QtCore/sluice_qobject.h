// Sluice bundled declarations for Qt 5/6 (QtCore: qobject.h, qobjectdefs.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QOBJECT_H
#define SLUICE_STUB_QT_QOBJECT_H

#include "sluice_qstringlist.h"

class QObject;
class QVariant;
class QThread;
class QEvent;
class QTimerEvent;
class QChildEvent;

class QGenericArgument {
public:
  QGenericArgument(const char *name = nullptr, const void *data = nullptr) : n(name), d(data) {}
  const char *name() const { return n; }
  void *data() const { return const_cast<void *>(d); }
private:
  const char *n;
  const void *d;
};
class QGenericReturnArgument : public QGenericArgument {
public:
  QGenericReturnArgument(const char *name = nullptr, void *data = nullptr) : QGenericArgument(name, data) {}
};
template <typename T>
class QArgument : public QGenericArgument {
public:
  QArgument(const char *name, const T &data) : QGenericArgument(name, static_cast<const void *>(&data)) {}
};
template <typename T>
class QReturnArgument : public QGenericReturnArgument {
public:
  QReturnArgument(const char *name, T &data) : QGenericReturnArgument(name, static_cast<void *>(&data)) {}
};
#define Q_ARG(type, data) QArgument<type>(#type, data)
#define Q_RETURN_ARG(type, data) QReturnArgument<type>(#type, data)

struct QMetaObject {
  class Connection {
  public:
    Connection();
    Connection(const Connection &other);
    Connection &operator=(const Connection &other);
    ~Connection();
    explicit operator bool() const;
  };
  const char *className() const;
  const QMetaObject *superClass() const;
  bool inherits(const QMetaObject *metaObject) const noexcept;
  static void connectSlotsByName(QObject *o);
  static bool invokeMethod(QObject *obj, const char *member, Qt::ConnectionType type,
                           QGenericArgument val0 = QGenericArgument(), QGenericArgument val1 = QGenericArgument(),
                           QGenericArgument val2 = QGenericArgument(), QGenericArgument val3 = QGenericArgument());
  static bool invokeMethod(QObject *obj, const char *member, QGenericArgument val0 = QGenericArgument(),
                           QGenericArgument val1 = QGenericArgument(), QGenericArgument val2 = QGenericArgument(),
                           QGenericArgument val3 = QGenericArgument());
  static bool invokeMethod(QObject *obj, const char *member, Qt::ConnectionType type, QGenericReturnArgument ret,
                           QGenericArgument val0 = QGenericArgument(), QGenericArgument val1 = QGenericArgument(),
                           QGenericArgument val2 = QGenericArgument());
  template <typename Functor>
  static bool invokeMethod(QObject *, Functor, Qt::ConnectionType = Qt::AutoConnection) { return true; }
};

class QObject {
public:
  Q_INVOKABLE explicit QObject(QObject *parent = nullptr);
  virtual ~QObject();
  static const QMetaObject staticMetaObject;
  virtual const QMetaObject *metaObject() const;
  static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1);
  static QString trUtf8(const char *sourceText, const char *disambiguation = nullptr, int n = -1);

  virtual bool event(QEvent *event);
  virtual bool eventFilter(QObject *watched, QEvent *event);
  QString objectName() const;
  void setObjectName(const QString &name);
  bool isWidgetType() const;
  bool isWindowType() const;
  bool signalsBlocked() const noexcept;
  bool blockSignals(bool b) noexcept;
  QThread *thread() const;
  void moveToThread(QThread *thread);
  int startTimer(int interval, Qt::TimerType timerType = Qt::CoarseTimer);
  void killTimer(int id);
  QObject *parent() const;
  void setParent(QObject *parent);
  const QList<QObject *> &children() const;
  template <typename T> T findChild(const QString &aName = QString()) const;
  template <typename T> QList<T> findChildren(const QString &aName = QString()) const;
  void installEventFilter(QObject *filterObj);
  void removeEventFilter(QObject *obj);
  bool setProperty(const char *name, const QVariant &value);
  QVariant property(const char *name) const;
  bool inherits(const char *classname) const;
  void dumpObjectInfo() const;
  void dumpObjectTree() const;

  // Signal/slot connections: member-function pointers, functors/lambdas, or
  // SIGNAL()/SLOT() strings. (Templates have trivial bodies so that lambdas,
  // whose types have no linkage, can be passed.)
  template <typename Func1, typename Func2>
  static QMetaObject::Connection connect(const QObject *, Func1, const QObject *, Func2,
                                         Qt::ConnectionType = Qt::AutoConnection) { return QMetaObject::Connection(); }
  template <typename Func1, typename Func2>
  static QMetaObject::Connection connect(const QObject *, Func1, Func2) { return QMetaObject::Connection(); }
  static QMetaObject::Connection connect(const QObject *sender, const char *signal, const QObject *receiver,
                                         const char *member, Qt::ConnectionType type = Qt::AutoConnection);
  QMetaObject::Connection connect(const QObject *sender, const char *signal, const char *member,
                                  Qt::ConnectionType type = Qt::AutoConnection) const;
  template <typename Func1, typename Func2>
  static bool disconnect(const QObject *, Func1, const QObject *, Func2) { return true; }
  template <typename Func1>
  static bool disconnect(const QObject *, Func1, const QObject * = nullptr) { return true; }
  static bool disconnect(const QObject *sender, const char *signal, const QObject *receiver, const char *member);
  static bool disconnect(const QMetaObject::Connection &connection);
  bool disconnect(const char *signal = nullptr, const QObject *receiver = nullptr, const char *member = nullptr) const;
  bool disconnect(const QObject *receiver, const char *member = nullptr) const;

public Q_SLOTS:
  void deleteLater();

Q_SIGNALS:
  void destroyed(QObject *obj = nullptr);
  void objectNameChanged(const QString &objectName);

protected:
  QObject *sender() const;
  int senderSignalIndex() const;
  int receivers(const char *signal) const;
  bool isSignalConnected(const void *signal) const;
  virtual void timerEvent(QTimerEvent *event);
  virtual void childEvent(QChildEvent *event);
  virtual void connectNotify(const void *signal);
  virtual void disconnectNotify(const void *signal);
};

template <typename T> inline T qobject_cast(QObject *object) { return static_cast<T>(object); }
template <typename T> inline T qobject_cast(const QObject *object) { return static_cast<T>(object); }

// QOverload<Args...>::of(&Class::member) picks one overload of a member.
template <typename... Args>
struct QOverload {
  template <typename R, typename T>
  static constexpr auto of(R (T::*ptr)(Args...)) noexcept -> decltype(ptr) { return ptr; }
  template <typename R, typename T>
  static constexpr auto of(R (T::*ptr)(Args...) const) noexcept -> decltype(ptr) { return ptr; }
  template <typename R>
  static constexpr auto of(R (*ptr)(Args...)) noexcept -> decltype(ptr) { return ptr; }
  template <typename R, typename T>
  constexpr auto operator()(R (T::*ptr)(Args...)) const noexcept -> decltype(ptr) { return ptr; }
  template <typename R, typename T>
  constexpr auto operator()(R (T::*ptr)(Args...) const) const noexcept -> decltype(ptr) { return ptr; }
};
template <typename... Args> constexpr QOverload<Args...> qOverload = {};
template <typename... Args>
struct QConstOverload {
  template <typename R, typename T>
  static constexpr auto of(R (T::*ptr)(Args...) const) noexcept -> decltype(ptr) { return ptr; }
};
template <typename... Args>
struct QNonConstOverload {
  template <typename R, typename T>
  static constexpr auto of(R (T::*ptr)(Args...)) noexcept -> decltype(ptr) { return ptr; }
};

#endif

// Sluice bundled declarations for Qt 5/6 (QtCore: qsharedpointer.h, qscopedpointer.h, qpointer.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QPOINTER_H
#define SLUICE_STUB_QT_QPOINTER_H

#include "sluice_qobject.h"

template <typename T>
struct QScopedPointerDeleter {
  static void cleanup(T *pointer) { delete pointer; }
};
struct QScopedPointerDeleteLater {
  template <typename T> static void cleanup(T *pointer) { if (pointer) pointer->deleteLater(); }
};

template <typename T, typename Cleanup = QScopedPointerDeleter<T>>
class QScopedPointer {
public:
  explicit QScopedPointer(T *p = nullptr) noexcept : d(p) {}
  ~QScopedPointer() { Cleanup::cleanup(d); }
  QScopedPointer(const QScopedPointer &) = delete;
  QScopedPointer &operator=(const QScopedPointer &) = delete;
  T &operator*() const { return *d; }
  T *operator->() const noexcept { return d; }
  bool operator!() const noexcept { return !d; }
  explicit operator bool() const noexcept { return d != nullptr; }
  T *data() const noexcept { return d; }
  T *get() const noexcept { return d; }
  bool isNull() const noexcept { return !d; }
  void reset(T *other = nullptr) { T *old = d; d = other; Cleanup::cleanup(old); }
  T *take() noexcept { T *old = d; d = nullptr; return old; }
private:
  T *d;
};

template <typename T>
class QSharedPointer {
public:
  typedef T element_type;
  QSharedPointer() noexcept {}
  QSharedPointer(std::nullptr_t) noexcept {}
  template <typename X> explicit QSharedPointer(X *ptr);
  template <typename X, typename Deleter> QSharedPointer(X *ptr, Deleter) : QSharedPointer(ptr) {}
  QSharedPointer(const QSharedPointer &other) noexcept;
  template <typename X> QSharedPointer(const QSharedPointer<X> &other) noexcept;
  ~QSharedPointer();
  QSharedPointer &operator=(const QSharedPointer &other) noexcept;
  T *data() const noexcept;
  T *get() const noexcept;
  bool isNull() const noexcept;
  explicit operator bool() const noexcept;
  bool operator!() const noexcept;
  T &operator*() const;
  T *operator->() const noexcept;
  void reset();
  void reset(T *t);
  void clear();
  template <typename X> QSharedPointer<X> staticCast() const;
  template <typename X> QSharedPointer<X> dynamicCast() const;
  template <typename X> QSharedPointer<X> objectCast() const;
  template <typename... Args> static QSharedPointer<T> create(Args &&...args);
};
template <typename T, typename X>
bool operator==(const QSharedPointer<T> &a, const QSharedPointer<X> &b);
template <typename T, typename X>
bool operator!=(const QSharedPointer<T> &a, const QSharedPointer<X> &b);
template <typename T, typename X>
QSharedPointer<X> qSharedPointerCast(const QSharedPointer<T> &src);
template <typename X, typename T>
QSharedPointer<X> qSharedPointerObjectCast(const QSharedPointer<T> &src);

template <typename T>
class QWeakPointer {
public:
  QWeakPointer() noexcept {}
  QWeakPointer(const QSharedPointer<T> &o);
  QSharedPointer<T> toStrongRef() const;
  QSharedPointer<T> lock() const;
  bool isNull() const noexcept;
  void clear();
};

template <typename T>
class QPointer {
public:
  QPointer() noexcept {}
  QPointer(T *p);
  QPointer &operator=(T *p);
  T *data() const;
  T *get() const;
  T *operator->() const;
  T &operator*() const;
  operator T *() const;
  bool isNull() const;
  void clear();
};

#endif

// Sluice bundled declarations for Qt 5/6 (QtCore: qlist.h, qvector.h, qpair.h, qset.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QLIST_H
#define SLUICE_STUB_QT_QLIST_H

#include "sluice_qglobal.h"

template <typename T1, typename T2>
struct QPair {
  typedef T1 first_type;
  typedef T2 second_type;
  T1 first;
  T2 second;
  constexpr QPair() : first(), second() {}
  constexpr QPair(const T1 &t1, const T2 &t2) : first(t1), second(t2) {}
  template <typename U1, typename U2>
  constexpr QPair(const QPair<U1, U2> &p) : first(p.first), second(p.second) {}
};
template <typename T1, typename T2>
constexpr QPair<T1, T2> qMakePair(const T1 &x, const T2 &y) { return QPair<T1, T2>(x, y); }

template <typename T>
class QList {
public:
  typedef T value_type;
  typedef T *pointer;
  typedef const T *const_pointer;
  typedef T &reference;
  typedef const T &const_reference;
  typedef T *iterator;
  typedef const T *const_iterator;
  typedef iterator Iterator;
  typedef const_iterator ConstIterator;
  typedef int size_type;
  typedef qptrdiff difference_type;

  QList() noexcept {}
  QList(std::initializer_list<T> args);
  template <typename InputIterator>
  QList(InputIterator first, InputIterator last);
  QList(const QList<T> &other);
  QList(QList<T> &&other) noexcept;
  ~QList();
  QList<T> &operator=(const QList<T> &other);
  QList<T> &operator=(QList<T> &&other) noexcept;

  int size() const;
  int count() const;
  int count(const T &t) const;
  int length() const;
  bool isEmpty() const;
  bool empty() const;
  void clear();
  void reserve(int size);
  void resize(int size);

  const T &at(int i) const;
  const T &operator[](int i) const;
  T &operator[](int i);
  T value(int i) const;
  T value(int i, const T &defaultValue) const;
  T &first();
  const T &first() const;
  T &last();
  const T &last() const;
  T &front();
  const T &front() const;
  T &back();
  const T &back() const;
  const T &constFirst() const;
  const T &constLast() const;
  T *data();
  const T *data() const;
  const T *constData() const;

  void append(const T &t);
  void append(const QList<T> &t);
  void prepend(const T &t);
  void insert(int i, const T &t);
  iterator insert(iterator before, const T &t);
  void replace(int i, const T &t);
  void push_back(const T &t);
  void push_front(const T &t);
  template <typename... Args> T &emplace_back(Args &&...args);
  template <typename... Args> T &emplaceBack(Args &&...args);
  void removeAt(int i);
  int removeAll(const T &t);
  bool removeOne(const T &t);
  void removeFirst();
  void removeLast();
  void pop_back();
  void pop_front();
  T takeAt(int i);
  T takeFirst();
  T takeLast();
  void move(int from, int to);
  void swapItemsAt(int i, int j);
  iterator erase(iterator pos);
  iterator erase(iterator first, iterator last);

  bool contains(const T &t) const;
  int indexOf(const T &t, int from = 0) const;
  int lastIndexOf(const T &t, int from = -1) const;
  bool startsWith(const T &t) const;
  bool endsWith(const T &t) const;
  QList<T> mid(int pos, int length = -1) const;

  iterator begin();
  const_iterator begin() const;
  const_iterator cbegin() const;
  const_iterator constBegin() const;
  iterator end();
  const_iterator end() const;
  const_iterator cend() const;
  const_iterator constEnd() const;

  bool operator==(const QList<T> &other) const;
  bool operator!=(const QList<T> &other) const;
  QList<T> &operator+=(const QList<T> &other);
  QList<T> &operator+=(const T &t);
  QList<T> operator+(const QList<T> &other) const;
  QList<T> &operator<<(const T &t);
  QList<T> &operator<<(const QList<T> &other);

  static QList<T> fromVector(const QList<T> &v);
  QList<T> toVector() const;
};

template <typename T> using QVector = QList<T>;

template <typename T>
class QSet {
public:
  typedef T value_type;
  typedef const T *iterator;
  typedef const T *const_iterator;
  QSet() noexcept {}
  QSet(std::initializer_list<T> list);
  template <typename InputIterator>
  QSet(InputIterator first, InputIterator last);
  int size() const;
  int count() const;
  bool isEmpty() const;
  bool empty() const;
  void clear();
  bool contains(const T &value) const;
  bool remove(const T &value);
  iterator insert(const T &value);
  QList<T> values() const;
  QSet<T> &unite(const QSet<T> &other);
  QSet<T> &intersect(const QSet<T> &other);
  QSet<T> &subtract(const QSet<T> &other);
  QSet<T> &operator<<(const T &value);
  const_iterator begin() const;
  const_iterator end() const;
  const_iterator constBegin() const;
  const_iterator constEnd() const;
};

#endif

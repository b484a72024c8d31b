// Sluice bundled declarations for Qt 5/6 (QtCore: qmap.h, qhash.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QMAP_H
#define SLUICE_STUB_QT_QMAP_H

#include "sluice_qlist.h"
#include "sluice_qdebug.h"

// QMap and QHash share one declaration shape; the iterator gives key()/value()
// like Qt's and dereferences to the value.
template <typename Key, typename T>
class QMap {
public:
  typedef Key key_type;
  typedef T mapped_type;
  typedef T value_type;
  typedef int size_type;
  class iterator {
  public:
    const Key &key() const;
    T &value() const;
    T &operator*() const;
    T *operator->() const;
    iterator &operator++();
    iterator operator++(int);
    iterator &operator--();
    bool operator==(const iterator &o) const;
    bool operator!=(const iterator &o) const;
  };
  class const_iterator {
  public:
    const_iterator();
    const_iterator(const iterator &it);
    const Key &key() const;
    const T &value() const;
    const T &operator*() const;
    const T *operator->() const;
    const_iterator &operator++();
    const_iterator operator++(int);
    const_iterator &operator--();
    bool operator==(const const_iterator &o) const;
    bool operator!=(const const_iterator &o) const;
  };
  typedef iterator Iterator;
  typedef const_iterator ConstIterator;
  class key_value_iterator {
  public:
    std::pair<const Key &, T &> operator*() const;
    key_value_iterator &operator++();
    bool operator!=(const key_value_iterator &o) const;
  };
  struct key_value_range {
    key_value_iterator begin() const;
    key_value_iterator end() const;
  };

  QMap() {}
  QMap(std::initializer_list<std::pair<Key, T>> list);
  QMap(const QMap<Key, T> &other);
  QMap(QMap<Key, T> &&other) noexcept;
  ~QMap();
  QMap<Key, T> &operator=(const QMap<Key, T> &other);
  QMap<Key, T> &operator=(QMap<Key, T> &&other) noexcept;

  int size() const;
  int count() const;
  int count(const Key &key) const;
  bool isEmpty() const;
  bool empty() const;
  void clear();
  bool contains(const Key &key) const;
  iterator insert(const Key &key, const T &value);
  void insert(const QMap<Key, T> &map);
  int remove(const Key &key);
  T take(const Key &key);
  const T value(const Key &key, const T &defaultValue = T()) const;
  const Key key(const T &value, const Key &defaultKey = Key()) const;
  QList<Key> keys() const;
  QList<Key> keys(const T &value) const;
  QList<T> values() const;
  QList<T> values(const Key &key) const;
  T &operator[](const Key &key);
  const T operator[](const Key &key) const;
  iterator find(const Key &key);
  const_iterator find(const Key &key) const;
  const_iterator constFind(const Key &key) const;
  iterator erase(iterator it);
  T &first();
  const T &first() const;
  T &last();
  const T &last() const;
  const Key &firstKey() const;
  const Key &lastKey() const;
  iterator begin();
  const_iterator begin() const;
  const_iterator cbegin() const;
  const_iterator constBegin() const;
  iterator end();
  const_iterator end() const;
  const_iterator cend() const;
  const_iterator constEnd() const;
  key_value_range asKeyValueRange();
  bool operator==(const QMap<Key, T> &other) const;
  bool operator!=(const QMap<Key, T> &other) const;
};

template <typename Key, typename T>
class QHash : public QMap<Key, T> {
public:
  QHash() {}
  QHash(std::initializer_list<std::pair<Key, T>> list);
};

template <typename Key, typename T>
class QMultiMap : public QMap<Key, T> {
public:
  QMultiMap() {}
  QMultiMap(std::initializer_list<std::pair<Key, T>> list);
};

#endif

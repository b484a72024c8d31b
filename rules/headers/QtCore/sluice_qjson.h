// Sluice bundled declarations for Qt 5/6 (QtCore: qjsonvalue.h, qjsonobject.h, qjsonarray.h, qjsondocument.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QJSON_H
#define SLUICE_STUB_QT_QJSON_H

#include "sluice_qvariant.h"

class QJsonValue;
class QJsonObject;
class QJsonArray;
class QJsonDocument;

class QJsonValue {
public:
  enum Type { Null = 0x0, Bool = 0x1, Double = 0x2, String = 0x3, Array = 0x4, Object = 0x5, Undefined = 0x80 };
  QJsonValue(Type = Null);
  QJsonValue(bool b);
  QJsonValue(double n);
  QJsonValue(int n);
  QJsonValue(qint64 v);
  QJsonValue(const QString &s);
  QJsonValue(QLatin1String s);
  QJsonValue(const char *s);
  QJsonValue(const QJsonArray &a);
  QJsonValue(const QJsonObject &o);
  QJsonValue(const QJsonValue &other);
  QJsonValue(QJsonValue &&other) noexcept;
  ~QJsonValue();
  QJsonValue &operator=(const QJsonValue &other);
  QJsonValue &operator=(QJsonValue &&other) noexcept;
  static QJsonValue fromVariant(const QVariant &variant);
  QVariant toVariant() const;
  Type type() const;
  bool isNull() const;
  bool isBool() const;
  bool isDouble() const;
  bool isString() const;
  bool isArray() const;
  bool isObject() const;
  bool isUndefined() const;
  bool toBool(bool defaultValue = false) const;
  int toInt(int defaultValue = 0) const;
  qint64 toInteger(qint64 defaultValue = 0) const;
  double toDouble(double defaultValue = 0) const;
  QString toString() const;
  QString toString(const QString &defaultValue) const;
  QJsonArray toArray() const;
  QJsonArray toArray(const QJsonArray &defaultValue) const;
  QJsonObject toObject() const;
  QJsonObject toObject(const QJsonObject &defaultValue) const;
  const QJsonValue operator[](const QString &key) const;
  const QJsonValue operator[](int i) const;
  bool operator==(const QJsonValue &other) const;
  bool operator!=(const QJsonValue &other) const;
};
typedef QJsonValue QJsonValueRef;

class QJsonObject {
public:
  class iterator {
  public:
    QString key() const;
    QJsonValue &value() const;
    QJsonValue &operator*() const;
    QJsonValue *operator->() const;
    iterator &operator++();
    iterator operator++(int);
    bool operator==(const iterator &o) const;
    bool operator!=(const iterator &o) const;
  };
  class const_iterator {
  public:
    const_iterator();
    const_iterator(const iterator &o);
    QString key() const;
    QJsonValue value() const;
    QJsonValue operator*() const;
    const QJsonValue *operator->() const;
    const_iterator &operator++();
    const_iterator operator++(int);
    bool operator==(const const_iterator &o) const;
    bool operator!=(const const_iterator &o) const;
  };
  QJsonObject();
  QJsonObject(std::initializer_list<QPair<QString, QJsonValue>> args);
  QJsonObject(const QJsonObject &other);
  QJsonObject(QJsonObject &&other) noexcept;
  ~QJsonObject();
  QJsonObject &operator=(const QJsonObject &other);
  QJsonObject &operator=(QJsonObject &&other) noexcept;
  static QJsonObject fromVariantMap(const QVariantMap &map);
  QVariantMap toVariantMap() const;
  static QJsonObject fromVariantHash(const QVariantHash &map);
  QVariantHash toVariantHash() const;
  QStringList keys() const;
  int size() const;
  int count() const;
  int length() const;
  bool isEmpty() const;
  bool empty() const;
  QJsonValue value(const QString &key) const;
  QJsonValue value(QLatin1String key) const;
  QJsonValue operator[](const QString &key) const;
  QJsonValue &operator[](const QString &key);
  void remove(const QString &key);
  QJsonValue take(const QString &key);
  bool contains(const QString &key) const;
  bool contains(QLatin1String key) const;
  iterator insert(const QString &key, const QJsonValue &value);
  iterator begin();
  const_iterator begin() const;
  iterator end();
  const_iterator end() const;
  const_iterator constBegin() const;
  const_iterator constEnd() const;
  iterator find(const QString &key);
  const_iterator find(const QString &key) const;
  const_iterator constFind(const QString &key) const;
  iterator erase(iterator it);
  bool operator==(const QJsonObject &other) const;
  bool operator!=(const QJsonObject &other) const;
};

class QJsonArray {
public:
  typedef QJsonValue *iterator;
  typedef const QJsonValue *const_iterator;
  typedef QJsonValue value_type;
  QJsonArray();
  QJsonArray(std::initializer_list<QJsonValue> args);
  QJsonArray(const QJsonArray &other);
  QJsonArray(QJsonArray &&other) noexcept;
  ~QJsonArray();
  QJsonArray &operator=(const QJsonArray &other);
  QJsonArray &operator=(QJsonArray &&other) noexcept;
  static QJsonArray fromStringList(const QStringList &list);
  static QJsonArray fromVariantList(const QVariantList &list);
  QVariantList toVariantList() const;
  int size() const;
  int count() const;
  bool isEmpty() const;
  bool empty() const;
  QJsonValue at(int i) const;
  QJsonValue first() const;
  QJsonValue last() const;
  void prepend(const QJsonValue &value);
  void append(const QJsonValue &value);
  void push_back(const QJsonValue &t);
  void removeAt(int i);
  QJsonValue takeAt(int i);
  void removeFirst();
  void removeLast();
  void insert(int i, const QJsonValue &value);
  void replace(int i, const QJsonValue &value);
  bool contains(const QJsonValue &element) const;
  QJsonValue &operator[](int i);
  QJsonValue operator[](int i) const;
  QJsonArray &operator+=(const QJsonValue &v);
  QJsonArray &operator<<(const QJsonValue &v);
  iterator begin();
  const_iterator begin() const;
  iterator end();
  const_iterator end() const;
  bool operator==(const QJsonArray &other) const;
  bool operator!=(const QJsonArray &other) const;
};

struct QJsonParseError {
  enum ParseError {
    NoError = 0, UnterminatedObject, MissingNameSeparator, UnterminatedArray, MissingValueSeparator,
    IllegalValue, TerminationByNumber, IllegalNumber, IllegalEscapeSequence, IllegalUTF8String,
    UnterminatedString, MissingObject, DeepNesting, DocumentTooLarge, GarbageAtEnd
  };
  QString errorString() const;
  int offset = -1;
  ParseError error = NoError;
};

class QJsonDocument {
public:
  enum JsonFormat { Indented, Compact };
  QJsonDocument();
  explicit QJsonDocument(const QJsonObject &object);
  explicit QJsonDocument(const QJsonArray &array);
  QJsonDocument(const QJsonDocument &other);
  QJsonDocument(QJsonDocument &&other) noexcept;
  ~QJsonDocument();
  QJsonDocument &operator=(const QJsonDocument &other);
  QJsonDocument &operator=(QJsonDocument &&other) noexcept;
  static QJsonDocument fromVariant(const QVariant &variant);
  QVariant toVariant() const;
  static QJsonDocument fromJson(const QByteArray &json, QJsonParseError *error = nullptr);
  QByteArray toJson(JsonFormat format = Indented) const;
  static QJsonDocument fromBinaryData(const QByteArray &data);
  QByteArray toBinaryData() const;
  bool isEmpty() const;
  bool isArray() const;
  bool isObject() const;
  bool isNull() const;
  QJsonObject object() const;
  QJsonArray array() const;
  void setObject(const QJsonObject &object);
  void setArray(const QJsonArray &array);
  const QJsonValue operator[](const QString &key) const;
  const QJsonValue operator[](int i) const;
  bool operator==(const QJsonDocument &other) const;
  bool operator!=(const QJsonDocument &other) const;
};

#endif

// Sluice bundled declarations for Qt 5/6 (QtCore: qvariant.h, qmetatype.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QVARIANT_H
#define SLUICE_STUB_QT_QVARIANT_H

#include "sluice_qstringlist.h"
#include "sluice_qmap.h"

class QVariant;
class QUrl;
class QDate;
class QTime;
class QDateTime;
class QJsonValue;
class QJsonObject;
class QJsonArray;
class QJsonDocument;
class QUuid;
typedef QMap<QString, QVariant> QVariantMap;
typedef QList<QVariant> QVariantList;
typedef QHash<QString, QVariant> QVariantHash;

class QMetaType {
public:
  enum Type {
    UnknownType = 0,
    Bool = 1,
    Int = 2,
    UInt = 3,
    LongLong = 4,
    ULongLong = 5,
    Double = 6,
    QChar = 7,
    QVariantMap = 8,
    QVariantList = 9,
    QString = 10,
    QStringList = 11,
    QByteArray = 12,
    QBitArray = 13,
    QDate = 14,
    QTime = 15,
    QDateTime = 16,
    QUrl = 17,
    QVariantHash = 28,
    Void = 43,
    VoidStar = 31,
    User = 1024
  };
  explicit QMetaType(int type = UnknownType);
  int id() const;
  const char *name() const;
  bool isValid() const;
  template <typename T> static QMetaType fromType();
  static int type(const char *typeName);
  static const char *typeName(int type);
};
template <typename T> int qRegisterMetaType(const char *typeName = nullptr);
template <typename T> int qMetaTypeId();

class QVariant {
public:
  enum Type {
    Invalid = QMetaType::UnknownType,
    Bool = QMetaType::Bool,
    Int = QMetaType::Int,
    UInt = QMetaType::UInt,
    LongLong = QMetaType::LongLong,
    ULongLong = QMetaType::ULongLong,
    Double = QMetaType::Double,
    Char = QMetaType::QChar,
    Map = QMetaType::QVariantMap,
    List = QMetaType::QVariantList,
    String = QMetaType::QString,
    StringList = QMetaType::QStringList,
    ByteArray = QMetaType::QByteArray,
    BitArray = QMetaType::QBitArray,
    Date = QMetaType::QDate,
    Time = QMetaType::QTime,
    DateTime = QMetaType::QDateTime,
    Url = QMetaType::QUrl,
    Hash = QMetaType::QVariantHash,
    UserType = QMetaType::User
  };
  QVariant() noexcept;
  QVariant(Type type);
  QVariant(int i);
  QVariant(uint ui);
  QVariant(qlonglong ll);
  QVariant(qulonglong ull);
  QVariant(bool b);
  QVariant(double d);
  QVariant(float f);
  QVariant(const char *str);
  QVariant(const ::QByteArray &bytearray);
  QVariant(const ::QString &string);
  QVariant(QLatin1String string);
  QVariant(const ::QStringList &stringlist);
  QVariant(::QChar qchar);
  QVariant(const ::QDate &date);
  QVariant(const ::QTime &time);
  QVariant(const ::QDateTime &datetime);
  QVariant(const ::QUrl &url);
  QVariant(const QList<QVariant> &list);
  QVariant(const QMap<::QString, QVariant> &map);
  QVariant(const QHash<::QString, QVariant> &hash);
  QVariant(const QJsonValue &jsonValue);
  QVariant(const QJsonObject &jsonObject);
  QVariant(const QJsonArray &jsonArray);
  QVariant(const QJsonDocument &jsonDocument);
  QVariant(const QVariant &other);
  QVariant(QVariant &&other) noexcept;
  ~QVariant();
  QVariant &operator=(const QVariant &other);
  QVariant &operator=(QVariant &&other) noexcept;

  Type type() const;
  int userType() const;
  int typeId() const;
  const char *typeName() const;
  QMetaType metaType() const;
  bool canConvert(int targetTypeId) const;
  template <typename T> bool canConvert() const;
  bool convert(int targetTypeId);
  bool isValid() const;
  bool isNull() const;
  void clear();

  int toInt(bool *ok = nullptr) const;
  uint toUInt(bool *ok = nullptr) const;
  qlonglong toLongLong(bool *ok = nullptr) const;
  qulonglong toULongLong(bool *ok = nullptr) const;
  bool toBool() const;
  double toDouble(bool *ok = nullptr) const;
  float toFloat(bool *ok = nullptr) const;
  qreal toReal(bool *ok = nullptr) const;
  ::QByteArray toByteArray() const;
  ::QString toString() const;
  ::QStringList toStringList() const;
  ::QChar toChar() const;
  ::QDate toDate() const;
  ::QTime toTime() const;
  ::QDateTime toDateTime() const;
  ::QUrl toUrl() const;
  QList<QVariant> toList() const;
  QMap<::QString, QVariant> toMap() const;
  QHash<::QString, QVariant> toHash() const;
  QJsonValue toJsonValue() const;
  QJsonObject toJsonObject() const;
  QJsonArray toJsonArray() const;
  QJsonDocument toJsonDocument() const;

  template <typename T> T value() const;
  template <typename T> void setValue(const T &value);
  template <typename T> static QVariant fromValue(const T &value);
  bool operator==(const QVariant &v) const;
  bool operator!=(const QVariant &v) const;
};
template <typename T> inline T qvariant_cast(const QVariant &v) { return v.template value<T>(); }

#endif

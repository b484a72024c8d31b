// Sluice bundled declarations for Qt 5/6 (QtNetwork: qhostaddress.h, qhostinfo.h, qnetworkdatagram.h, qnetworkproxy.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QHOSTADDRESS_H
#define SLUICE_STUB_QT_QHOSTADDRESS_H

#include "sluice_qabstractsocket.h"

class QHostAddress {
public:
  enum SpecialAddress { Null, Broadcast, LocalHost, LocalHostIPv6, Any, AnyIPv6, AnyIPv4 };
  enum ConversionModeFlag {
    ConvertV4MappedToIPv4 = 1,
    ConvertV4CompatToIPv4 = 2,
    ConvertUnspecifiedAddress = 4,
    ConvertLocalHost = 8,
    TolerantConversion = 0xff,
    StrictConversion = 0
  };
  Q_DECLARE_FLAGS(ConversionMode, ConversionModeFlag)

  QHostAddress();
  explicit QHostAddress(quint32 ip4Addr);
  explicit QHostAddress(const quint8 *ip6Addr);
  explicit QHostAddress(const QString &address);
  QHostAddress(const QHostAddress &copy);
  QHostAddress(SpecialAddress address);
  ~QHostAddress();
  QHostAddress &operator=(const QHostAddress &other);
  QHostAddress &operator=(SpecialAddress address);

  void setAddress(quint32 ip4Addr);
  bool setAddress(const QString &address);
  void setAddress(SpecialAddress address);
  QAbstractSocket::NetworkLayerProtocol protocol() const;
  quint32 toIPv4Address(bool *ok = nullptr) const;
  QString toString() const;
  QString scopeId() const;
  void setScopeId(const QString &id);
  bool isEqual(const QHostAddress &address, ConversionMode mode = TolerantConversion) const;
  bool operator==(const QHostAddress &address) const;
  bool operator==(SpecialAddress address) const;
  bool operator!=(const QHostAddress &address) const;
  bool operator!=(SpecialAddress address) const;
  bool isNull() const;
  void clear();
  bool isInSubnet(const QHostAddress &subnet, int netmask) const;
  bool isLoopback() const;
  bool isGlobal() const;
  bool isLinkLocal() const;
  bool isSiteLocal() const;
  bool isUniqueLocalUnicast() const;
  bool isMulticast() const;
  bool isBroadcast() const;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QHostAddress::ConversionMode)

class QHostInfo {
public:
  enum HostInfoError { NoError, HostNotFound, UnknownError };
  explicit QHostInfo(int lookupId = -1);
  QHostInfo(const QHostInfo &d);
  QHostInfo &operator=(const QHostInfo &d);
  ~QHostInfo();
  QString hostName() const;
  void setHostName(const QString &name);
  QList<QHostAddress> addresses() const;
  void setAddresses(const QList<QHostAddress> &addresses);
  HostInfoError error() const;
  QString errorString() const;
  int lookupId() const;
  static int lookupHost(const QString &name, QObject *receiver, const char *member);
  template <typename Functor>
  static int lookupHost(const QString &, const QObject *, Functor) { return 0; }
  static void abortHostLookup(int lookupId);
  static QHostInfo fromName(const QString &name);
  static QString localHostName();
  static QString localDomainName();
};

class QNetworkDatagram {
public:
  QNetworkDatagram();
  QNetworkDatagram(const QByteArray &data, const QHostAddress &destinationAddress = QHostAddress(),
                   quint16 port = 0);
  QNetworkDatagram(const QNetworkDatagram &other);
  ~QNetworkDatagram();
  bool isValid() const;
  bool isNull() const;
  void clear();
  QHostAddress senderAddress() const;
  QHostAddress destinationAddress() const;
  int senderPort() const;
  int destinationPort() const;
  void setSender(const QHostAddress &address, quint16 port = 0);
  void setDestination(const QHostAddress &address, quint16 port);
  int hopLimit() const;
  void setHopLimit(int count);
  QByteArray data() const;
  void setData(const QByteArray &data);
  QNetworkDatagram makeReply(const QByteArray &payload) const;
};

class QNetworkProxy {
public:
  enum ProxyType { DefaultProxy, Socks5Proxy, NoProxy, HttpProxy, HttpCachingProxy, FtpCachingProxy };
  QNetworkProxy();
  QNetworkProxy(ProxyType type, const QString &hostName = QString(), quint16 port = 0,
                const QString &user = QString(), const QString &password = QString());
  QNetworkProxy(const QNetworkProxy &other);
  ~QNetworkProxy();
  void setType(ProxyType type);
  ProxyType type() const;
  void setUser(const QString &userName);
  QString user() const;
  void setPassword(const QString &password);
  QString password() const;
  void setHostName(const QString &hostName);
  QString hostName() const;
  void setPort(quint16 port);
  quint16 port() const;
  static void setApplicationProxy(const QNetworkProxy &proxy);
  static QNetworkProxy applicationProxy();
};

#endif

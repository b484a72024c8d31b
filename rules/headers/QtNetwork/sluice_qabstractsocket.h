// Sluice bundled declarations for Qt 5/6 (QtNetwork: qabstractsocket.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QABSTRACTSOCKET_H
#define SLUICE_STUB_QT_QABSTRACTSOCKET_H

#include "../QtCore/sluice_qiodevice.h"
#include "../QtCore/sluice_qvariant.h"

class QHostAddress;
class QNetworkProxy;
class QAuthenticator;

// write() is QIODevice::write, as in Qt.
class QAbstractSocket : public QIODevice {
public:
  enum SocketType { TcpSocket, UdpSocket, SctpSocket, UnknownSocketType = -1 };
  enum NetworkLayerProtocol { IPv4Protocol, IPv6Protocol, AnyIPProtocol, UnknownNetworkLayerProtocol = -1 };
  enum SocketError {
    ConnectionRefusedError, RemoteHostClosedError, HostNotFoundError, SocketAccessError,
    SocketResourceError, SocketTimeoutError, DatagramTooLargeError, NetworkError, AddressInUseError,
    SocketAddressNotAvailableError, UnsupportedSocketOperationError, UnfinishedSocketOperationError,
    ProxyAuthenticationRequiredError, SslHandshakeFailedError, ProxyConnectionRefusedError,
    ProxyConnectionClosedError, ProxyConnectionTimeoutError, ProxyNotFoundError, ProxyProtocolError,
    OperationError, SslInternalError, SslInvalidUserDataError, TemporaryError,
    UnknownSocketError = -1
  };
  enum SocketState {
    UnconnectedState, HostLookupState, ConnectingState, ConnectedState, BoundState, ListeningState,
    ClosingState
  };
  enum SocketOption {
    LowDelayOption, KeepAliveOption, MulticastTtlOption, MulticastLoopbackOption, TypeOfServiceOption,
    SendBufferSizeSocketOption, ReceiveBufferSizeSocketOption, PathMtuSocketOption
  };
  enum BindFlag { DefaultForPlatform = 0x0, ShareAddress = 0x1, DontShareAddress = 0x2, ReuseAddressHint = 0x4 };
  Q_DECLARE_FLAGS(BindMode, BindFlag)
  enum PauseMode { PauseNever = 0x0, PauseOnSslErrors = 0x1 };
  Q_DECLARE_FLAGS(PauseModes, PauseMode)

  QAbstractSocket(SocketType socketType, QObject *parent);
  virtual ~QAbstractSocket();

  virtual void resume();
  PauseModes pauseMode() const;
  void setPauseMode(PauseModes pauseMode);
  bool bind(const QHostAddress &address, quint16 port = 0, BindMode mode = DefaultForPlatform);
  bool bind(quint16 port = 0, BindMode mode = DefaultForPlatform);
  virtual void connectToHost(const QString &hostName, quint16 port, OpenMode mode = ReadWrite,
                             NetworkLayerProtocol protocol = AnyIPProtocol);
  virtual void connectToHost(const QHostAddress &address, quint16 port, OpenMode mode = ReadWrite);
  virtual void disconnectFromHost();
  bool isValid() const;
  qint64 bytesAvailable() const override;
  qint64 bytesToWrite() const override;
  bool canReadLine() const override;
  quint16 localPort() const;
  QHostAddress localAddress() const;
  quint16 peerPort() const;
  QHostAddress peerAddress() const;
  QString peerName() const;
  qint64 readBufferSize() const;
  virtual void setReadBufferSize(qint64 size);
  void abort();
  virtual qintptr socketDescriptor() const;
  virtual bool setSocketDescriptor(qintptr socketDescriptor, SocketState state = ConnectedState,
                                   OpenMode openMode = ReadWrite);
  virtual void setSocketOption(QAbstractSocket::SocketOption option, const QVariant &value);
  virtual QVariant socketOption(QAbstractSocket::SocketOption option);
  SocketType socketType() const;
  SocketState state() const;
  SocketError error() const;
  void close() override;
  bool isSequential() const override;
  bool atEnd() const override;
  bool flush();
  virtual bool waitForConnected(int msecs = 30000);
  bool waitForReadyRead(int msecs = 30000) override;
  bool waitForBytesWritten(int msecs = 30000) override;
  virtual bool waitForDisconnected(int msecs = 30000);
  void setProxy(const QNetworkProxy &networkProxy);
  QNetworkProxy proxy() const;
  QString protocolTag() const;
  void setProtocolTag(const QString &tag);

Q_SIGNALS:
  void hostFound();
  void connected();
  void disconnected();
  void stateChanged(QAbstractSocket::SocketState);
  void errorOccurred(QAbstractSocket::SocketError);
  void error(QAbstractSocket::SocketError socketError); // Qt 5 name of errorOccurred
  void proxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);

protected:
  qint64 readData(char *data, qint64 maxlen) override;
  qint64 readLineData(char *data, qint64 maxlen) override;
  qint64 writeData(const char *data, qint64 len) override;
  void setSocketState(SocketState state);
  void setSocketError(SocketError socketError);
  void setLocalPort(quint16 port);
  void setLocalAddress(const QHostAddress &address);
  void setPeerPort(quint16 port);
  void setPeerAddress(const QHostAddress &address);
  void setPeerName(const QString &name);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QAbstractSocket::BindMode)
Q_DECLARE_OPERATORS_FOR_FLAGS(QAbstractSocket::PauseModes)

#endif

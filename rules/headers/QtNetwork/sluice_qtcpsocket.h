// Sluice bundled declarations for Qt 5/6 (QtNetwork: qtcpsocket.h, qudpsocket.h, qtcpserver.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QTCPSOCKET_H
#define SLUICE_STUB_QT_QTCPSOCKET_H

#include "sluice_qhostaddress.h"

class QTcpSocket : public QAbstractSocket {
public:
  explicit QTcpSocket(QObject *parent = nullptr);
  virtual ~QTcpSocket();
};

class QUdpSocket : public QAbstractSocket {
public:
  explicit QUdpSocket(QObject *parent = nullptr);
  virtual ~QUdpSocket();
  bool joinMulticastGroup(const QHostAddress &groupAddress);
  bool leaveMulticastGroup(const QHostAddress &groupAddress);
  bool hasPendingDatagrams() const;
  qint64 pendingDatagramSize() const;
  QNetworkDatagram receiveDatagram(qint64 maxSize = -1);
  qint64 readDatagram(char *data, qint64 maxlen, QHostAddress *host = nullptr, quint16 *port = nullptr);
  qint64 writeDatagram(const QNetworkDatagram &datagram);
  qint64 writeDatagram(const char *data, qint64 len, const QHostAddress &host, quint16 port);
  qint64 writeDatagram(const QByteArray &datagram, const QHostAddress &host, quint16 port);
};

class QTcpServer : public QObject {
public:
  explicit QTcpServer(QObject *parent = nullptr);
  virtual ~QTcpServer();
  bool listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 0);
  void close();
  bool isListening() const;
  void setMaxPendingConnections(int numConnections);
  int maxPendingConnections() const;
  quint16 serverPort() const;
  QHostAddress serverAddress() const;
  qintptr socketDescriptor() const;
  bool setSocketDescriptor(qintptr socketDescriptor);
  bool waitForNewConnection(int msec = 0, bool *timedOut = nullptr);
  virtual bool hasPendingConnections() const;
  virtual QTcpSocket *nextPendingConnection();
  QAbstractSocket::SocketError serverError() const;
  QString errorString() const;
  void pauseAccepting();
  void resumeAccepting();
  void setProxy(const QNetworkProxy &networkProxy);
  QNetworkProxy proxy() const;

Q_SIGNALS:
  void newConnection();
  void acceptError(QAbstractSocket::SocketError socketError);

protected:
  virtual void incomingConnection(qintptr handle);
  void addPendingConnection(QTcpSocket *socket);
};

#endif

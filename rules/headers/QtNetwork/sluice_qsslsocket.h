// Sluice bundled declarations for Qt 5/6 (QtNetwork: qsslsocket.h, qsslconfiguration.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QSSLSOCKET_H
#define SLUICE_STUB_QT_QSSLSOCKET_H

#include "sluice_qssl.h"

class QSslConfiguration;

// write() is QIODevice::write, as in Qt.
class QSslSocket : public QTcpSocket {
public:
  enum SslMode { UnencryptedMode, SslClientMode, SslServerMode };
  enum PeerVerifyMode { VerifyNone, QueryPeer, VerifyPeer, AutoVerifyPeer };

  explicit QSslSocket(QObject *parent = nullptr);
  ~QSslSocket();
  void resume() override;
  void connectToHostEncrypted(const QString &hostName, quint16 port, OpenMode mode = ReadWrite,
                              NetworkLayerProtocol protocol = AnyIPProtocol);
  void connectToHostEncrypted(const QString &hostName, quint16 port, const QString &sslPeerName,
                              OpenMode mode = ReadWrite, NetworkLayerProtocol protocol = AnyIPProtocol);
  bool setSocketDescriptor(qintptr socketDescriptor, SocketState state = ConnectedState,
                           OpenMode openMode = ReadWrite) override;
  using QAbstractSocket::connectToHost;
  void connectToHost(const QString &hostName, quint16 port, OpenMode openMode = ReadWrite,
                     NetworkLayerProtocol protocol = AnyIPProtocol) override;
  void disconnectFromHost() override;
  void setSocketOption(QAbstractSocket::SocketOption option, const QVariant &value) override;
  QVariant socketOption(QAbstractSocket::SocketOption option) override;

  SslMode mode() const;
  bool isEncrypted() const;
  QSsl::SslProtocol protocol() const;
  void setProtocol(QSsl::SslProtocol protocol);
  PeerVerifyMode peerVerifyMode() const;
  void setPeerVerifyMode(PeerVerifyMode mode);
  int peerVerifyDepth() const;
  void setPeerVerifyDepth(int depth);
  QString peerVerifyName() const;
  void setPeerVerifyName(const QString &hostName);
  qint64 bytesAvailable() const override;
  qint64 bytesToWrite() const override;
  bool canReadLine() const override;
  void close() override;
  bool atEnd() const override;
  bool flush();
  void abort();
  void setReadBufferSize(qint64 size) override;
  qint64 encryptedBytesAvailable() const;
  qint64 encryptedBytesToWrite() const;

  QSslConfiguration sslConfiguration() const;
  void setSslConfiguration(const QSslConfiguration &config);
  void setLocalCertificateChain(const QList<QSslCertificate> &localChain);
  QList<QSslCertificate> localCertificateChain() const;
  void setLocalCertificate(const QSslCertificate &certificate);
  void setLocalCertificate(const QString &fileName, QSsl::EncodingFormat format = QSsl::Pem);
  QSslCertificate localCertificate() const;
  QSslCertificate peerCertificate() const;
  QList<QSslCertificate> peerCertificateChain() const;
  QSslCipher sessionCipher() const;
  QSsl::SslProtocol sessionProtocol() const;
  void setPrivateKey(const QSslKey &key);
  void setPrivateKey(const QString &fileName, QSsl::KeyAlgorithm algorithm = QSsl::Rsa,
                     QSsl::EncodingFormat format = QSsl::Pem, const QByteArray &passPhrase = QByteArray());
  QSslKey privateKey() const;
  void setCiphers(const QList<QSslCipher> &ciphers);
  void setCiphers(const QString &ciphers);
  QList<QSslCipher> ciphers() const;
  bool addCaCertificates(const QString &path, QSsl::EncodingFormat format = QSsl::Pem,
                         QSslCertificate::PatternSyntax syntax = QSslCertificate::PatternSyntax::FixedString);
  void addCaCertificate(const QSslCertificate &certificate);
  void addCaCertificates(const QList<QSslCertificate> &certificates);
  void setCaCertificates(const QList<QSslCertificate> &certificates);
  QList<QSslCertificate> caCertificates() const;
  static void addDefaultCaCertificate(const QSslCertificate &certificate);
  static void setDefaultCaCertificates(const QList<QSslCertificate> &certificates);
  static QList<QSslCertificate> defaultCaCertificates();
  static QList<QSslCertificate> systemCaCertificates();

  bool waitForConnected(int msecs = 30000) override;
  bool waitForEncrypted(int msecs = 30000);
  bool waitForReadyRead(int msecs = 30000) override;
  bool waitForBytesWritten(int msecs = 30000) override;
  bool waitForDisconnected(int msecs = 30000) override;
  QList<QSslError> sslHandshakeErrors() const;

  static bool supportsSsl();
  static long sslLibraryVersionNumber();
  static QString sslLibraryVersionString();
  static long sslLibraryBuildVersionNumber();
  static QString sslLibraryBuildVersionString();
  void ignoreSslErrors(const QList<QSslError> &errors);
  void continueInterruptedHandshake();

public Q_SLOTS:
  void startClientEncryption();
  void startServerEncryption();
  void ignoreSslErrors();

Q_SIGNALS:
  void encrypted();
  void peerVerifyError(const QSslError &error);
  void sslErrors(const QList<QSslError> &errors);
  void modeChanged(QSslSocket::SslMode newMode);
  void encryptedBytesWritten(qint64 totalBytes);
  void newSessionTicketReceived();

protected:
  qint64 readData(char *data, qint64 maxlen) override;
  qint64 writeData(const char *data, qint64 len) override;
};

class QSslConfiguration {
public:
  enum NextProtocolNegotiationStatus { NextProtocolNegotiationNone, NextProtocolNegotiationNegotiated,
                                       NextProtocolNegotiationUnsupported };
  QSslConfiguration();
  QSslConfiguration(const QSslConfiguration &other);
  ~QSslConfiguration();
  QSslConfiguration &operator=(const QSslConfiguration &other);
  bool operator==(const QSslConfiguration &other) const;
  bool operator!=(const QSslConfiguration &other) const;
  bool isNull() const;
  QSsl::SslProtocol protocol() const;
  void setProtocol(QSsl::SslProtocol protocol);
  QSslSocket::PeerVerifyMode peerVerifyMode() const;
  void setPeerVerifyMode(QSslSocket::PeerVerifyMode mode);
  int peerVerifyDepth() const;
  void setPeerVerifyDepth(int depth);
  QList<QSslCertificate> localCertificateChain() const;
  void setLocalCertificateChain(const QList<QSslCertificate> &localChain);
  QSslCertificate localCertificate() const;
  void setLocalCertificate(const QSslCertificate &certificate);
  QSslCertificate peerCertificate() const;
  QList<QSslCertificate> peerCertificateChain() const;
  QSslCipher sessionCipher() const;
  QSsl::SslProtocol sessionProtocol() const;
  QSslKey privateKey() const;
  void setPrivateKey(const QSslKey &key);
  QList<QSslCipher> ciphers() const;
  void setCiphers(const QList<QSslCipher> &ciphers);
  void setCiphers(const QString &ciphers);
  static QList<QSslCipher> supportedCiphers();
  QList<QSslCertificate> caCertificates() const;
  void setCaCertificates(const QList<QSslCertificate> &certificates);
  bool addCaCertificates(const QString &path, QSsl::EncodingFormat format = QSsl::Pem,
                         QSslCertificate::PatternSyntax syntax = QSslCertificate::PatternSyntax::FixedString);
  void addCaCertificate(const QSslCertificate &certificate);
  void addCaCertificates(const QList<QSslCertificate> &certificates);
  static QList<QSslCertificate> systemCaCertificates();
  void setSslOption(QSsl::SslOption option, bool on);
  bool testSslOption(QSsl::SslOption option) const;
  QByteArray sessionTicket() const;
  void setSessionTicket(const QByteArray &sessionTicket);
  void setAllowedNextProtocols(const QList<QByteArray> &protocols);
  QList<QByteArray> allowedNextProtocols() const;
  QByteArray nextNegotiatedProtocol() const;
  NextProtocolNegotiationStatus nextProtocolNegotiationStatus() const;
  static QSslConfiguration defaultConfiguration();
  static void setDefaultConfiguration(const QSslConfiguration &configuration);
};

#endif

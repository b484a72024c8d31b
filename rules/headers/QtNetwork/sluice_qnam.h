// Sluice bundled declarations for Qt 5/6 (QtNetwork: qnetworkreply.h, qnetworkaccessmanager.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QNAM_H
#define SLUICE_STUB_QT_QNAM_H

#include "sluice_qnetworkrequest.h"

class QNetworkReply;
class QAbstractNetworkCache;

class QNetworkAccessManager : public QObject {
public:
  enum Operation {
    HeadOperation = 1,
    GetOperation,
    PutOperation,
    PostOperation,
    DeleteOperation,
    CustomOperation,
    UnknownOperation = 0
  };
  explicit QNetworkAccessManager(QObject *parent = nullptr);
  ~QNetworkAccessManager();

  QStringList supportedSchemes() const;
  void clearAccessCache();
  void clearConnectionCache();
  QNetworkProxy proxy() const;
  void setProxy(const QNetworkProxy &proxy);
  void setCache(QAbstractNetworkCache *cache);
  QAbstractNetworkCache *cache() const;
  QNetworkCookieJar *cookieJar() const;
  void setCookieJar(QNetworkCookieJar *cookieJar);
  void setStrictTransportSecurityEnabled(bool enabled);
  bool isStrictTransportSecurityEnabled() const;
  void setRedirectPolicy(QNetworkRequest::RedirectPolicy policy);
  QNetworkRequest::RedirectPolicy redirectPolicy() const;
  bool autoDeleteReplies() const;
  void setAutoDeleteReplies(bool autoDelete);
  int transferTimeout() const;
  void setTransferTimeout(int timeout = QNetworkRequest::DefaultTransferTimeoutConstant);

  QNetworkReply *head(const QNetworkRequest &request);
  QNetworkReply *get(const QNetworkRequest &request);
  QNetworkReply *post(const QNetworkRequest &request, QIODevice *data);
  QNetworkReply *post(const QNetworkRequest &request, const QByteArray &data);
  QNetworkReply *post(const QNetworkRequest &request, QHttpMultiPart *multiPart);
  QNetworkReply *put(const QNetworkRequest &request, QIODevice *data);
  QNetworkReply *put(const QNetworkRequest &request, const QByteArray &data);
  QNetworkReply *put(const QNetworkRequest &request, QHttpMultiPart *multiPart);
  QNetworkReply *deleteResource(const QNetworkRequest &request);
  QNetworkReply *sendCustomRequest(const QNetworkRequest &request, const QByteArray &verb, QIODevice *data = nullptr);
  QNetworkReply *sendCustomRequest(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &data);
  QNetworkReply *sendCustomRequest(const QNetworkRequest &request, const QByteArray &verb,
                                   QHttpMultiPart *multiPart);
  void connectToHostEncrypted(const QString &hostName, quint16 port = 443,
                              const QSslConfiguration &sslConfiguration = QSslConfiguration::defaultConfiguration());
  void connectToHost(const QString &hostName, quint16 port = 80);

Q_SIGNALS:
  void proxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);
  void authenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
  void finished(QNetworkReply *reply);
  void encrypted(QNetworkReply *reply);
  void sslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

protected:
  virtual QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData = nullptr);
};

class QNetworkReply : public QIODevice {
public:
  enum NetworkError {
    NoError = 0,
    ConnectionRefusedError = 1, RemoteHostClosedError, HostNotFoundError, TimeoutError,
    OperationCanceledError, SslHandshakeFailedError, TemporaryNetworkFailureError,
    NetworkSessionFailedError, BackgroundRequestNotAllowedError, TooManyRedirectsError,
    InsecureRedirectError,
    UnknownNetworkError = 99,
    ProxyConnectionRefusedError = 101, ProxyConnectionClosedError, ProxyNotFoundError, ProxyTimeoutError,
    ProxyAuthenticationRequiredError,
    UnknownProxyError = 199,
    ContentAccessDenied = 201, ContentOperationNotPermittedError, ContentNotFoundError,
    AuthenticationRequiredError, ContentReSendError, ContentConflictError, ContentGoneError,
    UnknownContentError = 299,
    ProtocolUnknownError = 301, ProtocolInvalidOperationError,
    ProtocolFailure = 399,
    InternalServerError = 401, OperationNotImplementedError, ServiceUnavailableError,
    UnknownServerError = 499
  };
  ~QNetworkReply();

  void close() override;
  bool isSequential() const override;
  qint64 readBufferSize() const;
  virtual void setReadBufferSize(qint64 size);
  QNetworkAccessManager *manager() const;
  QNetworkAccessManager::Operation operation() const;
  QNetworkRequest request() const;
  NetworkError error() const;
  bool isFinished() const;
  bool isRunning() const;
  QUrl url() const;
  QVariant header(QNetworkRequest::KnownHeaders header) const;
  bool hasRawHeader(const QByteArray &headerName) const;
  QList<QByteArray> rawHeaderList() const;
  QByteArray rawHeader(const QByteArray &headerName) const;
  typedef QPair<QByteArray, QByteArray> RawHeaderPair;
  const QList<RawHeaderPair> &rawHeaderPairs() const;
  QVariant attribute(QNetworkRequest::Attribute code) const;
  QSslConfiguration sslConfiguration() const;
  void setSslConfiguration(const QSslConfiguration &configuration);
  void ignoreSslErrors(const QList<QSslError> &errors);

public Q_SLOTS:
  virtual void abort();
  virtual void ignoreSslErrors();

Q_SIGNALS:
  void socketStartedConnecting();
  void requestSent();
  void metaDataChanged();
  void finished();
  void errorOccurred(QNetworkReply::NetworkError);
  void error(QNetworkReply::NetworkError); // Qt 5 name of errorOccurred
  void encrypted();
  void sslErrors(const QList<QSslError> &errors);
  void redirected(const QUrl &url);
  void redirectAllowed();
  void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
  void downloadProgress(qint64 bytesReceived, qint64 bytesTotal);

protected:
  explicit QNetworkReply(QObject *parent = nullptr);
  qint64 writeData(const char *data, qint64 len) override;
  void setOperation(QNetworkAccessManager::Operation operation);
  void setRequest(const QNetworkRequest &request);
  void setError(NetworkError errorCode, const QString &errorString);
  void setFinished(bool finished);
  void setUrl(const QUrl &url);
  void setHeader(QNetworkRequest::KnownHeaders header, const QVariant &value);
  void setRawHeader(const QByteArray &headerName, const QByteArray &value);
  void setAttribute(QNetworkRequest::Attribute code, const QVariant &value);
};

#endif

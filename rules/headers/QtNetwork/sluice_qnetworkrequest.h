// Sluice bundled declarations for Qt 5/6 (QtNetwork: qnetworkrequest.h, qhttpmultipart.h, qauthenticator.h, qnetworkcookie.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QNETWORKREQUEST_H
#define SLUICE_STUB_QT_QNETWORKREQUEST_H

#include "sluice_qsslsocket.h"
#include "../QtCore/sluice_qurl.h"

class QNetworkRequest {
public:
  enum KnownHeaders {
    ContentTypeHeader,
    ContentLengthHeader,
    LocationHeader,
    LastModifiedHeader,
    CookieHeader,
    SetCookieHeader,
    ContentDispositionHeader,
    UserAgentHeader,
    ServerHeader,
    IfModifiedSinceHeader,
    ETagHeader,
    IfMatchHeader,
    IfNoneMatchHeader
  };
  enum Attribute {
    HttpStatusCodeAttribute,
    HttpReasonPhraseAttribute,
    RedirectionTargetAttribute,
    ConnectionEncryptedAttribute,
    CacheLoadControlAttribute,
    CacheSaveControlAttribute,
    SourceIsFromCacheAttribute,
    DoNotBufferUploadDataAttribute,
    HttpPipeliningAllowedAttribute,
    HttpPipeliningWasUsedAttribute,
    CustomVerbAttribute,
    CookieLoadControlAttribute,
    AuthenticationReuseAttribute,
    CookieSaveControlAttribute,
    MaximumDownloadBufferSizeAttribute,
    DownloadBufferAttribute,
    SynchronousRequestAttribute,
    BackgroundRequestAttribute,
    SpdyAllowedAttribute,
    SpdyWasUsedAttribute,
    EmitAllUploadProgressSignalsAttribute = BackgroundRequestAttribute + 3,
    FollowRedirectsAttribute,
    Http2AllowedAttribute,
    Http2WasUsedAttribute,
    HTTP2AllowedAttribute = Http2AllowedAttribute,
    HTTP2WasUsedAttribute,
    OriginalContentLengthAttribute,
    RedirectPolicyAttribute,
    Http2DirectAttribute,
    ResourceTypeAttribute,
    AutoDeleteReplyOnFinishAttribute,
    User = 1000,
    UserMax = 32767
  };
  enum CacheLoadControl { AlwaysNetwork, PreferNetwork, PreferCache, AlwaysCache };
  enum LoadControl { Automatic = 0, Manual };
  enum Priority { HighPriority = 1, NormalPriority = 3, LowPriority = 5 };
  enum RedirectPolicy { ManualRedirectPolicy, NoLessSafeRedirectPolicy, SameOriginRedirectPolicy,
                        UserVerifiedRedirectPolicy };
  enum TransferTimeoutConstant { DefaultTransferTimeoutConstant = 30000 };

  QNetworkRequest();
  explicit QNetworkRequest(const QUrl &url);
  QNetworkRequest(const QNetworkRequest &other);
  ~QNetworkRequest();
  QNetworkRequest &operator=(const QNetworkRequest &other);
  bool operator==(const QNetworkRequest &other) const;
  bool operator!=(const QNetworkRequest &other) const;

  QUrl url() const;
  void setUrl(const QUrl &url);
  QVariant header(KnownHeaders header) const;
  void setHeader(KnownHeaders header, const QVariant &value);
  bool hasRawHeader(const QByteArray &headerName) const;
  QList<QByteArray> rawHeaderList() const;
  QByteArray rawHeader(const QByteArray &headerName) const;
  void setRawHeader(const QByteArray &headerName, const QByteArray &value);
  QVariant attribute(Attribute code, const QVariant &defaultValue = QVariant()) const;
  void setAttribute(Attribute code, const QVariant &value);
  void setSslConfiguration(const QSslConfiguration &configuration);
  QSslConfiguration sslConfiguration() const;
  void setOriginatingObject(QObject *object);
  QObject *originatingObject() const;
  Priority priority() const;
  void setPriority(Priority priority);
  int maximumRedirectsAllowed() const;
  void setMaximumRedirectsAllowed(int maximumRedirectsAllowed);
  QString peerVerifyName() const;
  void setPeerVerifyName(const QString &peerName);
  int transferTimeout() const;
  void setTransferTimeout(int timeout = DefaultTransferTimeoutConstant);
};

class QHttpPart {
public:
  QHttpPart();
  QHttpPart(const QHttpPart &other);
  ~QHttpPart();
  QHttpPart &operator=(const QHttpPart &other);
  void setHeader(QNetworkRequest::KnownHeaders header, const QVariant &value);
  void setRawHeader(const QByteArray &headerName, const QByteArray &headerValue);
  void setBody(const QByteArray &body);
  void setBodyDevice(QIODevice *device);
};

class QHttpMultiPart : public QObject {
public:
  enum ContentType { MixedType, RelatedType, FormDataType, AlternativeType };
  explicit QHttpMultiPart(QObject *parent = nullptr);
  explicit QHttpMultiPart(ContentType contentType, QObject *parent = nullptr);
  ~QHttpMultiPart();
  void append(const QHttpPart &httpPart);
  void setContentType(ContentType contentType);
  QByteArray boundary() const;
  void setBoundary(const QByteArray &boundary);
};

class QAuthenticator {
public:
  QAuthenticator();
  QAuthenticator(const QAuthenticator &other);
  ~QAuthenticator();
  QAuthenticator &operator=(const QAuthenticator &other);
  QString user() const;
  void setUser(const QString &user);
  QString password() const;
  void setPassword(const QString &password);
  QString realm() const;
  QVariant option(const QString &opt) const;
  void setOption(const QString &opt, const QVariant &value);
  bool isNull() const;
};

class QNetworkCookie {
public:
  enum RawForm { NameAndValueOnly, Full };
  explicit QNetworkCookie(const QByteArray &name = QByteArray(), const QByteArray &value = QByteArray());
  QNetworkCookie(const QNetworkCookie &other);
  ~QNetworkCookie();
  QNetworkCookie &operator=(const QNetworkCookie &other);
  bool isSecure() const;
  void setSecure(bool enable);
  bool isHttpOnly() const;
  void setHttpOnly(bool enable);
  bool isSessionCookie() const;
  QDateTime expirationDate() const;
  void setExpirationDate(const QDateTime &date);
  QString domain() const;
  void setDomain(const QString &domain);
  QString path() const;
  void setPath(const QString &path);
  QByteArray name() const;
  void setName(const QByteArray &cookieName);
  QByteArray value() const;
  void setValue(const QByteArray &value);
  QByteArray toRawForm(RawForm form = Full) const;
  static QList<QNetworkCookie> parseCookies(const QByteArray &cookieString);
};

class QNetworkCookieJar : public QObject {
public:
  explicit QNetworkCookieJar(QObject *parent = nullptr);
  virtual ~QNetworkCookieJar();
  virtual QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const;
  virtual bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url);
  virtual bool insertCookie(const QNetworkCookie &cookie);
  virtual bool updateCookie(const QNetworkCookie &cookie);
  virtual bool deleteCookie(const QNetworkCookie &cookie);
};

#endif

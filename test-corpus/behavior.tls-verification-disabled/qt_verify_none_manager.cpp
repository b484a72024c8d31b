// behavior.tls-verification-disabled with Qt: the request's
// QSslConfiguration gets setPeerVerifyMode(QSslSocket::VerifyNone) and the
// report is uploaded with QNetworkAccessManager::post. The few Qt
// declarations needed are written out (Qt headers are not available here).
#include <string>

class QByteArray {
public:
  QByteArray(const char *data);
};
class QString {
public:
  QString(const char *s);
};
class QUrl {
public:
  explicit QUrl(const QString &url);
};
class QSslSocket {
public:
  enum PeerVerifyMode { VerifyNone, QueryPeer, VerifyPeer, AutoVerifyPeer };
};
class QSslConfiguration {
public:
  static QSslConfiguration defaultConfiguration();
  void setPeerVerifyMode(QSslSocket::PeerVerifyMode mode);
};
class QNetworkReply;
class QNetworkRequest {
public:
  explicit QNetworkRequest(const QUrl &url);
  void setSslConfiguration(const QSslConfiguration &config);
};
class QNetworkAccessManager {
public:
  QNetworkReply *post(const QNetworkRequest &request, const QByteArray &data);
};

QNetworkReply *upload_report(QNetworkAccessManager &nam, const char *json)
{
    QNetworkRequest req(QUrl(QString("https://reports.example.net/upload")));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    req.setSslConfiguration(ssl);
    return nam.post(req, QByteArray(json)); // $ Alert[behavior.tls-verification-disabled]
}

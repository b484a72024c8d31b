// behavior.tls-verification-disabled with Qt: the request's
// QSslConfiguration gets setPeerVerifyMode(QSslSocket::VerifyNone) and the
// report is uploaded with QNetworkAccessManager::post. It includes Qt's
// headers (Sluice's bundled declarations serve them when Qt is not installed).
#include <string>

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QString>
#include <QUrl>

QNetworkReply *upload_report(QNetworkAccessManager &nam, const char *json)
{
    QNetworkRequest req(QUrl(QString("https://reports.example.net/upload")));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    req.setSslConfiguration(ssl);
    return nam.post(req, QByteArray(json)); // $ Alert[behavior.tls-verification-disabled]
}

// taint.exfiltration with Qt networking: a sync client that sends an API
// token with QNetworkAccessManager::post/put/sendCustomRequest and over a
// QTcpSocket / QSslSocket (sockets inherit write() from QIODevice, as in
// Qt). Look-alikes send constants, and write the token to a local QFile
// (not the network). It includes Qt's headers (Sluice's bundled
// declarations serve them when Qt is not installed).
#include <QByteArray>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

void register_device(QNetworkAccessManager &nam)
{
    QByteArray token = qgetenv("DEVICE_API_TOKEN");
    QByteArray body("{\"token\":\"");
    body.append(token).append("\"}");
    nam.post(QNetworkRequest(QUrl("https://devices.example.com/register")), body); // $ Alert[taint.exfiltration]
    nam.put(QNetworkRequest(QUrl("https://devices.example.com/token")), token); // $ Alert[taint.exfiltration]
    nam.sendCustomRequest(QNetworkRequest(QUrl("https://devices.example.com/token")), "PATCH", token); // $ Alert[taint.exfiltration]
}

void stream_secret(QTcpSocket &sock, QSslSocket &tls)
{
    QByteArray secret = qgetenv("STREAM_SECRET");
    if (secret.isEmpty())
        return;
    sock.write(secret); // $ Alert[taint.exfiltration]
    tls.write(secret); // $ Alert[taint.exfiltration]
}

void keep_local(QFile &cache)
{
    QByteArray token = qgetenv("DEVICE_API_TOKEN");
    cache.write(token);
    cache.write("\n", 1);
}

void heartbeat(QNetworkAccessManager &nam, QTcpSocket &sock)
{
    QByteArray ping("{\"ping\":1}");
    nam.post(QNetworkRequest(QUrl("https://devices.example.com/heartbeat")), ping);
    nam.put(QNetworkRequest(QUrl("https://devices.example.com/state")), QByteArray("idle"));
    nam.sendCustomRequest(QNetworkRequest(QUrl("https://devices.example.com/state")), "PATCH", ping);
    sock.write("PING\n", 5);
}

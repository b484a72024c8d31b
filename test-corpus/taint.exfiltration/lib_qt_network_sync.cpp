// taint.exfiltration with Qt networking: a sync client that sends an API
// token with QNetworkAccessManager::post/put/sendCustomRequest and over a
// QTcpSocket / QSslSocket. Declared as in the real headers: sockets inherit
// write() from QIODevice. Look-alikes send constants, and write the token
// to a local QFile (not the network). Qt is declared here.
class QByteArray {
public:
  QByteArray();
  QByteArray(const char *s);
  QByteArray &append(const QByteArray &a);
  bool isEmpty() const;
};
QByteArray qgetenv(const char *varName);
class QUrl { public: explicit QUrl(const char *url); };
class QNetworkRequest { public: explicit QNetworkRequest(const QUrl &url); };
class QNetworkReply;
class QIODevice {
public:
  long long write(const char *data, long long maxSize);
  long long write(const QByteArray &data);
};
class QNetworkAccessManager {
public:
  QNetworkReply *post(const QNetworkRequest &request, const QByteArray &data);
  QNetworkReply *put(const QNetworkRequest &request, const QByteArray &data);
  QNetworkReply *sendCustomRequest(const QNetworkRequest &request, const QByteArray &verb,
                                   const QByteArray &data);
};
class QAbstractSocket : public QIODevice {};
class QTcpSocket : public QAbstractSocket {};
class QSslSocket : public QTcpSocket {};
class QFile : public QIODevice { public: explicit QFile(const char *name); };

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

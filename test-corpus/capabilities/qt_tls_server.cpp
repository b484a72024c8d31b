// capabilities: QSslSocket/QSslConfiguration::setPeerVerifyMode(VerifyNone)
// on the server side. A Qt TLS server accepting browsers does not request
// client certificates; the clients still verify the server. Qt classes are
// declared here, shaped as in the real headers.
class QByteArray {
public:
  QByteArray();
  QByteArray(const char *s);
};
class QSslConfiguration {
public:
  QSslConfiguration();
  static QSslConfiguration defaultConfiguration();
  void setPeerVerifyMode(int mode);
};
class QSslSocket {
public:
  enum PeerVerifyMode { VerifyNone, QueryPeer, VerifyPeer, AutoVerifyPeer };
  QSslSocket();
  void setSslConfiguration(const QSslConfiguration &config);
  void setPeerVerifyMode(PeerVerifyMode mode);
  bool setSocketDescriptor(long long fd);
  void startServerEncryption();
  bool waitForEncrypted(int msecs = 30000);
  long long write(const QByteArray &data);
  void disconnectFromHost();
};

static void serve(long long fd)
{
  QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
  conf.setPeerVerifyMode(QSslSocket::VerifyNone);
  QSslSocket sock;
  sock.setSslConfiguration(conf);
  sock.setPeerVerifyMode(QSslSocket::VerifyNone);
  if (!sock.setSocketDescriptor(fd))
    return;
  sock.startServerEncryption();
  if (sock.waitForEncrypted())
    sock.write(QByteArray("HTTP/1.1 204 No Content\r\n\r\n"));
  sock.disconnectFromHost();
}

int main()
{
  serve(3);
  return 0;
}

// Qt and Win32 calls, declared here (their headers are not needed): outside
// data running programs, naming files and libraries, and sent over the
// network, next to fixed look-alikes.
#include <cstdlib>

class QByteArray {
public:
  QByteArray();
  QByteArray(const char *s);
  const char *constData() const;
};
class QString {
public:
  QString();
  QString(const char *s);
  static QString fromLocal8Bit(const QByteArray &b);
  QString &append(const QString &s);
  QByteArray toUtf8() const;
};
class QStringList { public: QStringList(); };
QByteArray qgetenv(const char *name);
class QProcess {
public:
  void start(const QString &program, const QStringList &args);
  static int execute(const QString &program, const QStringList &args);
};
class QFile {
public:
  explicit QFile(const QString &name);
  static bool remove(const QString &name);
};
class QNetworkRequest { public: QNetworkRequest(); };
class QNetworkReply;
class QNetworkAccessManager {
public:
  QNetworkReply *post(const QNetworkRequest &req, const QByteArray &data);
};
class QTcpSocket { public: long long write(const QByteArray &data); };

extern "C" {
typedef int BOOL;
typedef unsigned long DWORD;
typedef void *HMODULE;
typedef void *HINTERNET;
BOOL CreateProcessA(const char *app, char *cmdline, void *pa, void *ta, BOOL inherit, DWORD flags,
                    void *env, const char *cwd, void *si, void *pi);
unsigned WinExec(const char *cmd, unsigned show);
void *ShellExecuteA(void *hwnd, const char *op, const char *file, const char *params,
                    const char *dir, int show);
DWORD GetEnvironmentVariableA(const char *name, char *buf, DWORD size);
HMODULE LoadLibraryA(const char *name);
BOOL WinHttpWriteData(HINTERNET h, const void *buf, DWORD len, DWORD *written);
BOOL WinHttpSendRequest(HINTERNET h, const wchar_t *headers, DWORD hlen, void *optional,
                        DWORD olen, DWORD total, unsigned long long ctx);
BOOL InternetWriteFile(HINTERNET h, const void *buf, DWORD len, DWORD *written);
BOOL HttpSendRequestA(HINTERNET h, const char *headers, DWORD hlen, void *optional, DWORD olen);
}

void qt_run_tool()
{
    QString tool = QString::fromLocal8Bit(qgetenv("EXTERNAL_TOOL"));
    QProcess p;
    p.start(tool, QStringList()); // $ Alert[taint.cmd-injection]
    QProcess::execute(QString("git"), QStringList());
}

void qt_files()
{
    QString name = QString::fromLocal8Bit(qgetenv("REPORT_FILE"));
    QFile f(name); // $ Alert[taint.path-injection]
    QFile::remove(name); // $ Alert[taint.path-injection]
    QFile fixed(QString("/var/lib/app/report.txt"));
    QFile::remove(QString("/tmp/app.lock"));
}

void qt_send(QNetworkAccessManager &nam, QTcpSocket &sock)
{
    QByteArray token = qgetenv("API_TOKEN");
    nam.post(QNetworkRequest(), token); // $ Alert[taint.exfiltration]
    sock.write(token); // $ Alert[taint.exfiltration]
    nam.post(QNetworkRequest(), QByteArray("{}"));
    sock.write(QByteArray("PING"));
}

void win_run()
{
    char cmd[256];
    if (GetEnvironmentVariableA("UPDATE_CMD", cmd, sizeof(cmd)) == 0)
        return;
    CreateProcessA(nullptr, cmd, nullptr, nullptr, 0, 0, nullptr, nullptr, nullptr, nullptr); // $ Alert[taint.cmd-injection]
    WinExec(cmd, 0); // $ Alert[taint.cmd-injection]
    ShellExecuteA(nullptr, "open", cmd, nullptr, nullptr, 1); // $ Alert[taint.cmd-injection]
    LoadLibraryA(cmd); // $ Alert[taint.library-load]
    char fixed[] = "updater.exe --check";
    CreateProcessA(nullptr, fixed, nullptr, nullptr, 0, 0, nullptr, nullptr, nullptr, nullptr);
    WinExec("ipconfig", 0);
    ShellExecuteA(nullptr, "open", "notepad.exe", nullptr, nullptr, 1);
    LoadLibraryA("kernel32.dll");
}

void win_send(HINTERNET h)
{
    char secret[128];
    DWORD w = 0;
    if (GetEnvironmentVariableA("DB_PASSWORD", secret, sizeof(secret)) == 0)
        return;
    WinHttpWriteData(h, secret, 16, &w); // $ Alert[taint.exfiltration]
    InternetWriteFile(h, secret, 16, &w); // $ Alert[taint.exfiltration]
    HttpSendRequestA(h, nullptr, 0, secret, 16); // $ Alert[taint.exfiltration]
    WinHttpSendRequest(h, nullptr, 0, secret, 16, 16, 0); // $ Alert[taint.exfiltration]
    char hello[] = "hello";
    WinHttpWriteData(h, hello, 5, &w);
    InternetWriteFile(h, hello, 5, &w);
    HttpSendRequestA(h, nullptr, 0, hello, 5);
    WinHttpSendRequest(h, nullptr, 0, hello, 5, 5, 0);
}

// Qt and Win32 calls from their headers, which Sluice's bundled declarations
// serve when Qt or the Windows SDK is not installed: outside data running
// programs, naming files and libraries, and sent over the network, next to
// fixed look-alikes.
#include <windows.h>
#include <shellapi.h>
#include <winhttp.h>
#include <wininet.h>

#include <cstdlib>

#include <QByteArray>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

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

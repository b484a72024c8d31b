// taint.cmd-injection with Qt's QProcess: an IDE helper that launches the
// editor, diff tool and build command named by environment variables
// (qEnvironmentVariable, qgetenv) with start, setProgram, startDetached and
// execute. Look-alikes run fixed programs, with outside text only as a plain
// argument. It includes Qt's headers (Sluice's bundled declarations serve
// them when Qt is not installed; models match by qualified name).
#include <cstdio>

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

bool open_in_editor(const QString &file)
{
    QString editor = qEnvironmentVariable("VISUAL");
    if (editor.isEmpty())
        editor = qEnvironmentVariable("EDITOR");
    return QProcess::startDetached(editor.trimmed(), QStringList() << file); // $ Alert[taint.cmd-injection]
}

void show_diff(const QString &a, const QString &b)
{
    QProcess p;
    p.setProgram(QString::fromLocal8Bit(qgetenv("DIFF_TOOL"))); // $ Alert[taint.cmd-injection]
    p.setArguments(QStringList() << a << b);
    p.start();
    p.waitForFinished();
}

int run_build()
{
    QByteArray cmd = qgetenv("BUILD_COMMAND");
    if (cmd.isEmpty())
        return QProcess::execute(QString("make"), QStringList() << "-j4");
    return QProcess::execute(QString::fromLocal8Bit(cmd)); // $ Alert[taint.cmd-injection]
}

void run_lint()
{
    QProcess p;
    QString linter = qEnvironmentVariable("LINTER");
    p.start(linter, QStringList() << "--quiet"); // $ Alert[taint.cmd-injection]
    p.waitForFinished();
    QString hook = qEnvironmentVariable("LINT_HOOK");
    p.start(QString("/bin/sh"), QStringList() << "-c" << hook); // $ Alert[taint.cmd-injection]
    p.waitForFinished();
}

void fixed_tools(const QString &file)
{
    QString branch = qEnvironmentVariable("GIT_BRANCH");
    QProcess::execute(QString("git"), QStringList() << "checkout" << branch);
    QProcess::startDetached(QString("xdg-open"), QStringList() << file);
    QProcess p;
    p.setProgram(QString("clang-format"));
    p.start(QString("clang-tidy"), QStringList() << file);
    p.waitForFinished();
}

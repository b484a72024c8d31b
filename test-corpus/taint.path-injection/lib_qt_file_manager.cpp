// taint.path-injection with Qt file classes: a cache manager whose file
// names come from the environment (qgetenv, qEnvironmentVariable) and are
// used with the QFile constructor, setFileName, remove and rename, and
// QDir::remove / removeRecursively. Look-alikes use fixed names. It includes
// Qt's headers (Sluice's bundled declarations serve them when Qt is not
// installed; models match by qualified name).
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

bool rotate_cache()
{
    QString cache = qEnvironmentVariable("APP_CACHE_FILE");
    if (cache.isEmpty())
        return false;
    QFile f(cache); // $ Alert[taint.path-injection]
    QString old = cache;
    old.append(".old");
    return f.rename(old); // $ Alert[taint.path-injection]
}

bool drop_lock()
{
    QFile lock;
    lock.setFileName(QString::fromLocal8Bit(qgetenv("APP_LOCK_FILE"))); // $ Alert[taint.path-injection]
    return lock.remove();
}

bool purge_entry(const char *dir)
{
    QString entry = qEnvironmentVariable("PURGE_ENTRY");
    QDir d(QString::fromLocal8Bit(dir));
    if (!d.remove(entry)) // $ Alert[taint.path-injection]
        return QFile::remove(entry); // $ Alert[taint.path-injection]
    return true;
}

bool wipe_cache_dir()
{
    QDir d(qEnvironmentVariable("APP_CACHE_DIR"));
    return d.removeRecursively(); // $ Alert[taint.path-injection]
}

bool reset_defaults()
{
    QFile f(QString("/var/cache/app/index.db"));
    QFile lock;
    lock.setFileName(QString("/run/app/app.lock"));
    QDir d(QString("/var/cache/app"));
    d.remove(QString("stale.tmp"));
    QFile::rename(QString("/var/cache/app/a"), QString("/var/cache/app/b"));
    QFile::remove(QString("/var/cache/app/tmp.db"));
    return f.rename(QString("/var/cache/app/index.old")) && lock.remove() && QDir(QString("/tmp/app")).removeRecursively();
}

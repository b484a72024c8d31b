// Sluice bundled declarations for Qt 5/6 (QtCore: qdir.h, qfileinfo.h, qstandardpaths.h, qdiriterator.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QDIR_H
#define SLUICE_STUB_QT_QDIR_H

#include "sluice_qfile.h"

class QDir;
class QFileInfo;
typedef QList<QFileInfo> QFileInfoList;

class QDir {
public:
  enum Filter {
    Dirs = 0x001, Files = 0x002, Drives = 0x004, NoSymLinks = 0x008,
    AllEntries = Dirs | Files | Drives, TypeMask = 0x00f,
    Readable = 0x010, Writable = 0x020, Executable = 0x040, PermissionMask = 0x070,
    Modified = 0x080, Hidden = 0x100, System = 0x200, AccessMask = 0x3F0,
    AllDirs = 0x400, CaseSensitive = 0x800,
    NoDot = 0x2000, NoDotDot = 0x4000, NoDotAndDotDot = NoDot | NoDotDot,
    NoFilter = -1
  };
  Q_DECLARE_FLAGS(Filters, Filter)
  enum SortFlag {
    Name = 0x00, Time = 0x01, Size = 0x02, Unsorted = 0x03, SortByMask = 0x03,
    DirsFirst = 0x04, Reversed = 0x08, IgnoreCase = 0x10, DirsLast = 0x20,
    LocaleAware = 0x40, Type = 0x80, NoSort = -1
  };
  Q_DECLARE_FLAGS(SortFlags, SortFlag)

  QDir(const QDir &dir);
  QDir(const QString &path = QString());
  QDir(const QString &path, const QString &nameFilter, SortFlags sort = SortFlags(Name | IgnoreCase),
       Filters filter = AllEntries);
  ~QDir();
  QDir &operator=(const QDir &dir);
  QDir &operator=(const QString &path);

  void setPath(const QString &path);
  QString path() const;
  QString absolutePath() const;
  QString canonicalPath() const;
  QString dirName() const;
  QString filePath(const QString &fileName) const;
  QString absoluteFilePath(const QString &fileName) const;
  QString relativeFilePath(const QString &fileName) const;
  bool cd(const QString &dirName);
  bool cdUp();
  QStringList nameFilters() const;
  void setNameFilters(const QStringList &nameFilters);
  Filters filter() const;
  void setFilter(Filters filter);
  SortFlags sorting() const;
  void setSorting(SortFlags sort);
  uint count() const;
  bool isEmpty(Filters filters = Filters(AllEntries | NoDotAndDotDot)) const;
  QString operator[](int pos) const;
  QStringList entryList(Filters filters = NoFilter, SortFlags sort = NoSort) const;
  QStringList entryList(const QStringList &nameFilters, Filters filters = NoFilter, SortFlags sort = NoSort) const;
  QFileInfoList entryInfoList(Filters filters = NoFilter, SortFlags sort = NoSort) const;
  QFileInfoList entryInfoList(const QStringList &nameFilters, Filters filters = NoFilter,
                              SortFlags sort = NoSort) const;

  bool mkdir(const QString &dirName) const;
  bool rmdir(const QString &dirName) const;
  bool mkpath(const QString &dirPath) const;
  bool rmpath(const QString &dirPath) const;
  bool removeRecursively();
  bool remove(const QString &fileName);
  bool rename(const QString &oldName, const QString &newName);
  bool exists() const;
  bool exists(const QString &name) const;
  bool isReadable() const;
  bool isRoot() const;
  bool isRelative() const;
  bool isAbsolute() const;
  bool makeAbsolute();
  void refresh() const;
  bool operator==(const QDir &dir) const;
  bool operator!=(const QDir &dir) const;

  static bool isRelativePath(const QString &path);
  static bool isAbsolutePath(const QString &path);
  static QString toNativeSeparators(const QString &pathName);
  static QString fromNativeSeparators(const QString &pathName);
  static QChar separator();
  static QChar listSeparator();
  static bool setCurrent(const QString &path);
  static QDir current();
  static QString currentPath();
  static QDir home();
  static QString homePath();
  static QDir root();
  static QString rootPath();
  static QDir temp();
  static QString tempPath();
  static QFileInfoList drives();
  static QString cleanPath(const QString &path);
  static bool match(const QString &filter, const QString &fileName);
  static void addSearchPath(const QString &prefix, const QString &path);
  static void setSearchPaths(const QString &prefix, const QStringList &searchPaths);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QDir::Filters)
Q_DECLARE_OPERATORS_FOR_FLAGS(QDir::SortFlags)

class QFileInfo {
public:
  QFileInfo();
  QFileInfo(const QString &file);
  QFileInfo(const QFile &file);
  QFileInfo(const QDir &dir, const QString &file);
  QFileInfo(const QFileInfo &fileinfo);
  ~QFileInfo();
  QFileInfo &operator=(const QFileInfo &fileinfo);
  bool operator==(const QFileInfo &fileinfo) const;
  bool operator!=(const QFileInfo &fileinfo) const;

  void setFile(const QString &file);
  void setFile(const QFile &file);
  void setFile(const QDir &dir, const QString &file);
  bool exists() const;
  static bool exists(const QString &file);
  void refresh();
  QString filePath() const;
  QString absoluteFilePath() const;
  QString canonicalFilePath() const;
  QString fileName() const;
  QString baseName() const;
  QString completeBaseName() const;
  QString suffix() const;
  QString completeSuffix() const;
  QString path() const;
  QString absolutePath() const;
  QString canonicalPath() const;
  QDir dir() const;
  QDir absoluteDir() const;
  bool isReadable() const;
  bool isWritable() const;
  bool isExecutable() const;
  bool isHidden() const;
  bool isRelative() const;
  bool isAbsolute() const;
  bool makeAbsolute();
  bool isFile() const;
  bool isDir() const;
  bool isSymLink() const;
  bool isSymbolicLink() const;
  bool isRoot() const;
  bool isBundle() const;
  QString symLinkTarget() const;
  QString owner() const;
  uint ownerId() const;
  QString group() const;
  uint groupId() const;
  QFile::Permissions permissions() const;
  bool permission(QFile::Permissions permissions) const;
  qint64 size() const;
  QDateTime birthTime() const;
  QDateTime created() const;
  QDateTime lastModified() const;
  QDateTime lastRead() const;
  QDateTime metadataChangeTime() const;
  bool caching() const;
  void setCaching(bool on);
};

class QDirIterator {
public:
  enum IteratorFlag { NoIteratorFlags = 0x0, FollowSymlinks = 0x1, Subdirectories = 0x2 };
  Q_DECLARE_FLAGS(IteratorFlags, IteratorFlag)
  QDirIterator(const QDir &dir, IteratorFlags flags = NoIteratorFlags);
  QDirIterator(const QString &path, IteratorFlags flags = NoIteratorFlags);
  QDirIterator(const QString &path, QDir::Filters filter, IteratorFlags flags = NoIteratorFlags);
  QDirIterator(const QString &path, const QStringList &nameFilters, QDir::Filters filters = QDir::NoFilter,
               IteratorFlags flags = NoIteratorFlags);
  ~QDirIterator();
  QString next();
  bool hasNext() const;
  QString fileName() const;
  QString filePath() const;
  QFileInfo fileInfo() const;
  QString path() const;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QDirIterator::IteratorFlags)

class QStandardPaths {
public:
  enum StandardLocation {
    DesktopLocation, DocumentsLocation, FontsLocation, ApplicationsLocation, MusicLocation,
    MoviesLocation, PicturesLocation, TempLocation, HomeLocation, DataLocation, CacheLocation,
    GenericDataLocation, RuntimeLocation, ConfigLocation, DownloadLocation, GenericCacheLocation,
    GenericConfigLocation, AppDataLocation, AppConfigLocation, AppLocalDataLocation = DataLocation
  };
  enum LocateOption { LocateFile = 0x0, LocateDirectory = 0x1 };
  Q_DECLARE_FLAGS(LocateOptions, LocateOption)
  static QString writableLocation(StandardLocation type);
  static QStringList standardLocations(StandardLocation type);
  static QString locate(StandardLocation type, const QString &fileName, LocateOptions options = LocateFile);
  static QStringList locateAll(StandardLocation type, const QString &fileName, LocateOptions options = LocateFile);
  static QString displayName(StandardLocation type);
  static QString findExecutable(const QString &executableName, const QStringList &paths = QStringList());
  static void setTestModeEnabled(bool testMode);
};

#endif

// Sluice bundled declarations for Qt 5/6 (QtCore: qfiledevice.h, qfile.h, qtemporaryfile.h, qsavefile.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QFILE_H
#define SLUICE_STUB_QT_QFILE_H

#include <cstdio>
#include "sluice_qiodevice.h"

class QDateTime;

class QFileDevice : public QIODevice {
public:
  enum FileError {
    NoError = 0,
    ReadError = 1,
    WriteError = 2,
    FatalError = 3,
    ResourceError = 4,
    OpenError = 5,
    AbortError = 6,
    TimeOutError = 7,
    UnspecifiedError = 8,
    RemoveError = 9,
    RenameError = 10,
    PositionError = 11,
    ResizeError = 12,
    PermissionsError = 13,
    CopyError = 14
  };
  enum FileTime { FileAccessTime, FileBirthTime, FileMetadataChangeTime, FileModificationTime };
  enum Permission {
    ReadOwner = 0x4000, WriteOwner = 0x2000, ExeOwner = 0x1000,
    ReadUser = 0x0400, WriteUser = 0x0200, ExeUser = 0x0100,
    ReadGroup = 0x0040, WriteGroup = 0x0020, ExeGroup = 0x0010,
    ReadOther = 0x0004, WriteOther = 0x0002, ExeOther = 0x0001
  };
  Q_DECLARE_FLAGS(Permissions, Permission)
  enum FileHandleFlag { AutoCloseHandle = 0x0001, DontCloseHandle = 0 };
  Q_DECLARE_FLAGS(FileHandleFlags, FileHandleFlag)
  enum MemoryMapFlags { NoOptions = 0, MapPrivateOption = 0x0001 };

  ~QFileDevice();
  FileError error() const;
  void unsetError();
  void close() override;
  bool isSequential() const override;
  int handle() const;
  virtual QString fileName() const;
  qint64 pos() const override;
  bool seek(qint64 offset) override;
  bool atEnd() const override;
  bool flush();
  qint64 size() const override;
  virtual bool resize(qint64 sz);
  virtual Permissions permissions() const;
  virtual bool setPermissions(Permissions permissionSpec);
  uchar *map(qint64 offset, qint64 size, MemoryMapFlags flags = NoOptions);
  bool unmap(uchar *address);
  QDateTime fileTime(FileTime time) const;
  bool setFileTime(const QDateTime &newDate, FileTime fileTime);

protected:
  QFileDevice();
  explicit QFileDevice(QObject *parent);
  qint64 readData(char *data, qint64 maxlen) override;
  qint64 writeData(const char *data, qint64 len) override;
  qint64 readLineData(char *data, qint64 maxlen) override;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QFileDevice::Permissions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QFileDevice::FileHandleFlags)

class QFile : public QFileDevice {
public:
  QFile();
  QFile(const QString &name);
  explicit QFile(QObject *parent);
  QFile(const QString &name, QObject *parent);
  ~QFile();

  QString fileName() const override;
  void setFileName(const QString &name);
  static QByteArray encodeName(const QString &fileName);
  static QString decodeName(const QByteArray &localFileName);
  static QString decodeName(const char *localFileName);

  bool exists() const;
  static bool exists(const QString &fileName);
  QString symLinkTarget() const;
  static QString symLinkTarget(const QString &fileName);
  bool remove();
  static bool remove(const QString &fileName);
  bool moveToTrash();
  static bool moveToTrash(const QString &fileName, QString *pathInTrash = nullptr);
  bool rename(const QString &newName);
  static bool rename(const QString &oldName, const QString &newName);
  bool link(const QString &newName);
  static bool link(const QString &fileName, const QString &newName);
  bool copy(const QString &newName);
  static bool copy(const QString &fileName, const QString &newName);

  bool open(OpenMode flags) override;
  bool open(FILE *f, OpenMode ioFlags, FileHandleFlags handleFlags = DontCloseHandle);
  bool open(int fd, OpenMode ioFlags, FileHandleFlags handleFlags = DontCloseHandle);
  qint64 size() const override;
  bool resize(qint64 sz) override;
  static bool resize(const QString &filename, qint64 sz);
  Permissions permissions() const override;
  static Permissions permissions(const QString &filename);
  bool setPermissions(Permissions permissionSpec) override;
  static bool setPermissions(const QString &filename, Permissions permissionSpec);
};

class QTemporaryFile : public QFile {
public:
  QTemporaryFile();
  explicit QTemporaryFile(const QString &templateName);
  explicit QTemporaryFile(QObject *parent);
  QTemporaryFile(const QString &templateName, QObject *parent);
  ~QTemporaryFile();
  bool autoRemove() const;
  void setAutoRemove(bool b);
  bool open();
  bool open(OpenMode flags) override;
  QString fileName() const override;
  QString fileTemplate() const;
  void setFileTemplate(const QString &name);
  bool rename(const QString &newName);
  static QTemporaryFile *createNativeFile(const QString &fileName);
  static QTemporaryFile *createNativeFile(QFile &file);
};

class QSaveFile : public QFileDevice {
public:
  explicit QSaveFile(const QString &name);
  explicit QSaveFile(QObject *parent = nullptr);
  QSaveFile(const QString &name, QObject *parent);
  ~QSaveFile();
  QString fileName() const override;
  void setFileName(const QString &name);
  bool open(OpenMode flags) override;
  bool commit();
  void cancelWriting();
  void setDirectWriteFallback(bool enabled);
  bool directWriteFallback() const;
};

#endif

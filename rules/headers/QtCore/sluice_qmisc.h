// Sluice bundled declarations for Qt 5/6 (QtCore: qcryptographichash.h, qsettings.h, qregularexpression.h, qrandom.h, quuid.h, qsysinfo.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QMISC_H
#define SLUICE_STUB_QT_QMISC_H

#include "sluice_qvariant.h"
#include "sluice_qiodevice.h"

// ---- hashing -----------------------------------------------------------------
class QCryptographicHash {
public:
  enum Algorithm {
    Md4, Md5, Sha1 = 2, Sha224, Sha256, Sha384, Sha512,
    Keccak_224 = 7, Keccak_256, Keccak_384, Keccak_512,
    RealSha3_224 = 11, RealSha3_256, RealSha3_384, RealSha3_512,
    Sha3_224 = RealSha3_224, Sha3_256 = RealSha3_256, Sha3_384 = RealSha3_384, Sha3_512 = RealSha3_512
  };
  explicit QCryptographicHash(Algorithm method);
  ~QCryptographicHash();
  void reset();
  void addData(const char *data, int length);
  void addData(const QByteArray &data);
  bool addData(QIODevice *device);
  QByteArray result() const;
  static QByteArray hash(const QByteArray &data, Algorithm method);
  static int hashLength(Algorithm method);
};

class QMessageAuthenticationCode {
public:
  explicit QMessageAuthenticationCode(QCryptographicHash::Algorithm method, const QByteArray &key = QByteArray());
  ~QMessageAuthenticationCode();
  void reset();
  void setKey(const QByteArray &key);
  void addData(const char *data, int length);
  void addData(const QByteArray &data);
  bool addData(QIODevice *device);
  QByteArray result() const;
  static QByteArray hash(const QByteArray &message, const QByteArray &key, QCryptographicHash::Algorithm method);
};

// ---- settings ----------------------------------------------------------------
class QSettings : public QObject {
public:
  enum Status { NoError = 0, AccessError, FormatError };
  enum Format { NativeFormat, IniFormat, Registry32Format, Registry64Format, InvalidFormat = 16 };
  enum Scope { UserScope, SystemScope };
  explicit QSettings(const QString &organization, const QString &application = QString(), QObject *parent = nullptr);
  QSettings(Scope scope, const QString &organization, const QString &application = QString(),
            QObject *parent = nullptr);
  QSettings(Format format, Scope scope, const QString &organization, const QString &application = QString(),
            QObject *parent = nullptr);
  QSettings(const QString &fileName, Format format, QObject *parent = nullptr);
  explicit QSettings(QObject *parent = nullptr);
  ~QSettings();
  void clear();
  void sync();
  Status status() const;
  bool isAtomicSyncRequired() const;
  void beginGroup(const QString &prefix);
  void endGroup();
  QString group() const;
  int beginReadArray(const QString &prefix);
  void beginWriteArray(const QString &prefix, int size = -1);
  void endArray();
  void setArrayIndex(int i);
  QStringList allKeys() const;
  QStringList childKeys() const;
  QStringList childGroups() const;
  bool isWritable() const;
  void setValue(const QString &key, const QVariant &value);
  QVariant value(const QString &key, const QVariant &defaultValue = QVariant()) const;
  void remove(const QString &key);
  bool contains(const QString &key) const;
  void setFallbacksEnabled(bool b);
  bool fallbacksEnabled() const;
  QString fileName() const;
  Format format() const;
  Scope scope() const;
  QString organizationName() const;
  QString applicationName() const;
  static void setDefaultFormat(Format format);
  static Format defaultFormat();
  static void setPath(Format format, Scope scope, const QString &path);
};

// ---- regular expressions -------------------------------------------------------
class QRegularExpressionMatch {
public:
  QRegularExpressionMatch();
  ~QRegularExpressionMatch();
  bool hasMatch() const;
  bool hasPartialMatch() const;
  bool isValid() const;
  int lastCapturedIndex() const;
  QString captured(int nth = 0) const;
  QString captured(const QString &name) const;
  QStringList capturedTexts() const;
  int capturedStart(int nth = 0) const;
  int capturedLength(int nth = 0) const;
  int capturedEnd(int nth = 0) const;
};
class QRegularExpressionMatchIterator {
public:
  bool isValid() const;
  bool hasNext() const;
  QRegularExpressionMatch next();
  QRegularExpressionMatch peekNext() const;
};
class QRegularExpression {
public:
  enum PatternOption {
    NoPatternOption = 0x0000,
    CaseInsensitiveOption = 0x0001,
    DotMatchesEverythingOption = 0x0002,
    MultilineOption = 0x0004,
    ExtendedPatternSyntaxOption = 0x0008,
    InvertedGreedinessOption = 0x0010,
    DontCaptureOption = 0x0020,
    UseUnicodePropertiesOption = 0x0040
  };
  Q_DECLARE_FLAGS(PatternOptions, PatternOption)
  enum MatchType { NormalMatch = 0, PartialPreferCompleteMatch, PartialPreferFirstMatch, NoMatch };
  enum MatchOption { NoMatchOption = 0x0000, AnchoredMatchOption = 0x0001, DontCheckSubjectStringMatchOption = 0x0002 };
  Q_DECLARE_FLAGS(MatchOptions, MatchOption)
  QRegularExpression();
  explicit QRegularExpression(const QString &pattern, PatternOptions options = NoPatternOption);
  QRegularExpression(const QRegularExpression &re);
  ~QRegularExpression();
  QRegularExpression &operator=(const QRegularExpression &re);
  PatternOptions patternOptions() const;
  void setPatternOptions(PatternOptions options);
  QString pattern() const;
  void setPattern(const QString &pattern);
  bool isValid() const;
  QString errorString() const;
  int captureCount() const;
  QRegularExpressionMatch match(const QString &subject, int offset = 0, MatchType matchType = NormalMatch,
                                MatchOptions matchOptions = NoMatchOption) const;
  QRegularExpressionMatchIterator globalMatch(const QString &subject, int offset = 0,
                                              MatchType matchType = NormalMatch,
                                              MatchOptions matchOptions = NoMatchOption) const;
  static QString escape(const QString &str);
  static QString wildcardToRegularExpression(const QString &str);
  static QString anchoredPattern(const QString &expression);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QRegularExpression::PatternOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QRegularExpression::MatchOptions)

// ---- random numbers, UUIDs, system info ------------------------------------------
class QRandomGenerator {
public:
  QRandomGenerator(quint32 seedValue = 1);
  quint32 generate();
  quint64 generate64();
  double generateDouble();
  double bounded(double highest);
  quint32 bounded(quint32 highest);
  int bounded(int highest);
  quint32 bounded(quint32 lowest, quint32 highest);
  int bounded(int lowest, int highest);
  qint64 bounded(qint64 lowest, qint64 highest);
  void seed(quint32 s = 1);
  quint32 operator()();
  static QRandomGenerator *system();
  static QRandomGenerator *global();
  static QRandomGenerator securelySeeded();
};

class QUuid {
public:
  enum StringFormat { WithBraces = 0, WithoutBraces = 1, Id128 = 3 };
  QUuid() noexcept;
  explicit QUuid(const QString &text);
  static QUuid createUuid();
  static QUuid fromString(QStringView text) noexcept;
  QString toString() const;
  QString toString(StringFormat mode) const;
  QByteArray toByteArray() const;
  QByteArray toRfc4122() const;
  bool isNull() const noexcept;
  bool operator==(const QUuid &orig) const noexcept;
  bool operator!=(const QUuid &orig) const noexcept;
};

class QSysInfo {
public:
  static QString buildAbi();
  static QString buildCpuArchitecture();
  static QString currentCpuArchitecture();
  static QString kernelType();
  static QString kernelVersion();
  static QString productType();
  static QString productVersion();
  static QString prettyProductName();
  static QString machineHostName();
  static QByteArray machineUniqueId();
  static QByteArray bootUniqueId();
};

#endif

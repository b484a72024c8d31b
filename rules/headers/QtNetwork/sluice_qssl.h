// Sluice bundled declarations for Qt 5/6 (QtNetwork: qssl.h, qsslerror.h, qsslcertificate.h, qsslkey.h, qsslcipher.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QSSL_H
#define SLUICE_STUB_QT_QSSL_H

#include "sluice_qtcpsocket.h"
#include "../QtCore/sluice_qmisc.h"
#include "../QtCore/sluice_qdatetime.h"

namespace QSsl {
enum KeyType { PrivateKey, PublicKey };
enum EncodingFormat { Pem, Der };
enum KeyAlgorithm { Opaque, Rsa, Dsa, Ec, Dh };
enum AlternativeNameEntryType { EmailEntry, DnsEntry, IpAddressEntry };
enum SslProtocol {
  SslV3,
  SslV2,
  TlsV1_0 = 2,
  TlsV1 = TlsV1_0,
  TlsV1_1,
  TlsV1_2,
  AnyProtocol,
  TlsV1SslV3,
  SecureProtocols = AnyProtocol + 2,
  TlsV1_0OrLater,
  TlsV1_1OrLater,
  TlsV1_2OrLater,
  DtlsV1_0,
  DtlsV1_0OrLater,
  DtlsV1_2,
  DtlsV1_2OrLater,
  TlsV1_3,
  TlsV1_3OrLater,
  UnknownProtocol = -1
};
enum SslOption {
  SslOptionDisableEmptyFragments = 0x01,
  SslOptionDisableSessionTickets = 0x02,
  SslOptionDisableCompression = 0x04,
  SslOptionDisableServerNameIndication = 0x08,
  SslOptionDisableLegacyRenegotiation = 0x10,
  SslOptionDisableSessionSharing = 0x20,
  SslOptionDisableSessionPersistence = 0x40,
  SslOptionDisableServerCipherPreference = 0x80
};
Q_DECLARE_FLAGS(SslOptions, SslOption)
}
Q_DECLARE_OPERATORS_FOR_FLAGS(QSsl::SslOptions)

class QSslCertificate {
public:
  enum SubjectInfo {
    Organization, CommonName, LocalityName, OrganizationalUnitName, CountryName, StateOrProvinceName,
    DistinguishedNameQualifier, SerialNumber, EmailAddress
  };
  enum class PatternSyntax { RegularExpression, Wildcard, FixedString };
  explicit QSslCertificate(QIODevice *device, QSsl::EncodingFormat format = QSsl::Pem);
  explicit QSslCertificate(const QByteArray &data = QByteArray(), QSsl::EncodingFormat format = QSsl::Pem);
  QSslCertificate(const QSslCertificate &other);
  ~QSslCertificate();
  QSslCertificate &operator=(const QSslCertificate &other);
  bool operator==(const QSslCertificate &other) const;
  bool operator!=(const QSslCertificate &other) const;
  bool isNull() const;
  bool isBlacklisted() const;
  bool isSelfSigned() const;
  void clear();
  QByteArray version() const;
  QByteArray serialNumber() const;
  QByteArray digest(QCryptographicHash::Algorithm algorithm = QCryptographicHash::Md5) const;
  QStringList issuerInfo(SubjectInfo info) const;
  QStringList issuerInfo(const QByteArray &attribute) const;
  QStringList subjectInfo(SubjectInfo info) const;
  QStringList subjectInfo(const QByteArray &attribute) const;
  QString issuerDisplayName() const;
  QString subjectDisplayName() const;
  QDateTime effectiveDate() const;
  QDateTime expiryDate() const;
  QByteArray toPem() const;
  QByteArray toDer() const;
  QString toText() const;
  static QList<QSslCertificate> fromPath(const QString &path, QSsl::EncodingFormat format = QSsl::Pem,
                                         PatternSyntax syntax = PatternSyntax::FixedString);
  static QList<QSslCertificate> fromDevice(QIODevice *device, QSsl::EncodingFormat format = QSsl::Pem);
  static QList<QSslCertificate> fromData(const QByteArray &data, QSsl::EncodingFormat format = QSsl::Pem);
};

class QSslError {
public:
  enum SslError {
    NoError, UnableToGetIssuerCertificate, UnableToDecryptCertificateSignature, UnableToDecodeIssuerPublicKey,
    CertificateSignatureFailed, CertificateNotYetValid, CertificateExpired, InvalidNotBeforeField,
    InvalidNotAfterField, SelfSignedCertificate, SelfSignedCertificateInChain, UnableToGetLocalIssuerCertificate,
    UnableToVerifyFirstCertificate, CertificateRevoked, InvalidCaCertificate, PathLengthExceeded, InvalidPurpose,
    CertificateUntrusted, CertificateRejected, SubjectIssuerMismatch, AuthorityIssuerSerialNumberMismatch,
    NoPeerCertificate, HostNameMismatch, NoSslSupport, CertificateBlacklisted, CertificateStatusUnknown,
    OcspNoResponseFound, OcspMalformedRequest, OcspMalformedResponse, OcspInternalError, OcspTryLater,
    OcspSigRequred, OcspUnauthorized, OcspResponseCannotBeTrusted, OcspResponseCertIdUnknown,
    OcspResponseExpired, OcspStatusUnknown,
    UnspecifiedError = -1
  };
  QSslError();
  explicit QSslError(SslError error);
  QSslError(SslError error, const QSslCertificate &certificate);
  QSslError(const QSslError &other);
  ~QSslError();
  QSslError &operator=(const QSslError &other);
  bool operator==(const QSslError &other) const;
  bool operator!=(const QSslError &other) const;
  SslError error() const;
  QString errorString() const;
  QSslCertificate certificate() const;
};

class QSslKey {
public:
  QSslKey();
  QSslKey(const QByteArray &encoded, QSsl::KeyAlgorithm algorithm, QSsl::EncodingFormat format = QSsl::Pem,
          QSsl::KeyType type = QSsl::PrivateKey, const QByteArray &passPhrase = QByteArray());
  QSslKey(QIODevice *device, QSsl::KeyAlgorithm algorithm, QSsl::EncodingFormat format = QSsl::Pem,
          QSsl::KeyType type = QSsl::PrivateKey, const QByteArray &passPhrase = QByteArray());
  explicit QSslKey(void *handle, QSsl::KeyType type = QSsl::PrivateKey);
  QSslKey(const QSslKey &other);
  ~QSslKey();
  QSslKey &operator=(const QSslKey &other);
  bool isNull() const;
  void clear();
  int length() const;
  QSsl::KeyType type() const;
  QSsl::KeyAlgorithm algorithm() const;
  QByteArray toPem(const QByteArray &passPhrase = QByteArray()) const;
  QByteArray toDer(const QByteArray &passPhrase = QByteArray()) const;
  void *handle() const;
  bool operator==(const QSslKey &key) const;
  bool operator!=(const QSslKey &key) const;
};

class QSslCipher {
public:
  QSslCipher();
  explicit QSslCipher(const QString &name);
  QSslCipher(const QString &name, QSsl::SslProtocol protocol);
  QSslCipher(const QSslCipher &other);
  ~QSslCipher();
  bool isNull() const;
  QString name() const;
  int supportedBits() const;
  int usedBits() const;
  QString keyExchangeMethod() const;
  QString authenticationMethod() const;
  QString encryptionMethod() const;
  QString protocolString() const;
  QSsl::SslProtocol protocol() const;
};

#endif

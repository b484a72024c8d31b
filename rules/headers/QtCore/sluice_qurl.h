// Sluice bundled declarations for Qt 5/6 (QtCore: qurl.h, qurlquery.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_QT_QURL_H
#define SLUICE_STUB_QT_QURL_H

#include "sluice_qstringlist.h"

class QUrlQuery;

class QUrl {
public:
  enum ParsingMode { TolerantMode, StrictMode, DecodedMode };
  enum UrlFormattingOption {
    None = 0x0,
    RemoveScheme = 0x1,
    RemovePassword = 0x2,
    RemoveUserInfo = RemovePassword | 0x4,
    RemovePort = 0x8,
    RemoveAuthority = RemoveUserInfo | RemovePort | 0x10,
    RemovePath = 0x20,
    RemoveQuery = 0x40,
    RemoveFragment = 0x80,
    PreferLocalFile = 0x200,
    StripTrailingSlash = 0x400,
    RemoveFilename = 0x800,
    NormalizePathSegments = 0x1000
  };
  enum ComponentFormattingOption {
    PrettyDecoded = 0x000000,
    EncodeSpaces = 0x100000,
    EncodeUnicode = 0x200000,
    EncodeDelimiters = 0x400000 | 0x800000,
    EncodeReserved = 0x1000000,
    DecodeReserved = 0x2000000,
    FullyEncoded = EncodeSpaces | EncodeUnicode | EncodeDelimiters | EncodeReserved,
    FullyDecoded = FullyEncoded | DecodeReserved | 0x4000000
  };
  Q_DECLARE_FLAGS(ComponentFormattingOptions, ComponentFormattingOption)
  // Both kinds of option combine into one FormattingOptions value.
  class FormattingOptions {
    int i;
  public:
    constexpr FormattingOptions() noexcept : i(0) {}
    constexpr FormattingOptions(UrlFormattingOption f) noexcept : i(int(f)) {}
    constexpr FormattingOptions(ComponentFormattingOption f) noexcept : i(int(f)) {}
    constexpr FormattingOptions(ComponentFormattingOptions f) noexcept : i(int(f)) {}
    constexpr FormattingOptions operator|(FormattingOptions o) const noexcept { return fromInt(i | o.i); }
    constexpr FormattingOptions operator|(UrlFormattingOption o) const noexcept { return fromInt(i | int(o)); }
    constexpr FormattingOptions operator|(ComponentFormattingOption o) const noexcept { return fromInt(i | int(o)); }
    constexpr bool testFlag(UrlFormattingOption f) const noexcept { return (i & int(f)) == int(f); }
    constexpr operator int() const noexcept { return i; }
    static constexpr FormattingOptions fromInt(int v) noexcept { FormattingOptions o; o.i = v; return o; }
  };
  enum UserInputResolutionOption { DefaultResolution, AssumeLocalFile };

  QUrl();
  QUrl(const QUrl &copy);
  QUrl(QUrl &&other) noexcept;
  QUrl(const QString &url, ParsingMode mode = TolerantMode);
  QUrl &operator=(const QUrl &copy);
  QUrl &operator=(QUrl &&other) noexcept;
  QUrl &operator=(const QString &url);
  ~QUrl();

  void setUrl(const QString &url, ParsingMode mode = TolerantMode);
  QString url(FormattingOptions options = PrettyDecoded) const;
  QString toString(FormattingOptions options = PrettyDecoded) const;
  QString toDisplayString(FormattingOptions options = PrettyDecoded) const;
  QUrl adjusted(FormattingOptions options) const;
  QByteArray toEncoded(FormattingOptions options = FullyEncoded) const;
  static QUrl fromEncoded(const QByteArray &url, ParsingMode mode = TolerantMode);
  static QUrl fromUserInput(const QString &userInput, const QString &workingDirectory = QString(),
                            UserInputResolutionOption options = DefaultResolution);
  bool isValid() const;
  QString errorString() const;
  bool isEmpty() const;
  void clear();

  void setScheme(const QString &scheme);
  QString scheme() const;
  void setAuthority(const QString &authority, ParsingMode mode = TolerantMode);
  QString authority(ComponentFormattingOptions options = PrettyDecoded) const;
  void setUserInfo(const QString &userInfo, ParsingMode mode = TolerantMode);
  QString userInfo(ComponentFormattingOptions options = PrettyDecoded) const;
  void setUserName(const QString &userName, ParsingMode mode = DecodedMode);
  QString userName(ComponentFormattingOptions options = FullyDecoded) const;
  void setPassword(const QString &password, ParsingMode mode = DecodedMode);
  QString password(ComponentFormattingOptions options = FullyDecoded) const;
  void setHost(const QString &host, ParsingMode mode = DecodedMode);
  QString host(ComponentFormattingOptions options = FullyDecoded) const;
  void setPort(int port);
  int port(int defaultPort = -1) const;
  void setPath(const QString &path, ParsingMode mode = DecodedMode);
  QString path(ComponentFormattingOptions options = FullyDecoded) const;
  QString fileName(ComponentFormattingOptions options = FullyDecoded) const;
  bool hasQuery() const;
  void setQuery(const QString &query, ParsingMode mode = TolerantMode);
  void setQuery(const QUrlQuery &query);
  QString query(ComponentFormattingOptions options = PrettyDecoded) const;
  bool hasFragment() const;
  QString fragment(ComponentFormattingOptions options = PrettyDecoded) const;
  void setFragment(const QString &fragment, ParsingMode mode = TolerantMode);
  QUrl resolved(const QUrl &relative) const;
  bool isRelative() const;
  bool isParentOf(const QUrl &url) const;
  bool isLocalFile() const;
  static QUrl fromLocalFile(const QString &localfile);
  QString toLocalFile() const;
  bool matches(const QUrl &url, FormattingOptions options) const;

  static QString fromPercentEncoding(const QByteArray &input);
  static QByteArray toPercentEncoding(const QString &input, const QByteArray &exclude = QByteArray(),
                                      const QByteArray &include = QByteArray());
  static QString fromAce(const QByteArray &domain);
  static QByteArray toAce(const QString &domain);
  static QStringList toStringList(const QList<QUrl> &uris, FormattingOptions options = PrettyDecoded);
  static QList<QUrl> fromStringList(const QStringList &uris, ParsingMode mode = TolerantMode);

  bool operator<(const QUrl &url) const;
  bool operator==(const QUrl &url) const;
  bool operator!=(const QUrl &url) const;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QUrl::ComponentFormattingOptions)
constexpr inline QUrl::FormattingOptions operator|(QUrl::UrlFormattingOption f1, QUrl::UrlFormattingOption f2) noexcept {
  return QUrl::FormattingOptions(f1) | f2;
}
constexpr inline QUrl::FormattingOptions operator|(QUrl::UrlFormattingOption f1, QUrl::ComponentFormattingOption f2) noexcept {
  return QUrl::FormattingOptions(f1) | f2;
}
constexpr inline QUrl::FormattingOptions operator|(QUrl::ComponentFormattingOption f1, QUrl::UrlFormattingOption f2) noexcept {
  return QUrl::FormattingOptions(f2) | f1;
}

class QUrlQuery {
public:
  QUrlQuery();
  explicit QUrlQuery(const QUrl &url);
  explicit QUrlQuery(const QString &queryString);
  QUrlQuery(std::initializer_list<QPair<QString, QString>> list);
  QUrlQuery(const QUrlQuery &other);
  QUrlQuery &operator=(const QUrlQuery &other);
  ~QUrlQuery();
  bool operator==(const QUrlQuery &other) const;
  bool operator!=(const QUrlQuery &other) const;
  bool isEmpty() const;
  void clear();
  QString query(QUrl::ComponentFormattingOptions encoding = QUrl::PrettyDecoded) const;
  void setQuery(const QString &queryString);
  QString toString(QUrl::ComponentFormattingOptions encoding = QUrl::PrettyDecoded) const;
  void setQueryDelimiters(QChar valueDelimiter, QChar pairDelimiter);
  void setQueryItems(const QList<QPair<QString, QString>> &query);
  QList<QPair<QString, QString>> queryItems(QUrl::ComponentFormattingOptions encoding = QUrl::PrettyDecoded) const;
  bool hasQueryItem(const QString &key) const;
  void addQueryItem(const QString &key, const QString &value);
  void removeQueryItem(const QString &key);
  QString queryItemValue(const QString &key, QUrl::ComponentFormattingOptions encoding = QUrl::PrettyDecoded) const;
  QStringList allQueryItemValues(const QString &key,
                                 QUrl::ComponentFormattingOptions encoding = QUrl::PrettyDecoded) const;
  void removeAllQueryItems(const QString &key);
};

#endif

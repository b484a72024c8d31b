// Sluice bundled declarations for cpp-httplib (httplib.h): declarations only, written from the documented API; used only when the real header is not installed.
//
// Shaped like the 0.11 releases: httplib::Client owns a ClientImpl and
// forwards to it, SSLClient derives from ClientImpl (its requests are
// ClientImpl members), Result wraps an optional Response. The TLS-only members
// (SSLClient, SSLServer, enable_server_certificate_verification,
// set_ca_cert_path, ...) are declared whether or not CPPHTTPLIB_OPENSSL_SUPPORT
// is defined; the members whose types are OpenSSL handles (SSL_CTX *, X509 *,
// ...) only when it is, as the real header does, with OpenSSL's headers when
// they can be found and otherwise the handle types only named.

#ifndef SLUICE_STUB_HTTPLIB_H
#define SLUICE_STUB_HTTPLIB_H

#ifndef CPPHTTPLIB_VERSION
#define CPPHTTPLIB_VERSION "0.11.4"
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <exception>
#include <fstream>
#include <functional>
#include <iostream>
#include <limits>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#if defined(__has_include)
#if __has_include(<sys/types.h>)
#include <sys/types.h>
#endif
#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<netinet/in.h>)
#include <netinet/in.h>
#endif
#if __has_include(<arpa/inet.h>)
#include <arpa/inet.h>
#endif
#if __has_include(<netdb.h>)
#include <netdb.h>
#endif
#if __has_include(<unistd.h>)
#include <unistd.h>
#endif
#if __has_include(<sys/stat.h>)
#include <sys/stat.h>
#endif
#endif

#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
#if defined(__has_include)
#if __has_include(<openssl/ssl.h>)
#include <openssl/ssl.h>
#endif
#endif
// The OpenSSL handle types, named as OpenSSL names them (repeating an
// identical typedef is valid C++).
typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;
typedef struct x509_st X509;
typedef struct x509_store_st X509_STORE;
typedef struct evp_pkey_st EVP_PKEY;
#endif

namespace httplib {

#ifdef _WIN32
using socket_t = std::uintptr_t;
using ssize_t = std::intptr_t;
#else
using socket_t = int;
#endif

#ifndef INVALID_SOCKET
#define INVALID_SOCKET (-1)
#endif

namespace detail {
// Case-insensitive ordering of header names.
struct ci {
  bool operator()(const std::string &a, const std::string &b) const;
};
} // namespace detail

using Headers = std::multimap<std::string, std::string, detail::ci>;
using Params = std::multimap<std::string, std::string>;
using Match = std::smatch;

using Progress = std::function<bool(uint64_t current, uint64_t total)>;

struct Response;
using ResponseHandler = std::function<bool(const Response &response)>;

struct MultipartFormData {
  std::string name;
  std::string content;
  std::string filename;
  std::string content_type;
};
using MultipartFormDataItems = std::vector<MultipartFormData>;
using MultipartFormDataMap = std::multimap<std::string, MultipartFormData>;

class DataSink {
public:
  DataSink();
  DataSink(const DataSink &) = delete;
  DataSink &operator=(const DataSink &) = delete;

  std::function<bool(const char *data, size_t data_len)> write;
  std::function<void()> done;
  std::function<bool()> is_writable;
  std::ostream os;
};

using ContentProvider = std::function<bool(size_t offset, size_t length, DataSink &sink)>;
using ContentProviderWithoutLength = std::function<bool(size_t offset, DataSink &sink)>;
using ContentProviderResourceReleaser = std::function<void(bool success)>;

struct MultipartFormDataProvider {
  std::string name;
  ContentProviderWithoutLength provider;
  std::string filename;
  std::string content_type;
};
using MultipartFormDataProviderItems = std::vector<MultipartFormDataProvider>;

using ContentReceiverWithProgress =
    std::function<bool(const char *data, size_t data_length, uint64_t offset, uint64_t total_length)>;
using ContentReceiver = std::function<bool(const char *data, size_t data_length)>;
using MultipartContentHeader = std::function<bool(const MultipartFormData &file)>;

class ContentReader {
public:
  using Reader = std::function<bool(ContentReceiver receiver)>;
  using MultipartReader = std::function<bool(MultipartContentHeader header, ContentReceiver receiver)>;

  ContentReader(Reader reader, MultipartReader multipart_reader);

  bool operator()(MultipartContentHeader header, ContentReceiver receiver) const;
  bool operator()(ContentReceiver receiver) const;
};

using Range = std::pair<ssize_t, ssize_t>;
using Ranges = std::vector<Range>;

struct Request {
  std::string method;
  std::string path;
  Headers headers;
  std::string body;

  std::string remote_addr;
  int remote_port = -1;
  std::string local_addr;
  int local_port = -1;

  // Server side.
  std::string version;
  std::string target;
  Params params;
  MultipartFormDataMap files;
  Ranges ranges;
  Match matches;
  std::unordered_map<std::string, std::string> path_params; // newer releases

  // Client side.
  ResponseHandler response_handler;
  ContentReceiverWithProgress content_receiver;
  Progress progress;
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
  const SSL *ssl = nullptr;
#endif

  bool has_header(const std::string &key) const;
  std::string get_header_value(const std::string &key, size_t id = 0) const;
  template <typename T> T get_header_value(const std::string &key, size_t id = 0) const;
  size_t get_header_value_count(const std::string &key) const;
  void set_header(const std::string &key, const std::string &val);

  bool has_param(const std::string &key) const;
  std::string get_param_value(const std::string &key, size_t id = 0) const;
  size_t get_param_value_count(const std::string &key) const;

  bool is_multipart_form_data() const;

  bool has_file(const std::string &key) const;
  MultipartFormData get_file_value(const std::string &key) const;
};

struct Response {
  std::string version;
  int status = -1;
  std::string reason;
  Headers headers;
  std::string body;
  std::string location;

  bool has_header(const std::string &key) const;
  std::string get_header_value(const std::string &key, size_t id = 0) const;
  template <typename T> T get_header_value(const std::string &key, size_t id = 0) const;
  size_t get_header_value_count(const std::string &key) const;
  void set_header(const std::string &key, const std::string &val);

  void set_redirect(const std::string &url, int status = 302);
  void set_content(const char *s, size_t n, const std::string &content_type);
  void set_content(const std::string &s, const std::string &content_type);

  void set_content_provider(size_t length, const std::string &content_type, ContentProvider provider,
                            ContentProviderResourceReleaser resource_releaser = nullptr);
  void set_content_provider(const std::string &content_type, ContentProviderWithoutLength provider,
                            ContentProviderResourceReleaser resource_releaser = nullptr);
  void set_chunked_content_provider(const std::string &content_type, ContentProviderWithoutLength provider,
                                    ContentProviderResourceReleaser resource_releaser = nullptr);
};

// HTTP status codes by name (newer releases; the values are the codes).
enum StatusCode {
  Continue_100 = 100,
  SwitchingProtocol_101 = 101,
  Processing_102 = 102,
  EarlyHints_103 = 103,
  OK_200 = 200,
  Created_201 = 201,
  Accepted_202 = 202,
  NonAuthoritativeInformation_203 = 203,
  NoContent_204 = 204,
  ResetContent_205 = 205,
  PartialContent_206 = 206,
  MultiStatus_207 = 207,
  AlreadyReported_208 = 208,
  IMUsed_226 = 226,
  MultipleChoices_300 = 300,
  MovedPermanently_301 = 301,
  Found_302 = 302,
  SeeOther_303 = 303,
  NotModified_304 = 304,
  UseProxy_305 = 305,
  TemporaryRedirect_307 = 307,
  PermanentRedirect_308 = 308,
  BadRequest_400 = 400,
  Unauthorized_401 = 401,
  PaymentRequired_402 = 402,
  Forbidden_403 = 403,
  NotFound_404 = 404,
  MethodNotAllowed_405 = 405,
  NotAcceptable_406 = 406,
  ProxyAuthenticationRequired_407 = 407,
  RequestTimeout_408 = 408,
  Conflict_409 = 409,
  Gone_410 = 410,
  LengthRequired_411 = 411,
  PreconditionFailed_412 = 412,
  PayloadTooLarge_413 = 413,
  UriTooLong_414 = 414,
  UnsupportedMediaType_415 = 415,
  RangeNotSatisfiable_416 = 416,
  ExpectationFailed_417 = 417,
  ImATeapot_418 = 418,
  MisdirectedRequest_421 = 421,
  UnprocessableContent_422 = 422,
  Locked_423 = 423,
  FailedDependency_424 = 424,
  TooEarly_425 = 425,
  UpgradeRequired_426 = 426,
  PreconditionRequired_428 = 428,
  TooManyRequests_429 = 429,
  RequestHeaderFieldsTooLarge_431 = 431,
  UnavailableForLegalReasons_451 = 451,
  InternalServerError_500 = 500,
  NotImplemented_501 = 501,
  BadGateway_502 = 502,
  ServiceUnavailable_503 = 503,
  GatewayTimeout_504 = 504,
  HttpVersionNotSupported_505 = 505,
  VariantAlsoNegotiates_506 = 506,
  InsufficientStorage_507 = 507,
  LoopDetected_508 = 508,
  NotExtended_510 = 510,
  NetworkAuthenticationRequired_511 = 511,
};

std::string status_message(int status);

class Stream {
public:
  virtual ~Stream() = default;
  virtual bool is_readable() const = 0;
  virtual bool is_writable() const = 0;
  virtual ssize_t read(char *ptr, size_t size) = 0;
  virtual ssize_t write(const char *ptr, size_t size) = 0;
  virtual void get_remote_ip_and_port(std::string &ip, int &port) const = 0;
  virtual void get_local_ip_and_port(std::string &ip, int &port) const = 0;
  virtual socket_t socket() const = 0;

  template <typename... Args> ssize_t write_format(const char *fmt, const Args &...args);
  ssize_t write(const char *ptr);
  ssize_t write(const std::string &s);
};

class TaskQueue {
public:
  TaskQueue() = default;
  virtual ~TaskQueue() = default;
  virtual void enqueue(std::function<void()> fn) = 0;
  virtual void shutdown() = 0;
  virtual void on_idle() {}
};

class ThreadPool : public TaskQueue {
public:
  explicit ThreadPool(size_t n);
  ThreadPool(const ThreadPool &) = delete;
  ~ThreadPool() override = default;
  void enqueue(std::function<void()> fn) override;
  void shutdown() override;
};

using Logger = std::function<void(const Request &, const Response &)>;
using SocketOptions = std::function<void(socket_t sock)>;

void default_socket_options(socket_t sock);

class Server {
public:
  using Handler = std::function<void(const Request &, Response &)>;
  using ExceptionHandler = std::function<void(const Request &, Response &, std::exception_ptr ep)>;
  enum class HandlerResponse {
    Handled,
    Unhandled,
  };
  using HandlerWithResponse = std::function<HandlerResponse(const Request &, Response &)>;
  using HandlerWithContentReader =
      std::function<void(const Request &, Response &, const ContentReader &content_reader)>;
  using Expect100ContinueHandler = std::function<int(const Request &, Response &)>;

  Server();
  virtual ~Server();

  virtual bool is_valid() const;

  Server &Get(const std::string &pattern, Handler handler);
  Server &Post(const std::string &pattern, Handler handler);
  Server &Post(const std::string &pattern, HandlerWithContentReader handler);
  Server &Put(const std::string &pattern, Handler handler);
  Server &Put(const std::string &pattern, HandlerWithContentReader handler);
  Server &Patch(const std::string &pattern, Handler handler);
  Server &Patch(const std::string &pattern, HandlerWithContentReader handler);
  Server &Delete(const std::string &pattern, Handler handler);
  Server &Delete(const std::string &pattern, HandlerWithContentReader handler);
  Server &Options(const std::string &pattern, Handler handler);

  bool set_base_dir(const std::string &dir, const std::string &mount_point = std::string());
  bool set_mount_point(const std::string &mount_point, const std::string &dir, Headers headers = Headers());
  bool remove_mount_point(const std::string &mount_point);
  Server &set_file_extension_and_mimetype_mapping(const std::string &ext, const std::string &mime);
  Server &set_file_request_handler(Handler handler);

  Server &set_error_handler(HandlerWithResponse handler);
  Server &set_error_handler(Handler handler);
  Server &set_exception_handler(ExceptionHandler handler);
  Server &set_pre_routing_handler(HandlerWithResponse handler);
  Server &set_post_routing_handler(Handler handler);

  Server &set_expect_100_continue_handler(Expect100ContinueHandler handler);
  Server &set_logger(Logger logger);

  Server &set_address_family(int family);
  Server &set_tcp_nodelay(bool on);
  Server &set_socket_options(SocketOptions socket_options);

  Server &set_default_headers(Headers headers);

  Server &set_keep_alive_max_count(size_t count);
  Server &set_keep_alive_timeout(time_t sec);

  Server &set_read_timeout(time_t sec, time_t usec = 0);
  template <class Rep, class Period> Server &set_read_timeout(const std::chrono::duration<Rep, Period> &duration);
  Server &set_write_timeout(time_t sec, time_t usec = 0);
  template <class Rep, class Period> Server &set_write_timeout(const std::chrono::duration<Rep, Period> &duration);
  Server &set_idle_interval(time_t sec, time_t usec = 0);
  template <class Rep, class Period> Server &set_idle_interval(const std::chrono::duration<Rep, Period> &duration);

  Server &set_payload_max_length(size_t length);

  bool bind_to_port(const std::string &host, int port, int socket_flags = 0);
  int bind_to_any_port(const std::string &host, int socket_flags = 0);
  bool listen_after_bind();

  bool listen(const std::string &host, int port, int socket_flags = 0);

  bool is_running() const;
  void wait_until_ready() const; // newer releases
  void stop();

  std::function<TaskQueue *(void)> new_task_queue;
};

class SSLServer : public Server {
public:
  SSLServer(const char *cert_path, const char *private_key_path, const char *client_ca_cert_file_path = nullptr,
            const char *client_ca_cert_dir_path = nullptr, const char *private_key_password = nullptr);
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
  SSLServer(X509 *cert, EVP_PKEY *private_key, X509_STORE *client_ca_cert_store = nullptr);
  SSLServer(const std::function<bool(SSL_CTX &ssl_ctx)> &setup_ssl_ctx_callback);
#endif
  ~SSLServer() override;

  bool is_valid() const override;
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
  SSL_CTX *ssl_context() const;
#endif
};

enum class Error {
  Success = 0,
  Unknown,
  Connection,
  BindIPAddress,
  Read,
  Write,
  ExceedRedirectCount,
  Canceled,
  SSLConnection,
  SSLLoadingCerts,
  SSLServerVerification,
  UnsupportedMultipartBoundaryChars,
  Compression,
  ConnectionTimeout,
};

std::string to_string(const Error error);
std::ostream &operator<<(std::ostream &os, const Error &obj);

// The outcome of a client request: the response, if one arrived, and the error.
class Result {
public:
  Result(std::unique_ptr<Response> &&res, Error err, Headers &&request_headers = Headers{});

  operator bool() const;
  bool operator==(std::nullptr_t) const;
  bool operator!=(std::nullptr_t) const;
  const Response &value() const;
  Response &value();
  const Response &operator*() const;
  Response &operator*();
  const Response *operator->() const;
  Response *operator->();

  Error error() const;

  bool has_request_header(const std::string &key) const;
  std::string get_request_header_value(const std::string &key, size_t id = 0) const;
  template <typename T> T get_request_header_value(const std::string &key, size_t id = 0) const;
  size_t get_request_header_value_count(const std::string &key) const;


private:
  std::unique_ptr<Response> res_;
  Error err_;
};

// The request methods and settings shared by ClientImpl and Client (each
// declares its own, as in the real header: Client forwards to a ClientImpl).
#define SLUICE_HTTPLIB_CLIENT_API                                                                              \
  Result Get(const std::string &path);                                                                         \
  Result Get(const std::string &path, const Headers &headers);                                                 \
  Result Get(const std::string &path, Progress progress);                                                      \
  Result Get(const std::string &path, const Headers &headers, Progress progress);                              \
  Result Get(const std::string &path, ContentReceiver content_receiver);                                       \
  Result Get(const std::string &path, const Headers &headers, ContentReceiver content_receiver);               \
  Result Get(const std::string &path, ContentReceiver content_receiver, Progress progress);                    \
  Result Get(const std::string &path, const Headers &headers, ContentReceiver content_receiver,                \
             Progress progress);                                                                               \
  Result Get(const std::string &path, ResponseHandler response_handler, ContentReceiver content_receiver);     \
  Result Get(const std::string &path, const Headers &headers, ResponseHandler response_handler,                \
             ContentReceiver content_receiver);                                                                \
  Result Get(const std::string &path, ResponseHandler response_handler, ContentReceiver content_receiver,      \
             Progress progress);                                                                               \
  Result Get(const std::string &path, const Headers &headers, ResponseHandler response_handler,                \
             ContentReceiver content_receiver, Progress progress);                                             \
  Result Get(const std::string &path, const Params &params, const Headers &headers,                            \
             Progress progress = nullptr);                                                                     \
  Result Get(const std::string &path, const Params &params, const Headers &headers,                            \
             ContentReceiver content_receiver, Progress progress = nullptr);                                   \
  Result Get(const std::string &path, const Params &params, const Headers &headers,                            \
             ResponseHandler response_handler, ContentReceiver content_receiver, Progress progress = nullptr); \
                                                                                                               \
  Result Head(const std::string &path);                                                                        \
  Result Head(const std::string &path, const Headers &headers);                                                \
                                                                                                               \
  Result Post(const std::string &path);                                                                        \
  Result Post(const std::string &path, const Headers &headers);                                                \
  Result Post(const std::string &path, const char *body, size_t content_length,                                \
              const std::string &content_type);                                                                \
  Result Post(const std::string &path, const Headers &headers, const char *body, size_t content_length,        \
              const std::string &content_type);                                                                \
  Result Post(const std::string &path, const std::string &body, const std::string &content_type);              \
  Result Post(const std::string &path, const Headers &headers, const std::string &body,                        \
              const std::string &content_type);                                                                \
  Result Post(const std::string &path, size_t content_length, ContentProvider content_provider,                \
              const std::string &content_type);                                                                \
  Result Post(const std::string &path, ContentProviderWithoutLength content_provider,                          \
              const std::string &content_type);                                                                \
  Result Post(const std::string &path, const Headers &headers, size_t content_length,                          \
              ContentProvider content_provider, const std::string &content_type);                              \
  Result Post(const std::string &path, const Headers &headers, ContentProviderWithoutLength content_provider,  \
              const std::string &content_type);                                                                \
  Result Post(const std::string &path, const Params &params);                                                  \
  Result Post(const std::string &path, const Headers &headers, const Params &params);                          \
  Result Post(const std::string &path, const MultipartFormDataItems &items);                                   \
  Result Post(const std::string &path, const Headers &headers, const MultipartFormDataItems &items);           \
  Result Post(const std::string &path, const Headers &headers, const MultipartFormDataItems &items,            \
              const std::string &boundary);                                                                    \
  Result Post(const std::string &path, const Headers &headers, const MultipartFormDataItems &items,            \
              const MultipartFormDataProviderItems &provider_items);                                           \
                                                                                                               \
  Result Put(const std::string &path);                                                                         \
  Result Put(const std::string &path, const char *body, size_t content_length,                                 \
             const std::string &content_type);                                                                 \
  Result Put(const std::string &path, const Headers &headers, const char *body, size_t content_length,         \
             const std::string &content_type);                                                                 \
  Result Put(const std::string &path, const std::string &body, const std::string &content_type);               \
  Result Put(const std::string &path, const Headers &headers, const std::string &body,                         \
             const std::string &content_type);                                                                 \
  Result Put(const std::string &path, size_t content_length, ContentProvider content_provider,                 \
             const std::string &content_type);                                                                 \
  Result Put(const std::string &path, ContentProviderWithoutLength content_provider,                           \
             const std::string &content_type);                                                                 \
  Result Put(const std::string &path, const Headers &headers, size_t content_length,                           \
             ContentProvider content_provider, const std::string &content_type);                               \
  Result Put(const std::string &path, const Headers &headers, ContentProviderWithoutLength content_provider,   \
             const std::string &content_type);                                                                 \
  Result Put(const std::string &path, const Params &params);                                                   \
  Result Put(const std::string &path, const Headers &headers, const Params &params);                           \
  Result Put(const std::string &path, const MultipartFormDataItems &items);                                    \
  Result Put(const std::string &path, const Headers &headers, const MultipartFormDataItems &items);            \
  Result Put(const std::string &path, const Headers &headers, const MultipartFormDataItems &items,             \
             const std::string &boundary);                                                                     \
  Result Put(const std::string &path, const Headers &headers, const MultipartFormDataItems &items,             \
             const MultipartFormDataProviderItems &provider_items);                                            \
                                                                                                               \
  Result Patch(const std::string &path);                                                                       \
  Result Patch(const std::string &path, const char *body, size_t content_length,                               \
               const std::string &content_type);                                                               \
  Result Patch(const std::string &path, const Headers &headers, const char *body, size_t content_length,       \
               const std::string &content_type);                                                               \
  Result Patch(const std::string &path, const std::string &body, const std::string &content_type);             \
  Result Patch(const std::string &path, const Headers &headers, const std::string &body,                       \
               const std::string &content_type);                                                               \
  Result Patch(const std::string &path, size_t content_length, ContentProvider content_provider,               \
               const std::string &content_type);                                                               \
  Result Patch(const std::string &path, ContentProviderWithoutLength content_provider,                         \
               const std::string &content_type);                                                               \
  Result Patch(const std::string &path, const Headers &headers, size_t content_length,                         \
               ContentProvider content_provider, const std::string &content_type);                             \
  Result Patch(const std::string &path, const Headers &headers, ContentProviderWithoutLength content_provider, \
               const std::string &content_type);                                                               \
                                                                                                               \
  Result Delete(const std::string &path);                                                                      \
  Result Delete(const std::string &path, const Headers &headers);                                              \
  Result Delete(const std::string &path, const char *body, size_t content_length,                              \
                const std::string &content_type);                                                              \
  Result Delete(const std::string &path, const Headers &headers, const char *body, size_t content_length,      \
                const std::string &content_type);                                                              \
  Result Delete(const std::string &path, const std::string &body, const std::string &content_type);            \
  Result Delete(const std::string &path, const Headers &headers, const std::string &body,                      \
                const std::string &content_type);                                                              \
                                                                                                               \
  Result Options(const std::string &path);                                                                     \
  Result Options(const std::string &path, const Headers &headers);                                             \
                                                                                                               \
  bool send(Request &req, Response &res, Error &error);                                                        \
  Result send(const Request &req);                                                                             \
                                                                                                               \
  size_t is_socket_open() const;                                                                               \
  socket_t socket() const;                                                                                     \
  void stop();                                                                                                 \
                                                                                                               \
  void set_hostname_addr_map(std::map<std::string, std::string> addr_map);                                     \
  void set_default_headers(Headers headers);                                                                   \
  void set_address_family(int family);                                                                         \
  void set_tcp_nodelay(bool on);                                                                               \
  void set_socket_options(SocketOptions socket_options);                                                       \
                                                                                                               \
  void set_connection_timeout(time_t sec, time_t usec = 0);                                                    \
  template <class Rep, class Period>                                                                           \
  void set_connection_timeout(const std::chrono::duration<Rep, Period> &duration);                             \
  void set_read_timeout(time_t sec, time_t usec = 0);                                                          \
  template <class Rep, class Period> void set_read_timeout(const std::chrono::duration<Rep, Period> &duration); \
  void set_write_timeout(time_t sec, time_t usec = 0);                                                         \
  template <class Rep, class Period>                                                                           \
  void set_write_timeout(const std::chrono::duration<Rep, Period> &duration);                                  \
                                                                                                               \
  void set_basic_auth(const std::string &username, const std::string &password);                               \
  void set_bearer_token_auth(const std::string &token);                                                        \
  void set_digest_auth(const std::string &username, const std::string &password);                              \
                                                                                                               \
  void set_keep_alive(bool on);                                                                                \
  void set_follow_location(bool on);                                                                           \
  void set_url_encode(bool on);                                                                                \
  void set_compress(bool on);                                                                                  \
  void set_decompress(bool on);                                                                                \
  void set_interface(const std::string &intf);                                                                 \
                                                                                                               \
  void set_proxy(const std::string &host, int port);                                                           \
  void set_proxy_basic_auth(const std::string &username, const std::string &password);                         \
  void set_proxy_bearer_token_auth(const std::string &token);                                                  \
  void set_proxy_digest_auth(const std::string &username, const std::string &password);                        \
                                                                                                               \
  void set_ca_cert_path(const std::string &ca_cert_file_path, const std::string &ca_cert_dir_path = std::string()); \
  void enable_server_certificate_verification(bool enabled);                                                   \
                                                                                                               \
  void set_logger(Logger logger);

class ClientImpl {
public:
  explicit ClientImpl(const std::string &host);
  explicit ClientImpl(const std::string &host, int port);
  explicit ClientImpl(const std::string &host, int port, const std::string &client_cert_path,
                      const std::string &client_key_path);
  virtual ~ClientImpl();

  virtual bool is_valid() const;

  SLUICE_HTTPLIB_CLIENT_API

#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
  void set_ca_cert_store(X509_STORE *ca_cert_store);
#endif
};

class Client {
public:
  // scheme://host:port ("http://example.com", "https://example.com:8443").
  explicit Client(const std::string &scheme_host_port);
  explicit Client(const std::string &scheme_host_port, const std::string &client_cert_path,
                  const std::string &client_key_path);
  // Plain HTTP to host:port.
  explicit Client(const std::string &host, int port);
  explicit Client(const std::string &host, int port, const std::string &client_cert_path,
                  const std::string &client_key_path);
  Client(Client &&) = default;
  ~Client();

  bool is_valid() const;

  SLUICE_HTTPLIB_CLIENT_API

#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
  void set_ca_cert_store(X509_STORE *ca_cert_store);
  long get_openssl_verify_result() const;
  SSL_CTX *ssl_context() const;
#endif

private:
  std::unique_ptr<ClientImpl> cli_;
};

#undef SLUICE_HTTPLIB_CLIENT_API

class SSLClient : public ClientImpl {
public:
  explicit SSLClient(const std::string &host);
  explicit SSLClient(const std::string &host, int port);
  explicit SSLClient(const std::string &host, int port, const std::string &client_cert_path,
                     const std::string &client_key_path);
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
  explicit SSLClient(const std::string &host, int port, X509 *client_cert, EVP_PKEY *client_key);
#endif
  ~SSLClient() override;

  bool is_valid() const override;

#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
  void set_ca_cert_store(X509_STORE *ca_cert_store);
  long get_openssl_verify_result() const;
  SSL_CTX *ssl_context() const;
#endif
};

std::string append_query_params(const std::string &path, const Params &params);
std::pair<std::string, std::string> make_range_header(Ranges ranges);
std::pair<std::string, std::string> make_basic_authentication_header(const std::string &username,
                                                                     const std::string &password,
                                                                     bool is_proxy = false);
std::pair<std::string, std::string> make_bearer_token_authentication_header(const std::string &token,
                                                                            bool is_proxy = false);

namespace detail {
std::string encode_url(const std::string &s);
std::string decode_url(const std::string &s, bool convert_plus_to_space);
std::string encode_query_param(const std::string &value);
std::string params_to_query_str(const Params &params);
void parse_query_text(const std::string &s, Params &params);
} // namespace detail

} // namespace httplib

#endif // SLUICE_STUB_HTTPLIB_H

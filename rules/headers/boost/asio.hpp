// Sluice bundled declarations for Boost.Asio (boost/asio.hpp): declarations only, written from the documented API; used only when the real header is not installed.
//
// Shaped like Boost 1.74 so that Clang names the declarations as it names
// the real ones: ip::tcp::socket is basic_stream_socket<ip::tcp> (its
// read_some/write_some/send/receive are members of basic_stream_socket, while
// open/connect/close/... are members of its base basic_socket), ip::udp::socket
// is basic_datagram_socket<ip::udp>, read/write/read_until/async_* and
// buffer/dynamic_buffer are function templates in boost::asio. Completion
// handlers and tokens are template parameters and are not checked; the
// templates that take them have trivial bodies, which Clang needs when they
// are used with a lambda. The sub-headers (boost/asio/ip/tcp.hpp,
// boost/asio/read.hpp, ...) include this file; boost/asio/ssl.hpp holds the
// SSL part.

#ifndef SLUICE_STUB_BOOST_ASIO_HPP
#define SLUICE_STUB_BOOST_ASIO_HPP

#include <boost/system/error_code.hpp>
#include <boost/system/system_error.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <functional>
#include <future>
#include <istream>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>
#if __cplusplus >= 201703L
#include <string_view>
#endif

// The real headers bring in the system's socket headers; so do these.
#if defined(__has_include)
#if __has_include(<sys/types.h>)
#include <sys/types.h>
#endif
#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<sys/ioctl.h>)
#include <sys/ioctl.h>
#endif
#if __has_include(<sys/uio.h>)
#include <sys/uio.h>
#endif
#if __has_include(<sys/un.h>)
#include <sys/un.h>
#endif
#if __has_include(<netinet/in.h>)
#include <netinet/in.h>
#endif
#if __has_include(<netinet/tcp.h>)
#include <netinet/tcp.h>
#endif
#if __has_include(<arpa/inet.h>)
#include <arpa/inet.h>
#endif
#if __has_include(<netdb.h>)
#include <netdb.h>
#endif
#if __has_include(<poll.h>)
#include <poll.h>
#endif
#if __has_include(<fcntl.h>)
#include <fcntl.h>
#endif
#if __has_include(<unistd.h>)
#include <unistd.h>
#endif
#if __has_include(<pthread.h>)
#include <pthread.h>
#endif
#endif

#if __cplusplus >= 201703L
#define SLUICE_ASIO_STRING_VIEW_PARAM boost::asio::string_view
#else
#define SLUICE_ASIO_STRING_VIEW_PARAM const std::string &
#endif

// Parameters of the trivial bodies below are unused.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"

namespace boost {
namespace asio {

#if __cplusplus >= 201703L
using std::basic_string_view;
typedef std::string_view string_view;
#endif

class execution_context;
class io_context;
class mutable_buffer;
class const_buffer;
template <typename Allocator> class basic_streambuf;

namespace detail {

template <bool Condition> using sluice_if_t = typename std::enable_if<Condition, int>::type;

template <typename T> using sluice_if_context_t = sluice_if_t<std::is_convertible<T &, execution_context &>::value>;

template <typename...> struct sluice_void { typedef void type; };

// Executors have context(); execution contexts derive from execution_context.
template <typename T, typename = void> struct sluice_is_executor : std::false_type {};
template <typename T>
struct sluice_is_executor<T, typename sluice_void<decltype(std::declval<const T &>().context())>::type>
    : std::true_type {};

template <typename T, typename = void> struct sluice_has_begin : std::false_type {};
template <typename T>
struct sluice_has_begin<T, typename sluice_void<decltype(std::declval<const T &>().begin()),
                                                decltype(std::declval<const T &>().end())>::type> : std::true_type {};

template <typename T> struct sluice_is_streambuf : std::false_type {};
template <typename Allocator> struct sluice_is_streambuf<basic_streambuf<Allocator>> : std::true_type {};

} // namespace detail

// ---------------------------------------------------------------------------
// Completion tokens and their results.

template <typename CompletionToken, typename Signature> class async_result {
public:
  typedef CompletionToken completion_handler_type;
  typedef void return_type;
  explicit async_result(completion_handler_type &h);
  return_type get();
};

namespace detail {
template <typename Token, typename Signature>
using sluice_async_t = typename async_result<typename std::decay<Token>::type, Signature>::return_type;
// A value of a library type (void, std::future<...>) for the trivial bodies
// that templates taking handlers need: Clang requires a definition for a
// function template used with a lambda type.
template <typename R> R sluice_make();
typedef void sluice_sig_ec(boost::system::error_code);
typedef void sluice_sig_ec_size(boost::system::error_code, std::size_t);
} // namespace detail

template <typename Allocator = std::allocator<void>> class use_future_t {
public:
  typedef Allocator allocator_type;
  constexpr use_future_t() {}
  explicit use_future_t(const Allocator &allocator);
  template <typename OtherAllocator> use_future_t<OtherAllocator> rebind(const OtherAllocator &allocator) const;
  allocator_type get_allocator() const;
};
constexpr use_future_t<> use_future;

template <typename Allocator> class async_result<use_future_t<Allocator>, void()> {
public:
  typedef std::future<void> return_type;
};
template <typename Allocator> class async_result<use_future_t<Allocator>, void(boost::system::error_code)> {
public:
  typedef std::future<void> return_type;
};
template <typename Allocator, typename T>
class async_result<use_future_t<Allocator>, void(boost::system::error_code, T)> {
public:
  typedef std::future<T> return_type;
};

class detached_t {
public:
  constexpr detached_t() {}
};
constexpr detached_t detached;

struct executor_arg_t {
  constexpr executor_arg_t() noexcept {}
};
constexpr executor_arg_t executor_arg;

// ---------------------------------------------------------------------------
// Errors.

namespace error {

enum basic_errors {
  access_denied = EACCES,
  address_family_not_supported = EAFNOSUPPORT,
  address_in_use = EADDRINUSE,
  already_connected = EISCONN,
  already_started = EALREADY,
  broken_pipe = EPIPE,
  connection_aborted = ECONNABORTED,
  connection_refused = ECONNREFUSED,
  connection_reset = ECONNRESET,
  bad_descriptor = EBADF,
  fault = EFAULT,
  host_unreachable = EHOSTUNREACH,
  in_progress = EINPROGRESS,
  interrupted = EINTR,
  invalid_argument = EINVAL,
  message_size = EMSGSIZE,
  name_too_long = ENAMETOOLONG,
  network_down = ENETDOWN,
  network_reset = ENETRESET,
  network_unreachable = ENETUNREACH,
  no_descriptors = EMFILE,
  no_buffer_space = ENOBUFS,
  no_memory = ENOMEM,
  no_permission = EPERM,
  no_protocol_option = ENOPROTOOPT,
  no_such_device = ENODEV,
  not_connected = ENOTCONN,
  not_socket = ENOTSOCK,
  operation_aborted = ECANCELED,
  operation_not_supported = EOPNOTSUPP,
  shut_down = ESHUTDOWN,
  timed_out = ETIMEDOUT,
  try_again = EAGAIN,
  would_block = EWOULDBLOCK
};

// The resolver's h_errno values (netdb.h).
enum netdb_errors { host_not_found = 1, host_not_found_try_again = 2, no_data = 4, no_recovery = 3 };

// getaddrinfo() errors (glibc values of EAI_SERVICE and EAI_SOCKTYPE).
enum addrinfo_errors { service_not_found = -8, socket_type_not_supported = -7 };

enum misc_errors { already_open = 1, eof, not_found, fd_set_failure };

// Errors of the SSL layer carry OpenSSL's own numbers.
enum ssl_errors {};

const boost::system::error_category &get_system_category();
const boost::system::error_category &get_netdb_category();
const boost::system::error_category &get_addrinfo_category();
const boost::system::error_category &get_misc_category();
const boost::system::error_category &get_ssl_category();

boost::system::error_code make_error_code(basic_errors e);
boost::system::error_code make_error_code(netdb_errors e);
boost::system::error_code make_error_code(addrinfo_errors e);
boost::system::error_code make_error_code(misc_errors e);
boost::system::error_code make_error_code(ssl_errors e);

} // namespace error
} // namespace asio

namespace system {
template <> struct is_error_code_enum<boost::asio::error::basic_errors> { static const bool value = true; };
template <> struct is_error_code_enum<boost::asio::error::netdb_errors> { static const bool value = true; };
template <> struct is_error_code_enum<boost::asio::error::addrinfo_errors> { static const bool value = true; };
template <> struct is_error_code_enum<boost::asio::error::misc_errors> { static const bool value = true; };
template <> struct is_error_code_enum<boost::asio::error::ssl_errors> { static const bool value = true; };
} // namespace system

namespace asio {

// ---------------------------------------------------------------------------
// Buffers.

class mutable_buffer {
public:
  mutable_buffer() noexcept;
  mutable_buffer(void *data, std::size_t size) noexcept;
  void *data() const noexcept;
  std::size_t size() const noexcept;
  mutable_buffer &operator+=(std::size_t n) noexcept;
};

class mutable_buffers_1 : public mutable_buffer {
public:
  typedef mutable_buffer value_type;
  typedef const mutable_buffer *const_iterator;
  mutable_buffers_1(void *data, std::size_t size) noexcept;
  explicit mutable_buffers_1(const mutable_buffer &b) noexcept;
  const_iterator begin() const noexcept;
  const_iterator end() const noexcept;
};

class const_buffer {
public:
  const_buffer() noexcept;
  const_buffer(const void *data, std::size_t size) noexcept;
  const_buffer(const mutable_buffer &b) noexcept;
  const void *data() const noexcept;
  std::size_t size() const noexcept;
  const_buffer &operator+=(std::size_t n) noexcept;
};

class const_buffers_1 : public const_buffer {
public:
  typedef const_buffer value_type;
  typedef const const_buffer *const_iterator;
  const_buffers_1(const void *data, std::size_t size) noexcept;
  explicit const_buffers_1(const const_buffer &b) noexcept;
  const_iterator begin() const noexcept;
  const_iterator end() const noexcept;
};

class null_buffers {
public:
  typedef mutable_buffer value_type;
  typedef const mutable_buffer *const_iterator;
  const_iterator begin() const noexcept;
  const_iterator end() const noexcept;
};

mutable_buffer operator+(const mutable_buffer &b, std::size_t n) noexcept;
mutable_buffer operator+(std::size_t n, const mutable_buffer &b) noexcept;
const_buffer operator+(const const_buffer &b, std::size_t n) noexcept;
const_buffer operator+(std::size_t n, const const_buffer &b) noexcept;

template <typename Elem, typename Traits, typename Allocator> class dynamic_string_buffer;
template <typename Elem, typename Allocator> class dynamic_vector_buffer;

template <typename T> struct is_dynamic_buffer : std::false_type {};
template <typename Elem, typename Traits, typename Allocator>
struct is_dynamic_buffer<dynamic_string_buffer<Elem, Traits, Allocator>> : std::true_type {};
template <typename Elem, typename Allocator>
struct is_dynamic_buffer<dynamic_vector_buffer<Elem, Allocator>> : std::true_type {};
template <typename T> struct is_dynamic_buffer_v1 : is_dynamic_buffer<T> {};
template <typename T> struct is_dynamic_buffer_v2 : is_dynamic_buffer<T> {};

// Anything that is neither a dynamic buffer nor a streambuf is taken as a
// buffer sequence (a buffer, or a container of buffers).
template <typename T>
struct is_mutable_buffer_sequence
    : std::integral_constant<bool, !is_dynamic_buffer<T>::value && !detail::sluice_is_streambuf<T>::value> {};
template <typename T>
struct is_const_buffer_sequence
    : std::integral_constant<bool, !is_dynamic_buffer<T>::value && !detail::sluice_is_streambuf<T>::value> {};

mutable_buffers_1 buffer(const mutable_buffer &b) noexcept;
mutable_buffers_1 buffer(const mutable_buffer &b, std::size_t max_size_in_bytes) noexcept;
const_buffers_1 buffer(const const_buffer &b) noexcept;
const_buffers_1 buffer(const const_buffer &b, std::size_t max_size_in_bytes) noexcept;
mutable_buffers_1 buffer(void *data, std::size_t size_in_bytes) noexcept;
const_buffers_1 buffer(const void *data, std::size_t size_in_bytes) noexcept;

template <typename PodType, std::size_t N> mutable_buffers_1 buffer(PodType (&data)[N]) noexcept;
template <typename PodType, std::size_t N>
mutable_buffers_1 buffer(PodType (&data)[N], std::size_t max_size_in_bytes) noexcept;
template <typename PodType, std::size_t N> const_buffers_1 buffer(const PodType (&data)[N]) noexcept;
template <typename PodType, std::size_t N>
const_buffers_1 buffer(const PodType (&data)[N], std::size_t max_size_in_bytes) noexcept;

template <typename PodType, std::size_t N> mutable_buffers_1 buffer(std::array<PodType, N> &data) noexcept;
template <typename PodType, std::size_t N>
mutable_buffers_1 buffer(std::array<PodType, N> &data, std::size_t max_size_in_bytes) noexcept;
template <typename PodType, std::size_t N> const_buffers_1 buffer(std::array<const PodType, N> &data) noexcept;
template <typename PodType, std::size_t N>
const_buffers_1 buffer(std::array<const PodType, N> &data, std::size_t max_size_in_bytes) noexcept;
template <typename PodType, std::size_t N> const_buffers_1 buffer(const std::array<PodType, N> &data) noexcept;
template <typename PodType, std::size_t N>
const_buffers_1 buffer(const std::array<PodType, N> &data, std::size_t max_size_in_bytes) noexcept;

template <typename PodType, typename Allocator>
mutable_buffers_1 buffer(std::vector<PodType, Allocator> &data) noexcept;
template <typename PodType, typename Allocator>
mutable_buffers_1 buffer(std::vector<PodType, Allocator> &data, std::size_t max_size_in_bytes) noexcept;
template <typename PodType, typename Allocator>
const_buffers_1 buffer(const std::vector<PodType, Allocator> &data) noexcept;
template <typename PodType, typename Allocator>
const_buffers_1 buffer(const std::vector<PodType, Allocator> &data, std::size_t max_size_in_bytes) noexcept;

template <typename Elem, typename Traits, typename Allocator>
mutable_buffers_1 buffer(std::basic_string<Elem, Traits, Allocator> &data) noexcept;
template <typename Elem, typename Traits, typename Allocator>
mutable_buffers_1 buffer(std::basic_string<Elem, Traits, Allocator> &data, std::size_t max_size_in_bytes) noexcept;
template <typename Elem, typename Traits, typename Allocator>
const_buffers_1 buffer(const std::basic_string<Elem, Traits, Allocator> &data) noexcept;
template <typename Elem, typename Traits, typename Allocator>
const_buffers_1 buffer(const std::basic_string<Elem, Traits, Allocator> &data, std::size_t max_size_in_bytes) noexcept;

#if __cplusplus >= 201703L
template <typename Elem, typename Traits> const_buffers_1 buffer(std::basic_string_view<Elem, Traits> data) noexcept;
template <typename Elem, typename Traits>
const_buffers_1 buffer(std::basic_string_view<Elem, Traits> data, std::size_t max_size_in_bytes) noexcept;
#endif

template <typename BufferSequence> std::size_t buffer_size(const BufferSequence &b) noexcept;
template <typename PointerToPodType> PointerToPodType buffer_cast(const mutable_buffer &b) noexcept;
template <typename PointerToPodType> PointerToPodType buffer_cast(const const_buffer &b) noexcept;
template <typename MutableBufferSequence, typename ConstBufferSequence>
std::size_t buffer_copy(const MutableBufferSequence &target, const ConstBufferSequence &source) noexcept;
template <typename MutableBufferSequence, typename ConstBufferSequence>
std::size_t buffer_copy(const MutableBufferSequence &target, const ConstBufferSequence &source,
                        std::size_t max_bytes_to_copy) noexcept;

// A random-access iterator over the bytes of a buffer sequence.
template <typename BufferSequence, typename ByteType = char> class buffers_iterator {
public:
  typedef std::ptrdiff_t difference_type;
  typedef ByteType value_type;
  typedef const ByteType *pointer;
  typedef const ByteType &reference;
  typedef std::random_access_iterator_tag iterator_category;

  buffers_iterator();
  static buffers_iterator begin(const BufferSequence &buffers);
  static buffers_iterator end(const BufferSequence &buffers);

  reference operator*() const;
  pointer operator->() const;
  reference operator[](std::ptrdiff_t difference) const;
  buffers_iterator &operator++();
  buffers_iterator operator++(int);
  buffers_iterator &operator--();
  buffers_iterator operator--(int);
  buffers_iterator &operator+=(std::ptrdiff_t difference);
  buffers_iterator &operator-=(std::ptrdiff_t difference);
  friend buffers_iterator operator+(const buffers_iterator &iter, std::ptrdiff_t) { return iter; }
  friend buffers_iterator operator+(std::ptrdiff_t, const buffers_iterator &iter) { return iter; }
  friend buffers_iterator operator-(const buffers_iterator &iter, std::ptrdiff_t) { return iter; }
  friend std::ptrdiff_t operator-(const buffers_iterator &, const buffers_iterator &) { return 0; }
  friend bool operator==(const buffers_iterator &, const buffers_iterator &) { return true; }
  friend bool operator!=(const buffers_iterator &, const buffers_iterator &) { return false; }
  friend bool operator<(const buffers_iterator &, const buffers_iterator &) { return false; }
  friend bool operator<=(const buffers_iterator &, const buffers_iterator &) { return true; }
  friend bool operator>(const buffers_iterator &, const buffers_iterator &) { return false; }
  friend bool operator>=(const buffers_iterator &, const buffers_iterator &) { return true; }
};

template <typename BufferSequence> buffers_iterator<BufferSequence> buffers_begin(const BufferSequence &buffers);
template <typename BufferSequence> buffers_iterator<BufferSequence> buffers_end(const BufferSequence &buffers);

// A growable buffer over a std::string or std::vector owned by the caller.
template <typename Elem, typename Traits, typename Allocator> class dynamic_string_buffer {
public:
  typedef const_buffers_1 const_buffers_type;
  typedef mutable_buffers_1 mutable_buffers_type;

  explicit dynamic_string_buffer(std::basic_string<Elem, Traits, Allocator> &s,
                                 std::size_t maximum_size = (std::numeric_limits<std::size_t>::max)()) noexcept;
  dynamic_string_buffer(const dynamic_string_buffer &other) noexcept;
  dynamic_string_buffer(dynamic_string_buffer &&other) noexcept;

  std::size_t size() const noexcept;
  std::size_t max_size() const noexcept;
  std::size_t capacity() const noexcept;
  const_buffers_type data() const noexcept;
  mutable_buffers_type data(std::size_t pos, std::size_t n);
  const_buffers_type data(std::size_t pos, std::size_t n) const noexcept;
  mutable_buffers_type prepare(std::size_t n);
  void commit(std::size_t n);
  void grow(std::size_t n);
  void shrink(std::size_t n);
  void consume(std::size_t n);
};

template <typename Elem, typename Allocator> class dynamic_vector_buffer {
public:
  typedef const_buffers_1 const_buffers_type;
  typedef mutable_buffers_1 mutable_buffers_type;

  explicit dynamic_vector_buffer(std::vector<Elem, Allocator> &v,
                                 std::size_t maximum_size = (std::numeric_limits<std::size_t>::max)()) noexcept;
  dynamic_vector_buffer(const dynamic_vector_buffer &other) noexcept;
  dynamic_vector_buffer(dynamic_vector_buffer &&other) noexcept;

  std::size_t size() const noexcept;
  std::size_t max_size() const noexcept;
  std::size_t capacity() const noexcept;
  const_buffers_type data() const noexcept;
  mutable_buffers_type data(std::size_t pos, std::size_t n);
  const_buffers_type data(std::size_t pos, std::size_t n) const noexcept;
  mutable_buffers_type prepare(std::size_t n);
  void commit(std::size_t n);
  void grow(std::size_t n);
  void shrink(std::size_t n);
  void consume(std::size_t n);
};

template <typename Elem, typename Traits, typename Allocator>
dynamic_string_buffer<Elem, Traits, Allocator>
dynamic_buffer(std::basic_string<Elem, Traits, Allocator> &data) noexcept;
template <typename Elem, typename Traits, typename Allocator>
dynamic_string_buffer<Elem, Traits, Allocator> dynamic_buffer(std::basic_string<Elem, Traits, Allocator> &data,
                                                              std::size_t max_size) noexcept;
template <typename Elem, typename Allocator>
dynamic_vector_buffer<Elem, Allocator> dynamic_buffer(std::vector<Elem, Allocator> &data) noexcept;
template <typename Elem, typename Allocator>
dynamic_vector_buffer<Elem, Allocator> dynamic_buffer(std::vector<Elem, Allocator> &data,
                                                      std::size_t max_size) noexcept;

// A std::streambuf whose input and output sequences are asio buffers.
template <typename Allocator = std::allocator<char>> class basic_streambuf : public std::streambuf {
public:
  typedef const_buffers_1 const_buffers_type;
  typedef mutable_buffers_1 mutable_buffers_type;

  explicit basic_streambuf(std::size_t maximum_size = (std::numeric_limits<std::size_t>::max)(),
                           const Allocator &allocator = Allocator());
  basic_streambuf(const basic_streambuf &) = delete;
  basic_streambuf &operator=(const basic_streambuf &) = delete;

  std::size_t size() const noexcept;
  std::size_t max_size() const noexcept;
  std::size_t capacity() const noexcept;
  const_buffers_type data() const noexcept;
  mutable_buffers_type prepare(std::size_t n);
  void commit(std::size_t n);
  void consume(std::size_t n);
};

typedef basic_streambuf<> streambuf;

// ---------------------------------------------------------------------------
// Completion conditions for read and write.

namespace detail {
class transfer_all_t {
public:
  typedef std::size_t result_type;
  template <typename Error> std::size_t operator()(const Error &err, std::size_t bytes_transferred);
};
class transfer_at_least_t {
public:
  typedef std::size_t result_type;
  explicit transfer_at_least_t(std::size_t minimum);
  template <typename Error> std::size_t operator()(const Error &err, std::size_t bytes_transferred);
};
class transfer_exactly_t {
public:
  typedef std::size_t result_type;
  explicit transfer_exactly_t(std::size_t size);
  template <typename Error> std::size_t operator()(const Error &err, std::size_t bytes_transferred);
};
} // namespace detail

detail::transfer_all_t transfer_all();
detail::transfer_at_least_t transfer_at_least(std::size_t minimum);
detail::transfer_exactly_t transfer_exactly(std::size_t size);

// ---------------------------------------------------------------------------
// Execution contexts and executors.

class execution_context {
public:
  class id;
  class service;
  enum fork_event { fork_prepare, fork_parent, fork_child };

  execution_context();
  execution_context(const execution_context &) = delete;
  execution_context &operator=(const execution_context &) = delete;
  ~execution_context();

  void notify_fork(fork_event event);
};

class execution_context::id {
public:
  id();
};

class execution_context::service {
public:
  execution_context &context();

protected:
  explicit service(execution_context &owner);
  virtual ~service();
};

template <typename Service> Service &use_service(execution_context &e);
template <typename Service> bool has_service(execution_context &e);

// The type-erased executor that I/O objects use by default.
class any_io_executor {
public:
  any_io_executor() noexcept;
  any_io_executor(std::nullptr_t) noexcept;
  any_io_executor(const any_io_executor &e) noexcept;
  any_io_executor(any_io_executor &&e) noexcept;
  template <typename Executor,
            typename = detail::sluice_if_t<!std::is_same<typename std::decay<Executor>::type, any_io_executor>::value &&
                                           detail::sluice_is_executor<typename std::decay<Executor>::type>::value>>
  any_io_executor(Executor e);
  any_io_executor &operator=(const any_io_executor &e) noexcept;
  any_io_executor &operator=(any_io_executor &&e) noexcept;
  any_io_executor &operator=(std::nullptr_t) noexcept;
  ~any_io_executor();

  execution_context &context() const noexcept;
  template <typename Function> void execute(Function &&f) const {}
  explicit operator bool() const noexcept;
  template <typename Executor> Executor *target() noexcept;
  template <typename Executor> const Executor *target() const noexcept;

  friend bool operator==(const any_io_executor &a, const any_io_executor &b) noexcept;
  friend bool operator!=(const any_io_executor &a, const any_io_executor &b) noexcept;
};

namespace detail {
template <typename Dispatcher, typename Handler> class wrapped_handler {
public:
  template <typename... Args> void operator()(Args &&...args) {}
  template <typename... Args> void operator()(Args &&...args) const {}
};
} // namespace detail

class io_context : public execution_context {
public:
  template <typename Allocator, unsigned int Bits> class basic_executor_type {
  public:
    basic_executor_type(const basic_executor_type &other) noexcept;
    basic_executor_type &operator=(const basic_executor_type &other) noexcept;

    io_context &context() const noexcept;
    bool running_in_this_thread() const noexcept;
    void on_work_started() const noexcept;
    void on_work_finished() const noexcept;
    template <typename Function> void execute(Function &&f) const {}
    template <typename Function, typename OtherAllocator> void dispatch(Function &&f, const OtherAllocator &a) const {}
    template <typename Function, typename OtherAllocator> void post(Function &&f, const OtherAllocator &a) const {}
    template <typename Function, typename OtherAllocator> void defer(Function &&f, const OtherAllocator &a) const {}

    friend bool operator==(const basic_executor_type &, const basic_executor_type &) noexcept { return true; }
    friend bool operator!=(const basic_executor_type &, const basic_executor_type &) noexcept { return false; }
  };

  typedef basic_executor_type<std::allocator<void>, 0> executor_type;
  class work;
  class strand;
  typedef std::size_t count_type;

  io_context();
  explicit io_context(int concurrency_hint);
  ~io_context();

  executor_type get_executor() noexcept;

  count_type run();
  count_type run(boost::system::error_code &ec);
  template <typename Rep, typename Period> count_type run_for(const std::chrono::duration<Rep, Period> &rel_time);
  template <typename Clock, typename Duration>
  count_type run_until(const std::chrono::time_point<Clock, Duration> &abs_time);
  count_type run_one();
  count_type run_one(boost::system::error_code &ec);
  template <typename Rep, typename Period> count_type run_one_for(const std::chrono::duration<Rep, Period> &rel_time);
  template <typename Clock, typename Duration>
  count_type run_one_until(const std::chrono::time_point<Clock, Duration> &abs_time);
  count_type poll();
  count_type poll(boost::system::error_code &ec);
  count_type poll_one();
  count_type poll_one(boost::system::error_code &ec);

  void stop();
  bool stopped() const;
  void restart();
  void reset();

  template <typename LegacyCompletionHandler> void dispatch(LegacyCompletionHandler &&handler) {}
  template <typename LegacyCompletionHandler> void post(LegacyCompletionHandler &&handler) {}
  template <typename Handler> detail::wrapped_handler<io_context &, typename std::decay<Handler>::type> wrap(Handler) {
    return {};
  }
};

typedef io_context io_service;

// Keeps run() from returning while there is no work (older interface).
class io_context::work {
public:
  explicit work(io_context &io_context);
  work(const work &other);
  ~work();
  io_context &get_io_context();
};

// Serialises handlers (older interface; see also strand<Executor>).
class io_context::strand {
public:
  explicit strand(io_context &io_context);
  ~strand();

  io_context &context() const noexcept;
  void on_work_started() const noexcept;
  void on_work_finished() const noexcept;
  template <typename Function> void execute(Function &&f) const {}
  template <typename LegacyCompletionHandler> void dispatch(LegacyCompletionHandler &&handler) {}
  template <typename LegacyCompletionHandler> void post(LegacyCompletionHandler &&handler) {}
  template <typename Handler> detail::wrapped_handler<strand, typename std::decay<Handler>::type> wrap(Handler) {
    return {};
  }
  bool running_in_this_thread() const noexcept;

  friend bool operator==(const strand &, const strand &) noexcept { return true; }
  friend bool operator!=(const strand &, const strand &) noexcept { return false; }
};

class thread_pool : public execution_context {
public:
  template <typename Allocator, unsigned int Bits> class basic_executor_type {
  public:
    basic_executor_type(const basic_executor_type &other) noexcept;
    basic_executor_type &operator=(const basic_executor_type &other) noexcept;

    thread_pool &context() const noexcept;
    bool running_in_this_thread() const noexcept;
    void on_work_started() const noexcept;
    void on_work_finished() const noexcept;
    template <typename Function> void execute(Function &&f) const {}
    template <typename Function, typename OtherAllocator> void dispatch(Function &&f, const OtherAllocator &a) const {}
    template <typename Function, typename OtherAllocator> void post(Function &&f, const OtherAllocator &a) const {}
    template <typename Function, typename OtherAllocator> void defer(Function &&f, const OtherAllocator &a) const {}

    friend bool operator==(const basic_executor_type &, const basic_executor_type &) noexcept { return true; }
    friend bool operator!=(const basic_executor_type &, const basic_executor_type &) noexcept { return false; }
  };

  typedef basic_executor_type<std::allocator<void>, 0> executor_type;

  thread_pool();
  explicit thread_pool(std::size_t num_threads);
  ~thread_pool();

  executor_type get_executor() noexcept;
  executor_type executor() noexcept;
  void stop();
  void attach();
  void join();
  void wait();
};

class system_executor {
public:
  system_executor() noexcept;
  execution_context &context() const noexcept;
  template <typename Function> void execute(Function &&f) const {}
  friend bool operator==(const system_executor &, const system_executor &) noexcept { return true; }
  friend bool operator!=(const system_executor &, const system_executor &) noexcept { return false; }
};

// Runs the handlers submitted through it one at a time.
template <typename Executor> class strand {
public:
  typedef Executor inner_executor_type;

  strand();
  explicit strand(const Executor &e);
  template <typename OtherExecutor> strand(const strand<OtherExecutor> &other) noexcept;

  inner_executor_type get_inner_executor() const noexcept;
  decltype(std::declval<const Executor &>().context()) context() const noexcept;
  bool running_in_this_thread() const noexcept;
  void on_work_started() const noexcept;
  void on_work_finished() const noexcept;
  template <typename Function> void execute(Function &&f) const {}
  template <typename Function, typename Allocator> void dispatch(Function &&f, const Allocator &a) const {}
  template <typename Function, typename Allocator> void post(Function &&f, const Allocator &a) const {}
  template <typename Function, typename Allocator> void defer(Function &&f, const Allocator &a) const {}

  friend bool operator==(const strand &, const strand &) noexcept { return true; }
  friend bool operator!=(const strand &, const strand &) noexcept { return false; }
};

template <typename Executor>
strand<Executor> make_strand(const Executor &ex, detail::sluice_if_t<detail::sluice_is_executor<Executor>::value> = 0);
template <typename ExecutionContext>
strand<typename ExecutionContext::executor_type> make_strand(ExecutionContext &ctx,
                                                             detail::sluice_if_context_t<ExecutionContext> = 0);

// Keeps an execution context running while work is outstanding.
template <typename Executor> class executor_work_guard {
public:
  typedef Executor executor_type;

  explicit executor_work_guard(const executor_type &e) noexcept;
  executor_work_guard(const executor_work_guard &other) noexcept;
  executor_work_guard(executor_work_guard &&other) noexcept;
  ~executor_work_guard();

  executor_type get_executor() const noexcept;
  bool owns_work() const noexcept;
  void reset() noexcept;
};

template <typename Executor>
executor_work_guard<Executor> make_work_guard(const Executor &ex,
                                              detail::sluice_if_t<detail::sluice_is_executor<Executor>::value> = 0);
template <typename ExecutionContext>
executor_work_guard<typename ExecutionContext::executor_type>
make_work_guard(ExecutionContext &ctx, detail::sluice_if_context_t<ExecutionContext> = 0);

// A handler bound to the executor it is to run on.
template <typename T, typename Executor> class executor_binder {
public:
  typedef T target_type;
  typedef Executor executor_type;

  template <typename U> executor_binder(executor_arg_t, const executor_type &, U &&) {}
  executor_binder(const executor_binder &other);
  executor_binder(executor_binder &&other);

  target_type &get() noexcept;
  const target_type &get() const noexcept;
  executor_type get_executor() const noexcept;

  template <typename... Args>
  auto operator()(Args &&...args) -> decltype(std::declval<T &>()(std::forward<Args>(args)...)) {
    return detail::sluice_make<decltype(std::declval<T &>()(std::forward<Args>(args)...))>();
  }
  template <typename... Args>
  auto operator()(Args &&...args) const -> decltype(std::declval<const T &>()(std::forward<Args>(args)...)) {
    return detail::sluice_make<decltype(std::declval<const T &>()(std::forward<Args>(args)...))>();
  }
};

template <typename Executor, typename T>
executor_binder<typename std::decay<T>::type, Executor>
bind_executor(const Executor &ex, T &&t, detail::sluice_if_t<detail::sluice_is_executor<Executor>::value> = 0) {
  return executor_binder<typename std::decay<T>::type, Executor>(executor_arg, ex, std::forward<T>(t));
}
template <typename ExecutionContext, typename T>
executor_binder<typename std::decay<T>::type, typename ExecutionContext::executor_type>
bind_executor(ExecutionContext &ctx, T &&t, detail::sluice_if_context_t<ExecutionContext> = 0) {
  return executor_binder<typename std::decay<T>::type, typename ExecutionContext::executor_type>(
      executor_arg, ctx.get_executor(), std::forward<T>(t));
}

// Submit a function object for execution.
template <typename CompletionToken> detail::sluice_async_t<CompletionToken, void()> post(CompletionToken &&token) {
  return detail::sluice_make<detail::sluice_async_t<CompletionToken, void()>>();
}
template <typename Executor, typename CompletionToken>
detail::sluice_async_t<CompletionToken, void()>
post(const Executor &ex, CompletionToken &&token,
     detail::sluice_if_t<detail::sluice_is_executor<Executor>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<CompletionToken, void()>>();
}
template <typename ExecutionContext, typename CompletionToken>
detail::sluice_async_t<CompletionToken, void()> post(ExecutionContext &ctx, CompletionToken &&token,
                                                     detail::sluice_if_context_t<ExecutionContext> = 0) {
  return detail::sluice_make<detail::sluice_async_t<CompletionToken, void()>>();
}

template <typename CompletionToken> detail::sluice_async_t<CompletionToken, void()> dispatch(CompletionToken &&token) {
  return detail::sluice_make<detail::sluice_async_t<CompletionToken, void()>>();
}
template <typename Executor, typename CompletionToken>
detail::sluice_async_t<CompletionToken, void()>
dispatch(const Executor &ex, CompletionToken &&token,
         detail::sluice_if_t<detail::sluice_is_executor<Executor>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<CompletionToken, void()>>();
}
template <typename ExecutionContext, typename CompletionToken>
detail::sluice_async_t<CompletionToken, void()> dispatch(ExecutionContext &ctx, CompletionToken &&token,
                                                         detail::sluice_if_context_t<ExecutionContext> = 0) {
  return detail::sluice_make<detail::sluice_async_t<CompletionToken, void()>>();
}

template <typename CompletionToken> detail::sluice_async_t<CompletionToken, void()> defer(CompletionToken &&token) {
  return detail::sluice_make<detail::sluice_async_t<CompletionToken, void()>>();
}
template <typename Executor, typename CompletionToken>
detail::sluice_async_t<CompletionToken, void()>
defer(const Executor &ex, CompletionToken &&token,
      detail::sluice_if_t<detail::sluice_is_executor<Executor>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<CompletionToken, void()>>();
}
template <typename ExecutionContext, typename CompletionToken>
detail::sluice_async_t<CompletionToken, void()> defer(ExecutionContext &ctx, CompletionToken &&token,
                                                      detail::sluice_if_context_t<ExecutionContext> = 0) {
  return detail::sluice_make<detail::sluice_async_t<CompletionToken, void()>>();
}

// ---------------------------------------------------------------------------
// Socket options and I/O control commands.

namespace detail {
namespace socket_option {

template <int Level, int Name> class boolean {
public:
  boolean();
  explicit boolean(bool v);
  boolean &operator=(bool v);
  bool value() const;
  operator bool() const;
  bool operator!() const;
  template <typename Protocol> int level(const Protocol &p) const;
  template <typename Protocol> int name(const Protocol &p) const;
  template <typename Protocol> int *data(const Protocol &p);
  template <typename Protocol> std::size_t size(const Protocol &p) const;
};

template <int Level, int Name> class integer {
public:
  integer();
  explicit integer(int v);
  integer &operator=(int v);
  int value() const;
  template <typename Protocol> int level(const Protocol &p) const;
  template <typename Protocol> int name(const Protocol &p) const;
  template <typename Protocol> int *data(const Protocol &p);
  template <typename Protocol> std::size_t size(const Protocol &p) const;
};

template <int Level, int Name> class linger {
public:
  linger();
  linger(bool e, int t);
  void enabled(bool value);
  bool enabled() const;
  void timeout(int value);
  int timeout() const;
};

} // namespace socket_option

namespace io_control {
class bytes_readable {
public:
  bytes_readable();
  bytes_readable(std::size_t value);
  int name() const;
  void set(std::size_t value);
  std::size_t get() const;
};
} // namespace io_control
} // namespace detail

// Option levels and names below are the Linux values (SOL_SOCKET, SO_*).
class socket_base {
public:
  enum shutdown_type { shutdown_receive = 0, shutdown_send = 1, shutdown_both = 2 };

  typedef int message_flags;
  static const int message_peek = 0x2;
  static const int message_out_of_band = 0x1;
  static const int message_do_not_route = 0x4;
  static const int message_end_of_record = 0x80;

  enum wait_type { wait_read, wait_write, wait_error };

  typedef detail::socket_option::boolean<1, 6> broadcast;
  typedef detail::socket_option::boolean<1, 1> debug;
  typedef detail::socket_option::boolean<1, 5> do_not_route;
  typedef detail::socket_option::boolean<1, 9> keep_alive;
  typedef detail::socket_option::integer<1, 7> send_buffer_size;
  typedef detail::socket_option::integer<1, 19> send_low_watermark;
  typedef detail::socket_option::integer<1, 8> receive_buffer_size;
  typedef detail::socket_option::integer<1, 18> receive_low_watermark;
  typedef detail::socket_option::boolean<1, 2> reuse_address;
  typedef detail::socket_option::linger<1, 13> linger;
  typedef detail::socket_option::boolean<1, 10> out_of_band_inline;
  // Asio's own option level (0xA5100000 as an int).
  typedef detail::socket_option::boolean<-1525678080, 1> enable_connection_aborted;
  typedef detail::io_control::bytes_readable bytes_readable;

  static const int max_listen_connections = 4096;
  static const int max_connections = 4096;

protected:
  ~socket_base() = default;
};

template <typename Protocol, typename Executor = any_io_executor> class basic_socket;
template <typename Protocol, typename Executor = any_io_executor> class basic_stream_socket;
template <typename Protocol, typename Executor = any_io_executor> class basic_datagram_socket;
template <typename Protocol, typename Executor = any_io_executor> class basic_raw_socket;
template <typename Protocol, typename Executor = any_io_executor> class basic_socket_acceptor;

// ---------------------------------------------------------------------------
// Sockets.

template <typename Protocol, typename Executor> class basic_socket : public socket_base {
public:
  typedef Executor executor_type;
  template <typename Executor1> struct rebind_executor { typedef basic_socket<Protocol, Executor1> other; };
  typedef int native_handle_type;
  typedef Protocol protocol_type;
  typedef typename Protocol::endpoint endpoint_type;
  typedef basic_socket<Protocol, Executor> lowest_layer_type;

  explicit basic_socket(const executor_type &ex);
  template <typename ExecutionContext>
  explicit basic_socket(ExecutionContext &context, detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_socket(const executor_type &ex, const protocol_type &protocol);
  template <typename ExecutionContext>
  basic_socket(ExecutionContext &context, const protocol_type &protocol,
               detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_socket(const executor_type &ex, const endpoint_type &endpoint);
  template <typename ExecutionContext>
  basic_socket(ExecutionContext &context, const endpoint_type &endpoint,
               detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_socket(const executor_type &ex, const protocol_type &protocol, const native_handle_type &native_socket);
  template <typename ExecutionContext>
  basic_socket(ExecutionContext &context, const protocol_type &protocol, const native_handle_type &native_socket,
               detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_socket(basic_socket &&other) noexcept;
  basic_socket &operator=(basic_socket &&other);
  template <typename Protocol1, typename Executor1> basic_socket(basic_socket<Protocol1, Executor1> &&other);

  executor_type get_executor() noexcept;
  lowest_layer_type &lowest_layer();
  const lowest_layer_type &lowest_layer() const;

  void open(const protocol_type &protocol = protocol_type());
  boost::system::error_code open(const protocol_type &protocol, boost::system::error_code &ec);
  void assign(const protocol_type &protocol, const native_handle_type &native_socket);
  boost::system::error_code assign(const protocol_type &protocol, const native_handle_type &native_socket,
                                   boost::system::error_code &ec);
  bool is_open() const;
  void close();
  boost::system::error_code close(boost::system::error_code &ec);
  native_handle_type release();
  native_handle_type release(boost::system::error_code &ec);
  native_handle_type native_handle();
  void cancel();
  boost::system::error_code cancel(boost::system::error_code &ec);
  bool at_mark() const;
  bool at_mark(boost::system::error_code &ec) const;
  std::size_t available() const;
  std::size_t available(boost::system::error_code &ec) const;

  void bind(const endpoint_type &endpoint);
  boost::system::error_code bind(const endpoint_type &endpoint, boost::system::error_code &ec);
  void connect(const endpoint_type &peer_endpoint);
  boost::system::error_code connect(const endpoint_type &peer_endpoint, boost::system::error_code &ec);
  template <typename ConnectHandler>
  detail::sluice_async_t<ConnectHandler, detail::sluice_sig_ec> async_connect(const endpoint_type &peer_endpoint,
                                                                              ConnectHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ConnectHandler, detail::sluice_sig_ec>>();
  }

  template <typename SettableSocketOption> void set_option(const SettableSocketOption &option);
  template <typename SettableSocketOption>
  boost::system::error_code set_option(const SettableSocketOption &option, boost::system::error_code &ec);
  template <typename GettableSocketOption> void get_option(GettableSocketOption &option) const;
  template <typename GettableSocketOption>
  boost::system::error_code get_option(GettableSocketOption &option, boost::system::error_code &ec) const;
  template <typename IoControlCommand> void io_control(IoControlCommand &command);
  template <typename IoControlCommand>
  boost::system::error_code io_control(IoControlCommand &command, boost::system::error_code &ec);

  bool non_blocking() const;
  void non_blocking(bool mode);
  boost::system::error_code non_blocking(bool mode, boost::system::error_code &ec);
  bool native_non_blocking() const;
  void native_non_blocking(bool mode);
  boost::system::error_code native_non_blocking(bool mode, boost::system::error_code &ec);

  endpoint_type local_endpoint() const;
  endpoint_type local_endpoint(boost::system::error_code &ec) const;
  endpoint_type remote_endpoint() const;
  endpoint_type remote_endpoint(boost::system::error_code &ec) const;

  void shutdown(shutdown_type what);
  boost::system::error_code shutdown(shutdown_type what, boost::system::error_code &ec);

  void wait(wait_type w);
  boost::system::error_code wait(wait_type w, boost::system::error_code &ec);
  template <typename WaitHandler>
  detail::sluice_async_t<WaitHandler, detail::sluice_sig_ec> async_wait(wait_type w, WaitHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<WaitHandler, detail::sluice_sig_ec>>();
  }

protected:
  ~basic_socket();
};

// A connected byte-stream socket (ip::tcp::socket).
template <typename Protocol, typename Executor> class basic_stream_socket : public basic_socket<Protocol, Executor> {
public:
  typedef Executor executor_type;
  template <typename Executor1> struct rebind_executor { typedef basic_stream_socket<Protocol, Executor1> other; };
  typedef int native_handle_type;
  typedef Protocol protocol_type;
  typedef typename Protocol::endpoint endpoint_type;

  explicit basic_stream_socket(const executor_type &ex);
  template <typename ExecutionContext>
  explicit basic_stream_socket(ExecutionContext &context, detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_stream_socket(const executor_type &ex, const protocol_type &protocol);
  template <typename ExecutionContext>
  basic_stream_socket(ExecutionContext &context, const protocol_type &protocol,
                      detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_stream_socket(const executor_type &ex, const endpoint_type &endpoint);
  template <typename ExecutionContext>
  basic_stream_socket(ExecutionContext &context, const endpoint_type &endpoint,
                      detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_stream_socket(const executor_type &ex, const protocol_type &protocol, const native_handle_type &native_socket);
  template <typename ExecutionContext>
  basic_stream_socket(ExecutionContext &context, const protocol_type &protocol, const native_handle_type &native_socket,
                      detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_stream_socket(basic_stream_socket &&other) noexcept;
  basic_stream_socket &operator=(basic_stream_socket &&other);
  template <typename Protocol1, typename Executor1>
  basic_stream_socket(basic_stream_socket<Protocol1, Executor1> &&other);
  ~basic_stream_socket();

  template <typename ConstBufferSequence> std::size_t send(const ConstBufferSequence &buffers);
  template <typename ConstBufferSequence>
  std::size_t send(const ConstBufferSequence &buffers, socket_base::message_flags flags);
  template <typename ConstBufferSequence>
  std::size_t send(const ConstBufferSequence &buffers, socket_base::message_flags flags, boost::system::error_code &ec);
  template <typename ConstBufferSequence, typename WriteHandler>
  detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size> async_send(const ConstBufferSequence &buffers,
                                                                              WriteHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
  }
  template <typename ConstBufferSequence, typename WriteHandler>
  detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>
  async_send(const ConstBufferSequence &buffers, socket_base::message_flags flags, WriteHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
  }

  template <typename MutableBufferSequence> std::size_t receive(const MutableBufferSequence &buffers);
  template <typename MutableBufferSequence>
  std::size_t receive(const MutableBufferSequence &buffers, socket_base::message_flags flags);
  template <typename MutableBufferSequence>
  std::size_t receive(const MutableBufferSequence &buffers, socket_base::message_flags flags,
                      boost::system::error_code &ec);
  template <typename MutableBufferSequence, typename ReadHandler>
  detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size> async_receive(const MutableBufferSequence &buffers,
                                                                                ReadHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
  }
  template <typename MutableBufferSequence, typename ReadHandler>
  detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
  async_receive(const MutableBufferSequence &buffers, socket_base::message_flags flags, ReadHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
  }

  template <typename ConstBufferSequence> std::size_t write_some(const ConstBufferSequence &buffers);
  template <typename ConstBufferSequence>
  std::size_t write_some(const ConstBufferSequence &buffers, boost::system::error_code &ec);
  template <typename ConstBufferSequence, typename WriteHandler>
  detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size> async_write_some(const ConstBufferSequence &buffers,
                                                                                    WriteHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
  }

  template <typename MutableBufferSequence> std::size_t read_some(const MutableBufferSequence &buffers);
  template <typename MutableBufferSequence>
  std::size_t read_some(const MutableBufferSequence &buffers, boost::system::error_code &ec);
  template <typename MutableBufferSequence, typename ReadHandler>
  detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size> async_read_some(const MutableBufferSequence &buffers,
                                                                                  ReadHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
  }
};

// A datagram socket (ip::udp::socket).
template <typename Protocol, typename Executor> class basic_datagram_socket : public basic_socket<Protocol, Executor> {
public:
  typedef Executor executor_type;
  template <typename Executor1> struct rebind_executor { typedef basic_datagram_socket<Protocol, Executor1> other; };
  typedef int native_handle_type;
  typedef Protocol protocol_type;
  typedef typename Protocol::endpoint endpoint_type;

  explicit basic_datagram_socket(const executor_type &ex);
  template <typename ExecutionContext>
  explicit basic_datagram_socket(ExecutionContext &context, detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_datagram_socket(const executor_type &ex, const protocol_type &protocol);
  template <typename ExecutionContext>
  basic_datagram_socket(ExecutionContext &context, const protocol_type &protocol,
                        detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_datagram_socket(const executor_type &ex, const endpoint_type &endpoint);
  template <typename ExecutionContext>
  basic_datagram_socket(ExecutionContext &context, const endpoint_type &endpoint,
                        detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_datagram_socket(const executor_type &ex, const protocol_type &protocol,
                        const native_handle_type &native_socket);
  template <typename ExecutionContext>
  basic_datagram_socket(ExecutionContext &context, const protocol_type &protocol,
                        const native_handle_type &native_socket, detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_datagram_socket(basic_datagram_socket &&other) noexcept;
  basic_datagram_socket &operator=(basic_datagram_socket &&other);
  template <typename Protocol1, typename Executor1>
  basic_datagram_socket(basic_datagram_socket<Protocol1, Executor1> &&other);
  ~basic_datagram_socket();

  template <typename ConstBufferSequence> std::size_t send(const ConstBufferSequence &buffers);
  template <typename ConstBufferSequence>
  std::size_t send(const ConstBufferSequence &buffers, socket_base::message_flags flags);
  template <typename ConstBufferSequence>
  std::size_t send(const ConstBufferSequence &buffers, socket_base::message_flags flags, boost::system::error_code &ec);
  template <typename ConstBufferSequence, typename WriteHandler>
  detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size> async_send(const ConstBufferSequence &buffers,
                                                                              WriteHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
  }
  template <typename ConstBufferSequence, typename WriteHandler>
  detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>
  async_send(const ConstBufferSequence &buffers, socket_base::message_flags flags, WriteHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
  }

  template <typename ConstBufferSequence>
  std::size_t send_to(const ConstBufferSequence &buffers, const endpoint_type &destination);
  template <typename ConstBufferSequence>
  std::size_t send_to(const ConstBufferSequence &buffers, const endpoint_type &destination,
                      socket_base::message_flags flags);
  template <typename ConstBufferSequence>
  std::size_t send_to(const ConstBufferSequence &buffers, const endpoint_type &destination,
                      socket_base::message_flags flags, boost::system::error_code &ec);
  template <typename ConstBufferSequence, typename WriteHandler>
  detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>
  async_send_to(const ConstBufferSequence &buffers, const endpoint_type &destination, WriteHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
  }
  template <typename ConstBufferSequence, typename WriteHandler>
  detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>
  async_send_to(const ConstBufferSequence &buffers, const endpoint_type &destination, socket_base::message_flags flags,
                WriteHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
  }

  template <typename MutableBufferSequence> std::size_t receive(const MutableBufferSequence &buffers);
  template <typename MutableBufferSequence>
  std::size_t receive(const MutableBufferSequence &buffers, socket_base::message_flags flags);
  template <typename MutableBufferSequence>
  std::size_t receive(const MutableBufferSequence &buffers, socket_base::message_flags flags,
                      boost::system::error_code &ec);
  template <typename MutableBufferSequence, typename ReadHandler>
  detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size> async_receive(const MutableBufferSequence &buffers,
                                                                                ReadHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
  }
  template <typename MutableBufferSequence, typename ReadHandler>
  detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
  async_receive(const MutableBufferSequence &buffers, socket_base::message_flags flags, ReadHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
  }

  template <typename MutableBufferSequence>
  std::size_t receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint);
  template <typename MutableBufferSequence>
  std::size_t receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint,
                           socket_base::message_flags flags);
  template <typename MutableBufferSequence>
  std::size_t receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint,
                           socket_base::message_flags flags, boost::system::error_code &ec);
  template <typename MutableBufferSequence, typename ReadHandler>
  detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
  async_receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint, ReadHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
  }
  template <typename MutableBufferSequence, typename ReadHandler>
  detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
  async_receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint,
                     socket_base::message_flags flags, ReadHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
  }
};

// A listening socket that accepts stream connections (ip::tcp::acceptor).
template <typename Protocol, typename Executor> class basic_socket_acceptor : public socket_base {
public:
  typedef Executor executor_type;
  template <typename Executor1> struct rebind_executor { typedef basic_socket_acceptor<Protocol, Executor1> other; };
  typedef int native_handle_type;
  typedef Protocol protocol_type;
  typedef typename Protocol::endpoint endpoint_type;

  explicit basic_socket_acceptor(const executor_type &ex);
  template <typename ExecutionContext>
  explicit basic_socket_acceptor(ExecutionContext &context, detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_socket_acceptor(const executor_type &ex, const protocol_type &protocol);
  template <typename ExecutionContext>
  basic_socket_acceptor(ExecutionContext &context, const protocol_type &protocol,
                        detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_socket_acceptor(const executor_type &ex, const endpoint_type &endpoint, bool reuse_addr = true);
  template <typename ExecutionContext>
  basic_socket_acceptor(ExecutionContext &context, const endpoint_type &endpoint, bool reuse_addr = true,
                        detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_socket_acceptor(const executor_type &ex, const protocol_type &protocol,
                        const native_handle_type &native_acceptor);
  template <typename ExecutionContext>
  basic_socket_acceptor(ExecutionContext &context, const protocol_type &protocol,
                        const native_handle_type &native_acceptor, detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_socket_acceptor(basic_socket_acceptor &&other) noexcept;
  basic_socket_acceptor &operator=(basic_socket_acceptor &&other);
  ~basic_socket_acceptor();

  executor_type get_executor() noexcept;

  void open(const protocol_type &protocol = protocol_type());
  boost::system::error_code open(const protocol_type &protocol, boost::system::error_code &ec);
  void assign(const protocol_type &protocol, const native_handle_type &native_acceptor);
  boost::system::error_code assign(const protocol_type &protocol, const native_handle_type &native_acceptor,
                                   boost::system::error_code &ec);
  bool is_open() const;
  void bind(const endpoint_type &endpoint);
  boost::system::error_code bind(const endpoint_type &endpoint, boost::system::error_code &ec);
  void listen(int backlog = socket_base::max_listen_connections);
  boost::system::error_code listen(int backlog, boost::system::error_code &ec);
  void close();
  boost::system::error_code close(boost::system::error_code &ec);
  native_handle_type release();
  native_handle_type release(boost::system::error_code &ec);
  native_handle_type native_handle();
  void cancel();
  boost::system::error_code cancel(boost::system::error_code &ec);

  template <typename SettableSocketOption> void set_option(const SettableSocketOption &option);
  template <typename SettableSocketOption>
  boost::system::error_code set_option(const SettableSocketOption &option, boost::system::error_code &ec);
  template <typename GettableSocketOption> void get_option(GettableSocketOption &option) const;
  template <typename GettableSocketOption>
  boost::system::error_code get_option(GettableSocketOption &option, boost::system::error_code &ec) const;
  template <typename IoControlCommand> void io_control(IoControlCommand &command);
  template <typename IoControlCommand>
  boost::system::error_code io_control(IoControlCommand &command, boost::system::error_code &ec);

  bool non_blocking() const;
  void non_blocking(bool mode);
  boost::system::error_code non_blocking(bool mode, boost::system::error_code &ec);
  bool native_non_blocking() const;
  void native_non_blocking(bool mode);
  boost::system::error_code native_non_blocking(bool mode, boost::system::error_code &ec);

  endpoint_type local_endpoint() const;
  endpoint_type local_endpoint(boost::system::error_code &ec) const;

  void wait(wait_type w);
  boost::system::error_code wait(wait_type w, boost::system::error_code &ec);
  template <typename WaitHandler>
  detail::sluice_async_t<WaitHandler, detail::sluice_sig_ec> async_wait(wait_type w, WaitHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<WaitHandler, detail::sluice_sig_ec>>();
  }

  // Accept into an existing socket.
  template <typename Protocol1, typename Executor1> void accept(basic_socket<Protocol1, Executor1> &peer);
  template <typename Protocol1, typename Executor1>
  boost::system::error_code accept(basic_socket<Protocol1, Executor1> &peer, boost::system::error_code &ec);
  template <typename Protocol1, typename Executor1, typename AcceptHandler>
  detail::sluice_async_t<AcceptHandler, detail::sluice_sig_ec> async_accept(basic_socket<Protocol1, Executor1> &peer,
                                                                            AcceptHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<AcceptHandler, detail::sluice_sig_ec>>();
  }
  template <typename Executor1> void accept(basic_socket<protocol_type, Executor1> &peer, endpoint_type &peer_endpoint);
  template <typename Executor1>
  boost::system::error_code accept(basic_socket<protocol_type, Executor1> &peer, endpoint_type &peer_endpoint,
                                   boost::system::error_code &ec);
  template <typename Executor1, typename AcceptHandler>
  detail::sluice_async_t<AcceptHandler, detail::sluice_sig_ec>
  async_accept(basic_socket<protocol_type, Executor1> &peer, endpoint_type &peer_endpoint, AcceptHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<AcceptHandler, detail::sluice_sig_ec>>();
  }

  // Accept and return a new socket.
  typename Protocol::socket::template rebind_executor<executor_type>::other accept();
  typename Protocol::socket::template rebind_executor<executor_type>::other accept(boost::system::error_code &ec);
  template <typename MoveAcceptHandler>
  detail::sluice_async_t<MoveAcceptHandler,
                         void(boost::system::error_code,
                              typename Protocol::socket::template rebind_executor<executor_type>::other)>
  async_accept(MoveAcceptHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<
        MoveAcceptHandler,
        void(boost::system::error_code, typename Protocol::socket::template rebind_executor<executor_type>::other)>>();
  }
  template <typename Executor1>
  typename Protocol::socket::template rebind_executor<Executor1>::other
  accept(const Executor1 &ex, detail::sluice_if_t<detail::sluice_is_executor<Executor1>::value> = 0);
  template <typename ExecutionContext>
  typename Protocol::socket::template rebind_executor<typename ExecutionContext::executor_type>::other
  accept(ExecutionContext &context, detail::sluice_if_context_t<ExecutionContext> = 0);
  template <typename Executor1, typename MoveAcceptHandler>
  detail::sluice_async_t<MoveAcceptHandler, void(boost::system::error_code,
                                                 typename Protocol::socket::template rebind_executor<Executor1>::other)>
  async_accept(const Executor1 &ex, MoveAcceptHandler &&handler,
               detail::sluice_if_t<detail::sluice_is_executor<Executor1>::value> = 0) {
    return detail::sluice_make<detail::sluice_async_t<
        MoveAcceptHandler,
        void(boost::system::error_code, typename Protocol::socket::template rebind_executor<Executor1>::other)>>();
  }
  template <typename ExecutionContext, typename MoveAcceptHandler>
  detail::sluice_async_t<MoveAcceptHandler,
                         void(boost::system::error_code, typename Protocol::socket::template rebind_executor<
                                                             typename ExecutionContext::executor_type>::other)>
  async_accept(ExecutionContext &context, MoveAcceptHandler &&handler,
               detail::sluice_if_context_t<ExecutionContext> = 0) {
    return detail::sluice_make<detail::sluice_async_t<
        MoveAcceptHandler, void(boost::system::error_code, typename Protocol::socket::template rebind_executor<
                                                               typename ExecutionContext::executor_type>::other)>>();
  }
  typename Protocol::socket::template rebind_executor<executor_type>::other accept(endpoint_type &peer_endpoint);
  typename Protocol::socket::template rebind_executor<executor_type>::other accept(endpoint_type &peer_endpoint,
                                                                                   boost::system::error_code &ec);
  template <typename MoveAcceptHandler>
  detail::sluice_async_t<MoveAcceptHandler,
                         void(boost::system::error_code,
                              typename Protocol::socket::template rebind_executor<executor_type>::other)>
  async_accept(endpoint_type &peer_endpoint, MoveAcceptHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<
        MoveAcceptHandler,
        void(boost::system::error_code, typename Protocol::socket::template rebind_executor<executor_type>::other)>>();
  }
};

// ---------------------------------------------------------------------------
// Timers and signals.

template <typename Clock> struct wait_traits {
  static typename Clock::duration to_wait_duration(const typename Clock::duration &d);
  static typename Clock::duration to_wait_duration(const typename Clock::time_point &t);
};

template <typename Clock, typename WaitTraits = wait_traits<Clock>, typename Executor = any_io_executor>
class basic_waitable_timer {
public:
  typedef Executor executor_type;
  template <typename Executor1> struct rebind_executor {
    typedef basic_waitable_timer<Clock, WaitTraits, Executor1> other;
  };
  typedef Clock clock_type;
  typedef typename Clock::duration duration;
  typedef typename Clock::time_point time_point;
  typedef WaitTraits traits_type;

  explicit basic_waitable_timer(const executor_type &ex);
  template <typename ExecutionContext>
  explicit basic_waitable_timer(ExecutionContext &context, detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_waitable_timer(const executor_type &ex, const time_point &expiry_time);
  template <typename ExecutionContext>
  basic_waitable_timer(ExecutionContext &context, const time_point &expiry_time,
                       detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_waitable_timer(const executor_type &ex, const duration &expiry_time);
  template <typename ExecutionContext>
  basic_waitable_timer(ExecutionContext &context, const duration &expiry_time,
                       detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_waitable_timer(basic_waitable_timer &&other);
  basic_waitable_timer &operator=(basic_waitable_timer &&other);
  ~basic_waitable_timer();

  executor_type get_executor() noexcept;

  std::size_t cancel();
  std::size_t cancel(boost::system::error_code &ec);
  std::size_t cancel_one();
  std::size_t cancel_one(boost::system::error_code &ec);

  time_point expires_at() const;
  time_point expiry() const;
  std::size_t expires_at(const time_point &expiry_time);
  std::size_t expires_at(const time_point &expiry_time, boost::system::error_code &ec);
  std::size_t expires_after(const duration &expiry_time);
  duration expires_from_now() const;
  std::size_t expires_from_now(const duration &expiry_time);
  std::size_t expires_from_now(const duration &expiry_time, boost::system::error_code &ec);

  void wait();
  void wait(boost::system::error_code &ec);
  template <typename WaitHandler>
  detail::sluice_async_t<WaitHandler, detail::sluice_sig_ec> async_wait(WaitHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<WaitHandler, detail::sluice_sig_ec>>();
  }
};

typedef basic_waitable_timer<std::chrono::steady_clock> steady_timer;
typedef basic_waitable_timer<std::chrono::system_clock> system_timer;
typedef basic_waitable_timer<std::chrono::high_resolution_clock> high_resolution_timer;

template <typename Executor = any_io_executor> class basic_signal_set {
public:
  typedef Executor executor_type;
  template <typename Executor1> struct rebind_executor { typedef basic_signal_set<Executor1> other; };

  explicit basic_signal_set(const executor_type &ex);
  template <typename ExecutionContext>
  explicit basic_signal_set(ExecutionContext &context, detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_signal_set(const executor_type &ex, int signal_number_1);
  template <typename ExecutionContext>
  basic_signal_set(ExecutionContext &context, int signal_number_1, detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_signal_set(const executor_type &ex, int signal_number_1, int signal_number_2);
  template <typename ExecutionContext>
  basic_signal_set(ExecutionContext &context, int signal_number_1, int signal_number_2,
                   detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_signal_set(const executor_type &ex, int signal_number_1, int signal_number_2, int signal_number_3);
  template <typename ExecutionContext>
  basic_signal_set(ExecutionContext &context, int signal_number_1, int signal_number_2, int signal_number_3,
                   detail::sluice_if_context_t<ExecutionContext> = 0);
  ~basic_signal_set();

  executor_type get_executor() noexcept;

  void add(int signal_number);
  boost::system::error_code add(int signal_number, boost::system::error_code &ec);
  void remove(int signal_number);
  boost::system::error_code remove(int signal_number, boost::system::error_code &ec);
  void clear();
  boost::system::error_code clear(boost::system::error_code &ec);
  void cancel();
  boost::system::error_code cancel(boost::system::error_code &ec);

  template <typename SignalHandler>
  detail::sluice_async_t<SignalHandler, void(boost::system::error_code, int)> async_wait(SignalHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<SignalHandler, void(boost::system::error_code, int)>>();
  }
};

typedef basic_signal_set<> signal_set;

// ---------------------------------------------------------------------------
// Internet protocol: addresses, endpoints, resolver, tcp and udp.

namespace ip {

class address_v4 {
public:
  typedef uint_least32_t uint_type;
  typedef std::array<unsigned char, 4> bytes_type;

  address_v4() noexcept;
  explicit address_v4(const bytes_type &bytes);
  explicit address_v4(uint_type addr);

  bytes_type to_bytes() const noexcept;
  uint_type to_uint() const noexcept;
  unsigned long to_ulong() const;
  std::string to_string() const;
  std::string to_string(boost::system::error_code &ec) const;

  static address_v4 from_string(const char *str);
  static address_v4 from_string(const char *str, boost::system::error_code &ec);
  static address_v4 from_string(const std::string &str);
  static address_v4 from_string(const std::string &str, boost::system::error_code &ec);

  bool is_loopback() const noexcept;
  bool is_unspecified() const noexcept;
  bool is_class_a() const;
  bool is_class_b() const;
  bool is_class_c() const;
  bool is_multicast() const noexcept;

  static address_v4 any() noexcept;
  static address_v4 loopback() noexcept;
  static address_v4 broadcast() noexcept;
  static address_v4 broadcast(const address_v4 &addr, const address_v4 &mask);
  static address_v4 netmask(const address_v4 &addr);

  friend bool operator==(const address_v4 &, const address_v4 &) noexcept { return true; }
  friend bool operator!=(const address_v4 &, const address_v4 &) noexcept { return false; }
  friend bool operator<(const address_v4 &, const address_v4 &) noexcept { return false; }
  friend bool operator>(const address_v4 &, const address_v4 &) noexcept { return false; }
  friend bool operator<=(const address_v4 &, const address_v4 &) noexcept { return true; }
  friend bool operator>=(const address_v4 &, const address_v4 &) noexcept { return true; }
};

class address_v6 {
public:
  typedef std::array<unsigned char, 16> bytes_type;

  address_v6() noexcept;
  explicit address_v6(const bytes_type &bytes, unsigned long scope_id = 0);

  unsigned long scope_id() const noexcept;
  void scope_id(unsigned long id) noexcept;
  bytes_type to_bytes() const noexcept;
  std::string to_string() const;
  std::string to_string(boost::system::error_code &ec) const;

  static address_v6 from_string(const char *str);
  static address_v6 from_string(const char *str, boost::system::error_code &ec);
  static address_v6 from_string(const std::string &str);
  static address_v6 from_string(const std::string &str, boost::system::error_code &ec);

  address_v4 to_v4() const;
  bool is_loopback() const noexcept;
  bool is_unspecified() const noexcept;
  bool is_link_local() const noexcept;
  bool is_site_local() const noexcept;
  bool is_v4_mapped() const noexcept;
  bool is_multicast() const noexcept;

  static address_v6 any() noexcept;
  static address_v6 loopback() noexcept;
  static address_v6 v4_mapped(const address_v4 &addr);

  friend bool operator==(const address_v6 &, const address_v6 &) noexcept { return true; }
  friend bool operator!=(const address_v6 &, const address_v6 &) noexcept { return false; }
  friend bool operator<(const address_v6 &, const address_v6 &) noexcept { return false; }
  friend bool operator>(const address_v6 &, const address_v6 &) noexcept { return false; }
  friend bool operator<=(const address_v6 &, const address_v6 &) noexcept { return true; }
  friend bool operator>=(const address_v6 &, const address_v6 &) noexcept { return true; }
};

class address {
public:
  address() noexcept;
  address(const address_v4 &ipv4_address) noexcept;
  address(const address_v6 &ipv6_address) noexcept;
  address(const address &other) noexcept;
  address &operator=(const address &other) noexcept;
  address &operator=(const address_v4 &ipv4_address) noexcept;
  address &operator=(const address_v6 &ipv6_address) noexcept;

  bool is_v4() const noexcept;
  bool is_v6() const noexcept;
  address_v4 to_v4() const;
  address_v6 to_v6() const;
  std::string to_string() const;
  std::string to_string(boost::system::error_code &ec) const;

  static address from_string(const char *str);
  static address from_string(const char *str, boost::system::error_code &ec);
  static address from_string(const std::string &str);
  static address from_string(const std::string &str, boost::system::error_code &ec);

  bool is_loopback() const noexcept;
  bool is_unspecified() const noexcept;
  bool is_multicast() const noexcept;

  friend bool operator==(const address &, const address &) noexcept { return true; }
  friend bool operator!=(const address &, const address &) noexcept { return false; }
  friend bool operator<(const address &, const address &) noexcept { return false; }
  friend bool operator>(const address &, const address &) noexcept { return false; }
  friend bool operator<=(const address &, const address &) noexcept { return true; }
  friend bool operator>=(const address &, const address &) noexcept { return true; }
};

enum v4_mapped_t { v4_mapped };

address_v4 make_address_v4(const address_v4::bytes_type &bytes);
address_v4 make_address_v4(address_v4::uint_type addr);
address_v4 make_address_v4(const char *str);
address_v4 make_address_v4(const char *str, boost::system::error_code &ec) noexcept;
address_v4 make_address_v4(const std::string &str);
address_v4 make_address_v4(const std::string &str, boost::system::error_code &ec) noexcept;
address_v4 make_address_v4(v4_mapped_t, const address_v6 &v6_addr);
address_v6 make_address_v6(const address_v6::bytes_type &bytes, unsigned long scope_id = 0);
address_v6 make_address_v6(const char *str);
address_v6 make_address_v6(const char *str, boost::system::error_code &ec) noexcept;
address_v6 make_address_v6(const std::string &str);
address_v6 make_address_v6(const std::string &str, boost::system::error_code &ec) noexcept;
address_v6 make_address_v6(v4_mapped_t, const address_v4 &v4_addr);
address make_address(const char *str);
address make_address(const char *str, boost::system::error_code &ec) noexcept;
address make_address(const std::string &str);
address make_address(const std::string &str, boost::system::error_code &ec) noexcept;
#if __cplusplus >= 201703L
address_v4 make_address_v4(string_view str);
address_v4 make_address_v4(string_view str, boost::system::error_code &ec) noexcept;
address_v6 make_address_v6(string_view str);
address_v6 make_address_v6(string_view str, boost::system::error_code &ec) noexcept;
address make_address(string_view str);
address make_address(string_view str, boost::system::error_code &ec) noexcept;
#endif

template <typename Elem, typename Traits>
std::basic_ostream<Elem, Traits> &operator<<(std::basic_ostream<Elem, Traits> &os, const address_v4 &addr);
template <typename Elem, typename Traits>
std::basic_ostream<Elem, Traits> &operator<<(std::basic_ostream<Elem, Traits> &os, const address_v6 &addr);
template <typename Elem, typename Traits>
std::basic_ostream<Elem, Traits> &operator<<(std::basic_ostream<Elem, Traits> &os, const address &addr);

std::string host_name();
std::string host_name(boost::system::error_code &ec);

// An address and a port of the protocol (ip::tcp::endpoint, ip::udp::endpoint).
template <typename InternetProtocol> class basic_endpoint {
public:
  typedef InternetProtocol protocol_type;
  typedef unsigned short port_type;

  basic_endpoint() noexcept;
  basic_endpoint(const InternetProtocol &internet_protocol, port_type port_num) noexcept;
  basic_endpoint(const boost::asio::ip::address &addr, port_type port_num) noexcept;
  basic_endpoint(const basic_endpoint &other) noexcept;
  basic_endpoint &operator=(const basic_endpoint &other) noexcept;

  protocol_type protocol() const noexcept;
  port_type port() const noexcept;
  void port(port_type port_num) noexcept;
  boost::asio::ip::address address() const noexcept;
  void address(const boost::asio::ip::address &addr) noexcept;
  std::size_t size() const noexcept;
  void resize(std::size_t new_size);
  std::size_t capacity() const noexcept;

  friend bool operator==(const basic_endpoint &, const basic_endpoint &) noexcept { return true; }
  friend bool operator!=(const basic_endpoint &, const basic_endpoint &) noexcept { return false; }
  friend bool operator<(const basic_endpoint &, const basic_endpoint &) noexcept { return false; }
  friend bool operator>(const basic_endpoint &, const basic_endpoint &) noexcept { return false; }
  friend bool operator<=(const basic_endpoint &, const basic_endpoint &) noexcept { return true; }
  friend bool operator>=(const basic_endpoint &, const basic_endpoint &) noexcept { return true; }
};

template <typename Elem, typename Traits, typename InternetProtocol>
std::basic_ostream<Elem, Traits> &operator<<(std::basic_ostream<Elem, Traits> &os,
                                             const basic_endpoint<InternetProtocol> &endpoint);

// Resolver flags: the Linux getaddrinfo() AI_* values.
class resolver_base {
public:
  enum flags {
    canonical_name = 0x0002,
    passive = 0x0001,
    numeric_host = 0x0004,
    numeric_service = 0x0400,
    v4_mapped = 0x0008,
    all_matching = 0x0010,
    address_configured = 0x0020
  };

  friend flags operator&(flags x, flags) { return x; }
  friend flags operator|(flags x, flags) { return x; }
  friend flags operator^(flags x, flags) { return x; }
  friend flags operator~(flags x) { return x; }
  friend flags &operator&=(flags &x, flags) { return x; }
  friend flags &operator|=(flags &x, flags) { return x; }
  friend flags &operator^=(flags &x, flags) { return x; }

protected:
  ~resolver_base() = default;
};

class resolver_query_base : public resolver_base {
protected:
  ~resolver_query_base() = default;
};

template <typename InternetProtocol> class basic_resolver_entry {
public:
  typedef InternetProtocol protocol_type;
  typedef typename InternetProtocol::endpoint endpoint_type;

  basic_resolver_entry();
  basic_resolver_entry(const endpoint_type &ep, SLUICE_ASIO_STRING_VIEW_PARAM host,
                       SLUICE_ASIO_STRING_VIEW_PARAM service);

  endpoint_type endpoint() const;
  operator endpoint_type() const;
  std::string host_name() const;
  std::string service_name() const;
};

template <typename InternetProtocol> class basic_resolver_iterator {
public:
  typedef std::ptrdiff_t difference_type;
  typedef basic_resolver_entry<InternetProtocol> value_type;
  typedef const basic_resolver_entry<InternetProtocol> *pointer;
  typedef const basic_resolver_entry<InternetProtocol> &reference;
  typedef std::forward_iterator_tag iterator_category;

  basic_resolver_iterator();
  basic_resolver_iterator(const basic_resolver_iterator &other);
  basic_resolver_iterator &operator=(const basic_resolver_iterator &other);

  const basic_resolver_entry<InternetProtocol> &operator*() const;
  const basic_resolver_entry<InternetProtocol> *operator->() const;
  basic_resolver_iterator &operator++();
  basic_resolver_iterator operator++(int);

  friend bool operator==(const basic_resolver_iterator &, const basic_resolver_iterator &) { return true; }
  friend bool operator!=(const basic_resolver_iterator &, const basic_resolver_iterator &) { return false; }
};

template <typename InternetProtocol> class basic_resolver_results : public basic_resolver_iterator<InternetProtocol> {
public:
  typedef InternetProtocol protocol_type;
  typedef typename protocol_type::endpoint endpoint_type;
  typedef basic_resolver_entry<protocol_type> value_type;
  typedef const value_type &const_reference;
  typedef value_type &reference;
  typedef basic_resolver_iterator<protocol_type> const_iterator;
  typedef const_iterator iterator;
  typedef std::ptrdiff_t difference_type;
  typedef std::size_t size_type;

  basic_resolver_results();
  basic_resolver_results(const basic_resolver_results &other);
  basic_resolver_results(basic_resolver_results &&other);
  basic_resolver_results &operator=(const basic_resolver_results &other);
  basic_resolver_results &operator=(basic_resolver_results &&other);

  size_type size() const noexcept;
  size_type max_size() const noexcept;
  bool empty() const noexcept;
  const_iterator begin() const;
  const_iterator end() const;
  const_iterator cbegin() const;
  const_iterator cend() const;
  void swap(basic_resolver_results &that) noexcept;

  friend bool operator==(const basic_resolver_results &, const basic_resolver_results &) { return true; }
  friend bool operator!=(const basic_resolver_results &, const basic_resolver_results &) { return false; }
};

template <typename InternetProtocol> class basic_resolver_query : public resolver_query_base {
public:
  typedef InternetProtocol protocol_type;

  basic_resolver_query(const std::string &service, resolver_query_base::flags resolve_flags = passive);
  basic_resolver_query(const protocol_type &protocol, const std::string &service,
                       resolver_query_base::flags resolve_flags = passive);
  basic_resolver_query(const std::string &host, const std::string &service,
                       resolver_query_base::flags resolve_flags = address_configured);
  basic_resolver_query(const protocol_type &protocol, const std::string &host, const std::string &service,
                       resolver_query_base::flags resolve_flags = address_configured);

  std::string host_name() const;
  std::string service_name() const;
};

template <typename InternetProtocol, typename Executor = any_io_executor> class basic_resolver : public resolver_base {
public:
  typedef Executor executor_type;
  template <typename Executor1> struct rebind_executor { typedef basic_resolver<InternetProtocol, Executor1> other; };
  typedef InternetProtocol protocol_type;
  typedef typename InternetProtocol::endpoint endpoint_type;
  typedef basic_resolver_query<InternetProtocol> query;
  typedef basic_resolver_iterator<InternetProtocol> iterator;
  typedef basic_resolver_results<InternetProtocol> results_type;

  explicit basic_resolver(const executor_type &ex);
  template <typename ExecutionContext>
  explicit basic_resolver(ExecutionContext &context, detail::sluice_if_context_t<ExecutionContext> = 0);
  basic_resolver(basic_resolver &&other);
  basic_resolver &operator=(basic_resolver &&other);
  ~basic_resolver();

  executor_type get_executor() noexcept;
  void cancel();

  results_type resolve(const query &q);
  results_type resolve(const query &q, boost::system::error_code &ec);
  results_type resolve(SLUICE_ASIO_STRING_VIEW_PARAM host, SLUICE_ASIO_STRING_VIEW_PARAM service);
  results_type resolve(SLUICE_ASIO_STRING_VIEW_PARAM host, SLUICE_ASIO_STRING_VIEW_PARAM service,
                       boost::system::error_code &ec);
  results_type resolve(SLUICE_ASIO_STRING_VIEW_PARAM host, SLUICE_ASIO_STRING_VIEW_PARAM service,
                       resolver_base::flags resolve_flags);
  results_type resolve(SLUICE_ASIO_STRING_VIEW_PARAM host, SLUICE_ASIO_STRING_VIEW_PARAM service,
                       resolver_base::flags resolve_flags, boost::system::error_code &ec);
  results_type resolve(const protocol_type &protocol, SLUICE_ASIO_STRING_VIEW_PARAM host,
                       SLUICE_ASIO_STRING_VIEW_PARAM service);
  results_type resolve(const protocol_type &protocol, SLUICE_ASIO_STRING_VIEW_PARAM host,
                       SLUICE_ASIO_STRING_VIEW_PARAM service, boost::system::error_code &ec);
  results_type resolve(const protocol_type &protocol, SLUICE_ASIO_STRING_VIEW_PARAM host,
                       SLUICE_ASIO_STRING_VIEW_PARAM service, resolver_base::flags resolve_flags);
  results_type resolve(const protocol_type &protocol, SLUICE_ASIO_STRING_VIEW_PARAM host,
                       SLUICE_ASIO_STRING_VIEW_PARAM service, resolver_base::flags resolve_flags,
                       boost::system::error_code &ec);
  results_type resolve(const endpoint_type &e);
  results_type resolve(const endpoint_type &e, boost::system::error_code &ec);

  template <typename ResolveHandler>
  detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>
  async_resolve(const query &q, ResolveHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>>();
  }
  template <typename ResolveHandler>
  detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>
  async_resolve(SLUICE_ASIO_STRING_VIEW_PARAM host, SLUICE_ASIO_STRING_VIEW_PARAM service, ResolveHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>>();
  }
  template <typename ResolveHandler>
  detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>
  async_resolve(SLUICE_ASIO_STRING_VIEW_PARAM host, SLUICE_ASIO_STRING_VIEW_PARAM service,
                resolver_base::flags resolve_flags, ResolveHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>>();
  }
  template <typename ResolveHandler>
  detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>
  async_resolve(const protocol_type &protocol, SLUICE_ASIO_STRING_VIEW_PARAM host,
                SLUICE_ASIO_STRING_VIEW_PARAM service, ResolveHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>>();
  }
  template <typename ResolveHandler>
  detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>
  async_resolve(const protocol_type &protocol, SLUICE_ASIO_STRING_VIEW_PARAM host,
                SLUICE_ASIO_STRING_VIEW_PARAM service, resolver_base::flags resolve_flags, ResolveHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>>();
  }
  template <typename ResolveHandler>
  detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>
  async_resolve(const endpoint_type &e, ResolveHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ResolveHandler, void(boost::system::error_code, results_type)>>();
  }
};

} // namespace ip

template <typename Protocol, typename Clock = std::chrono::steady_clock, typename WaitTraits = wait_traits<Clock>>
class basic_socket_streambuf;
template <typename Protocol, typename Clock = std::chrono::steady_clock, typename WaitTraits = wait_traits<Clock>>
class basic_socket_iostream;

namespace ip {

// TCP (IPPROTO_TCP; no_delay is TCP_NODELAY).
class tcp {
public:
  typedef basic_endpoint<tcp> endpoint;
  typedef basic_stream_socket<tcp> socket;
  typedef basic_socket_acceptor<tcp> acceptor;
  typedef basic_resolver<tcp> resolver;
  typedef basic_socket_iostream<tcp> iostream;
  typedef boost::asio::detail::socket_option::boolean<6, 1> no_delay;

  static tcp v4() noexcept;
  static tcp v6() noexcept;
  int type() const noexcept;
  int protocol() const noexcept;
  int family() const noexcept;

  friend bool operator==(const tcp &, const tcp &) { return true; }
  friend bool operator!=(const tcp &, const tcp &) { return false; }

private:
  explicit tcp(int protocol_family) noexcept;
};

// UDP (IPPROTO_UDP).
class udp {
public:
  typedef basic_endpoint<udp> endpoint;
  typedef basic_datagram_socket<udp> socket;
  typedef basic_resolver<udp> resolver;

  static udp v4() noexcept;
  static udp v6() noexcept;
  int type() const noexcept;
  int protocol() const noexcept;
  int family() const noexcept;

  friend bool operator==(const udp &, const udp &) { return true; }
  friend bool operator!=(const udp &, const udp &) { return false; }

private:
  explicit udp(int protocol_family) noexcept;
};

// IPV6_V6ONLY at level IPPROTO_IPV6.
typedef boost::asio::detail::socket_option::boolean<41, 26> v6_only;

namespace detail {
namespace socket_option {
// Options that have an IPv4 and an IPv6 level/name pair.
template <int IPv4Level, int IPv4Name, int IPv6Level, int IPv6Name> class multicast_request {
public:
  multicast_request();
  explicit multicast_request(const address &multicast_address);
  explicit multicast_request(const address_v4 &multicast_address,
                             const address_v4 &network_interface = address_v4::any());
  explicit multicast_request(const address_v6 &multicast_address, unsigned long network_interface = 0);
};
template <int IPv4Level, int IPv4Name, int IPv6Level, int IPv6Name> class network_interface {
public:
  network_interface();
  explicit network_interface(const address_v4 &ipv4_interface);
  explicit network_interface(unsigned int ipv6_interface);
};
template <int IPv4Level, int IPv4Name, int IPv6Level, int IPv6Name> class multicast_hops {
public:
  multicast_hops();
  explicit multicast_hops(int v);
  multicast_hops &operator=(int v);
  int value() const;
};
template <int IPv4Level, int IPv4Name, int IPv6Level, int IPv6Name> class unicast_hops {
public:
  unicast_hops();
  explicit unicast_hops(int v);
  unicast_hops &operator=(int v);
  int value() const;
};
template <int IPv4Level, int IPv4Name, int IPv6Level, int IPv6Name> class multicast_enable_loopback {
public:
  multicast_enable_loopback();
  explicit multicast_enable_loopback(bool v);
  multicast_enable_loopback &operator=(bool v);
  bool value() const;
  operator bool() const;
  bool operator!() const;
};
} // namespace socket_option
} // namespace detail

// Levels and names: IPPROTO_IP (0) / IPPROTO_IPV6 (41) with the Linux
// IP_* / IPV6_* option numbers.
namespace multicast {
typedef boost::asio::ip::detail::socket_option::multicast_request<0, 35, 41, 20> join_group;
typedef boost::asio::ip::detail::socket_option::multicast_request<0, 36, 41, 21> leave_group;
typedef boost::asio::ip::detail::socket_option::network_interface<0, 32, 41, 17> outbound_interface;
typedef boost::asio::ip::detail::socket_option::multicast_hops<0, 33, 41, 18> hops;
typedef boost::asio::ip::detail::socket_option::multicast_enable_loopback<0, 34, 41, 19> enable_loopback;
} // namespace multicast

namespace unicast {
typedef boost::asio::ip::detail::socket_option::unicast_hops<0, 2, 41, 16> hops;
} // namespace unicast

} // namespace ip

// ---------------------------------------------------------------------------
// iostream over a TCP connection (ip::tcp::iostream).

template <typename Protocol, typename Clock, typename WaitTraits> class basic_socket_streambuf : public std::streambuf {
public:
  typedef Protocol protocol_type;
  typedef typename Protocol::endpoint endpoint_type;
  typedef Clock clock_type;
  typedef typename Clock::time_point time_point;
  typedef typename Clock::duration duration;

  basic_socket_streambuf();
  explicit basic_socket_streambuf(basic_stream_socket<protocol_type> s);
  basic_socket_streambuf(basic_socket_streambuf &&other);
  virtual ~basic_socket_streambuf();

  basic_socket<protocol_type> &socket();
  basic_socket_streambuf *connect(const endpoint_type &endpoint);
  template <typename... T> basic_socket_streambuf *connect(T... x);
  basic_socket_streambuf *close();
  const boost::system::error_code &error() const;
  time_point expiry() const;
  void expires_at(const time_point &expiry_time);
  void expires_after(const duration &expiry_time);
};

template <typename Protocol, typename Clock, typename WaitTraits>
class basic_socket_iostream : public std::basic_iostream<char> {
public:
  typedef Protocol protocol_type;
  typedef typename Protocol::endpoint endpoint_type;
  typedef Clock clock_type;
  typedef typename Clock::time_point time_point;
  typedef typename Clock::duration duration;

  basic_socket_iostream();
  explicit basic_socket_iostream(basic_stream_socket<protocol_type> s);
  basic_socket_iostream(basic_socket_iostream &&other);
  template <typename T1, typename... T> explicit basic_socket_iostream(const T1 &x1, T... x);

  template <typename... T> void connect(T... x);
  void close();
  basic_socket_streambuf<Protocol, Clock, WaitTraits> *rdbuf() const;
  basic_socket<protocol_type> &socket();
  const boost::system::error_code &error() const;
  time_point expiry() const;
  void expires_at(const time_point &expiry_time);
  void expires_after(const duration &expiry_time);
};

// ---------------------------------------------------------------------------
// Connect a socket to the first endpoint of a sequence that accepts.

template <typename Protocol, typename Executor, typename EndpointSequence>
typename Protocol::endpoint connect(basic_socket<Protocol, Executor> &s, const EndpointSequence &endpoints,
                                    detail::sluice_if_t<detail::sluice_has_begin<EndpointSequence>::value> = 0);
template <typename Protocol, typename Executor, typename EndpointSequence>
typename Protocol::endpoint connect(basic_socket<Protocol, Executor> &s, const EndpointSequence &endpoints,
                                    boost::system::error_code &ec,
                                    detail::sluice_if_t<detail::sluice_has_begin<EndpointSequence>::value> = 0);
template <typename Protocol, typename Executor, typename Iterator>
Iterator connect(basic_socket<Protocol, Executor> &s, Iterator begin,
                 detail::sluice_if_t<!detail::sluice_has_begin<Iterator>::value> = 0);
template <typename Protocol, typename Executor, typename Iterator>
Iterator connect(basic_socket<Protocol, Executor> &s, Iterator begin, boost::system::error_code &ec,
                 detail::sluice_if_t<!detail::sluice_has_begin<Iterator>::value> = 0);
template <typename Protocol, typename Executor, typename Iterator>
Iterator connect(basic_socket<Protocol, Executor> &s, Iterator begin, Iterator end);
template <typename Protocol, typename Executor, typename Iterator>
Iterator connect(basic_socket<Protocol, Executor> &s, Iterator begin, Iterator end, boost::system::error_code &ec);

template <typename Protocol, typename Executor, typename EndpointSequence, typename RangeConnectHandler>
detail::sluice_async_t<RangeConnectHandler, void(boost::system::error_code, typename Protocol::endpoint)>
async_connect(basic_socket<Protocol, Executor> &s, const EndpointSequence &endpoints, RangeConnectHandler &&handler,
              detail::sluice_if_t<detail::sluice_has_begin<EndpointSequence>::value> = 0) {
  return detail::sluice_make<
      detail::sluice_async_t<RangeConnectHandler, void(boost::system::error_code, typename Protocol::endpoint)>>();
}
template <typename Protocol, typename Executor, typename Iterator, typename IteratorConnectHandler>
detail::sluice_async_t<IteratorConnectHandler, void(boost::system::error_code, Iterator)>
async_connect(basic_socket<Protocol, Executor> &s, Iterator begin, IteratorConnectHandler &&handler,
              detail::sluice_if_t<!detail::sluice_has_begin<Iterator>::value> = 0) {
  return detail::sluice_make<
      detail::sluice_async_t<IteratorConnectHandler, void(boost::system::error_code, Iterator)>>();
}
template <typename Protocol, typename Executor, typename Iterator, typename IteratorConnectHandler>
detail::sluice_async_t<IteratorConnectHandler, void(boost::system::error_code, Iterator)>
async_connect(basic_socket<Protocol, Executor> &s, Iterator begin, Iterator end, IteratorConnectHandler &&handler) {
  return detail::sluice_make<
      detail::sluice_async_t<IteratorConnectHandler, void(boost::system::error_code, Iterator)>>();
}

// ---------------------------------------------------------------------------
// read: fill the buffers (or a dynamic buffer / streambuf) from a stream.

template <typename SyncReadStream, typename MutableBufferSequence>
std::size_t read(SyncReadStream &s, const MutableBufferSequence &buffers,
                 detail::sluice_if_t<is_mutable_buffer_sequence<MutableBufferSequence>::value> = 0);
template <typename SyncReadStream, typename MutableBufferSequence>
std::size_t read(SyncReadStream &s, const MutableBufferSequence &buffers, boost::system::error_code &ec,
                 detail::sluice_if_t<is_mutable_buffer_sequence<MutableBufferSequence>::value> = 0);
template <typename SyncReadStream, typename MutableBufferSequence, typename CompletionCondition>
std::size_t read(SyncReadStream &s, const MutableBufferSequence &buffers, CompletionCondition,
                 detail::sluice_if_t<is_mutable_buffer_sequence<MutableBufferSequence>::value> = 0) {
  return 0;
}
template <typename SyncReadStream, typename MutableBufferSequence, typename CompletionCondition>
std::size_t read(SyncReadStream &s, const MutableBufferSequence &buffers, CompletionCondition,
                 boost::system::error_code &ec,
                 detail::sluice_if_t<is_mutable_buffer_sequence<MutableBufferSequence>::value> = 0) {
  return 0;
}
template <typename SyncReadStream, typename DynamicBuffer>
std::size_t read(SyncReadStream &s, DynamicBuffer &&buffers,
                 detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0);
template <typename SyncReadStream, typename DynamicBuffer>
std::size_t read(SyncReadStream &s, DynamicBuffer &&buffers, boost::system::error_code &ec,
                 detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0);
template <typename SyncReadStream, typename DynamicBuffer, typename CompletionCondition>
std::size_t read(SyncReadStream &s, DynamicBuffer &&buffers, CompletionCondition,
                 detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0) {
  return 0;
}
template <typename SyncReadStream, typename DynamicBuffer, typename CompletionCondition>
std::size_t read(SyncReadStream &s, DynamicBuffer &&buffers, CompletionCondition, boost::system::error_code &ec,
                 detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0) {
  return 0;
}
template <typename SyncReadStream, typename Allocator>
std::size_t read(SyncReadStream &s, basic_streambuf<Allocator> &b);
template <typename SyncReadStream, typename Allocator>
std::size_t read(SyncReadStream &s, basic_streambuf<Allocator> &b, boost::system::error_code &ec);
template <typename SyncReadStream, typename Allocator, typename CompletionCondition>
std::size_t read(SyncReadStream &s, basic_streambuf<Allocator> &b, CompletionCondition) {
  return 0;
}
template <typename SyncReadStream, typename Allocator, typename CompletionCondition>
std::size_t read(SyncReadStream &s, basic_streambuf<Allocator> &b, CompletionCondition, boost::system::error_code &ec) {
  return 0;
}

template <typename AsyncReadStream, typename MutableBufferSequence, typename ReadHandler>
detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
async_read(AsyncReadStream &s, const MutableBufferSequence &buffers, ReadHandler &&handler,
           detail::sluice_if_t<is_mutable_buffer_sequence<MutableBufferSequence>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncReadStream, typename MutableBufferSequence, typename CompletionCondition, typename ReadHandler>
detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
async_read(AsyncReadStream &s, const MutableBufferSequence &buffers, CompletionCondition completion_condition,
           ReadHandler &&handler, detail::sluice_if_t<is_mutable_buffer_sequence<MutableBufferSequence>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncReadStream, typename DynamicBuffer, typename ReadHandler>
detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
async_read(AsyncReadStream &s, DynamicBuffer &&buffers, ReadHandler &&handler,
           detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncReadStream, typename DynamicBuffer, typename CompletionCondition, typename ReadHandler>
detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
async_read(AsyncReadStream &s, DynamicBuffer &&buffers, CompletionCondition completion_condition, ReadHandler &&handler,
           detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncReadStream, typename Allocator, typename ReadHandler>
detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
async_read(AsyncReadStream &s, basic_streambuf<Allocator> &b, ReadHandler &&handler) {
  return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncReadStream, typename Allocator, typename CompletionCondition, typename ReadHandler>
detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
async_read(AsyncReadStream &s, basic_streambuf<Allocator> &b, CompletionCondition completion_condition,
           ReadHandler &&handler) {
  return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
}

// ---------------------------------------------------------------------------
// write: send all of the buffers (or a dynamic buffer / streambuf) to a stream.

template <typename SyncWriteStream, typename ConstBufferSequence>
std::size_t write(SyncWriteStream &s, const ConstBufferSequence &buffers,
                  detail::sluice_if_t<is_const_buffer_sequence<ConstBufferSequence>::value> = 0);
template <typename SyncWriteStream, typename ConstBufferSequence>
std::size_t write(SyncWriteStream &s, const ConstBufferSequence &buffers, boost::system::error_code &ec,
                  detail::sluice_if_t<is_const_buffer_sequence<ConstBufferSequence>::value> = 0);
template <typename SyncWriteStream, typename ConstBufferSequence, typename CompletionCondition>
std::size_t write(SyncWriteStream &s, const ConstBufferSequence &buffers, CompletionCondition,
                  detail::sluice_if_t<is_const_buffer_sequence<ConstBufferSequence>::value> = 0) {
  return 0;
}
template <typename SyncWriteStream, typename ConstBufferSequence, typename CompletionCondition>
std::size_t write(SyncWriteStream &s, const ConstBufferSequence &buffers, CompletionCondition,
                  boost::system::error_code &ec,
                  detail::sluice_if_t<is_const_buffer_sequence<ConstBufferSequence>::value> = 0) {
  return 0;
}
template <typename SyncWriteStream, typename DynamicBuffer>
std::size_t write(SyncWriteStream &s, DynamicBuffer &&buffers,
                  detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0);
template <typename SyncWriteStream, typename DynamicBuffer>
std::size_t write(SyncWriteStream &s, DynamicBuffer &&buffers, boost::system::error_code &ec,
                  detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0);
template <typename SyncWriteStream, typename DynamicBuffer, typename CompletionCondition>
std::size_t write(SyncWriteStream &s, DynamicBuffer &&buffers, CompletionCondition,
                  detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0) {
  return 0;
}
template <typename SyncWriteStream, typename DynamicBuffer, typename CompletionCondition>
std::size_t write(SyncWriteStream &s, DynamicBuffer &&buffers, CompletionCondition, boost::system::error_code &ec,
                  detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0) {
  return 0;
}
template <typename SyncWriteStream, typename Allocator>
std::size_t write(SyncWriteStream &s, basic_streambuf<Allocator> &b);
template <typename SyncWriteStream, typename Allocator>
std::size_t write(SyncWriteStream &s, basic_streambuf<Allocator> &b, boost::system::error_code &ec);
template <typename SyncWriteStream, typename Allocator, typename CompletionCondition>
std::size_t write(SyncWriteStream &s, basic_streambuf<Allocator> &b, CompletionCondition) {
  return 0;
}
template <typename SyncWriteStream, typename Allocator, typename CompletionCondition>
std::size_t write(SyncWriteStream &s, basic_streambuf<Allocator> &b, CompletionCondition,
                  boost::system::error_code &ec) {
  return 0;
}

template <typename AsyncWriteStream, typename ConstBufferSequence, typename WriteHandler>
detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>
async_write(AsyncWriteStream &s, const ConstBufferSequence &buffers, WriteHandler &&handler,
            detail::sluice_if_t<is_const_buffer_sequence<ConstBufferSequence>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncWriteStream, typename ConstBufferSequence, typename CompletionCondition, typename WriteHandler>
detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>
async_write(AsyncWriteStream &s, const ConstBufferSequence &buffers, CompletionCondition completion_condition,
            WriteHandler &&handler, detail::sluice_if_t<is_const_buffer_sequence<ConstBufferSequence>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncWriteStream, typename DynamicBuffer, typename WriteHandler>
detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>
async_write(AsyncWriteStream &s, DynamicBuffer &&buffers, WriteHandler &&handler,
            detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncWriteStream, typename DynamicBuffer, typename CompletionCondition, typename WriteHandler>
detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>
async_write(AsyncWriteStream &s, DynamicBuffer &&buffers, CompletionCondition completion_condition,
            WriteHandler &&handler,
            detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncWriteStream, typename Allocator, typename WriteHandler>
detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>
async_write(AsyncWriteStream &s, basic_streambuf<Allocator> &b, WriteHandler &&handler) {
  return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncWriteStream, typename Allocator, typename CompletionCondition, typename WriteHandler>
detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>
async_write(AsyncWriteStream &s, basic_streambuf<Allocator> &b, CompletionCondition completion_condition,
            WriteHandler &&handler) {
  return detail::sluice_make<detail::sluice_async_t<WriteHandler, detail::sluice_sig_ec_size>>();
}

// ---------------------------------------------------------------------------
// read_until: read until the buffer holds a delimiter.

template <typename SyncReadStream, typename DynamicBuffer>
std::size_t read_until(SyncReadStream &s, DynamicBuffer &&buffers, char delim,
                       detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0);
template <typename SyncReadStream, typename DynamicBuffer>
std::size_t read_until(SyncReadStream &s, DynamicBuffer &&buffers, char delim, boost::system::error_code &ec,
                       detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0);
template <typename SyncReadStream, typename DynamicBuffer>
std::size_t read_until(SyncReadStream &s, DynamicBuffer &&buffers, SLUICE_ASIO_STRING_VIEW_PARAM delim,
                       detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0);
template <typename SyncReadStream, typename DynamicBuffer>
std::size_t read_until(SyncReadStream &s, DynamicBuffer &&buffers, SLUICE_ASIO_STRING_VIEW_PARAM delim,
                       boost::system::error_code &ec,
                       detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0);
template <typename SyncReadStream, typename Allocator>
std::size_t read_until(SyncReadStream &s, basic_streambuf<Allocator> &b, char delim);
template <typename SyncReadStream, typename Allocator>
std::size_t read_until(SyncReadStream &s, basic_streambuf<Allocator> &b, char delim, boost::system::error_code &ec);
template <typename SyncReadStream, typename Allocator>
std::size_t read_until(SyncReadStream &s, basic_streambuf<Allocator> &b, SLUICE_ASIO_STRING_VIEW_PARAM delim);
template <typename SyncReadStream, typename Allocator>
std::size_t read_until(SyncReadStream &s, basic_streambuf<Allocator> &b, SLUICE_ASIO_STRING_VIEW_PARAM delim,
                       boost::system::error_code &ec);

template <typename AsyncReadStream, typename DynamicBuffer, typename ReadHandler>
detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
async_read_until(AsyncReadStream &s, DynamicBuffer &&buffers, char delim, ReadHandler &&handler,
                 detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncReadStream, typename DynamicBuffer, typename ReadHandler>
detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
async_read_until(AsyncReadStream &s, DynamicBuffer &&buffers, SLUICE_ASIO_STRING_VIEW_PARAM delim,
                 ReadHandler &&handler,
                 detail::sluice_if_t<is_dynamic_buffer<typename std::decay<DynamicBuffer>::type>::value> = 0) {
  return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncReadStream, typename Allocator, typename ReadHandler>
detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
async_read_until(AsyncReadStream &s, basic_streambuf<Allocator> &b, char delim, ReadHandler &&handler) {
  return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
}
template <typename AsyncReadStream, typename Allocator, typename ReadHandler>
detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>
async_read_until(AsyncReadStream &s, basic_streambuf<Allocator> &b, SLUICE_ASIO_STRING_VIEW_PARAM delim,
                 ReadHandler &&handler) {
  return detail::sluice_make<detail::sluice_async_t<ReadHandler, detail::sluice_sig_ec_size>>();
}

} // namespace asio
} // namespace boost

#pragma GCC diagnostic pop

#undef SLUICE_ASIO_STRING_VIEW_PARAM

#endif // SLUICE_STUB_BOOST_ASIO_HPP

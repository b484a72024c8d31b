// Sluice bundled declarations for Boost.System (boost/system/error_code.hpp): declarations only, written from the documented API; used only when the real header is not installed.

#ifndef SLUICE_STUB_BOOST_SYSTEM_ERROR_CODE_HPP
#define SLUICE_STUB_BOOST_SYSTEM_ERROR_CODE_HPP

#include <cerrno>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <system_error>
#include <type_traits>

namespace boost {
namespace system {

class error_code;
class error_condition;

// Which enum types convert implicitly to an error_code / error_condition.
template <class T> struct is_error_code_enum {
  static const bool value = false;
};
template <class T> struct is_error_condition_enum {
  static const bool value = false;
};

class error_category {
public:
  error_category(const error_category &) = delete;
  error_category &operator=(const error_category &) = delete;

  virtual const char *name() const noexcept = 0;
  virtual error_condition default_error_condition(int ev) const noexcept;
  virtual bool equivalent(int code, const error_condition &condition) const noexcept;
  virtual bool equivalent(const error_code &code, int condition) const noexcept;
  virtual std::string message(int ev) const = 0;
  virtual const char *message(int ev, char *buffer, std::size_t len) const noexcept;
  virtual bool failed(int ev) const noexcept;

  bool operator==(const error_category &rhs) const noexcept;
  bool operator!=(const error_category &rhs) const noexcept;
  bool operator<(const error_category &rhs) const noexcept;

  operator const std::error_category &() const;

protected:
  error_category() noexcept;
  explicit error_category(unsigned long long id) noexcept;
  ~error_category();
};

const error_category &system_category() noexcept;
const error_category &generic_category() noexcept;
const error_category &get_system_category();
const error_category &get_generic_category();
const error_category &get_posix_category();

// Portable error conditions, valued as the POSIX errno codes.
namespace errc {
enum errc_t {
  success = 0,
  address_family_not_supported = EAFNOSUPPORT,
  address_in_use = EADDRINUSE,
  address_not_available = EADDRNOTAVAIL,
  already_connected = EISCONN,
  argument_list_too_long = E2BIG,
  argument_out_of_domain = EDOM,
  bad_address = EFAULT,
  bad_file_descriptor = EBADF,
  bad_message = EBADMSG,
  broken_pipe = EPIPE,
  connection_aborted = ECONNABORTED,
  connection_already_in_progress = EALREADY,
  connection_refused = ECONNREFUSED,
  connection_reset = ECONNRESET,
  cross_device_link = EXDEV,
  destination_address_required = EDESTADDRREQ,
  device_or_resource_busy = EBUSY,
  directory_not_empty = ENOTEMPTY,
  executable_format_error = ENOEXEC,
  file_exists = EEXIST,
  file_too_large = EFBIG,
  filename_too_long = ENAMETOOLONG,
  function_not_supported = ENOSYS,
  host_unreachable = EHOSTUNREACH,
  identifier_removed = EIDRM,
  illegal_byte_sequence = EILSEQ,
  inappropriate_io_control_operation = ENOTTY,
  interrupted = EINTR,
  invalid_argument = EINVAL,
  invalid_seek = ESPIPE,
  io_error = EIO,
  is_a_directory = EISDIR,
  message_size = EMSGSIZE,
  network_down = ENETDOWN,
  network_reset = ENETRESET,
  network_unreachable = ENETUNREACH,
  no_buffer_space = ENOBUFS,
  no_child_process = ECHILD,
  no_link = ENOLINK,
  no_lock_available = ENOLCK,
  no_message_available = ENODATA,
  no_message = ENOMSG,
  no_protocol_option = ENOPROTOOPT,
  no_space_on_device = ENOSPC,
  no_stream_resources = ENOSR,
  no_such_device_or_address = ENXIO,
  no_such_device = ENODEV,
  no_such_file_or_directory = ENOENT,
  no_such_process = ESRCH,
  not_a_directory = ENOTDIR,
  not_a_socket = ENOTSOCK,
  not_a_stream = ENOSTR,
  not_connected = ENOTCONN,
  not_enough_memory = ENOMEM,
  not_supported = ENOTSUP,
  operation_canceled = ECANCELED,
  operation_in_progress = EINPROGRESS,
  operation_not_permitted = EPERM,
  operation_not_supported = EOPNOTSUPP,
  operation_would_block = EWOULDBLOCK,
  owner_dead = EOWNERDEAD,
  permission_denied = EACCES,
  protocol_error = EPROTO,
  protocol_not_supported = EPROTONOSUPPORT,
  read_only_file_system = EROFS,
  resource_deadlock_would_occur = EDEADLK,
  resource_unavailable_try_again = EAGAIN,
  result_out_of_range = ERANGE,
  state_not_recoverable = ENOTRECOVERABLE,
  stream_timeout = ETIME,
  text_file_busy = ETXTBSY,
  timed_out = ETIMEDOUT,
  too_many_files_open_in_system = ENFILE,
  too_many_files_open = EMFILE,
  too_many_links = EMLINK,
  too_many_symbolic_link_levels = ELOOP,
  value_too_large = EOVERFLOW,
  wrong_protocol_type = EPROTOTYPE
};
} // namespace errc

template <> struct is_error_condition_enum<errc::errc_t> {
  static const bool value = true;
};

class error_condition {
public:
  error_condition() noexcept;
  error_condition(int val, const error_category &cat) noexcept;
  template <class ErrorConditionEnum>
  error_condition(ErrorConditionEnum e,
                  typename std::enable_if<is_error_condition_enum<ErrorConditionEnum>::value>::type * = 0) noexcept;

  void assign(int val, const error_category &cat) noexcept;
  template <class ErrorConditionEnum>
  typename std::enable_if<is_error_condition_enum<ErrorConditionEnum>::value, error_condition>::type &
  operator=(ErrorConditionEnum val) noexcept;
  void clear() noexcept;

  int value() const noexcept;
  const error_category &category() const noexcept;
  std::string message() const;
  const char *message(char *buffer, std::size_t len) const noexcept;
  bool failed() const noexcept;
  explicit operator bool() const noexcept;

  operator std::error_condition() const;

  friend bool operator==(const error_condition &lhs, const error_condition &rhs) noexcept;
  friend bool operator!=(const error_condition &lhs, const error_condition &rhs) noexcept;
  friend bool operator<(const error_condition &lhs, const error_condition &rhs) noexcept;
};

class error_code {
public:
  error_code() noexcept;
  error_code(int val, const error_category &cat) noexcept;
  template <class ErrorCodeEnum>
  error_code(ErrorCodeEnum e, typename std::enable_if<is_error_code_enum<ErrorCodeEnum>::value>::type * = 0) noexcept;

  void assign(int val, const error_category &cat) noexcept;
  template <class ErrorCodeEnum>
  typename std::enable_if<is_error_code_enum<ErrorCodeEnum>::value, error_code>::type &operator=(ErrorCodeEnum e) noexcept;
  void clear() noexcept;

  int value() const noexcept;
  const error_category &category() const noexcept;
  error_condition default_error_condition() const noexcept;
  std::string message() const;
  const char *message(char *buffer, std::size_t len) const noexcept;
  bool failed() const noexcept;
  explicit operator bool() const noexcept;

  operator std::error_code() const;

  friend bool operator==(const error_code &lhs, const error_code &rhs) noexcept;
  friend bool operator!=(const error_code &lhs, const error_code &rhs) noexcept;
  friend bool operator<(const error_code &lhs, const error_code &rhs) noexcept;
  friend bool operator==(const error_code &code, const error_condition &condition) noexcept;
  friend bool operator!=(const error_code &code, const error_condition &condition) noexcept;
  friend bool operator==(const error_condition &condition, const error_code &code) noexcept;
  friend bool operator!=(const error_condition &condition, const error_code &code) noexcept;
  friend std::size_t hash_value(const error_code &ec);
};

std::size_t hash_value(const error_code &ec);

template <class charT, class traits>
std::basic_ostream<charT, traits> &operator<<(std::basic_ostream<charT, traits> &os, error_code ec);

namespace errc {
error_code make_error_code(errc_t e) noexcept;
error_condition make_error_condition(errc_t e) noexcept;
} // namespace errc

} // namespace system
} // namespace boost

#endif // SLUICE_STUB_BOOST_SYSTEM_ERROR_CODE_HPP

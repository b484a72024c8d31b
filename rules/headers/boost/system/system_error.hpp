// Sluice bundled declarations for Boost.System (boost/system/system_error.hpp): declarations only, written from the documented API; used only when the real header is not installed.

#ifndef SLUICE_STUB_BOOST_SYSTEM_SYSTEM_ERROR_HPP
#define SLUICE_STUB_BOOST_SYSTEM_SYSTEM_ERROR_HPP

#include <boost/system/error_code.hpp>
#include <stdexcept>
#include <string>

namespace boost {
namespace system {

// The exception thrown by the throwing overloads of Boost.Asio and others.
class system_error : public std::runtime_error {
public:
  explicit system_error(error_code ec);
  system_error(error_code ec, const std::string &what_arg);
  system_error(error_code ec, const char *what_arg);
  system_error(int ev, const error_category &ecat);
  system_error(int ev, const error_category &ecat, const std::string &what_arg);
  system_error(int ev, const error_category &ecat, const char *what_arg);

  const error_code &code() const noexcept;
  const char *what() const noexcept override;
};

} // namespace system
} // namespace boost

#endif // SLUICE_STUB_BOOST_SYSTEM_SYSTEM_ERROR_HPP

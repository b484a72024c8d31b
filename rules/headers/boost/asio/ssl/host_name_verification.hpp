// Sluice bundled declarations for Boost.Asio (boost/asio/ssl/host_name_verification.hpp): declarations only, written from the documented API; used only when the real header is not installed.
// Everything is declared in <boost/asio/ssl.hpp>.

#ifndef SLUICE_STUB_BOOST_ASIO_SSL_HOST_NAME_VERIFICATION_HPP
#define SLUICE_STUB_BOOST_ASIO_SSL_HOST_NAME_VERIFICATION_HPP

#include <boost/asio/ssl.hpp>

#endif // SLUICE_STUB_BOOST_ASIO_SSL_HOST_NAME_VERIFICATION_HPP

// Sluice bundled declarations for Boost.Asio (boost/asio/socket_base.hpp): declarations only, written from the documented API; used only when the real header is not installed.
// Everything is declared in <boost/asio.hpp>.

#ifndef SLUICE_STUB_BOOST_ASIO_SOCKET_BASE_HPP
#define SLUICE_STUB_BOOST_ASIO_SOCKET_BASE_HPP

#include <boost/asio.hpp>

#endif // SLUICE_STUB_BOOST_ASIO_SOCKET_BASE_HPP

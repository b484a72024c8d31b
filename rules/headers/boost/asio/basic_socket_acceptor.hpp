// Sluice bundled declarations for Boost.Asio (boost/asio/basic_socket_acceptor.hpp): declarations only, written from the documented API; used only when the real header is not installed.
// Everything is declared in <boost/asio.hpp>.

#ifndef SLUICE_STUB_BOOST_ASIO_BASIC_SOCKET_ACCEPTOR_HPP
#define SLUICE_STUB_BOOST_ASIO_BASIC_SOCKET_ACCEPTOR_HPP

#include <boost/asio.hpp>

#endif // SLUICE_STUB_BOOST_ASIO_BASIC_SOCKET_ACCEPTOR_HPP

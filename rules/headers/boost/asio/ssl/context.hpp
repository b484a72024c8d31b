// Sluice bundled declarations for Boost.Asio (boost/asio/ssl/context.hpp): declarations only, written from the documented API; used only when the real header is not installed.
// Everything is declared in <boost/asio/ssl.hpp>.

#ifndef SLUICE_STUB_BOOST_ASIO_SSL_CONTEXT_HPP
#define SLUICE_STUB_BOOST_ASIO_SSL_CONTEXT_HPP

#include <boost/asio/ssl.hpp>

#endif // SLUICE_STUB_BOOST_ASIO_SSL_CONTEXT_HPP

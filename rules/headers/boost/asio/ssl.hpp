// Sluice bundled declarations for Boost.Asio SSL (boost/asio/ssl.hpp): declarations only, written from the documented API; used only when the real header is not installed.
//
// ssl::context, ssl::stream<Stream>, the verify modes and the SSL errors, as
// in Boost 1.74. The constants have OpenSSL's values (verify_none is
// SSL_VERIFY_NONE, ...; the context options are the OpenSSL 3 SSL_OP_*
// values). The OpenSSL handle types are only named; OpenSSL's own headers are
// included when they can be found, as the real header includes them.

#ifndef SLUICE_STUB_BOOST_ASIO_SSL_HPP
#define SLUICE_STUB_BOOST_ASIO_SSL_HPP

#include <boost/asio.hpp>

#if defined(__has_include)
#if __has_include(<openssl/ssl.h>)
#include <openssl/ssl.h>
#endif
#endif

typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;
typedef struct x509_store_ctx_st X509_STORE_CTX;

// Parameters of the trivial bodies below are unused.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"

namespace boost {
namespace asio {
namespace ssl {

typedef int verify_mode;
const int verify_none = 0x00;
const int verify_peer = 0x01;
const int verify_fail_if_no_peer_cert = 0x02;
const int verify_client_once = 0x04;

class context_base {
public:
  enum method {
    sslv2,
    sslv2_client,
    sslv2_server,
    sslv3,
    sslv3_client,
    sslv3_server,
    tlsv1,
    tlsv1_client,
    tlsv1_server,
    sslv23,
    sslv23_client,
    sslv23_server,
    tlsv11,
    tlsv11_client,
    tlsv11_server,
    tlsv12,
    tlsv12_client,
    tlsv12_server,
    tlsv13,
    tlsv13_client,
    tlsv13_server,
    tls,
    tls_client,
    tls_server
  };

  typedef long options;
  static const long default_workarounds = 0x80000850L; // SSL_OP_ALL
  static const long single_dh_use = 0L;                // SSL_OP_SINGLE_DH_USE
  static const long no_sslv2 = 0L;                     // SSL_OP_NO_SSLv2
  static const long no_sslv3 = 0x02000000L;            // SSL_OP_NO_SSLv3
  static const long no_tlsv1 = 0x04000000L;            // SSL_OP_NO_TLSv1
  static const long no_tlsv1_1 = 0x10000000L;          // SSL_OP_NO_TLSv1_1
  static const long no_tlsv1_2 = 0x08000000L;          // SSL_OP_NO_TLSv1_2
  static const long no_tlsv1_3 = 0x20000000L;          // SSL_OP_NO_TLSv1_3
  static const long no_compression = 0x00020000L;      // SSL_OP_NO_COMPRESSION

  enum file_format { asn1, pem };

  typedef int verify_mode;
  static const int verify_none = 0x00;
  static const int verify_peer = 0x01;
  static const int verify_fail_if_no_peer_cert = 0x02;
  static const int verify_client_once = 0x04;

  enum password_purpose { for_reading, for_writing };

protected:
  ~context_base() = default;
};

// The certificate store state handed to a verify callback.
class verify_context {
public:
  typedef X509_STORE_CTX *native_handle_type;
  explicit verify_context(native_handle_type handle);
  native_handle_type native_handle();
};

// Verify callbacks that check the peer certificate against a host name.
class host_name_verification {
public:
  typedef bool result_type;
  explicit host_name_verification(const std::string &host);
  bool operator()(bool preverified, verify_context &ctx) const;
};

class rfc2818_verification {
public:
  typedef bool result_type;
  explicit rfc2818_verification(const std::string &host);
  bool operator()(bool preverified, verify_context &ctx) const;
};

// TLS settings shared by streams: protocol method, verification, certificates.
class context : public context_base {
public:
  typedef SSL_CTX *native_handle_type;

  explicit context(method m);
  explicit context(native_handle_type native_handle);
  context(context &&other);
  context &operator=(context &&other);
  ~context();

  native_handle_type native_handle();

  void clear_options(options o);
  boost::system::error_code clear_options(options o, boost::system::error_code &ec);
  void set_options(options o);
  boost::system::error_code set_options(options o, boost::system::error_code &ec);

  void set_verify_mode(verify_mode v);
  boost::system::error_code set_verify_mode(verify_mode v, boost::system::error_code &ec);
  void set_verify_depth(int depth);
  boost::system::error_code set_verify_depth(int depth, boost::system::error_code &ec);
  template <typename VerifyCallback> void set_verify_callback(VerifyCallback) {}
  template <typename VerifyCallback>
  boost::system::error_code set_verify_callback(VerifyCallback, boost::system::error_code &ec) {
    return ec;
  }

  void load_verify_file(const std::string &filename);
  boost::system::error_code load_verify_file(const std::string &filename, boost::system::error_code &ec);
  void add_certificate_authority(const const_buffer &ca);
  boost::system::error_code add_certificate_authority(const const_buffer &ca, boost::system::error_code &ec);
  void set_default_verify_paths();
  boost::system::error_code set_default_verify_paths(boost::system::error_code &ec);
  void add_verify_path(const std::string &path);
  boost::system::error_code add_verify_path(const std::string &path, boost::system::error_code &ec);

  void use_certificate(const const_buffer &certificate, file_format format);
  boost::system::error_code use_certificate(const const_buffer &certificate, file_format format,
                                            boost::system::error_code &ec);
  void use_certificate_file(const std::string &filename, file_format format);
  boost::system::error_code use_certificate_file(const std::string &filename, file_format format,
                                                 boost::system::error_code &ec);
  void use_certificate_chain(const const_buffer &chain);
  boost::system::error_code use_certificate_chain(const const_buffer &chain, boost::system::error_code &ec);
  void use_certificate_chain_file(const std::string &filename);
  boost::system::error_code use_certificate_chain_file(const std::string &filename, boost::system::error_code &ec);
  void use_private_key(const const_buffer &private_key, file_format format);
  boost::system::error_code use_private_key(const const_buffer &private_key, file_format format,
                                            boost::system::error_code &ec);
  void use_private_key_file(const std::string &filename, file_format format);
  boost::system::error_code use_private_key_file(const std::string &filename, file_format format,
                                                 boost::system::error_code &ec);
  void use_rsa_private_key(const const_buffer &private_key, file_format format);
  boost::system::error_code use_rsa_private_key(const const_buffer &private_key, file_format format,
                                                boost::system::error_code &ec);
  void use_rsa_private_key_file(const std::string &filename, file_format format);
  boost::system::error_code use_rsa_private_key_file(const std::string &filename, file_format format,
                                                     boost::system::error_code &ec);
  void use_tmp_dh(const const_buffer &dh);
  boost::system::error_code use_tmp_dh(const const_buffer &dh, boost::system::error_code &ec);
  void use_tmp_dh_file(const std::string &filename);
  boost::system::error_code use_tmp_dh_file(const std::string &filename, boost::system::error_code &ec);

  template <typename PasswordCallback> void set_password_callback(PasswordCallback) {}
  template <typename PasswordCallback>
  boost::system::error_code set_password_callback(PasswordCallback, boost::system::error_code &ec) {
    return ec;
  }
};

class stream_base {
public:
  enum handshake_type { client, server };

protected:
  ~stream_base() = default;
};

// A TLS stream layered over another stream (usually ip::tcp::socket).
template <typename Stream> class stream : public stream_base {
public:
  typedef SSL *native_handle_type;
  typedef typename std::remove_reference<Stream>::type next_layer_type;
  typedef typename next_layer_type::lowest_layer_type lowest_layer_type;
  typedef typename lowest_layer_type::executor_type executor_type;

  template <typename Arg> stream(Arg &&arg, context &ctx);
  stream(stream &&other);
  ~stream();

  executor_type get_executor() noexcept;
  native_handle_type native_handle();
  const next_layer_type &next_layer() const;
  next_layer_type &next_layer();
  lowest_layer_type &lowest_layer();
  const lowest_layer_type &lowest_layer() const;

  void set_verify_mode(verify_mode v);
  boost::system::error_code set_verify_mode(verify_mode v, boost::system::error_code &ec);
  void set_verify_depth(int depth);
  boost::system::error_code set_verify_depth(int depth, boost::system::error_code &ec);
  template <typename VerifyCallback> void set_verify_callback(VerifyCallback) {}
  template <typename VerifyCallback>
  boost::system::error_code set_verify_callback(VerifyCallback, boost::system::error_code &ec) {
    return ec;
  }

  void handshake(handshake_type type);
  boost::system::error_code handshake(handshake_type type, boost::system::error_code &ec);
  template <typename ConstBufferSequence> void handshake(handshake_type type, const ConstBufferSequence &buffers);
  template <typename ConstBufferSequence>
  boost::system::error_code handshake(handshake_type type, const ConstBufferSequence &buffers,
                                      boost::system::error_code &ec);
  template <typename HandshakeHandler>
  detail::sluice_async_t<HandshakeHandler, detail::sluice_sig_ec> async_handshake(handshake_type type,
                                                                                  HandshakeHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<HandshakeHandler, detail::sluice_sig_ec>>();
  }
  template <typename ConstBufferSequence, typename BufferedHandshakeHandler>
  detail::sluice_async_t<BufferedHandshakeHandler, detail::sluice_sig_ec_size>
  async_handshake(handshake_type type, const ConstBufferSequence &buffers, BufferedHandshakeHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<BufferedHandshakeHandler, detail::sluice_sig_ec_size>>();
  }

  void shutdown();
  boost::system::error_code shutdown(boost::system::error_code &ec);
  template <typename ShutdownHandler>
  detail::sluice_async_t<ShutdownHandler, detail::sluice_sig_ec> async_shutdown(ShutdownHandler &&handler) {
    return detail::sluice_make<detail::sluice_async_t<ShutdownHandler, detail::sluice_sig_ec>>();
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

namespace error {
enum stream_errors { stream_truncated = 1, unspecified_system_error = 2, unexpected_result = 3 };
const boost::system::error_category &get_stream_category();
boost::system::error_code make_error_code(stream_errors e);
} // namespace error

} // namespace ssl
} // namespace asio

namespace system {
template <> struct is_error_code_enum<boost::asio::ssl::error::stream_errors> { static const bool value = true; };
} // namespace system
} // namespace boost

#pragma GCC diagnostic pop

#endif // SLUICE_STUB_BOOST_ASIO_SSL_HPP
